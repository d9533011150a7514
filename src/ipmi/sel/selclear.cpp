// SPDX-License-Identifier: GPL-3.0-or-later
#include "selclear.h"

#include <string>

namespace ipmi::sel {

std::optional<Request> SelClear::nextRequest()
{
    switch (m_phase) {
    case Phase::Reserve: return reserveSelRequest();
    case Phase::Initiate: return clearSelRequest(m_reservation, ClearAction::Initiate);
    case Phase::Status: return clearSelRequest(m_reservation, ClearAction::GetStatus);
    case Phase::Done: break;
    }
    return std::nullopt;
}

void SelClear::onResponse(Result<Response> response)
{
    if (!response) {
        fail(response.error());
        return;
    }
    if (m_phase == Phase::Reserve) {
        ++m_reservations;
        auto reservation = parseReserveSel(response.value());
        if (!reservation) {
            fail(reservation.error());
            return;
        }
        m_reservation = reservation.value();
        m_phase = Phase::Initiate;
        return;
    }
    // While initiating, a cancelled reservation means someone changed the SEL first:
    // reserve again. Once the erase started, the erase itself cancels reservations on
    // some BMCs, which then also answer the status query with C5h; the erase goes on.
    if (response->completionCode == cc::ReservationCancelled && m_phase == Phase::Initiate) {
        if (m_reservations >= MaxReservations) {
            fail(makeError(ErrorKind::CompletionCode,
                           "The SEL kept changing, so it could not be cleared: "
                               + std::to_string(MaxReservations)
                               + " reservations were cancelled (C5h). Try again later.",
                           cc::ReservationCancelled));
            return;
        }
        m_phase = Phase::Reserve;
        return;
    }
    if (response->completionCode == cc::ReservationCancelled && m_phase == Phase::Status) {
        m_phase = Phase::Reserve; // renew it and ask again; a finished erase answers "completed"
        if (m_reservations >= MaxReservations)
            fail(makeError(ErrorKind::CompletionCode,
                           "The BMC cancelled every SEL reservation while erasing, so the end of the erase "
                           "could not be confirmed (C5h).",
                           cc::ReservationCancelled));
        return;
    }
    auto progress = parseClearSel(response.value());
    if (!progress) {
        fail(progress.error());
        return;
    }
    if (m_phase == Phase::Initiate) {
        // The answer to "initiate" already says how far the erase got.
        m_phase = progress.value() == EraseProgress::Completed ? Phase::Done : Phase::Status;
        return;
    }
    ++m_outcome.statusQueries;
    if (progress.value() == EraseProgress::Completed) {
        m_phase = Phase::Done;
        return;
    }
    if (m_outcome.statusQueries >= m_maxStatusQueries)
        fail(makeError(ErrorKind::Timeout, "The BMC started erasing the SEL but still reported it in progress after "
                                               + std::to_string(m_outcome.statusQueries)
                                               + " status queries; check again later with \"sel info\"."));
}

void SelClear::fail(Error error)
{
    m_error = std::move(error);
    m_phase = Phase::Done;
}

Result<SelClearOutcome> SelClear::takeResult()
{
    if (m_error)
        return *m_error;
    return m_outcome;
}

} // namespace ipmi::sel
