#pragma once

#include "HttpResponse.h"

#include <QObject>

// An answer that comes later (docs/pim-api.md §8.5's test waits for another server): a handler
// returns HttpResponse::later(deferred) at once, and calls finish() when it knows the answer. The
// server writes it then, if the connection is still open; the event loop never waits.
// finish() answers once and deletes the object afterwards.
class DeferredResponse : public QObject
{
    Q_OBJECT

public:
    explicit DeferredResponse(QObject *parent = nullptr);

    void finish(const HttpResponse &response);

signals:
    void finished(const HttpResponse &response);

private:
    bool m_finished = false;
};
