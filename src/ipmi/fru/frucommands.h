// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"

#include <cstdint>

// FRU device commands of the Storage NetFn (IPMI 2.0 section 34).
namespace ipmi::fru {

// The FRU device ID of the BMC's own inventory.
inline constexpr std::uint8_t BuiltinFruDevice = 0;

// Get FRU Inventory Area Info (Storage 10h).
struct FruAreaInfo
{
    std::uint16_t sizeBytes = 0;
    bool wordAccess = false; // offsets and counts of Read/Write FRU Data are in 16-bit words
};

Request getFruInventoryAreaInfoRequest(std::uint8_t deviceId);
Result<FruAreaInfo> parseFruInventoryAreaInfo(const Response &response);

// Read FRU Data (Storage 11h). `offset` and `count` are in the device's access unit
// (bytes, or words for a word-access device).
Request readFruDataRequest(std::uint8_t deviceId, std::uint16_t offset, std::uint8_t count);

struct FruData
{
    std::uint8_t count = 0; // as the BMC states it, in its access unit
    Bytes data;             // every byte after the count, however many came
};

// Only the completion code and the count byte are checked: whether `data` holds what
// `count` promises is the reader's call, because it backs off on a short answer.
Result<FruData> parseReadFruData(const Response &response);

// Write FRU Data (Storage 12h); its answer is the count written, in the access unit.
Request writeFruDataRequest(std::uint8_t deviceId, std::uint16_t offset, ByteView data);
Result<std::uint8_t> parseWriteFruData(const Response &response);

} // namespace ipmi::fru
