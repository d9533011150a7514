// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"

#include <array>
#include <cstdint>
#include <optional>

// System Event Log commands (IPMI 2.0 section 31, Storage NetFn) and Platform Event
// Message (section 29.3), as request builders and response parsers.
namespace ipmi::sel {

inline constexpr std::uint16_t FirstRecordId = 0x0000; // "the first entry" in Get SEL Entry
inline constexpr std::uint16_t LastRecordId = 0xFFFF;  // next-ID value after the last entry
inline constexpr std::size_t EntrySize = 16;

// SEL-specific completion codes (table 31-x) a caller reacts to.
namespace cc {
inline constexpr std::uint8_t EraseInProgress = 0x81;     // SEL erase in progress
inline constexpr std::uint8_t ReservationCancelled = 0xC5; // also "invalid reservation"
inline constexpr std::uint8_t CannotReturnBytes = 0xCA;   // the requested byte count is too many
inline constexpr std::uint8_t NotPresent = 0xCB;          // no such record (or the SEL is empty)
} // namespace cc

// Get SEL Info (Storage 40h).
struct SelInfo
{
    std::uint8_t version = 0; // BCD, 51h for IPMI 1.5/2.0
    std::uint16_t entries = 0;
    std::uint16_t freeBytes = 0;
    std::uint32_t lastAddTimestamp = 0;   // 0xFFFFFFFF if never added
    std::uint32_t lastEraseTimestamp = 0; // 0xFFFFFFFF if never erased
    std::uint8_t operationSupport = 0;

    bool overflow() const { return operationSupport & 0x80; }
    bool deleteSupported() const { return operationSupport & 0x08; }
    bool partialAddSupported() const { return operationSupport & 0x04; }
    bool reserveSupported() const { return operationSupport & 0x02; }
    bool allocationInfoSupported() const { return operationSupport & 0x01; }
    std::uint8_t versionMajor() const { return version & 0x0F; }
    std::uint8_t versionMinor() const { return version >> 4; }
};

Request getSelInfoRequest();
Result<SelInfo> parseSelInfo(const Response &response);

// Reserve SEL (Storage 42h): the reservation ID that partial reads, deletes and clears need.
Request reserveSelRequest();
Result<std::uint16_t> parseReserveSel(const Response &response);

// Get SEL Entry (Storage 43h). A whole-record read (offset 0, 0xFF bytes) needs no
// reservation; 0 is sent then.
struct SelEntryData
{
    std::uint16_t nextRecordId = LastRecordId;
    Bytes record; // the requested bytes of the record, 16 for a whole read
};

Request getSelEntryRequest(std::uint16_t reservation, std::uint16_t recordId, std::uint8_t offset = 0,
                           std::uint8_t count = 0xFF);
Result<SelEntryData> parseSelEntry(const Response &response);

// Add SEL Entry (Storage 44h): the 16 record bytes; the BMC sets the record ID and, for
// timestamped types, the timestamp. Answers the ID it gave.
Request addSelEntryRequest(const std::array<std::uint8_t, EntrySize> &record);
Result<std::uint16_t> parseAddSelEntry(const Response &response);

// Delete SEL Entry (Storage 46h). Answers the ID of the deleted record.
Request deleteSelEntryRequest(std::uint16_t reservation, std::uint16_t recordId);
Result<std::uint16_t> parseDeleteSelEntry(const Response &response);

// Clear SEL (Storage 47h): initiate an erase or ask how far it got.
enum class ClearAction : std::uint8_t
{
    GetStatus = 0x00,
    Initiate = 0xAA,
};

enum class EraseProgress : std::uint8_t
{
    InProgress = 0,
    Completed = 1,
};

Request clearSelRequest(std::uint16_t reservation, ClearAction action);
Result<EraseProgress> parseClearSel(const Response &response);

// Get SEL Time (Storage 48h): the SEL clock, seconds (see selrecord.h for pre-init values).
Request getSelTimeRequest();
Result<std::uint32_t> parseSelTime(const Response &response);

// Platform Event Message (Sensor/Event 02h): an event as a generator sends it. Over LAN
// or IPMB the BMC takes the generator ID from the requester; only a system interface
// sends it as the first byte.
struct PlatformEvent
{
    std::uint8_t evmRev = 0x04; // IPMI 1.5 and later
    std::uint8_t sensorType = 0;
    std::uint8_t sensorNumber = 0;
    bool deassertion = false;
    std::uint8_t eventReadingType = 0; // 7 bits
    std::array<std::uint8_t, 3> eventData{0xFF, 0xFF, 0xFF};
};

Request platformEventRequest(const PlatformEvent &event, std::optional<std::uint8_t> generatorId = std::nullopt);
Result<void> parsePlatformEvent(const Response &response);
// The event a test sends: temperature sensor 30h, upper critical going high asserted,
// which a PEF filter for critical temperatures matches.
PlatformEvent testPlatformEvent();

} // namespace ipmi::sel
