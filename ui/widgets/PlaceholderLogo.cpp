#include "widgets/PlaceholderLogo.h"

#include "style/Theme.h"

#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>

namespace PlaceholderLogo {

namespace {

bool isWordPart(char32_t u)
{
    const QChar::Category category = QChar::category(u);
    return QChar::isLetterOrNumber(u) || category == QChar::Mark_NonSpacing ||
           category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing;
}

// Words of letters and digits; a lowercase letter followed by an uppercase one starts a new
// word too ("PimCore"). Each word is a list of code points.
QList<QList<char32_t>> wordsOf(const QString &text)
{
    QList<QList<char32_t>> words;
    QList<char32_t> current;
    char32_t previous = 0;
    for (char32_t u : text.toUcs4()) {
        if (!isWordPart(u)) {
            if (!current.isEmpty())
                words.append(current);
            current.clear();
            previous = 0;
            continue;
        }
        if (!current.isEmpty() && QChar::isLower(previous) && QChar::isUpper(u)) {
            words.append(current);
            current.clear();
        }
        current.append(u);
        previous = u;
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

// The first letter of a word with the marks that belong to it.
QString firstLetter(const QList<char32_t> &word, qsizetype from = 0)
{
    QString out;
    for (qsizetype i = from; i < word.size(); ++i) {
        const QChar::Category category = QChar::category(word.at(i));
        const bool mark = category == QChar::Mark_NonSpacing ||
                          category == QChar::Mark_SpacingCombining ||
                          category == QChar::Mark_Enclosing;
        if (!out.isEmpty() && !mark)
            break;
        out += QString::fromUcs4(&word.at(i), 1);
    }
    return out;
}

// The index of the second letter of a word (after the first and its marks).
qsizetype secondLetterIndex(const QList<char32_t> &word)
{
    const qsizetype first = QString(firstLetter(word)).toUcs4().size();
    return first < word.size() ? first : -1;
}

QString fromWords(const QList<QList<char32_t>> &words)
{
    if (words.isEmpty())
        return {};
    if (words.size() >= 2)
        return (firstLetter(words.at(0)) + firstLetter(words.at(1))).toUpper();
    const QList<char32_t> &word = words.first();
    QString result = firstLetter(word);
    if (const qsizetype second = secondLetterIndex(word); second > 0)
        result += firstLetter(word, second);
    return result.toUpper();
}

} // namespace

QString initials(const QString &label, const QString &code)
{
    QString result = fromWords(wordsOf(label));
    if (result.isEmpty())
        result = fromWords(wordsOf(code));
    return result.isEmpty() ? QStringLiteral("?") : result;
}

int hue(const QString &code)
{
    quint32 hash = 2166136261u;
    for (const char byte : code.toLower().toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return int(hash % 360u);
}

Colors colors(const QString &code, const QPalette &palette)
{
    const int h = hue(code);
    Colors c;
    if (Theme::isDark(palette)) {
        c.background = QColor::fromHslF(h / 360.0f, 0.38f, 0.27f);
        c.foreground = QColor::fromHslF(h / 360.0f, 0.75f, 0.86f);
    } else {
        c.background = QColor::fromHslF(h / 360.0f, 0.62f, 0.88f);
        c.foreground = QColor::fromHslF(h / 360.0f, 0.65f, 0.27f);
    }
    c.foreground = Theme::withContrast(c.foreground, c.background, 4.5);
    return c;
}

void paint(QPainter *painter, const QRectF &rect, const QString &label, const QString &code,
           const QPalette &palette)
{
    const Colors c = colors(code.isEmpty() ? label : code, palette);
    const QString text = initials(label, code);
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF square(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c.background);
    painter->drawRoundedRect(square, side * 0.18, side * 0.18);

    QFont font = QGuiApplication::font();
    font.setWeight(QFont::DemiBold);
    font.setPixelSize(qMax(1, qRound(side * (text.size() > 1 ? 0.38 : 0.46))));
    painter->setFont(font);
    painter->setPen(c.foreground);
    painter->drawText(square, Qt::AlignCenter, text);
    painter->restore();
}

QPixmap pixmap(const QString &label, const QString &code, const QSize &logicalSize,
               qreal devicePixelRatio, const QPalette &palette)
{
    const qreal ratio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    QPixmap result((QSizeF(logicalSize) * ratio).toSize());
    result.setDevicePixelRatio(ratio);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(logicalSize)), label, code, palette);
    return result;
}

} // namespace PlaceholderLogo
