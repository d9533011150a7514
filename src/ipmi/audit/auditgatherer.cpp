// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditgatherer.h"

#include "ipmi/cmd/commandsupport.h"
#include "ipmi/lan/lanconfigreader.h"
#include "ipmi/lan/lanparameters.h"
#include "ipmi/session/sessioncommands.h"

namespace ipmi::audit {

namespace {

const std::vector<std::uint8_t> &auditLanParameters()
{
    static const std::vector<std::uint8_t> parameters{
        lan::param::AuthTypeSupport, lan::param::AuthTypeEnables, lan::param::CipherSuiteSupport,
        lan::param::CipherSuiteEntries, lan::param::CipherSuitePrivileges};
    return parameters;
}

bool transportFailure(const Error &error)
{
    return error.kind != ErrorKind::CompletionCode && error.kind != ErrorKind::MalformedResponse;
}

} // namespace

AuditGatherer::AuditGatherer(AuditFacts base) : m_facts(std::move(base)), m_askedChannel(m_facts.lanChannel) {}

std::optional<Request> AuditGatherer::nextRequest()
{
    if (m_error)
        return std::nullopt;
    switch (m_phase) {
    case Phase::AuthCaps:
    case Phase::AuthCaps15: {
        Bytes data = sessioncmd::encodeAuthCapsRequest(m_phase == Phase::AuthCaps, Privilege::Administrator);
        // A channel named by the caller replaces "this channel" (0Eh): over the system
        // interface the current channel is not the LAN one.
        if (m_askedChannel)
            data.at(0) = std::uint8_t((data.at(0) & 0xf0) | (*m_askedChannel & 0x0f));
        return Request{sessioncmd::kNetFnApp, sessioncmd::kGetChannelAuthCaps, std::move(data), 0};
    }
    case Phase::ChannelAccess:
        return channel::getChannelAccessRequest(m_facts.lanChannel.value_or(1), channel::Storage::Volatile);
    case Phase::Lan:
    case Phase::Users:
        while (m_step) {
            if (auto request = m_step->nextRequest())
                return request;
            finishStep();
            if (m_phase == Phase::Done)
                return std::nullopt;
        }
        return std::nullopt;
    case Phase::Done: break;
    }
    return std::nullopt;
}

void AuditGatherer::onResponse(Result<Response> response)
{
    switch (m_phase) {
    case Phase::AuthCaps:
    case Phase::AuthCaps15: {
        if (!response) {
            if (transportFailure(response.error())) {
                m_error = response.error();
                return;
            }
        }
        std::optional<Error> failed;
        if (!response)
            failed = response.error();
        else if (auto code = cmd::completionError("Get Channel Authentication Capabilities", response.value()))
            failed = *code;
        if (failed) {
            // An IPMI 1.5 BMC may refuse the request for IPMI 2.0 data: ask again without.
            if (m_phase == Phase::AuthCaps) {
                m_phase = Phase::AuthCaps15;
                return;
            }
            m_facts.notes.push_back("authentication capabilities not read: " + failed->message);
            m_phase = Phase::ChannelAccess;
            return;
        }
        auto caps = sessioncmd::decodeAuthCapsResponse(response.value().data);
        if (!caps)
            m_facts.notes.push_back("authentication capabilities not read: " + caps.error().message);
        else {
            m_facts.authCaps = caps.value();
            m_facts.lanChannel = caps.value().channel;
        }
        m_phase = Phase::ChannelAccess;
        return;
    }
    case Phase::ChannelAccess: {
        if (!response && transportFailure(response.error())) {
            m_error = response.error();
            return;
        }
        auto access = response ? channel::parseChannelAccess(response.value()) : Result<channel::ChannelAccess>(response.error());
        if (access)
            m_facts.channelAccess = access.value();
        else
            m_facts.notes.push_back("channel access not read: " + access.error().message);
        startLan();
        return;
    }
    case Phase::Lan:
    case Phase::Users:
        if (m_step)
            m_step->onResponse(std::move(response));
        return;
    case Phase::Done: break;
    }
}

void AuditGatherer::startLan()
{
    m_phase = Phase::Lan;
    m_step = std::make_shared<lan::LanConfigReader>(m_facts.lanChannel.value_or(1), auditLanParameters());
}

void AuditGatherer::startUsers()
{
    m_phase = Phase::Users;
    m_step = std::make_shared<user::UserList>(m_facts.lanChannel.value_or(1));
}

void AuditGatherer::finishStep()
{
    if (m_phase == Phase::Lan) {
        auto read = std::static_pointer_cast<lan::LanConfigReader>(m_step)->takeResult();
        if (!read) {
            if (transportFailure(read.error())) {
                m_error = read.error();
                m_phase = Phase::Done;
                m_step.reset();
                return;
            }
            m_facts.notes.push_back("LAN configuration not read: " + read.error().message);
        } else {
            m_facts.lan = read.value().config;
            for (std::uint8_t parameter : read.value().unsupported)
                m_facts.notes.push_back("LAN parameter " + std::string(lan::parameterName(parameter))
                                        + " is not supported by the BMC");
        }
        startUsers();
        return;
    }
    auto table = std::static_pointer_cast<user::UserList>(m_step)->takeResult();
    m_step.reset();
    m_phase = Phase::Done;
    if (!table) {
        if (transportFailure(table.error()))
            m_error = table.error();
        else
            m_facts.notes.push_back("user list not read: " + table.error().message);
        return;
    }
    m_facts.users = std::move(table).value();
}

Result<AuditFacts> AuditGatherer::takeResult()
{
    if (m_error)
        return *m_error;
    return std::move(m_facts);
}

} // namespace ipmi::audit
