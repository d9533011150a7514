// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/fru/fruinventory.h"

#include <cstddef>
#include <cstdint>
#include <optional>

// A whole FRU image: the 8-byte common header and the areas it points to.
namespace ipmi::fru {

inline constexpr std::size_t CommonHeaderSize = 8;

struct FruCommonHeader
{
    std::uint8_t version = 1;
    // Area offsets in bytes (the header stores multiples of 8); 0 = the area is absent.
    std::size_t internalUse = 0;
    std::size_t chassis = 0;
    std::size_t board = 0;
    std::size_t product = 0;
    std::size_t multiRecord = 0;
    bool checksumOk = true;
};

// An image shorter than 8 bytes or with a format version other than 1 is an error;
// a bad checksum is not (see FruCommonHeader::checksumOk).
Result<FruCommonHeader> decodeCommonHeader(ByteView image);

// Decodes every area the header names. Only a header that does not decode is an error;
// each area's problems end up in the inventory's warnings or errors and the other areas
// are still decoded.
Result<FruInventory> decodeFruInventory(ByteView image);

// How many bytes from the start of the image hold the header and every area it names,
// judged from the first bytes read so far (`prefix`): nothing while the prefix is too
// short to tell. A prefix whose header does not decode needs the whole device.
std::optional<std::size_t> fruImageEnd(ByteView prefix);

} // namespace ipmi::fru
