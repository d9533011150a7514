// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/serverentry.h"

#include <QString>

#include <optional>

class QComboBox;

// The choices of how to reach a BMC, as the server dialog and the preferences offer
// them; item data is the enum value (the suite number, -1 for automatic).
namespace ServerChoices {

// LAN 2.0, LAN 1.5 and the local interface (the kernel's IPMI driver), in that order.
void fillInterfaces(QComboBox *combo);
// Automatic tries only 17 and 3; the weaker suites say what they lack.
void fillCipherSuites(QComboBox *combo);
// What an administrator should know before pinning this suite; empty for 17, 3 and automatic.
QString cipherSuiteWarning(std::optional<int> suite);
void fillPrivileges(QComboBox *combo);

// Selects the item with that value, adding it first if only the file could name it.
void selectCipherSuite(QComboBox *combo, std::optional<int> suite);
void selectData(QComboBox *combo, int value);

ServerEntry::Interface interfaceOf(const QComboBox *combo);
std::optional<int> cipherSuiteOf(const QComboBox *combo);
ipmi::Privilege privilegeOf(const QComboBox *combo);

} // namespace ServerChoices
