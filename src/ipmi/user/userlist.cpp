// SPDX-License-Identifier: GPL-3.0-or-later
#include "userlist.h"

namespace ipmi::user {

UserList::UserList(std::uint8_t channel, std::optional<std::uint8_t> onlyUser) : m_onlyUser(onlyUser)
{
    m_table.channel = channel;
    if (onlyUser && (*onlyUser < 1 || *onlyUser > MaxUserId))
        fail(makeError(ErrorKind::InvalidArgument,
                       "User ID " + std::to_string(*onlyUser) + " is out of range: user IDs are 1-63."));
}

std::optional<Request> UserList::nextRequest()
{
    switch (m_phase) {
    case Phase::Counts: return getUserAccessRequest(m_table.channel, 1);
    case Phase::Access: return getUserAccessRequest(m_table.channel, m_user);
    case Phase::Name: return getUserNameRequest(m_user);
    case Phase::Done: break;
    }
    return std::nullopt;
}

void UserList::onResponse(Result<Response> response)
{
    if (!response) {
        fail(response.error());
        return;
    }
    switch (m_phase) {
    case Phase::Counts: {
        auto access = parseUserAccess(response.value());
        if (!access) {
            fail(access.error());
            return;
        }
        m_table.maxUsers = access->maxUsers;
        m_table.enabledCount = access->enabledCount;
        m_table.fixedNameCount = access->fixedNameCount;
        if (m_onlyUser) {
            if (*m_onlyUser > m_table.maxUsers) {
                fail(makeError(ErrorKind::InvalidArgument, "User ID " + std::to_string(*m_onlyUser)
                                                               + " is beyond this BMC's " + std::to_string(m_table.maxUsers)
                                                               + " users."));
                return;
            }
            m_user = m_lastUser = *m_onlyUser;
        } else {
            m_user = 1;
            m_lastUser = m_table.maxUsers;
        }
        m_phase = m_table.maxUsers == 0 ? Phase::Done : Phase::Access;
        return;
    }
    case Phase::Access: {
        auto access = parseUserAccess(response.value());
        if (!access) {
            fail(access.error());
            return;
        }
        m_table.users.push_back(UserEntry{m_user, {}, true, access.value()});
        m_phase = Phase::Name;
        return;
    }
    case Phase::Name: {
        auto name = parseUserName(response.value());
        if (name)
            m_table.users.back().name = std::move(name).value();
        else if (response->completionCode != 0)
            m_table.users.back().nameKnown = false; // an unset slot; the anonymous user may answer so too
        else {
            fail(name.error());
            return;
        }
        nextUser();
        return;
    }
    case Phase::Done: return;
    }
}

void UserList::nextUser()
{
    if (m_user >= m_lastUser) {
        m_phase = Phase::Done;
        return;
    }
    ++m_user;
    m_phase = Phase::Access;
}

void UserList::fail(Error error)
{
    m_error = std::move(error);
    m_phase = Phase::Done;
}

op::Progress UserList::progress() const
{
    return {m_table.users.size(), m_onlyUser ? 1u : std::size_t(m_table.maxUsers)};
}

Result<UserTable> UserList::takeResult()
{
    if (m_error)
        return *m_error;
    return std::move(m_table);
}

} // namespace ipmi::user
