// SPDX-License-Identifier: GPL-3.0-or-later
#include "sdrreader.h"

#include <algorithm>
#include <cstdio>

namespace ipmi::sdr {

namespace {

constexpr std::uint8_t CcReservationCancelled = 0xC5;
constexpr std::uint8_t CcCannotReturnBytes = 0xCA;
constexpr std::uint8_t CcUnspecified = 0xFF;
constexpr std::uint8_t CcInvalidCommand = 0xC1;
constexpr std::uint8_t SdrRepositoryDeviceBit = 0x02; // Get Device ID additional support

std::string hex4(std::uint16_t value)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04Xh", unsigned(value));
    return text;
}

bool refusesSize(std::uint8_t completionCode)
{
    return completionCode == CcCannotReturnBytes || completionCode == CcUnspecified;
}

bool usableGuid(const std::array<std::uint8_t, 16> &guid)
{
    const auto all = [&](std::uint8_t value) {
        return std::all_of(guid.begin(), guid.end(), [value](std::uint8_t b) { return b == value; });
    };
    return !all(0x00) && !all(0xFF);
}

} // namespace

std::string BmcIdentity::cacheKey() const
{
    if (guid && usableGuid(*guid))
        return toHex(*guid);
    return "dev-" + std::to_string(deviceId) + '-' + std::to_string(deviceRevision) + '-'
           + std::to_string(manufacturerId) + '-' + std::to_string(productId) + '-'
           + std::to_string(address);
}

BmcIdentity BmcIdentity::from(const cmd::DeviceId &id, const std::optional<cmd::DeviceGuid> &guid)
{
    BmcIdentity identity;
    if (guid)
        identity.guid = guid->wire;
    identity.deviceId = id.deviceId;
    identity.deviceRevision = id.deviceRevision;
    identity.manufacturerId = id.manufacturerId;
    identity.productId = id.productId;
    return identity;
}

bool SdrCache::matches(const BmcIdentity &current, const SdrRepositoryInfo &currentInfo) const
{
    return identity == current && info.source == currentInfo.source
           && info.recordCount == currentInfo.recordCount && info.lastAddition == currentInfo.lastAddition
           && info.lastErase == currentInfo.lastErase;
}

SdrRepositoryReader::SdrRepositoryReader(SdrCacheLookup cacheLookup)
    : m_cacheLookup(std::move(cacheLookup))
{
}

bool SdrRepositoryReader::deviceSdrs() const
{
    return m_deviceId && m_deviceId->providesDeviceSdrs
           && (m_deviceId->additionalDeviceSupport & SdrRepositoryDeviceBit) == 0;
}

std::optional<Request> SdrRepositoryReader::nextRequest()
{
    const SdrSource source = m_repository.info.source;
    switch (m_step) {
    case Step::DeviceId: return cmd::getDeviceIdRequest();
    case Step::DeviceGuid: return cmd::getDeviceGuidRequest();
    case Step::Info: return deviceSdrs() ? getDeviceSdrInfoRequest() : getSdrRepositoryInfoRequest();
    case Step::Reserve: return reserveRequest(source);
    case Step::WholeRecord:
        return getRecordRequest(source, {m_reservation, m_recordId, 0, ReadWholeRecord});
    case Step::PartialFirst:
        m_asked = m_chunk;
        return getRecordRequest(source, {m_reservation, m_recordId, 0, m_asked});
    case Step::PartialHeader:
        m_asked = std::uint8_t(HeaderSize);
        return getRecordRequest(source, {m_reservation, m_recordId, 0, m_asked});
    case Step::PartialBody:
        m_asked = std::uint8_t(std::min<std::size_t>(m_chunk, m_expected - m_partial.size()));
        return getRecordRequest(source, {m_reservation, m_recordId, std::uint8_t(m_partial.size()), m_asked});
    case Step::Done: break;
    }
    return std::nullopt;
}

void SdrRepositoryReader::onResponse(Result<Response> response)
{
    if (m_step == Step::Done)
        return;
    if (!response) {
        fail(response.error());
        return;
    }
    switch (m_step) {
    case Step::DeviceId: onDeviceId(response.value()); break;
    case Step::DeviceGuid: onDeviceGuid(response.value()); break;
    case Step::Info: onInfo(response.value()); break;
    case Step::Reserve: onReserve(response.value()); break;
    case Step::WholeRecord: onWholeRecord(response.value()); break;
    case Step::PartialFirst:
    case Step::PartialHeader:
    case Step::PartialBody: onPartial(response.value()); break;
    case Step::Done: break;
    }
}

