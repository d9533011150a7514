// SPDX-License-Identifier: GPL-3.0-or-later
#include "ianaregistry.h"

#include "ipmi/cmd/app.h"

#include <QFile>
#include <QHash>

namespace {

const char *const RegistryPaths[] = {"/usr/share/misc/enterprise-numbers.txt", "/usr/share/misc/enterprise-numbers"};

// The registry lists a number alone on a line, then the organization indented below it.
QHash<std::uint32_t, QString> readRegistry()
{
    QHash<std::uint32_t, QString> names;
    for (const char *path : RegistryPaths) {
        QFile file(QString::fromLatin1(path));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        // A plain flag rather than std::optional: GCC 12 misreads the optional as
        // uninitialised here (-Wmaybe-uninitialized).
        bool haveNumber = false;
        std::uint32_t number = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).chopped(1);
            bool isNumber = false;
            const uint value = line.toUInt(&isNumber, 10);
            if (isNumber) {
                number = value;
                haveNumber = true;
                continue;
            }
            if (haveNumber && line.startsWith(QLatin1String("  ")) && !line.trimmed().isEmpty())
                names.insert(number, line.trimmed());
            haveNumber = false;
        }
        break;
    }
    return names;
}

} // namespace

std::optional<QString> manufacturerDisplayName(std::uint32_t enterpriseNumber)
{
    // Numbers IPMI itself gives a meaning, ahead of the registry as in ipmitool: 0 is
    // "unknown" (the registry's "Reserved" is not shown) and 0FFFFFh unspecified.
    constexpr std::uint32_t UnknownManufacturer = 0;
    constexpr std::uint32_t UnspecifiedManufacturer = 0x0fffff;
    if (enterpriseNumber == UnknownManufacturer)
        return std::nullopt;
    if (enterpriseNumber == UnspecifiedManufacturer)
        return QStringLiteral("Unspecified");
    static const QHash<std::uint32_t, QString> registry = readRegistry();
    if (const auto found = registry.constFind(enterpriseNumber); found != registry.constEnd())
        return *found;
    if (const auto builtIn = ipmi::cmd::manufacturerName(enterpriseNumber))
        return QString::fromUtf8(builtIn->data(), qsizetype(builtIn->size()));
    // ipmitool's own test number, after the registry so that IANA could still take it.
    constexpr std::uint32_t IpmitoolDebugManufacturer = 0xfffffe;
    if (enterpriseNumber == IpmitoolDebugManufacturer)
        return QStringLiteral("A Debug Assisting Company, Ltd.");
    return std::nullopt;
}
