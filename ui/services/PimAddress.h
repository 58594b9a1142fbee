#pragma once

#include <QString>
#include <QUrl>

// The address of a PIM as typed in the sign-in dialog: checked and normalised before anything
// is sent. Pure functions (no network), tested data-driven.
namespace PimAddress {

struct Check
{
    QUrl url;      // normalised: scheme, host, port and path, no trailing "/", no query
    QString error; // translated, empty when the address can be used
    // http:// to another machine: the password would travel unencrypted. Allowed, with a
    // warning and an offer to use https instead.
    bool insecure = false;

    bool ok() const { return error.isEmpty(); }
};

// "pim.example.com" becomes https://pim.example.com; a pasted page address such as
// https://pim.example.com/user/login or .../#/configuration is cut back to the PIM's root.
// Refused: an empty address, another scheme than http or https, no host, a user name or
// password inside the address.
Check check(const QString &input);

// The same address with https instead of http.
QUrl withHttps(const QUrl &url);

} // namespace PimAddress