op::Progress SdrRepositoryReader::progress() const
{
    return m_progress;
}

Result<SdrRepository> SdrRepositoryReader::takeResult()
{
    if (m_error)
        return *m_error;
    return std::move(m_repository);
}

void SdrRepositoryReader::onDeviceId(const Response &response)
{
    auto id = cmd::parseDeviceId(response);
    if (!id) {
        fail(id.error());
        return;
    }
    m_deviceId = id.value();
    m_step = Step::DeviceGuid;
}

void SdrRepositoryReader::onDeviceGuid(const Response &response)
{
    // Get Device GUID is optional (C1h, CCh ...): without it the identity falls back to
    // the Device ID fields.
    const auto guid = cmd::parseDeviceGuid(response);
    m_repository.identity =
        BmcIdentity::from(*m_deviceId, guid ? std::optional<cmd::DeviceGuid>(guid.value()) : std::nullopt);
    m_step = Step::Info;
}

void SdrRepositoryReader::onInfo(const Response &response)
{
    auto info = deviceSdrs() ? parseDeviceSdrInfo(response) : parseSdrRepositoryInfo(response);
    if (!info) {
        fail(info.error());
        return;
    }
    m_repository.info = info.value();
    m_progress.total = m_repository.info.recordCount;
    if (m_cacheLookup) {
        if (auto cache = m_cacheLookup(m_repository.identity);
            cache && cache->matches(m_repository.identity, m_repository.info)) {
            m_repository.rawRecords = std::move(cache->rawRecords);
            m_repository.records = std::move(cache->records);
            m_repository.warnings = std::move(cache->warnings);
            m_repository.fromCache = true;
            m_progress.done = m_repository.rawRecords.size();
            m_step = Step::Done;
            return;
        }
    }
    if (m_repository.info.recordCount == 0) {
        m_step = Step::Done;
        return;
    }
    startRecord(FirstRecordId);
    m_step = Step::Reserve;
}

void SdrRepositoryReader::onReserve(const Response &response)
{
    auto reservation = parseReserve(m_repository.info.source, response);
    if (reservation) {
        m_reservation = reservation.value();
    } else if (response.completionCode == CcInvalidCommand) {
        // No reservations on this BMC: reservation 0 is valid for reads from offset 0.
        m_reservation = 0;
    } else {
        fail(reservation.error());
        return;
    }
    restartRecord();
}

void SdrRepositoryReader::startRecord(std::uint16_t recordId)
{
    m_recordId = recordId;
    m_seenIds.insert(recordId);
    m_reserveRetries = 0;
    restartRecord();
}

void SdrRepositoryReader::restartRecord()
{
    m_partial.clear();
    m_expected = 0;
    if (m_wholeReads)
        m_step = Step::WholeRecord;
    else
        readInPieces();
}

void SdrRepositoryReader::readInPieces()
{
    m_wholeReads = false;
    m_step = m_headerFirst || m_chunk <= HeaderSize ? Step::PartialHeader : Step::PartialFirst;
}

void SdrRepositoryReader::onWholeRecord(const Response &response)
{
    if (response.completionCode == CcReservationCancelled) {
        reReserve();
        return;
    }
    if (refusesSize(response.completionCode)) {
        readInPieces();
        return;
    }
    auto chunk = parseGetRecord(m_repository.info.source, response);
    if (!chunk) {
        fail(chunk.error());
        return;
    }
    auto header = decodeHeader(chunk->data);
    const std::size_t expected = header ? HeaderSize + header->length : 0;
    if (!header || chunk->data.size() < expected) {
        // Short or garbled: the BMC could not fit the record in one answer.
        readInPieces();
        return;
    }
    // Over-long answers are padding; the header's length is the record.
    chunk->data.resize(expected);
    finishRecord(std::move(chunk->data), chunk->nextRecordId);
}

