// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/session/repeatablecommands.h"

#include <algorithm>
#include <initializer_list>

namespace ipmi {

namespace {

bool listed(std::uint8_t cmd, std::initializer_list<std::uint8_t> commands)
{
    return std::find(commands.begin(), commands.end(), cmd) != commands.end();
}

} // namespace

bool repeatableCommand(std::uint8_t netFn, std::uint8_t cmd)
{
    // Network functions and command numbers from the IPMI 2.0 command table (appendix G).
    switch (netFn & 0x3e) {
    case 0x00: // chassis: // capabilities, status, boot options, power-on hours
        return listed(cmd, {0x00, 0x01, 0x09, 0x0f});
    case 0x04: // sensor/event: receiver, PEF capabilities and parameters, device SDR,
                             // hysteresis, thresholds, event enables and status, reading, type
        return listed(cmd, {0x01, 0x10, 0x13, 0x20, 0x21, 0x25, 0x27, 0x29, 0x2b, 0x2d, 0x2f});
    case 0x06: // application:, self test, GUIDs, watchdog, global enables, channel and user
                     // settings, session info, Set Session Privilege Level, cipher suites
        return listed(cmd, {0x01, 0x04, 0x08, 0x25, 0x2f, 0x37, 0x38, 0x3b, 0x3d, 0x41, 0x42, 0x44, 0x46, 0x54});
    case 0x0a: // storage: area info and data, SDR repository info, reserve, SDR,
                         // SEL info, allocation, entry, time
        return listed(cmd, {0x10, 0x11, 0x20, 0x21, 0x22, 0x23, 0x40, 0x41, 0x43, 0x48});
    case 0x0c: // transport: and SOL configuration parameters
        return listed(cmd, {0x02, 0x22});
    default:
        return false;
    }
}

} // namespace ipmi
