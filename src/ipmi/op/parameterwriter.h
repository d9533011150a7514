// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/op/operation.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ipmi::op {

// One configuration parameter to write. For a parameter with sets (an alert destination,
// a PEF filter), setSelector picks the set its present value is read from, and data
// starts with that selector, as the Set command wants it.
struct ParameterWrite
{
    std::uint8_t parameter = 0;
    Bytes data;
    std::uint8_t setSelector = 0;
};

struct ParameterWriteOutcome
{
    std::vector<std::uint8_t> written; // parameters written, in order
    std::vector<ParameterWrite> previous; // their values before the write
    bool setInProgressSupported = true;
    std::vector<std::string> warnings; // e.g. the BMC refused "commit write"
};

// How one family of configuration parameters is read and written: LAN (Transport
// 01h/02h), PEF (S/E 12h/13h), SOL (Transport 21h/22h). All share parameter 0, "set in
// progress" (0 set complete, 1 set in progress, 2 commit write), and the completion
// codes 80h (parameter not supported) and 81h (set in progress elsewhere).
class ParameterSpace
{
public:
    virtual ~ParameterSpace() = default;
    virtual Request getRequest(std::uint8_t parameter, std::uint8_t setSelector) const = 0;
    // The parameter data after the revision byte.
    virtual Result<Bytes> parseGet(std::uint8_t parameter, const Response &response) const = 0;
    virtual Request setRequest(std::uint8_t parameter, ByteView data) const = 0;
    virtual Result<void> parseSet(std::uint8_t parameter, const Response &response) const = 0;
    virtual std::string parameterName(std::uint8_t parameter) const = 0;
    // What the parameters configure ("the LAN configuration"), for warnings.
    virtual std::string subject() const = 0;
    // The command that shows them ("lan print"), for the advice after a failed restore.
    virtual std::string showCommand() const = 0;
};

// Writes configuration parameters with the set-in-progress protocol (IPMI 2.0 sections
// 23.1, 26.1, 30.3):
//   1. read the present value of every parameter to be written (for the rollback),
//   2. "set in progress" (a BMC without the parameter, 80h, is written without it;
//      another client's change in progress, 81h, stops here with nothing written),
//   3. the writes, in order,
//   4. "commit write", then "set complete".
// If a write fails, the parameters already written get their previous values back, in
// reverse order, and "set complete" is still sent; the error then says what was
// restored.
class ParameterWriter : public Operation<ParameterWriteOutcome>
{
public:
    ParameterWriter(std::shared_ptr<const ParameterSpace> space, std::vector<ParameterWrite> writes);

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    Progress progress() const override;
    const char *description() const override { return "writing configuration parameters"; }
    Result<ParameterWriteOutcome> takeResult() override;

private:
    enum class Phase { ReadPrevious, Lock, Write, Commit, Rollback, Complete, Done };

    void onReadPrevious(const Response &response);
    void onWrite(const Response &response);
    void startRollback(Error error);
    Request setInProgress(std::uint8_t state) const;
    std::string names(const std::vector<std::uint8_t> &parameters) const;

    std::shared_ptr<const ParameterSpace> m_space;
    std::vector<ParameterWrite> m_writes;
    Phase m_phase = Phase::ReadPrevious;
    std::size_t m_index = 0; // into m_writes, or the rollback position
    ParameterWriteOutcome m_outcome;
    std::optional<Error> m_error;
    std::vector<std::string> m_rollbackFailures;
};

} // namespace ipmi::op
