#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <memory>

class FaultWorker;
class QThread;

// A hostile PIM for the fault suite: a proxy on loopback (QTcpServer, raw sockets) in front of
// a real one (a pim-sandbox), that answers the requests whose path matches a pattern with one
// fault, and passes every other request on (so that signing in works). It runs in a thread of
// its own, so that a test may block on a process (the CLI) while it serves.
//
// Every answer it writes itself ends the connection (Connection: close); a passed-on answer
// has the upstream's address replaced by the proxy's in its Location header.
class FaultServer
{
public:
    enum class Fault {
        None,               // pass everything on
        Silence,            // reads the request, never answers
        Trickle,            // a 200 whose body comes one byte at a time, without end
        Html500,            // 500 with an HTML page
        UnauthorizedOnce,   // 401 to the first matching request, then passes them on
        UnauthorizedAlways, // 401 to every matching request
        Forbidden,          // 403
        NotFound,           // 404
        Unprocessable,      // 422 with the PIM's violations (docs/pim-api.md §4)
        MalformedJson,      // 200, application/json, not JSON
        TruncatedBody,      // 200 whose connection closes before the Content-Length
        HtmlForJson,        // 200 with an HTML page where JSON is expected
        WrongShape,         // 200 with JSON of another shape (a list where an object is due)
        ChunkedGiant,       // 200, Transfer-Encoding: chunked, 1 GiB of JSON-ish bytes
        HeaderGiant,        // a 1 MiB header line before the body
        RedirectElsewhere,  // 302 to another origin (a listener that counts who comes)
        Reset,              // closes the connection without a word (the PIM went away)
    };
    static QString name(Fault fault);
    static QList<Fault> all(); // every fault but None

    static constexpr qint64 GiantSize = qint64(1) << 30;

    // `upstream`: where requests that are not faulted go.
    explicit FaultServer(const QUrl &upstream);
    ~FaultServer();
    FaultServer(const FaultServer &) = delete;
    FaultServer &operator=(const FaultServer &) = delete;

    // Listens on 127.0.0.1. With `tls`, every connection is TLS with a self-signed certificate
    // made now with openssl (the client must refuse it). False with errorString() on failure.
    bool start(bool tls = false);
    QUrl url() const;
    QString errorString() const { return m_error; }

    // The fault for requests whose path (with its query) matches `path`.
    void setFault(Fault fault, const QRegularExpression &path);
    // How many answers were faulted since the last setFault().
    int faultsServed() const;
    // The bytes of a chunked giant that reached the kernel (the client's socket buffers and
    // what it read), for the memory bound.
    qint64 giantBytesWritten() const;
    // Blocks the calling thread until that many giant bytes were written, or `maxMs` passed:
    // a test holds the client's event loop so, to see whether its reading is throttled.
    void waitForGiantBytes(qint64 bytes, int maxMs) const;
    // While held, a chunked giant sends its head only; its body starts once released.
    void holdGiant(bool held);
    // Connections made to the other origin of RedirectElsewhere.
    int elsewhereConnections() const;
    // Every answer passed on so far, head and body, as the clients received them: what a
    // client was given that it never shows (tst_hygiene's access tokens).
    QByteArray passedOnAnswers() const;

    // A loopback address where nothing listens (connections are refused).
    static QUrl refusedUrl();

private:
    std::unique_ptr<QThread> m_thread;
    FaultWorker *m_worker = nullptr; // lives in m_thread
    QString m_error;
};
