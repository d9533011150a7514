// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/op/operation.h"
#include "ipmi/sel/selcommands.h"
#include "ipmi/sel/selrecord.h"

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ipmi::sel {

struct SelLog
{
    SelInfo info;
    std::vector<SelEntry> entries;
    // Problems that did not stop the read ("record 0012h has 12 bytes"), one sentence each.
    std::vector<std::string> warnings;
};

// Reads the whole SEL: Get SEL Info, then Get SEL Entry from the first record following
// the next-record IDs until FFFFh. Whole records need no reservation; if the BMC cancels
// or wants one (C5h), the reader reserves and retries, a bounded number of times. A
// next-record ID seen before, or far more records than Get SEL Info announced, ends the
// read with an error instead of looping for ever.
class SelReader final : public op::Operation<SelLog>
{
public:
    static constexpr int MaxReservationsPerRecord = 3;
    // Records added while reading are expected; this many beyond the announced count are not.
    static constexpr std::size_t ExtraRecordsAllowed = 64;

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    op::Progress progress() const override;
    const char *description() const override { return "reading the SEL"; }
    Result<SelLog> takeResult() override;

private:
    enum class Phase { Info, Reserve, Entry, Done };

    void onInfo(const Response &response);
    void onReserve(const Response &response);
    void onEntry(const Response &response);
    void fail(Error error);

    Phase m_phase = Phase::Info;
    SelLog m_log;
    std::uint16_t m_reservation = 0;
    std::uint16_t m_recordId = FirstRecordId;
    int m_reservationsForRecord = 0;
    std::uint8_t m_count = 0xFF; // 16 after a BMC refused "the whole record" (CAh)
    std::set<std::uint16_t> m_seen;
    std::size_t m_recordsRead = 0;
    std::size_t m_announced = 0;
    std::optional<Error> m_error;
};

} // namespace ipmi::sel
