// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/sdr/records.h"

#include <cstdint>
#include <string>
#include <vector>

// The logical FRU devices a BMC answers Read FRU Data for: its built-in FRU 0 and the
// logical devices of its FRU Device Locator SDRs (type 11h) behind the BMC itself.
namespace ipmi::fru {

struct FruDevice
{
    std::uint8_t id = 0;
    std::string name; // the locator's ID string; "Builtin FRU Device" for FRU 0, as ipmitool names it
};

// FRU 0 first, then the locators' logical devices in SDR order, each id once (ipmitool
// also skips a locator for FRU 0). Non-logical locators (SEEPROMs on a private bus, reached by
// Master Write-Read) and devices behind another controller are left out.
std::vector<FruDevice> logicalFruDevices(const std::vector<sdr::Record> &records, std::uint8_t bmcAddress = 0x20);

} // namespace ipmi::fru
