#pragma once

#include <QLoggingCategory>

// The logging category of the widgets ("pim.ui"). Nothing secret is ever logged through it.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
