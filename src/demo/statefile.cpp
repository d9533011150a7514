// SPDX-License-Identifier: GPL-3.0-or-later
#include "statefile.h"

#include <QFile>
#include <QSaveFile>

namespace sim {

QMap<QString, QString> StateFile::values() const
{
    QMap<QString, QString> result;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return result;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            result.insert(line.left(equals), line.mid(equals + 1));
    }
    return result;
}

QString StateFile::value(const QString &key, const QString &fallback) const
{
    return values().value(key, fallback);
}

bool StateFile::setValue(const QString &key, const QString &value)
{
    QMap<QString, QString> all = values();
    all.insert(key, value);
    return write(all);
}

bool StateFile::write(const QMap<QString, QString> &values)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        file.write((it.key() + u'=' + it.value() + u'\n').toUtf8());
    return file.commit();
}

} // namespace sim
