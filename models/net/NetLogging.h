#pragma once

#include <QLoggingCategory>

// The logging categories of models/net. None of them ever receives a request or answer body
// that may hold a secret (create, get, regenerate, token, login): URLs, statuses and sizes only.
Q_DECLARE_LOGGING_CATEGORY(lcPimNet)     // "pim.net": requests, answers, redirects, TLS
Q_DECLARE_LOGGING_CATEGORY(lcPimSession) // "pim.session": sign-in, sign-out, renewals
Q_DECLARE_LOGGING_CATEGORY(lcPimModel)   // "pim.model": list diffs, refreshes
Q_DECLARE_LOGGING_CATEGORY(lcPimLogo)    // "pim.logo": logo downloads and decoding
