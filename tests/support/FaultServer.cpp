#include "FaultServer.h"

#include "FaultWorker.h"

#include <QDeadlineTimer>
#include <QMetaObject>
#include <QTcpServer>
#include <QThread>

QString FaultServer::name(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::Silence:
        return QStringLiteral("silence");
    case Fault::Trickle:
        return QStringLiteral("trickle");
    case Fault::Html500:
        return QStringLiteral("500 HTML");
    case Fault::UnauthorizedOnce:
        return QStringLiteral("401 once");
    case Fault::UnauthorizedAlways:
        return QStringLiteral("401 always");
    case Fault::Forbidden:
        return QStringLiteral("403");
    case Fault::NotFound:
        return QStringLiteral("404");
    case Fault::Unprocessable:
        return QStringLiteral("422");
    case Fault::MalformedJson:
        return QStringLiteral("malformed JSON");
    case Fault::TruncatedBody:
        return QStringLiteral("truncated body");
    case Fault::HtmlForJson:
        return QStringLiteral("HTML for JSON");
    case Fault::WrongShape:
        return QStringLiteral("wrong-shaped JSON");
    case Fault::ChunkedGiant:
        return QStringLiteral("chunked giant");
    case Fault::HeaderGiant:
        return QStringLiteral("header giant");
    case Fault::RedirectElsewhere:
        return QStringLiteral("redirect elsewhere");
    case Fault::Reset:
        return QStringLiteral("connection reset");
    }
    return {};
}

QList<FaultServer::Fault> FaultServer::all()
{
    return {Fault::Silence,       Fault::Trickle,     Fault::Html500,       Fault::UnauthorizedOnce,
            Fault::UnauthorizedAlways, Fault::Forbidden, Fault::NotFound,   Fault::Unprocessable,
            Fault::MalformedJson, Fault::TruncatedBody, Fault::HtmlForJson, Fault::WrongShape,
            Fault::ChunkedGiant,  Fault::HeaderGiant, Fault::RedirectElsewhere, Fault::Reset};
}

FaultServer::FaultServer(const QUrl &upstream)
    : m_thread(std::make_unique<QThread>())
    , m_worker(new FaultWorker(upstream))
{
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

FaultServer::~FaultServer()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool FaultServer::start(bool tls)
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker, [this, tls, &ok] { ok = m_worker->begin(tls, &m_error); },
        Qt::BlockingQueuedConnection);
    return ok;
}

QUrl FaultServer::url() const
{
    return m_worker->url();
}

void FaultServer::setFault(Fault fault, const QRegularExpression &path)
{
    m_worker->setFault(fault, path);
}

int FaultServer::faultsServed() const
{
    return m_worker->faultsServed();
}

qint64 FaultServer::giantBytesWritten() const
{
    return m_worker->giantBytesWritten();
}

void FaultServer::waitForGiantBytes(qint64 bytes, int maxMs) const
{
    const QDeadlineTimer deadline(maxMs);
    while (m_worker->giantBytesWritten() < bytes && !deadline.hasExpired())
        QThread::msleep(20);
}

void FaultServer::holdGiant(bool held)
{
    m_worker->holdGiant(held);
}

int FaultServer::elsewhereConnections() const
{
    return m_worker->elsewhereConnections();
}

QByteArray FaultServer::passedOnAnswers() const
{
    return m_worker->passedOnAnswers();
}

QUrl FaultServer::refusedUrl()
{
    // A port that was free a moment ago and that nothing listens on now.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}
