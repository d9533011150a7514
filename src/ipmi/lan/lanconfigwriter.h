// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/lan/lanchange.h"
#include "ipmi/op/operation.h"

#include <optional>
#include <string>
#include <vector>

namespace ipmi::lan {

struct LanWriteOutcome
{
    std::vector<std::uint8_t> written; // parameters written, in order
    std::vector<LanParameterWrite> previous; // their values before the write
    bool setInProgressSupported = true;
    std::vector<std::string> warnings; // e.g. the BMC refused "commit write"
};

// Writes LAN parameters with the set-in-progress protocol (IPMI 2.0 section 23.1):
//   1. read the present value of every parameter to be written (for the rollback),
//   2. "set in progress" (a BMC without the parameter, 80h, is written without it;
//      another client's change in progress, 81h, stops here with nothing written),
//   3. the writes, in order,
//   4. "commit write", then "set complete".
// If a write fails, the parameters already written get their previous values back, in
// reverse order, and "set complete" is still sent; the error then says what was
// restored. This is the building block of the verified ("safe") address change.
class LanConfigWriter final : public op::Operation<LanWriteOutcome>
{
public:
    LanConfigWriter(std::uint8_t channel, std::vector<LanParameterWrite> writes);

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    op::Progress progress() const override;
    const char *description() const override { return "writing the LAN configuration"; }
    Result<LanWriteOutcome> takeResult() override;

private:
    enum class Phase { ReadPrevious, Lock, Write, Commit, Rollback, Complete, Done };

    void onReadPrevious(const Response &response);
    void onWrite(const Response &response);
    void startRollback(Error error);

    std::uint8_t m_channel;
    std::vector<LanParameterWrite> m_writes;
    Phase m_phase = Phase::ReadPrevious;
    std::size_t m_index = 0; // into m_writes, or the rollback position
    LanWriteOutcome m_outcome;
    std::optional<Error> m_error;
    std::vector<std::string> m_rollbackFailures;
};

} // namespace ipmi::lan
