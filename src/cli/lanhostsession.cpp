// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanhostsession.h"

#include "cli/terminaltext.h"

#include "transport/lanclient.h"

LanHostSession::LanHostSession(const HostEndpoint &host, ipmi::SessionConfig config) : m_location(host.key())
{
    m_learnedSuites.apply(config, m_location);
    m_choice.version = config.version;
    m_choice.cipher = config.cipher;
    m_client = std::make_unique<LanClient>(host.host, host.port, std::move(config));
}

LanHostSession::~LanHostSession() = default;

void LanHostSession::open(OpenCallback done)
{
    m_client->open([this, done = std::move(done)](ipmi::Result<ipmi::SessionInfo> opened) {
        QString error;
        if (opened && !m_learnedSuites.learn(m_choice, m_location, *opened, &error))
            printWarning(error);
        done(std::move(opened));
    });
}

void LanHostSession::execute(ipmi::Request request, ResponseCallback done)
{
    m_client->execute(std::move(request), std::move(done));
}

void LanHostSession::close(std::function<void()> done)
{
    m_client->close(std::move(done));
}
