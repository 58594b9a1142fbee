// bench/RequestLog's count of sequential round trips (bench/README.md, pim-bench-sync): a
// request's depth is 1 + the deepest request that had ended before it started, except a
// redirect's next hop, which waits for its own previous hop only, whether Qt follows the
// redirect inside the reply or the client asks for the location itself. Driven by fake replies
// in a fixed order, so that nothing depends on the network's timing.
#include "RequestLog.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    explicit FakeReply(const QString &path)
    {
        const QUrl url(u"http://pim.test"_s + path);
        setRequest(QNetworkRequest(url));
        setUrl(url);
        setOpenMode(QIODevice::ReadOnly);
    }
    void answer(int status, const QString &location = QString())
    {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        if (!location.isEmpty())
            setHeader(QNetworkRequest::LocationHeader, QUrl(location));
    }
    // Qt follows a redirect inside the same reply: the reply's address becomes the location.
    void follow(const QString &location) { setUrl(url().resolved(QUrl(location))); }
    void abort() override {}

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

} // namespace

class TestRequestLog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_log = std::make_unique<RequestLog>();
        m_replies.clear();
    }
    void dependsOnWhatEndedBefore();
    void aRedirectTheClientFollowsWaitsForItsOwnHop();
    void aRedirectQtFollowsWaitsForItsOwnHop();
    void aNewRequestToALocationNotYetAnsweredIsNotAContinuation();

private:
    FakeReply *start(const QString &path)
    {
        m_replies.push_back(std::make_unique<FakeReply>(path));
        m_log->started(m_replies.back().get());
        return m_replies.back().get();
    }
    void end(FakeReply *reply, int status = 200, const QString &location = QString())
    {
        reply->answer(status, location);
        m_log->ended(reply);
    }
    // Signed in, then the list: depth 1.
    void signInAndList()
    {
        end(start(u"/user/login-check"_s), 302, u"/"_s);
        end(start(u"/rest/connections"_s));
    }

    std::unique_ptr<RequestLog> m_log;
    std::vector<std::unique_ptr<FakeReply>> m_replies;
};

void TestRequestLog::dependsOnWhatEndedBefore()
{
    signInAndList();
    FakeReply *a = start(u"/rest/apps"_s); // after the list: 2
    FakeReply *b = start(u"/rest/connections/erp"_s); // also 2: a has not ended
    end(a);
    end(b);
    QCOMPARE(m_log->roundTripsAfterSignIn(), 2);
    end(start(u"/rest/connections/erp"_s)); // after a and b: 3
    QCOMPARE(m_log->roundTripsAfterSignIn(), 3);
    QCOMPARE(m_log->requestCount(), 5); // sign-in counted as a request, not as a round trip
}

void TestRequestLog::aRedirectTheClientFollowsWaitsForItsOwnHop()
{
    signInAndList();
    // Two logos asked at once after the list (depth 2); the second's answer is read late, after
    // the first's next hop (depth 3) has ended, as behind a queue of connections.
    FakeReply *show1 = start(u"/media/show/1/thumbnail"_s);
    FakeReply *show2 = start(u"/media/show/2/thumbnail"_s);
    end(show1, 302, u"/media/cache/thumbnail/1"_s);
    end(start(u"/media/cache/thumbnail/1"_s));
    end(show2, 302, u"/media/cache/thumbnail/2"_s);
    end(start(u"/media/cache/thumbnail/2"_s)); // follows show2 only: 3, not 4
    QCOMPARE(m_log->roundTripsAfterSignIn(), 3);

    // Anything else the client asks for after those waited for them.
    end(start(u"/rest/connections/erp"_s));
    QCOMPARE(m_log->roundTripsAfterSignIn(), 4);
}

void TestRequestLog::aRedirectQtFollowsWaitsForItsOwnHop()
{
    signInAndList();
    FakeReply *first = start(u"/media/show/1/thumbnail"_s);
    FakeReply *second = start(u"/media/show/2/thumbnail"_s);
    first->answer(302, u"/media/cache/thumbnail/1"_s);
    m_log->redirected(first);
    first->follow(u"/media/cache/thumbnail/1"_s);
    end(first);
    second->answer(302, u"/media/cache/thumbnail/2"_s);
    m_log->redirected(second);
    second->follow(u"/media/cache/thumbnail/2"_s);
    end(second);
    QCOMPARE(m_log->requestCount(), 6); // each redirect counted as one more request
    QCOMPARE(m_log->roundTripsAfterSignIn(), 3);
}

void TestRequestLog::aNewRequestToALocationNotYetAnsweredIsNotAContinuation()
{
    signInAndList();
    FakeReply *show = start(u"/media/show/1/thumbnail"_s); // 2
    FakeReply *early = start(u"/media/cache/thumbnail/1"_s); // also 2: asked before the answer
    end(show, 302, u"/media/cache/thumbnail/1"_s);
    end(early);
    QCOMPARE(m_log->roundTripsAfterSignIn(), 2);
    // A request that started after the redirect was answered, for another address, follows
    // every request that had ended.
    end(start(u"/media/cache/thumbnail/9"_s));
    QCOMPARE(m_log->roundTripsAfterSignIn(), 3);
}

QTEST_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