void SdrRepositoryReader::onPartial(const Response &response)
{
    if (response.completionCode == CcReservationCancelled) {
        reReserve();
        return;
    }
    const bool first = m_step == Step::PartialFirst;
    const bool header = first || m_step == Step::PartialHeader;
    if (first && refusesSize(response.completionCode)) {
        // Too long for this BMC, or longer than the record: the header on its own settles it.
        m_headerFirst = true;
        m_step = Step::PartialHeader;
        return;
    }
    if (!header && refusesSize(response.completionCode)) {
        if (m_chunk == 1) {
            fail(makeError(ErrorKind::MalformedResponse,
                           "The BMC refused to return even one byte of SDR record " + hex4(m_recordId)
                               + "; its SDR repository cannot be read."));
            return;
        }
        m_chunk = std::uint8_t(m_chunk / 2);
        return;
    }
    auto chunk = parseGetRecord(m_repository.info.source, response);
    if (!chunk) {
        fail(chunk.error());
        return;
    }
    m_nextRecordId = chunk->nextRecordId;
    if (header) {
        auto decoded = decodeHeader(chunk->data);
        if (!decoded && first) {
            m_headerFirst = true;
            m_step = Step::PartialHeader;
            return;
        }
        if (!decoded) {
            fail(makeError(ErrorKind::MalformedResponse,
                           "The header of SDR record " + hex4(m_recordId) + " does not decode: "
                               + decoded.error().message));
            return;
        }
        m_expected = HeaderSize + decoded->length;
        // Bytes past the record (or past what was asked) are padding.
        const std::size_t take = std::min({chunk->data.size(), std::size_t(m_asked), m_expected});
        m_partial.assign(chunk->data.begin(), chunk->data.begin() + std::ptrdiff_t(take));
    } else {
        if (chunk->data.empty()) {
            fail(makeError(ErrorKind::MalformedResponse,
                           "The BMC returned no data for SDR record " + hex4(m_recordId) + " at offset "
                               + std::to_string(m_partial.size()) + "."));
            return;
        }
        const std::size_t take = std::min<std::size_t>(chunk->data.size(), m_asked);
        m_partial.insert(m_partial.end(), chunk->data.begin(), chunk->data.begin() + std::ptrdiff_t(take));
    }
    if (m_partial.size() >= m_expected) {
        finishRecord(std::move(m_partial), m_nextRecordId);
        return;
    }
    if (m_partial.size() > 0xFF) {
        // Get SDR's offset is one byte: the last bytes of a 256..260-byte record
        // cannot be asked for.
        fail(makeError(ErrorKind::Unsupported, "SDR record " + hex4(m_recordId)
                                                   + " is too long to read in pieces and the BMC refuses to "
                                                     "return it whole."));
        return;
    }
    m_step = Step::PartialBody;
}

void SdrRepositoryReader::finishRecord(Bytes bytes, std::uint16_t nextRecordId)
{
    auto record = decodeRecord(bytes);
    if (record) {
        for (const std::string &problem : problemsOf(*record))
            m_repository.warnings.push_back(problem);
        m_repository.records.push_back(std::move(record).value());
    } else {
        m_repository.warnings.push_back("SDR record " + hex4(m_recordId) + " does not decode ("
                                        + record.error().message + "); it is kept undecoded.");
    }
    m_repository.rawRecords.push_back(std::move(bytes));
    m_progress.done = m_repository.rawRecords.size();

    if (nextRecordId == LastRecordId) {
        m_step = Step::Done;
        return;
    }
    if (m_seenIds.count(nextRecordId) != 0) {
        m_repository.warnings.push_back("The BMC's SDR chain loops: record " + hex4(m_recordId)
                                        + " points back to record " + hex4(nextRecordId) + "; stopped after "
                                        + std::to_string(m_repository.rawRecords.size()) + " records.");
        m_step = Step::Done;
        return;
    }
    if (m_repository.rawRecords.size() >= std::size_t(m_repository.info.recordCount) + RecordSlack) {
        m_repository.warnings.push_back("The BMC's SDR repository holds more records than the "
                                        + std::to_string(m_repository.info.recordCount)
                                        + " it reports; stopped after "
                                        + std::to_string(m_repository.rawRecords.size()) + " records.");
        m_step = Step::Done;
        return;
    }
    startRecord(nextRecordId);
}

void SdrRepositoryReader::reReserve()
{
    if (++m_reserveRetries > MaxReservationRetries) {
        fail(makeError(ErrorKind::CompletionCode,
                       "The SDR reservation was cancelled " + std::to_string(MaxReservationRetries + 1)
                           + " times while reading record " + hex4(m_recordId)
                           + "; the repository keeps changing, try again later.",
                       CcReservationCancelled));
        return;
    }
    m_step = Step::Reserve;
}

void SdrRepositoryReader::fail(Error error)
{
    m_error = std::move(error);
    m_step = Step::Done;
}

} // namespace ipmi::sdr
