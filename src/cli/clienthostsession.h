// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"
#include "model/hostlist.h"
#include "model/learnedsuites.h"
#include "transport/ipmidevice.h"

#include <memory>

class IpmiClient;

// A HostSession over the transport's one client interface: a LanClient per host over the
// network (`-I lan`, `-I lanplus`), or a LocalClient on the kernel's IPMI driver
// (`-I open`). An automatic IPMI 2.0 login starts with the suite learned for the host,
// and teaches it.
class ClientHostSession final : public HostSession
{
public:
    static std::unique_ptr<ClientHostSession> overLan(const HostEndpoint &host, ipmi::SessionConfig config);
    // The real device unless another is given (tests give a fake).
    static std::unique_ptr<ClientHostSession> local(std::unique_ptr<IpmiDevice> device = {});
    ~ClientHostSession() override;

    void open(ipmi::OpenCallback done) override;
    void execute(ipmi::Request request, ipmi::ResponseCallback done) override;
    void close(std::function<void()> done) override;
    QString location() const override;
    std::optional<LanLogin> lanLogin() const override { return m_login; }
    std::unique_ptr<HostSession> openLanSession(const HostEndpoint &endpoint, ipmi::SessionConfig config) const override;

    // The client itself, for what runs beside the requests (`sol activate`).
    IpmiClient *client() const { return m_client.get(); }

private:
    explicit ClientHostSession(std::unique_ptr<IpmiClient> client);

    std::unique_ptr<IpmiClient> m_client;
    LearnedSuites m_learnedSuites;
    std::optional<LanLogin> m_login; // a LAN session's; it learns the suite of an automatic login
};
