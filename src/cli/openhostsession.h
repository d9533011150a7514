// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"
#include "transport/ipmidevice.h"

#include <memory>

class OpenIpmiDevice;

// A HostSession with the local BMC through the kernel's IPMI driver (`-I open`): there
// is no login, so open() only opens the device.
class OpenHostSession final : public HostSession
{
public:
    // The real device unless another is given (tests give a fake).
    explicit OpenHostSession(std::unique_ptr<IpmiDevice> device = {});
    ~OpenHostSession() override;

    void open(OpenCallback done) override;
    void execute(ipmi::Request request, ResponseCallback done) override;
    void close(std::function<void()> done) override;
    QString location() const override { return QStringLiteral("local"); }

private:
    std::unique_ptr<OpenIpmiDevice> m_device;
};
