// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditfixer.h"

#include "ipmi/channel/channelcommands.h"
#include "ipmi/lan/lanconfig.h"
#include "ipmi/lan/lanconfigwriter.h"
#include "ipmi/lan/lanparameters.h"
#include "ipmi/user/usercommands.h"


namespace ipmi::audit {

namespace {

constexpr std::uint8_t BitMd5 = 0x04;

Result<void> ok()
{
    return Result<void>();
}

} // namespace

AuditFixer::AuditFixer(Fix fix) : m_fix(std::move(fix))
{
    switch (m_fix.action) {
    case Fix::Action::DisableCipherSuites: planCipherSuites(); break;
    case Fix::Action::RestrictAuthTypesToMd5: planAuthTypes(); break;
    case Fix::Action::DisableUser: planDisableUser(); break;
    case Fix::Action::EnableChannelAuth: planChannelAuth(); break;
    }
}

void AuditFixer::planCipherSuites()
{
    const std::uint8_t channel = m_fix.channel;
    m_steps.push_back({lan::getLanParameterRequest(channel, lan::param::CipherSuitePrivileges),
                       [this](const Response &response) -> Result<void> {
                           auto data = lan::parseGetLanParameter(lan::param::CipherSuitePrivileges, response);
                           if (!data)
                               return data.error();
                           lan::LanConfig config;
                           if (auto decoded = lan::decodeLanParameter(lan::param::CipherSuitePrivileges,
                                                                      data.value(), config);
                               !decoded)
                               return decoded.error();
                           if (!config.cipherSuitePrivileges)
                               return Error{ErrorKind::MalformedResponse,
                                            "the BMC's cipher suite privileges did not decode"};
                           lan::CipherSuitePrivileges privileges = *config.cipherSuitePrivileges;
                           // Entry n is suite n, as in auditrules.cpp and ipmitool.
                           for (std::uint8_t suite : m_fix.suites) {
                               if (suite < privileges.size())
                                   privileges[suite] = 0;
                           }
                           writeLan(lan::param::CipherSuitePrivileges, lan::encodeCipherSuitePrivileges(privileges));
                           return ok();
                       }});
}

void AuditFixer::planAuthTypes()
{
    m_steps.push_back({lan::getLanParameterRequest(m_fix.channel, lan::param::AuthTypeEnables),
                       [this](const Response &response) -> Result<void> {
                           auto data = lan::parseGetLanParameter(lan::param::AuthTypeEnables, response);
                           if (!data)
                               return data.error();
                           lan::LanConfig config;
                           if (auto decoded =
                                   lan::decodeLanParameter(lan::param::AuthTypeEnables, data.value(), config);
                               !decoded)
                               return decoded.error();
                           lan::AuthTypeEnables enables = config.authTypeEnables.value_or(lan::AuthTypeEnables{});
                           for (std::uint8_t *level : {&enables.callback, &enables.user, &enables.operatorLevel,
                                                       &enables.admin, &enables.oem})
                               *level = std::uint8_t(*level & BitMd5);
                           writeLan(lan::param::AuthTypeEnables, lan::encodeAuthTypeEnables(enables));
                           return ok();
                       }});
}

void AuditFixer::planDisableUser()
{
    user::UserAccessSettings settings; // no messaging, no link auth, privilege "no access"
    m_steps.push_back({user::setUserAccessRequest(m_fix.channel, m_fix.user, settings, true),
                       [](const Response &response) { return user::parseSetUserAccess(response); }});
    auto disable = user::setUserPasswordRequest(m_fix.user, user::PasswordOperation::DisableUser);
    if (!disable) {
        m_error = disable.error();
        return;
    }
    m_steps.push_back({std::move(disable).value(), [](const Response &response) {
                           return user::parseSetUserPassword(user::PasswordOperation::DisableUser,
                                                             user::PasswordSize::Bytes16, response);
                       }});
}

void AuditFixer::planChannelAuth()
{
    for (channel::Storage storage : {channel::Storage::NonVolatile, channel::Storage::Volatile}) {
        m_steps.push_back({channel::getChannelAccessRequest(m_fix.channel, storage),
                           [this, storage](const Response &response) -> Result<void> {
                               auto access = channel::parseChannelAccess(response);
                               if (!access)
                                   return access.error();
                               channel::ChannelAccess updated = access.value();
                               updated.perMessageAuth = true;
                               updated.userLevelAuth = true;
                               // Runs before the next queued step: the Get of the other storage.
                               m_steps.push_front({channel::setChannelAccessRequest(m_fix.channel, storage, updated),
                                                   [](const Response &answer) {
                                                       return channel::parseSetChannelAccess(answer);
                                                   }});
                               return ok();
                           }});
    }
}

void AuditFixer::writeLan(std::uint8_t parameter, Bytes data)
{
    std::vector<lan::LanParameterWrite> writes{{parameter, std::move(data)}};
    m_writer = std::make_shared<lan::LanConfigWriter>(m_fix.channel, std::move(writes));
}

std::optional<Request> AuditFixer::nextRequest()
{
    if (m_error)
        return std::nullopt;
    if (m_writer) {
        if (auto request = m_writer->nextRequest()) {
            m_writerRunning = true;
            return request;
        }
        auto outcome = std::static_pointer_cast<lan::LanConfigWriter>(m_writer)->takeResult();
        m_writer.reset();
        m_writerRunning = false;
        if (!outcome) {
            m_error = outcome.error();
            return std::nullopt;
        }
    }
    if (m_steps.empty())
        return std::nullopt;
    return m_steps.front().request;
}

void AuditFixer::onResponse(Result<Response> response)
{
    if (m_writerRunning) {
        m_writer->onResponse(std::move(response));
        return;
    }
    if (m_steps.empty())
        return;
    Step step = std::move(m_steps.front());
    m_steps.pop_front();
    if (!response) {
        m_error = response.error();
        return;
    }
    if (auto handled = step.handle(response.value()); !handled)
        m_error = handled.error();
}

Result<std::string> AuditFixer::takeResult()
{
    if (m_error)
        return Error{m_error->kind, "The fix was not applied (" + m_fix.description + "): " + m_error->message,
                     m_error->completionCode};
    return m_fix.description;
}

} // namespace ipmi::audit
