#include "connection/ConnectionImageField.h"

#include "domain/ConnectionRules.h"
#include "style/Icons.h"
#include "style/UiLog.h"
#include "widgets/FieldMessage.h"
#include "widgets/PlaceholderLogo.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr int PreviewExtent = 96;

} // namespace

ConnectionImageField::ConnectionImageField(QWidget *parent)
    : QWidget(parent)
    , m_preview(new QLabel(this))
    , m_choose(new QPushButton(Icons::icon(Icons::Name::Image), tr("C&hoose…"), this))
    , m_remove(new QPushButton(Icons::icon(Icons::Name::Delete), tr("Re&move"), this))
    , m_message(new FieldMessage(this))
{
    m_preview->setObjectName(QStringLiteral("imagePreview"));
    m_preview->setFixedSize(PreviewExtent, PreviewExtent);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setAccessibleName(tr("Image"));
    m_choose->setObjectName(QStringLiteral("chooseImage"));
    m_choose->setAccessibleName(tr("Choose an image"));
    m_remove->setObjectName(QStringLiteral("removeImage"));
    m_remove->setAccessibleName(tr("Remove the image"));
    m_message->setHint(
        tr("Accepted types: %1.")
            .arg(ConnectionRules::acceptedImageExtensions().join(QStringLiteral(", "))));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_preview, 0, Qt::AlignTop);
    row->addLayout(buttons);
    row->addStretch(1);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(3);
    column->addLayout(row);
    column->addWidget(m_message);
    setFocusProxy(m_choose);
    setTabOrder(m_choose, m_remove);

    connect(m_choose, &QPushButton::clicked, this, &ConnectionImageField::browse);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionImageField::remove);
    connect(&m_decoder, &QFutureWatcher<LogoDecoder::Result>::finished, this,
            &ConnectionImageField::onDecoded);
    applyEnabled();
}

ConnectionImageField::~ConnectionImageField()
{
    // A decoding still running finishes in the pool with nothing of ours: its result is dropped.
    m_decoder.disconnect(this);
}

void ConnectionImageField::reset(const QString &path)
{
    m_path = path;
    m_message->clearMessage();
    endUpload();
}

void ConnectionImageField::setLogo(const QImage &logo)
{
    m_logo = logo;
    refreshPreview();
}

void ConnectionImageField::setPlaceholderText(const QString &label, const QString &code)
{
    m_placeholderLabel = label;
    m_placeholderCode = code;
    refreshPreview();
}

void ConnectionImageField::setUploadedPath(const QString &serverPath)
{
    m_path = serverPath;
    m_logo = m_chosenPreview;
    m_message->clearMessage();
    endUpload();
    emit pathChanged();
}

void ConnectionImageField::setUploadError(const QString &message)
{
    m_message->setMessage(Theme::Tone::Negative, message);
    endUpload();
}

void ConnectionImageField::endUpload()
{
    m_chosenPreview = QImage();
    m_pending = false;
    applyEnabled();
    refreshPreview();
}

void ConnectionImageField::setServerError(const QString &message)
{
    m_message->setMessage(Theme::Tone::Negative, message);
}

QString ConnectionImageField::message() const
{
    return m_message->message();
}

void ConnectionImageField::setEditable(bool editable, const QString &why)
{
    m_editable = editable;
    m_choose->setToolTip(why);
    m_remove->setToolTip(why);
    applyEnabled();
}

void ConnectionImageField::applyEnabled()
{
    m_choose->setEnabled(m_editable && !m_pending);
    m_remove->setEnabled(m_editable && !m_pending && !m_path.isEmpty());
}

void ConnectionImageField::remove()
{
    m_path.clear();
    m_logo = QImage();
    m_message->clearMessage();
    applyEnabled();
    refreshPreview();
    emit pathChanged();
}

void ConnectionImageField::browse()
{
    QStringList patterns;
    for (const QString &extension : ConnectionRules::acceptedImageExtensions())
        patterns.append(QStringLiteral("*.") + extension);
    auto *dialog = new QFileDialog(this, tr("Choose an image for the connection"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setNameFilter(tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    connect(dialog, &QFileDialog::fileSelected, this, &ConnectionImageField::chooseFile);
    dialog->open(); // window-modal, returns at once
}

void ConnectionImageField::chooseFile(const QString &localFilePath)
{
    if (localFilePath.isEmpty())
        return;
    m_message->setMessage(Theme::Tone::Info, tr("Reading the image…"));
    const QSize maxSize(PreviewExtent * 3, PreviewExtent * 3); // room for HiDPI screens
    // Only values go to the pool; the result comes back through the watcher (GUI thread).
    m_decoder.setFuture(QtConcurrent::run(
        [localFilePath, maxSize]() { return LogoDecoder::decodeFile(localFilePath, maxSize); }));
    m_decodingPath = localFilePath;
}

void ConnectionImageField::onDecoded()
{
    const QString path = m_decodingPath;
    const LogoDecoder::Result result = m_decoder.result();
    if (!result.ok()) {
        qCInfo(lcUi) << "image refused:" << result.error;
        m_message->setMessage(Theme::Tone::Negative, result.error);
        emit imageRejected(result.error);
        return;
    }
    m_chosenPreview = result.image;
    m_pending = true;
    m_message->setMessage(Theme::Tone::Info, tr("Sending the image to the PIM…"));
    applyEnabled();
    refreshPreview();
    emit imageChosen(path);
}

void ConnectionImageField::refreshPreview()
{
    const qreal ratio = devicePixelRatioF();
    const QSize logical(PreviewExtent, PreviewExtent);
    QPixmap pixmap((QSizeF(logical) * ratio).toSize());
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    QImage image = m_pending ? m_chosenPreview : QImage();
    if (image.isNull() && !m_path.isEmpty())
        image = m_logo;
    const QRectF card = QRectF(QPointF(0, 0), QSizeF(logical)).adjusted(0.5, 0.5, -0.5, -0.5);
    auto drawCard = [&]() {
        // Pictures sit on a card of the field colour, like the tiles of the overview.
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(card, PreviewExtent * 0.12, PreviewExtent * 0.12);
    };
    if (!image.isNull()) {
        drawCard();
        const QRectF inner = card.adjusted(8, 8, -8, -8);
        const QSizeF fitted = QSizeF(image.size()).scaled(inner.size(), Qt::KeepAspectRatio);
        const QRectF target(QPointF(inner.center().x() - fitted.width() / 2,
                                    inner.center().y() - fitted.height() / 2),
                            fitted);
        painter.drawImage(target, image);
        m_preview->setToolTip(tr("The connection's image"));
    } else if (!m_path.isEmpty()) {
        // An image the PIM has, not fetched (yet): a neutral picture, not the initials.
        drawCard();
        Icons::icon(Icons::Name::Image, Theme::Tone::Neutral)
            .paint(&painter, QRect(QPoint(24, 24), QSize(48, 48)), Qt::AlignCenter,
                   QIcon::Disabled);
        m_preview->setToolTip(tr("The image has not been loaded."));
    } else {
        PlaceholderLogo::paint(&painter, QRectF(QPointF(0, 0), QSizeF(logical)), m_placeholderLabel,
                               m_placeholderCode, palette());
        m_preview->setToolTip(tr("No image: the connection's initials are shown instead."));
    }
    painter.end();
    m_preview->setPixmap(pixmap);
}

void ConnectionImageField::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshPreview(); // drawn for the screen the window is shown on (its pixel ratio)
}

void ConnectionImageField::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshPreview();
}
