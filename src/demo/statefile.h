// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

#include <utility>

namespace sim {

// A key=value file shared with a simulator's hook scripts (chassis power, LAN
// settings). Every writer, these scripts included, replaces the whole file by
// renaming a complete copy over it, so a reader never sees half a file.
class StateFile
{
public:
    explicit StateFile(QString path) : m_path(std::move(path)) {}

    const QString &path() const { return m_path; }
    QMap<QString, QString> values() const;
    QString value(const QString &key, const QString &fallback = {}) const;
    bool setValue(const QString &key, const QString &value);
    bool write(const QMap<QString, QString> &values);

private:
    QString m_path;
};

} // namespace sim
