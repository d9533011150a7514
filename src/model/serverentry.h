// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/privilege.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

// One managed BMC as the registry stores it. Deliberately holds no secret: the password
// and K_g live in the Vault, keyed by id.
struct ServerEntry
{
    Q_DECLARE_TR_FUNCTIONS(ServerEntry)

public:
    enum class Interface { Lan, LanPlus, Open };

    static constexpr quint16 DefaultPort = 623;
    // Cipher suite ids defined by IPMI 2.0 (table 22-20, errata included).
    static constexpr int MaxCipherSuite = 19;

    QUuid id;
    QString name;
    QString address;
    quint16 port = DefaultPort;
    Interface interface = Interface::LanPlus;
    QString userName;
    // Empty: negotiate automatically; otherwise the pinned suite number.
    std::optional<int> cipherSuite;
    ipmi::Privilege privilege = ipmi::Privilege::Administrator; // User, Operator or Administrator
    QStringList tags;
    QString notes;

    // An empty string when the entry is usable; otherwise a sentence naming the problem.
    QString validate() const;

    bool operator==(const ServerEntry &other) const = default;

    static QString interfaceName(Interface value);
    static std::optional<Interface> interfaceFromName(const QString &name);
    // "user", "operator", "administrator": the registry's spelling.
    static QString privilegeName(ipmi::Privilege value);
    static std::optional<ipmi::Privilege> privilegeFromName(const QString &name);
};

Q_DECLARE_METATYPE(ServerEntry)
