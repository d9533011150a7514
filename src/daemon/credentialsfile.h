// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/crypto/secret.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

class ServerRegistry;
struct ServerEntry;

// BMC passwords for a headless service, from a file only its owner can read (0600, or a
// systemd LoadCredential= copy). One line per server:
//
//     # comment
//     <selector> = <password>
//
// The selector is the server's registry id (as in the registry file), its name, its
// "host:port", or "*" for every server without a line of its own; the password is the
// rest of the line after " = ", taken as it is (it may hold '=' and spaces inside).
// A file that group or others may read is refused, so a password never sits where
// others can read it.
class CredentialsFile
{
    Q_DECLARE_TR_FUNCTIONS(CredentialsFile)

public:
    // false with errorString() (file name and line; never a password).
    bool load(const QString &path);
    bool parse(const QByteArray &text, const QString &sourceName);

    // The password for this server: by id, then name, then host:port, then "*".
    std::optional<ipmi::SecretBytes> passwordFor(const ServerEntry &entry) const;
    int count() const { return int(m_passwords.size()); }
    QString errorString() const { return m_error; }

private:
    QHash<QString, ipmi::SecretBytes> m_passwords;
    QString m_error;
};
