// SPDX-License-Identifier: GPL-3.0-or-later
#include "frudevices.h"

#include "ipmi/fru/frucommands.h"

#include <algorithm>
#include <variant>

namespace ipmi::fru {

std::vector<FruDevice> logicalFruDevices(const std::vector<sdr::Record> &records, std::uint8_t bmcAddress)
{
    std::vector<FruDevice> devices{{BuiltinFruDevice, "Builtin FRU Device"}};
    for (const sdr::Record &record : records) {
        const auto *locator = std::get_if<sdr::FruDeviceLocator>(&record);
        if (!locator || !locator->logical || locator->channel != 0 || locator->accessAddress != bmcAddress)
            continue;
        auto known = std::find_if(devices.begin(), devices.end(),
                                  [&](const FruDevice &device) { return device.id == locator->fruDeviceId; });
        if (known == devices.end())
            devices.push_back({locator->fruDeviceId, locator->id.text});
    }
    return devices;
}

} // namespace ipmi::fru
