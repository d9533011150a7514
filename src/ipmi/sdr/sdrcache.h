// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"
#include "ipmi/sdr/sdrreader.h"

// The binary form of a cached SDR repository. Layout (integers little-endian):
//   "BPSDRC\r\n"   8-byte magic
//   u16 format version (SdrCacheFormatVersion)
//   identity: u8 has-GUID, 16 GUID bytes (zero without one), u8 device ID, u8 revision,
//             u32 manufacturer, u16 product, u8 address
//   info:     u8 source (0 repository, 1 device), u8 SDR version, u16 record count,
//             u16 free space, u32 last addition, u32 last erase, u8 operation support,
//             u8 device flags (bit 7 dynamic, bits 3:0 LUNs)
//   u32 number of records, then each record: u16 length, its bytes
//   u16 number of warnings, then each warning: u16 length, its UTF-8 text (version 2)
//   32-byte SHA-256 of everything before it
namespace ipmi::sdr {

inline constexpr std::uint16_t SdrCacheFormatVersion = 2;

Bytes encodeSdrCache(const SdrRepository &repository);

// Rejects a wrong magic or version, a checksum mismatch and a truncated or over-long
// file, each with a sentence saying which. A record that does not decode is kept raw, as
// the reader keeps it; the warnings of the read that was stored come back with it.
Result<SdrCache> decodeSdrCache(ByteView bytes);

} // namespace ipmi::sdr
