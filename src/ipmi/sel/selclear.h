// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/op/operation.h"
#include "ipmi/sel/selcommands.h"

#include <optional>

namespace ipmi::sel {

struct SelClearOutcome
{
    int statusQueries = 0; // Clear SEL "get status" requests until the erase completed
};

// Erases the SEL: Reserve SEL, Clear SEL "initiate", then Clear SEL "get status" until
// the BMC reports the erasure completed. There is no clock in this layer, so the polls
// are counted, not timed: after maxStatusQueries the operation gives up with an error.
// A reservation cancelled in between (C5h) is renewed, a bounded number of times.
class SelClear final : public op::Operation<SelClearOutcome>
{
public:
    static constexpr int MaxReservations = 3;

    explicit SelClear(int maxStatusQueries = 200) : m_maxStatusQueries(maxStatusQueries) {}

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    const char *description() const override { return "clearing the SEL"; }
    Result<SelClearOutcome> takeResult() override;

private:
    enum class Phase { Reserve, Initiate, Status, Done };

    void fail(Error error);

    int m_maxStatusQueries;
    Phase m_phase = Phase::Reserve;
    std::uint16_t m_reservation = 0;
    int m_reservations = 0;
    SelClearOutcome m_outcome;
    std::optional<Error> m_error;
};

} // namespace ipmi::sel
