// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/fru/fruinventory.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <string>

class CommandRegistry;

// fru print [id]: the FRU inventory as ipmitool prints it; without an id, FRU 0 and the
// logical FRU devices the FRU Device Locator SDRs name.
void registerFruCommands(CommandRegistry &registry);

// One device's output, from its decoded inventory or the error that stopped its read
// (exposed for the format tests).
struct FruPrintItem
{
    std::uint8_t id = 0;
    std::string name;
    ipmi::Result<ipmi::fru::FruInventory> inventory;
};

// withDescription: the "FRU Device Description : name (ID n)" line first, as in the
// listing of every device; `fru print <id>` prints the fields alone.
QString fruPrintText(const FruPrintItem &item, bool withDescription);
QJsonObject fruPrintJson(const FruPrintItem &item);

// "Mon Mar  4 05:06:00 2019 UTC": ipmitool's layout, but always in UTC, the time zone the
// FRU stores (ipmitool converts to the local zone and names it).
QString fruDateText(std::uint32_t minutes);
