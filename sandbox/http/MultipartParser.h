#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// multipart/form-data (RFC 7578), as browsers and QHttpMultiPart send it. Written for hostile
// input: every malformed body gives an error message, never a crash or a partial result.
class MultipartParser
{
public:
    struct Part
    {
        QString name;             // the form field
        QString fileName;         // empty for a plain field
        bool hasFileName = false; // a file part, even with an empty name
        QByteArray contentType;   // as sent, may be empty
        QByteArray data;
    };

    static constexpr int MaxParts = 100;
    static constexpr int MaxPartHeaderBytes = 16 * 1024;

    // boundary is the Content-Type's parameter, without quotes.
    static std::optional<QList<Part>> parse(const QByteArray &body, const QByteArray &boundary,
                                            QString *error);

private:
    static bool parsePartHeaders(const QByteArray &headers, Part *part, QString *error);
    static QString dispositionParameter(const QByteArray &disposition, const QByteArray &name,
                                        bool *present);
};
