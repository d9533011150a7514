// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/audit/auditfinding.h"
#include "ipmi/op/operation.h"

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace ipmi::audit {

// Applies one Fix. Settings are read again first and only the audited bits change, so
// fixes from one report can be applied in any order. LAN parameters are written with
// the set-in-progress protocol (LanConfigWriter, which rolls back on failure). The
// result is a sentence saying what was changed.
class AuditFixer final : public op::Operation<std::string>
{
public:
    explicit AuditFixer(Fix fix);

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    const char *description() const override { return "applying a security fix"; }
    Result<std::string> takeResult() override;

private:
    // One command; its handler checks the answer and may queue the next steps.
    struct Step
    {
        Request request;
        std::function<Result<void>(const Response &)> handle;
    };

    void planCipherSuites();
    void planAuthTypes();
    void planDisableUser();
    void planChannelAuth();
    void writeLan(std::uint8_t parameter, Bytes data);

    Fix m_fix;
    std::deque<Step> m_steps;
    std::shared_ptr<op::OperationBase> m_writer; // a LanConfigWriter while it runs
    bool m_writerRunning = false;
    std::optional<Error> m_error;
};

} // namespace ipmi::audit
