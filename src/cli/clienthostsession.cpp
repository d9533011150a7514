// SPDX-License-Identifier: GPL-3.0-or-later
#include "clienthostsession.h"

#include "transport/lanclient.h"
#include "transport/localclient.h"

ClientHostSession::ClientHostSession(std::unique_ptr<IpmiClient> client) : m_client(std::move(client)) {}

ClientHostSession::~ClientHostSession() = default;

std::unique_ptr<ClientHostSession> ClientHostSession::overLan(const HostEndpoint &host, ipmi::SessionConfig config)
{
    LanLogin login{host, config};
    LearnedSuites().apply(config, host.key());
    std::unique_ptr<ClientHostSession> session(
        new ClientHostSession(std::make_unique<LanClient>(host.host, host.port, std::move(config))));
    session->m_login = std::move(login);
    return session;
}

std::unique_ptr<HostSession> ClientHostSession::openLanSession(const HostEndpoint &endpoint,
                                                               ipmi::SessionConfig config) const
{
    return overLan(endpoint, std::move(config));
}

std::unique_ptr<ClientHostSession> ClientHostSession::local(std::unique_ptr<IpmiDevice> device)
{
    return std::unique_ptr<ClientHostSession>(new ClientHostSession(std::make_unique<LocalClient>(std::move(device))));
}

void ClientHostSession::open(ipmi::OpenCallback done)
{
    m_client->open([this, done = std::move(done)](ipmi::Result<ipmi::SessionInfo> opened) {
        if (opened && m_login)
            m_learnedSuites.learn(m_login->config, location(), *opened);
        done(std::move(opened));
    });
}

void ClientHostSession::execute(ipmi::Request request, ipmi::ResponseCallback done)
{
    m_client->execute(std::move(request), std::move(done));
}

void ClientHostSession::close(std::function<void()> done)
{
    m_client->close(std::move(done));
}

QString ClientHostSession::location() const
{
    return m_client->location();
}
