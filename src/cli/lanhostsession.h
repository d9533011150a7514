// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"
#include "model/hostlist.h"
#include "model/learnedsuites.h"

#include <memory>

class LanClient;

// A HostSession over the network: one LanClient (and so one UDP socket) per host. An
// automatic IPMI 2.0 login starts with the suite learned for the host, and teaches it.
class LanHostSession final : public HostSession
{
public:
    LanHostSession(const HostEndpoint &host, ipmi::SessionConfig config);
    ~LanHostSession() override;

    void open(OpenCallback done) override;
    void execute(ipmi::Request request, ResponseCallback done) override;
    void close(std::function<void()> done) override;
    QString location() const override { return m_location; }

    LanClient *client() const { return m_client.get(); } // for `sol activate`

private:
    std::unique_ptr<LanClient> m_client;
    QString m_location;
    LearnedSuites m_learnedSuites;
    ipmi::SessionConfig m_choice; // the version and cipher policy only, for learning

};
