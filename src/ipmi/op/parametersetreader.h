// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/op/parameterwriter.h"

#include <memory>
#include <vector>

namespace ipmi::op {

// Reads the sets 1..count of a configuration parameter with sets (PEF event filters,
// alert policies, LAN alert destinations). A set the BMC refuses does not end the
// reading: its entry holds the error (ipmi_sim 2.0.33 counts 16 event filters but
// refuses the 16th), so a listing shows what the BMC has and names what it refused.
class ParameterSetReader final : public Operation<std::vector<Result<Bytes>>>
{
public:
    ParameterSetReader(std::shared_ptr<const ParameterSpace> space, std::uint8_t parameter, std::uint8_t count);

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    Progress progress() const override { return {m_entries.size(), m_count}; }
    const char *description() const override { return "reading a configuration table"; }
    Result<std::vector<Result<Bytes>>> takeResult() override;

private:
    std::shared_ptr<const ParameterSpace> m_space;
    std::uint8_t m_parameter;
    std::uint8_t m_count;
    std::vector<Result<Bytes>> m_entries;
    std::optional<Error> m_transportError; // no answer at all ends the reading
};

} // namespace ipmi::op
