// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverentry.h"

QString ServerEntry::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("The server has no name.");
    if (address.trimmed().isEmpty())
        return tr("Server \"%1\" has no address.").arg(name);
    if (address.contains(QLatin1Char(' ')))
        return tr("The address \"%1\" contains a space.").arg(address);
    // Port 0 cannot be dialled; the open interface ignores the port, but 0 still marks
    // a typo rather than a choice.
    if (port == 0)
        return tr("Port 0 is not valid for server \"%1\".").arg(name);
    if (cipherSuite && (*cipherSuite < 0 || *cipherSuite > MaxCipherSuite))
        return tr("Cipher suite %1 is not defined by IPMI 2.0 (0 to %2).")
            .arg(*cipherSuite)
            .arg(MaxCipherSuite);
    if (cipherSuite && interface != Interface::LanPlus)
        return tr("A cipher suite can only be pinned on the lanplus interface.");
    for (const QString &tag : tags) {
        if (tag.trimmed().isEmpty() || tag.contains(QLatin1Char(';')))
            return tr("The tag \"%1\" is empty or contains \";\".").arg(tag);
    }
    return {};
}

QString ServerEntry::interfaceName(Interface value)
{
    switch (value) {
    case Interface::Lan:
        return QStringLiteral("lan");
    case Interface::LanPlus:
        return QStringLiteral("lanplus");
    case Interface::Open:
        return QStringLiteral("open");
    }
    return {};
}

std::optional<ServerEntry::Interface> ServerEntry::interfaceFromName(const QString &name)
{
    for (Interface value : {Interface::Lan, Interface::LanPlus, Interface::Open}) {
        if (name.compare(interfaceName(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QString ServerEntry::privilegeName(ipmi::Privilege value)
{
    return QString::fromStdString(ipmi::privilegeName(value)).toLower();
}

std::optional<ipmi::Privilege> ServerEntry::privilegeFromName(const QString &name)
{
    return ipmi::privilegeFromName(name.toStdString());
}
