// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/credentialsfile.h"

#include "model/hostlist.h"
#include "model/serverentry.h"

#include <QFile>
#include <QFileInfo>
#include <QList>

bool CredentialsFile::load(const QString &path)
{
    QFile file(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (!file.exists()) {
        m_error = tr("The credentials file %1 does not exist.").arg(path);
        return false;
    }
    if (file.permissions() & others) {
        m_error = tr("The credentials file %1 may be read by others; make it readable by its owner only "
                     "(chmod 600).")
                      .arg(path);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read the credentials file %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray text = file.readAll();
    const bool ok = parse(text, path);
    text.fill('\0');
    return ok;
}

bool CredentialsFile::parse(const QByteArray &text, const QString &sourceName)
{
    QHash<QString, ipmi::SecretBytes> passwords;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;
        const qsizetype separator = line.indexOf(" = ");
        if (separator <= 0) {
            m_error = tr("%1, line %2: expected \"<server> = <password>\".").arg(sourceName).arg(i + 1);
            return false;
        }
        const QString selector = QString::fromUtf8(line.left(separator).trimmed());
        const QByteArray password = line.mid(separator + 3);
        if (selector.isEmpty()) {
            m_error = tr("%1, line %2: the server before \" = \" is missing.").arg(sourceName).arg(i + 1);
            return false;
        }
        passwords.insert(selector, ipmi::SecretBytes(std::string_view(password.constData(), size_t(password.size()))));
    }
    m_passwords = std::move(passwords);
    m_error.clear();
    return true;
}

std::optional<ipmi::SecretBytes> CredentialsFile::passwordFor(const ServerEntry &entry) const
{
    const QString location = HostEndpoint{entry.address, entry.port}.key();
    for (const QString &key : {entry.id.toString(QUuid::WithoutBraces), entry.id.toString(), entry.name, location,
                               QStringLiteral("*")}) {
        if (auto found = m_passwords.constFind(key); found != m_passwords.constEnd())
            return *found;
    }
    return std::nullopt;
}
