// SPDX-License-Identifier: GPL-3.0-or-later
// LAN configuration parameters from a BMC: the first byte is the parameter number, the
// rest its data as Get LAN Configuration Parameters returns it. Any bytes decode or fail
// cleanly, and what decodes prints.
#include "fuzz_check.h"
#include "ipmi/lan/lanconfig.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    ipmi::lan::LanConfig config;
    const auto decoded = ipmi::lan::decodeLanParameter(data[0], ipmi::ByteView(data + 1, size - 1), config);
    if (!decoded) {
        FUZZ_CHECK(!decoded.error().message.empty());
        return 0;
    }
    if (config.ipAddress)
        FUZZ_CHECK(!ipmi::lan::ipv4Text(*config.ipAddress).empty());
    if (config.authTypeSupport)
        (void)ipmi::lan::authTypeNames(*config.authTypeSupport);
    if (config.cipherSuitePrivileges)
        (void)ipmi::lan::cipherPrivilegeText(*config.cipherSuitePrivileges);
    return 0;
}
