#include "services/Clipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class TestClipboard : public QObject
{
    Q_OBJECT

private slots:
    void init() { QGuiApplication::clipboard()->clear(); }

    void secretIsMarkedDoNotRecord()
    {
        Clipboard clipboard;
        clipboard.copy("3suahxe88licow00g0o80gccgggw8cskg4wco8woooww4880so",
                       Clipboard::Kind::Secret);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(),
                 QStringLiteral("3suahxe88licow00g0o80gccgggw8cskg4wco8woooww4880so"));
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        QCOMPARE(mime->data("x-kde-passwordManagerHint"), QByteArray("secret"));
#endif
        QVERIFY(clipboard.isClearPending());
    }

    void plainValueIsNotMarkedNorCleared()
    {
        Clipboard clipboard;
        clipboard.copy("erp_0427", Clipboard::Kind::Plain);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(mime->text(), QStringLiteral("erp_0427"));
        for (const auto &hint : Clipboard::secretHints())
            QVERIFY(!mime->hasFormat(hint.first));
        QVERIFY(!clipboard.isClearPending());
    }

    void clearsWhenUnchanged()
    {
        Clipboard clipboard;
        QSignalSpy cleared(&clipboard, &Clipboard::cleared);
        clipboard.copy("s3cret", Clipboard::Kind::Secret);
        clipboard.clearIfUnchanged();
        QCOMPARE(cleared.count(), 1);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!clipboard.isClearPending());
    }

    void leavesWhatTheUserCopiedSince()
    {
        Clipboard clipboard;
        QSignalSpy cleared(&clipboard, &Clipboard::cleared);
        clipboard.copy("s3cret", Clipboard::Kind::Secret);
        QGuiApplication::clipboard()->setText("something of the user's");
        clipboard.clearIfUnchanged();
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something of the user's"));
    }

    void clearsAfterTheDelay()
    {
        Clipboard clipboard;
        clipboard.setClearDelay(50ms);
        QSignalSpy cleared(&clipboard, &Clipboard::cleared);
        QSignalSpy seconds(&clipboard, &Clipboard::secondsLeftChanged);
        clipboard.copy("s3cret", Clipboard::Kind::Secret);
        QVERIFY(cleared.wait(5000));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!seconds.isEmpty());
        QCOMPARE(seconds.last().first().toInt(), 0); // the countdown ends at 0
    }

    void countsDownFromTheDelay()
    {
        Clipboard clipboard;
        QCOMPARE(clipboard.clearDelay(), std::chrono::milliseconds(30s)); // the default
        clipboard.setClearDelay(12s);
        QSignalSpy seconds(&clipboard, &Clipboard::secondsLeftChanged);
        clipboard.copy("s3cret", Clipboard::Kind::Secret);
        QCOMPARE(seconds.count(), 1);
        QCOMPARE(seconds.first().first().toInt(), 12);
        QCOMPARE(clipboard.secondsLeft(), 12);
    }

    void plainCopyEndsThePendingClear()
    {
        Clipboard clipboard;
        QSignalSpy seconds(&clipboard, &Clipboard::secondsLeftChanged);
        clipboard.copy("s3cret", Clipboard::Kind::Secret);
        clipboard.copy("erp_0427", Clipboard::Kind::Plain);
        QVERIFY(!clipboard.isClearPending());
        QCOMPARE(seconds.last().first().toInt(), 0);
        clipboard.clearIfUnchanged();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("erp_0427"));
    }

    void destructionClearsASecretLeftBehind()
    {
        {
            Clipboard clipboard;
            clipboard.copy("s3cret", Clipboard::Kind::Secret);
        }
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        {
            Clipboard clipboard;
            clipboard.copy("s3cret", Clipboard::Kind::Secret);
            QGuiApplication::clipboard()->setText("mine");
        }
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("mine"));
    }
};

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
