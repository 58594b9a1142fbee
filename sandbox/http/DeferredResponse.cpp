#include "DeferredResponse.h"

DeferredResponse::DeferredResponse(QObject *parent)
    : QObject(parent)
{}

void DeferredResponse::finish(const HttpResponse &response)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(response);
    deleteLater();
}
