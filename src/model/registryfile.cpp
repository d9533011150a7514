// SPDX-License-Identifier: GPL-3.0-or-later
#include "registryfile.h"

#include "registrycodec.h"
#include "serverregistry.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

RegistryFile::RegistryFile(QString path) : m_path(std::move(path)) {}

RegistryFile::Status RegistryFile::load(ServerRegistry &registry)
{
    m_error.clear();
    m_movedTo.clear();
    m_readOnly = false;
    QFile file(m_path);
    if (!file.exists()) {
        registry.clear();
        return Status::Missing;
    }
    QByteArray bytes;
    QString readError;
    if (!file.open(QIODevice::ReadOnly) || (bytes = file.readAll(), file.error() != QFileDevice::NoError))
        readError = tr("it could not be read (%1)").arg(file.errorString());
    file.close();
    if (!readError.isEmpty()) {
        registry.clear();
        return moveAside(readError);
    }

    // Decode into a scratch registry so a half-decoded tree never reaches the caller.
    ServerRegistry decoded;
    const RegistryCodec::Result result = RegistryCodec::decode(bytes, decoded);
    switch (result.status) {
    case RegistryCodec::Status::Ok:
        registry.assign(decoded);
        return Status::Loaded;
    case RegistryCodec::Status::FutureVersion:
        m_readOnly = true;
        m_error = tr("The server list %1 was not loaded: %2. It was left unchanged, and "
                     "changes will not be saved over it.")
                      .arg(QDir::toNativeSeparators(m_path), result.error);
        return Status::FutureVersion;
    case RegistryCodec::Status::Invalid:
        break;
    }
    registry.clear();
    return moveAside(result.error);
}

RegistryFile::Status RegistryFile::moveAside(const QString &reason)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    QString target = QStringLiteral("%1.corrupt-%2").arg(m_path, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.corrupt-%2-%3").arg(m_path, stamp).arg(n);
    if (!QFile::rename(m_path, target)) {
        // Could not keep it aside, so it must not be replaced either.
        m_readOnly = true;
        m_error = tr("The server list %1 is damaged (%2) and could not be renamed; it was "
                     "left in place and changes will not be saved over it.")
                      .arg(QDir::toNativeSeparators(m_path), reason);
        return Status::Corrupt;
    }
    m_movedTo = target;
    m_error = tr("The server list %1 is damaged (%2). It was kept as %3 and an empty list "
                 "was started.")
                  .arg(QDir::toNativeSeparators(m_path), reason, QDir::toNativeSeparators(target));
    return Status::Corrupt;
}

bool RegistryFile::save(const ServerRegistry &registry)
{
    m_error.clear();
    if (m_readOnly) {
        m_error = tr("The server list %1 is not saved: the file on disk could not be loaded "
                     "and is protected from being overwritten.")
                      .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("The server list could not be saved to %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    const QByteArray bytes = RegistryCodec::encode(registry);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        m_error = tr("The server list could not be saved to %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}
