// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/cmd/app.h"
#include "ipmi/op/operation.h"
#include "ipmi/sdr/records.h"
#include "ipmi/sdr/repository.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ipmi::sdr {

// Who the BMC is, as far as a cached SDR is concerned.
struct BmcIdentity
{
    std::optional<std::array<std::uint8_t, 16>> guid; // wire order, as Get Device GUID sends it
    std::uint8_t deviceId = 0;
    std::uint8_t deviceRevision = 0;
    std::uint32_t manufacturerId = 0;
    std::uint16_t productId = 0;
    std::uint8_t address = 0x20;

    // The GUID in hex when it is usable (not all 00h or all FFh), else
    // "dev-<id>-<rev>-<mfr>-<product>-<addr>" (decimal). Only [0-9a-z-] characters.
    std::string cacheKey() const;

    static BmcIdentity from(const cmd::DeviceId &id, const std::optional<cmd::DeviceGuid> &guid);
    friend bool operator==(const BmcIdentity &, const BmcIdentity &) = default;
};

// The SDRs of one BMC. rawRecords[i] are the bytes records[i] was decoded from; a record
// that did not decode is in rawRecords only (with a warning), so the two can differ in
// length: use records for meaning and rawRecords for dumps and the cache.
struct SdrRepository
{
    BmcIdentity identity;
    SdrRepositoryInfo info;
    std::vector<Bytes> rawRecords;
    std::vector<Record> records;
    bool fromCache = false;
    std::vector<std::string> warnings;
};

// A repository as it was stored (see sdrcache.h for the file format): identity, the info
// fields that tell whether it is still current, and the records.
struct SdrCache
{
    BmcIdentity identity;
    SdrRepositoryInfo info;
    std::vector<Bytes> rawRecords;
    std::vector<Record> records;
    std::vector<std::string> warnings; // those of the read that was stored

    // Still the BMC's repository: same identity, record count and change timestamps.
    bool matches(const BmcIdentity &current, const SdrRepositoryInfo &currentInfo) const;
};

// Finds the stored repository of a BMC. Called synchronously once the identity is known
// (a local file read), so a cache hit costs Get Device ID, Get Device GUID and the info
// command, and no SDR traffic at all.
using SdrCacheLookup = std::function<std::optional<SdrCache>(const BmcIdentity &identity)>;

// Reads the whole SDR repository: Get Device ID, Get Device GUID (optional), the info,
// then — unless the cache lookup gives a current copy — Reserve and Get SDR for each
// record from 0000h until the next ID is FFFFh.
//
// Reads adapt to the BMC once per repository, not per record, because many BMCs cap an
// answer below their longest records (ipmi_sim returns at most 33 bytes at a time, so its
// 64-byte full sensor records never come whole). Records are first asked for whole (FFh
// bytes). The first refusal (CAh, FFh) or short or garbled answer switches the rest of
// the read to pieces of up to 32 bytes, the first from offset 0 so that it carries the
// header and as much of the body as fits: a record of up to 32 bytes then takes one
// request, a 64-byte one two. A piece refused for its size halves the size for the rest
// of the read (32, 16, 8, 4, 2, 1). A BMC that refuses a first piece longer than the
// record gets the 5-byte header asked for on its own from then on.
// A cancelled reservation (C5h) re-reserves and restarts the record, at most
// MaxReservationRetries times per record. A record ID seen twice, or more than the count
// plus Slack records, ends the read with an error: a BMC whose chain loops has no
// trustworthy repository.
// A record that does not decode is kept raw with a warning; so is each problem of a
// record that decoded in part (see decodeRecord). A repository read from the cache comes
// with the warnings of the read that was stored.
//
// A BMC that provides device SDRs and has no SDR repository (Get Device ID additional
// device support bit 1 clear) is read with the device SDR commands.
class SdrRepositoryReader : public op::Operation<SdrRepository>
{
public:
    static constexpr int MaxReservationRetries = 4;
    static constexpr std::size_t RecordSlack = 16;
    static constexpr std::uint8_t FirstChunkSize = 32;

    explicit SdrRepositoryReader(SdrCacheLookup cacheLookup = {});

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    op::Progress progress() const override;
    const char *description() const override { return "reading the SDR repository"; }
    Result<SdrRepository> takeResult() override;

private:
    enum class Step
    {
        DeviceId,
        DeviceGuid,
        Info,
        Reserve,
        WholeRecord,
        PartialFirst,  // offset 0, m_chunk bytes: the header and the body's start
        PartialHeader, // offset 0, the header alone
        PartialBody,
        Done,
    };

    void onDeviceId(const Response &response);
    void onDeviceGuid(const Response &response);
    void onInfo(const Response &response);
    void onReserve(const Response &response);
    void onWholeRecord(const Response &response);
    void onPartial(const Response &response);
    void startRecord(std::uint16_t recordId);
    void restartRecord();
    void readInPieces();
    void finishRecord(Bytes bytes, std::uint16_t nextRecordId);
    void reReserve();
    bool deviceSdrs() const;
    void fail(Error error);

    SdrCacheLookup m_cacheLookup;
    Step m_step = Step::DeviceId;
    SdrRepository m_repository;
    std::optional<cmd::DeviceId> m_deviceId;
    std::optional<Error> m_error;
    std::uint16_t m_reservation = 0;
    std::uint16_t m_recordId = FirstRecordId;
    std::set<std::uint16_t> m_seenIds;
    std::uint16_t m_nextRecordId = LastRecordId; // from the latest partial read
    // Learnt from the BMC's answers, kept for the rest of the repository.
    bool m_wholeReads = true;    // records are asked for whole
    bool m_headerFirst = false;  // the BMC refused a first piece longer than the header
    std::uint8_t m_chunk = FirstChunkSize; // the largest piece the BMC returns
    Bytes m_partial;             // the current record's bytes read so far
    std::size_t m_expected = 0;  // its total size once the header is known
    std::uint8_t m_asked = 0;    // bytes asked for in the pending partial read
    int m_reserveRetries = 0;
    op::Progress m_progress;     // kept apart: takeResult() moves the repository out
};

} // namespace ipmi::sdr
