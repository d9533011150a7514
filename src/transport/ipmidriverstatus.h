// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

// Why this machine's IPMI device cannot be used, as sentences an administrator can act
// on: which of the driver's kernel modules are not loaded (read from /sys/module), that
// a loaded driver found no BMC, or who may open the device node and how to join them.
class IpmiDriverStatus
{
public:
    // The group the bmcpilot package's udev rule gives the device nodes to.
    static constexpr const char *DeviceGroup = "ipmi";

    explicit IpmiDriverStatus(std::string moduleDirectory = "/sys/module");

    // Of ipmi_msghandler, ipmi_devintf and ipmi_si, those the kernel has not loaded.
    std::vector<std::string> missingModules() const;
    // No device node at any of paths: what to load, or that the driver found no BMC.
    std::string noDeviceMessage(const std::vector<std::string> &paths) const;
    // The device node at path exists but this process may not open it.
    static std::string accessDeniedMessage(const std::string &path);

private:
    std::string m_moduleDirectory;
};
