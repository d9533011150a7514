// SPDX-License-Identifier: GPL-3.0-or-later
#include "selreader.h"

#include <cstdio>

namespace ipmi::sel {

namespace {

std::string hex4(std::uint16_t value)
{
    char text[8];
    std::snprintf(text, sizeof text, "%04Xh", value);
    return text;
}

} // namespace

std::optional<Request> SelReader::nextRequest()
{
    switch (m_phase) {
    case Phase::Info: return getSelInfoRequest();
    case Phase::Reserve: return reserveSelRequest();
    case Phase::Entry: return getSelEntryRequest(m_reservation, m_recordId, 0, m_count);
    case Phase::Done: break;
    }
    return std::nullopt;
}

void SelReader::onResponse(Result<Response> response)
{
    if (!response) {
        fail(response.error());
        return;
    }
    switch (m_phase) {
    case Phase::Info: onInfo(response.value()); break;
    case Phase::Reserve: onReserve(response.value()); break;
    case Phase::Entry: onEntry(response.value()); break;
    case Phase::Done: break;
    }
}

void SelReader::onInfo(const Response &response)
{
    auto info = parseSelInfo(response);
    if (!info) {
        fail(info.error());
        return;
    }
    m_log.info = info.value();
    m_announced = m_log.info.entries;
    m_phase = m_log.info.entries == 0 ? Phase::Done : Phase::Entry;
}

void SelReader::onReserve(const Response &response)
{
    auto reservation = parseReserveSel(response);
    if (!reservation) {
        fail(reservation.error());
        return;
    }
    m_reservation = reservation.value();
    m_phase = Phase::Entry;
}

void SelReader::onEntry(const Response &response)
{
    if (response.completionCode == cc::ReservationCancelled) {
        if (++m_reservationsForRecord > MaxReservationsPerRecord) {
            fail(makeError(ErrorKind::CompletionCode,
                           "The SEL kept changing while it was read: record " + hex4(m_recordId) + " failed "
                               + std::to_string(MaxReservationsPerRecord)
                               + " times with a cancelled reservation (C5h). Try again later.",
                           cc::ReservationCancelled));
            return;
        }
        m_phase = Phase::Reserve;
        return;
    }
    if (response.completionCode == cc::CannotReturnBytes && m_count == 0xFF) {
        m_count = std::uint8_t(EntrySize); // this BMC wants the exact length
        return;
    }
    if (response.completionCode == cc::NotPresent && m_log.entries.empty() && m_recordId == FirstRecordId) {
        m_phase = Phase::Done; // an empty SEL whose info still counted entries
        return;
    }
    auto data = parseSelEntry(response);
    if (!data) {
        fail(data.error());
        return;
    }
    m_reservationsForRecord = 0;
    ++m_recordsRead;
    // Both the ID asked for and the one the record carries: the first read asks for 0000h.
    m_seen.insert(m_recordId);
    auto entry = decodeEntry(data->record);
    if (entry) {
        m_seen.insert(entry->recordId);
        m_log.entries.push_back(std::move(entry).value());
    } else
        m_log.warnings.push_back("Record " + hex4(m_recordId) + " was skipped: " + entry.error().message);

    const std::uint16_t next = data->nextRecordId;
    if (next == LastRecordId) {
        m_phase = Phase::Done;
        return;
    }
    if (m_seen.count(next) != 0) {
        fail(makeError(ErrorKind::MalformedResponse,
                       "The BMC's SEL is inconsistent: record " + hex4(m_recordId) + " names " + hex4(next)
                           + ", read before, as the next record, so the list would never end."));
        return;
    }
    if (m_recordsRead >= std::size_t(m_log.info.entries) + ExtraRecordsAllowed) {
        fail(makeError(ErrorKind::MalformedResponse,
                       "The BMC's SEL is inconsistent: " + std::to_string(m_recordsRead)
                           + " records were read but Get SEL Info announced "
                           + std::to_string(m_log.info.entries) + ", and the list does not end."));
        return;
    }
    m_recordId = next;
}

void SelReader::fail(Error error)
{
    m_error = std::move(error);
    m_phase = Phase::Done;
}

op::Progress SelReader::progress() const
{
    return {m_recordsRead, m_announced};
}

Result<SelLog> SelReader::takeResult()
{
    if (m_error)
        return *m_error;
    if (m_log.entries.size() != m_log.info.entries && m_log.info.entries != 0)
        m_log.warnings.push_back("Get SEL Info announced " + std::to_string(m_log.info.entries)
                                 + " records but " + std::to_string(m_log.entries.size()) + " were read.");
    return std::move(m_log);
}

} // namespace ipmi::sel
