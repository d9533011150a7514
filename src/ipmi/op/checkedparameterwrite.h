// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/op/parameterwriter.h"

#include <memory>
#include <vector>

namespace ipmi::op {

// A ParameterWriter followed by a read-back of every parameter written: the write counts
// only when the BMC then holds the data sent (a BMC may accept a value and keep another).
// A mismatch is an error naming the parameters; the values stay as the BMC has them.
class CheckedParameterWrite final : public Operation<ParameterWriteOutcome>
{
public:
    CheckedParameterWrite(std::shared_ptr<const ParameterSpace> space, std::vector<ParameterWrite> writes);

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    Progress progress() const override;
    const char *description() const override { return "writing and checking configuration parameters"; }
    Result<ParameterWriteOutcome> takeResult() override;

private:
    std::shared_ptr<const ParameterSpace> m_space;
    std::vector<ParameterWrite> m_writes;
    ParameterWriter m_writer;
    bool m_writing = true;
    std::size_t m_index = 0; // the parameter being read back
    std::optional<Result<ParameterWriteOutcome>> m_written;
    std::vector<std::uint8_t> m_mismatches;
    std::optional<Error> m_readError;
};

} // namespace ipmi::op
