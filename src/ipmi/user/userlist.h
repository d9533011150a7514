// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/op/operation.h"
#include "ipmi/user/usercommands.h"

#include <optional>
#include <string>
#include <vector>

namespace ipmi::user {

struct UserEntry
{
    std::uint8_t id = 0;
    std::string name;      // empty for the anonymous user 1 and unnamed slots
    bool nameKnown = true; // false when the BMC refused Get User Name (unset slot)
    UserAccess access;
};

struct UserTable
{
    std::uint8_t channel = 0;
    std::uint8_t maxUsers = 0;
    std::uint8_t enabledCount = 0;
    std::uint8_t fixedNameCount = 0;
    std::vector<UserEntry> users; // IDs 1..maxUsers (or only the one asked for)
};

// Reads the user table of one channel: Get User Access for user 1 gives the maximum,
// enabled and fixed-name counts; then every user's access and name. With onlyUser, just
// that user (and the counts). A refused Get User Name (an unset slot) gives an empty name.
class UserList final : public op::Operation<UserTable>
{
public:
    explicit UserList(std::uint8_t channel, std::optional<std::uint8_t> onlyUser = std::nullopt);

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    op::Progress progress() const override;
    const char *description() const override { return "reading the user list"; }
    Result<UserTable> takeResult() override;

private:
    enum class Phase { Counts, Access, Name, Done };

    void fail(Error error);
    void nextUser();

    std::optional<std::uint8_t> m_onlyUser;
    Phase m_phase = Phase::Counts;
    std::uint8_t m_user = 1;
    std::uint8_t m_lastUser = 1;
    UserTable m_table;
    std::optional<Error> m_error;
};

} // namespace ipmi::user
