#include "TsFile.h"

#include <QFile>
#include <QXmlStreamReader>

QString TsMessage::key() const
{
    return context + u'\x1f' + source + u'\x1f' + comment;
}

namespace {

// Reads the <message> the reader stands on, up to its end tag.
TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement(); // location, extracomment, translatorcomment...
        }
    }
    return message;
}

} // namespace

bool TsFile::read(const QString &path, TsFile *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    TsFile result;
    if (xml.readNextStartElement() && xml.name() == u"TS") {
        result.language = xml.attributes().value(QLatin1StringView("language")).toString();
        result.sourceLanguage =
            xml.attributes().value(QLatin1StringView("sourcelanguage")).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != u"context") {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name")
                    context = xml.readElementText();
                else if (xml.name() == u"message")
                    result.messages.append(readMessage(xml, context));
                else
                    xml.skipCurrentElement();
            }
        }
    } else if (!xml.hasError()) {
        xml.raiseError(QStringLiteral("not a Qt Linguist file (no <TS> element)"));
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    *out = result;
    return true;
}
