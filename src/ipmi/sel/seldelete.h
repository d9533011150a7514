// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/op/operation.h"
#include "ipmi/sel/selcommands.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace ipmi::sel {

// Deletes SEL records by ID: Reserve SEL, then Delete SEL Entry for each. Deleting
// cancels the reservation on some BMCs, so a C5h answer renews it and retries the same
// record, a bounded number of times. The first other failure ends the operation; the
// error names the records deleted before it. The value is the list of deleted IDs.
class SelDelete final : public op::Operation<std::vector<std::uint16_t>>
{
public:
    static constexpr int MaxReservationsPerRecord = 3;

    explicit SelDelete(std::vector<std::uint16_t> recordIds) : m_ids(std::move(recordIds)) {}

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    op::Progress progress() const override { return {m_deleted.size(), m_ids.size()}; }
    const char *description() const override { return "deleting SEL records"; }
    Result<std::vector<std::uint16_t>> takeResult() override;

private:
    void fail(Error error);

    std::vector<std::uint16_t> m_ids;
    std::vector<std::uint16_t> m_deleted;
    std::size_t m_next = 0;
    bool m_reserving = true;
    bool m_done = false;
    int m_reservationsForRecord = 0;
    std::uint16_t m_reservation = 0;
    std::optional<Error> m_error;
};

} // namespace ipmi::sel
