// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/audit/auditfacts.h"
#include "ipmi/op/operation.h"

#include <memory>
#include <optional>

namespace ipmi::audit {

// Reads the audit's facts over one session: Get Channel Authentication Capabilities
// (which also names the LAN channel), Get Channel Access (volatile), the LAN parameters of authentication and cipher
// suites (1, 2, 22, 23, 24) and the user table. A refused or malformed step is noted in
// facts.notes and the audit goes on with what it has; a transport error (the session is
// gone) ends it with that error.
class AuditGatherer final : public op::Operation<AuditFacts>
{
public:
    // base: host, version, own account facts and probe results filled in by the caller.
    // base.lanChannel, when set, is the channel asked about (a local BMC's LAN channel);
    // unset, the session's own channel is, and the answer names it.
    explicit AuditGatherer(AuditFacts base);

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    const char *description() const override { return "reading the security settings"; }
    Result<AuditFacts> takeResult() override;

private:
    enum class Phase { AuthCaps, AuthCaps15, ChannelAccess, Lan, Users, Done };

    void startLan();
    void startUsers();
    void finishStep();

    AuditFacts m_facts;
    std::optional<std::uint8_t> m_askedChannel;
    Phase m_phase = Phase::AuthCaps;
    std::shared_ptr<op::OperationBase> m_step; // the LAN reader or the user list
    std::optional<Error> m_error;
};

} // namespace ipmi::audit
