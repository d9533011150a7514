// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class ServerRegistry;

// Loads and saves the server tree file (servers.json).
//
// Rules: a save is atomic (QSaveFile: the old file stays until the new one is complete).
// A file that cannot be read or decoded is renamed to "<name>.corrupt-<timestamp>" and
// reported, never overwritten. A file from a newer format version is left exactly as it
// is, and this object then refuses to save over it for the rest of its life.
class RegistryFile
{
    Q_DECLARE_TR_FUNCTIONS(RegistryFile)

public:
    enum class Status {
        Loaded,       // the registry now holds the file's tree
        Missing,      // no file yet: the registry was cleared, the first save creates it
        Corrupt,      // moved aside to movedTo(); the registry was cleared
        FutureVersion // untouched; the registry was left alone; saving is refused
    };

    explicit RegistryFile(QString path);

    Status load(ServerRegistry &registry);
    bool save(const ServerRegistry &registry);

    QString path() const { return m_path; }
    // A sentence for the user after load() or save(); empty after a clean success.
    QString errorString() const { return m_error; }
    QString movedTo() const { return m_movedTo; }
    bool canSave() const { return !m_readOnly; }

private:
    Status moveAside(const QString &reason);

    QString m_path;
    QString m_error;
    QString m_movedTo;
    bool m_readOnly = false;
};
