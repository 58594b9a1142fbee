#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation, part of the key
    bool numerus = false;
    QString type;             // the <translation type="...">: "", "unfinished", "obsolete"...
    QStringList translations; // one, or the numerus forms

    QString key() const; // context, source and comment, for comparing files
};

// A .ts file as tst_translations reads it (QXmlStreamReader; nothing is written back).
struct TsFile
{
    QString language;       // the <TS language="..."> attribute
    QString sourceLanguage; // <TS sourcelanguage="...">
    QList<TsMessage> messages;

    // Reads path; on failure returns false with a message saying where and why.
    static bool read(const QString &path, TsFile *out, QString *error);
};
