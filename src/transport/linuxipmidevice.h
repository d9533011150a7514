// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/ipmidevice.h"

#include <string>
#include <vector>

// The kernel's IPMI device (ipmi_devintf): IPMICTL_SEND_COMMAND to the BMC's system
// interface address, IPMICTL_RECEIVE_MSG_TRUNC for the answers.
class LinuxIpmiDevice final : public IpmiDevice
{
public:
    // The device nodes tried in order, as ipmitool's open interface does.
    static const std::vector<std::string> &defaultPaths();

    // moduleDirectory: where the kernel lists its loaded modules, read to say what to do
    // when there is no device node (IpmiDriverStatus).
    explicit LinuxIpmiDevice(std::vector<std::string> paths = defaultPaths(),
                             std::string moduleDirectory = "/sys/module");
    ~LinuxIpmiDevice() override;

    ipmi::Result<void> open() override;
    int fd() const override { return m_fd; }
    ipmi::Result<void> send(long msgid, const ipmi::Request &request) override;
    ipmi::Result<std::optional<Message>> receive() override;
    void close() override;

    // The sentence for "no device node" on this machine: the kernel modules to load, or
    // that the loaded driver found no BMC.
    static std::string noDeviceMessage(const std::vector<std::string> &paths);

private:
    std::vector<std::string> m_paths;
    std::string m_moduleDirectory;
    int m_fd = -1;
};
