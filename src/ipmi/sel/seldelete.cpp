// SPDX-License-Identifier: GPL-3.0-or-later
#include "seldelete.h"

#include <cstdio>
#include <string>

namespace ipmi::sel {

std::optional<Request> SelDelete::nextRequest()
{
    if (m_done || m_next >= m_ids.size())
        return std::nullopt;
    if (m_reserving)
        return reserveSelRequest();
    return deleteSelEntryRequest(m_reservation, m_ids[m_next]);
}

void SelDelete::onResponse(Result<Response> response)
{
    if (!response) {
        fail(response.error());
        return;
    }
    if (m_reserving) {
        auto reservation = parseReserveSel(response.value());
        if (!reservation) {
            fail(reservation.error());
            return;
        }
        m_reservation = reservation.value();
        m_reserving = false;
        return;
    }
    if (response->completionCode == cc::ReservationCancelled
        && ++m_reservationsForRecord <= MaxReservationsPerRecord) {
        m_reserving = true;
        return;
    }
    auto deleted = parseDeleteSelEntry(response.value());
    if (!deleted) {
        fail(deleted.error());
        return;
    }
    m_deleted.push_back(m_ids[m_next]);
    m_reservationsForRecord = 0;
    ++m_next;
}

void SelDelete::fail(Error error)
{
    char id[8];
    std::snprintf(id, sizeof id, "%04Xh", m_next < m_ids.size() ? m_ids[m_next] : 0);
    error.message = "Deleting SEL record " + std::string(id) + " failed: " + error.message;
    if (!m_deleted.empty())
        error.message += " (" + std::to_string(m_deleted.size()) + " record"
                         + (m_deleted.size() == 1 ? " was" : "s were") + " deleted before.)";
    m_error = std::move(error);
    m_done = true;
}

Result<std::vector<std::uint16_t>> SelDelete::takeResult()
{
    if (m_error)
        return *m_error;
    return std::move(m_deleted);
}

} // namespace ipmi::sel
