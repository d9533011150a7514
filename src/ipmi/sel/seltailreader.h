// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/op/operation.h"
#include "ipmi/sel/selcommands.h"
#include "ipmi/sel/selrecord.h"

#include <cstddef>
#include <optional>
#include <set>
#include <vector>

namespace ipmi::sel {

// What a round of reading after the last known record found.
struct SelTail
{
    bool stale = false; // the last known record is gone or changed: read everything
    std::vector<SelEntry> entries;
};

// Reads the last known record again (it must still hold the same bytes, else this is
// not the SEL we know) and follows the next-record IDs from there to the end. Whole
// records need no reservation. A completion code (the record is gone, the BMC wants a
// reservation) makes the tail stale rather than failed: the full reader copes.
class SelTailReader final : public op::Operation<SelTail>
{
public:
    // announced: the entry count Get SEL Info gave; far more new records than that is a loop.
    SelTailReader(const SelEntry &known, std::size_t announced);

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    const char *description() const override { return "reading new SEL records"; }
    Result<SelTail> takeResult() override;

private:
    void stale();
    void fail(Error error);

    SelEntry m_known;
    std::uint16_t m_next;
    std::size_t m_limit;
    bool m_first = true;
    bool m_done = false;
    std::set<std::uint16_t> m_seen;
    SelTail m_tail;
    std::optional<Error> m_error;
};

} // namespace ipmi::sel
