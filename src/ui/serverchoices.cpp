// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverchoices.h"

#include <QComboBox>
#include <QCoreApplication>

namespace ServerChoices {

namespace {
// Suites worth offering by name, strongest first.
const int OfferedSuites[] = {17, 3, 16, 15, 2, 1};
} // namespace

void fillInterfaces(QComboBox *combo)
{
    combo->addItem(QCoreApplication::translate("ServerChoices", "IPMI 2.0 (lanplus)"), int(ServerEntry::Interface::LanPlus));
    combo->addItem(QCoreApplication::translate("ServerChoices", "IPMI 1.5 (lan)"), int(ServerEntry::Interface::Lan));
    combo->addItem(QCoreApplication::translate("ServerChoices", "Local (this machine's BMC)"),
                   int(ServerEntry::Interface::Open));
}

namespace {

QString cipherSuiteName(int suite)
{
    switch (suite) {
    case 17: return QCoreApplication::translate("ServerChoices", "Suite 17 (SHA-256, encrypted)");
    case 3: return QCoreApplication::translate("ServerChoices", "Suite 3 (SHA-1, encrypted)");
    case 16:
    case 2: return QCoreApplication::translate("ServerChoices", "Suite %1 (not encrypted)").arg(suite);
    case 15:
    case 1: return QCoreApplication::translate("ServerChoices", "Suite %1 (no integrity, not encrypted)").arg(suite);
    default: return QCoreApplication::translate("ServerChoices", "Suite %1").arg(suite);
    }
}

} // namespace

void fillCipherSuites(QComboBox *combo)
{
    combo->addItem(QCoreApplication::translate("ServerChoices", "Automatic (17 or 3, encrypted)"), -1);
    for (int suite : OfferedSuites)
        combo->addItem(cipherSuiteName(suite), suite);
}

QString cipherSuiteWarning(std::optional<int> suite)
{
    if (!suite || *suite == 17 || *suite == 3)
        return {};
    return QCoreApplication::translate("ServerChoices",
                                       "Without encryption: commands, passwords you set and the serial console "
                                       "cross the network in clear, and anyone on the path can read them.");
}

void fillPrivileges(QComboBox *combo)
{
    combo->addItem(QCoreApplication::translate("ServerChoices", "Administrator"), int(ipmi::Privilege::Administrator));
    combo->addItem(QCoreApplication::translate("ServerChoices", "Operator"), int(ipmi::Privilege::Operator));
    combo->addItem(QCoreApplication::translate("ServerChoices", "User"), int(ipmi::Privilege::User));
}

void selectData(QComboBox *combo, int value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

void selectCipherSuite(QComboBox *combo, std::optional<int> suite)
{
    if (suite && combo->findData(*suite) < 0)
        combo->addItem(cipherSuiteName(*suite), *suite);
    selectData(combo, suite.value_or(-1));
}

ServerEntry::Interface interfaceOf(const QComboBox *combo)
{
    return static_cast<ServerEntry::Interface>(combo->currentData().toInt());
}

std::optional<int> cipherSuiteOf(const QComboBox *combo)
{
    const int suite = combo->currentData().toInt();
    return suite >= 0 ? std::optional<int>(suite) : std::nullopt;
}

ipmi::Privilege privilegeOf(const QComboBox *combo)
{
    return static_cast<ipmi::Privilege>(combo->currentData().toInt());
}

} // namespace ServerChoices
