// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"

#include <cstdint>
#include <optional>

// The SDR repository commands of the Storage network function (IPMI 2.0 chapter 33:
// Get SDR Repository Info 20h, Reserve SDR Repository 22h, Get SDR 23h) and their
// device SDR twins of the Sensor/Event network function (chapter 35: Get Device SDR
// Info 20h, Get Device SDR 21h, Reserve Device SDR Repository 22h).
namespace ipmi::sdr {

inline constexpr std::uint16_t FirstRecordId = 0x0000;
inline constexpr std::uint16_t LastRecordId = 0xFFFF; // "next record" after the last one
inline constexpr std::uint8_t ReadWholeRecord = 0xFF; // Get SDR bytes-to-read

// Which repository a reader talks to: the BMC's SDR repository or a device's own SDRs.
enum class SdrSource
{
    Repository,
    Device,
};

// What Get SDR Repository Info reports (and what Get Device SDR Info reports, mapped
// onto the same fields for a device). Timestamps are seconds since 1970 as the BMC
// keeps them; FFFFFFFFh means "never" / unspecified.
struct SdrRepositoryInfo
{
    SdrSource source = SdrSource::Repository;
    std::uint8_t version = 0x51;      // BCD, 51h = IPMI 1.5/2.0 SDR format
    std::uint16_t recordCount = 0;
    std::uint16_t freeSpace = 0;      // bytes; FFFEh = 64 KiB - 2 or more, FFFFh = unspecified
    std::uint32_t lastAddition = 0;   // device SDRs: the sensor population change indicator
    std::uint32_t lastErase = 0;
    bool overflow = false;            // operation support bit 7
    std::uint8_t updateMode = 0;      // bits 6:5: 0 unspecified, 1 non-modal, 2 modal, 3 both
    bool supportsDelete = false;      // bit 3
    bool supportsPartialAdd = false;  // bit 2
    bool supportsReserve = false;     // bit 1
    bool supportsAllocationInfo = false; // bit 0
    // Device SDRs only: the SDRs live in the device's LUNs (flags bits 3:0) and whether
    // its sensor population can change (flags bit 7).
    std::uint8_t deviceLunMask = 0;
    bool dynamicPopulation = false;
};

// Storage 20h.
Request getSdrRepositoryInfoRequest();
Result<SdrRepositoryInfo> parseSdrRepositoryInfo(const Response &response);

// Storage 22h / S/E 22h: the reservation ID to quote in Get SDR.
Request reserveSdrRepositoryRequest();
Request reserveDeviceSdrRepositoryRequest();
Result<std::uint16_t> parseReserveSdrRepository(const Response &response);
Result<std::uint16_t> parseReserveDeviceSdrRepository(const Response &response);

// Storage 23h / S/E 21h: `count` bytes of record `recordId` from `offset` (FFh: the whole
// record). A reservation of 0 is allowed when offset is 0.
struct GetSdrRequest
{
    std::uint16_t reservation = 0;
    std::uint16_t recordId = 0;
    std::uint8_t offset = 0;
    std::uint8_t count = ReadWholeRecord;
};

struct SdrChunk
{
    std::uint16_t nextRecordId = LastRecordId;
    Bytes data;
};

Request getSdrRequest(const GetSdrRequest &request);
Request getDeviceSdrRequest(const GetSdrRequest &request);
Result<SdrChunk> parseGetSdr(const Response &response);
Result<SdrChunk> parseGetDeviceSdr(const Response &response);

// S/E 20h with the "get SDR count" operation (request byte 1 = 01h): the record count;
// the flags and the change indicator fill the other fields.
Request getDeviceSdrInfoRequest();
Result<SdrRepositoryInfo> parseDeviceSdrInfo(const Response &response);

// The SdrSource-dispatching forms used by the reader.
Request reserveRequest(SdrSource source);
Result<std::uint16_t> parseReserve(SdrSource source, const Response &response);
Request getRecordRequest(SdrSource source, const GetSdrRequest &request);
Result<SdrChunk> parseGetRecord(SdrSource source, const Response &response);

} // namespace ipmi::sdr
