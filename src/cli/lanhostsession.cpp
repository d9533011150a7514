// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanhostsession.h"

#include "transport/lanclient.h"

LanHostSession::LanHostSession(const HostEndpoint &host, ipmi::SessionConfig config)
    : m_client(std::make_unique<LanClient>(host.host, host.port, std::move(config))), m_location(host.key())
{
}

LanHostSession::~LanHostSession() = default;

void LanHostSession::open(OpenCallback done)
{
    m_client->open(std::move(done));
}

void LanHostSession::execute(ipmi::Request request, ResponseCallback done)
{
    m_client->execute(std::move(request), std::move(done));
}

void LanHostSession::close(std::function<void()> done)
{
    m_client->close(std::move(done));
}
