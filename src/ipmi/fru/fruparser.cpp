// SPDX-License-Identifier: GPL-3.0-or-later
#include "fruparser.h"

#include "ipmi/fru/fruarea.h"
#include "ipmi/fru/frumultirecord.h"

#include <algorithm>
#include <array>
#include <limits>

namespace ipmi::fru {

namespace {

constexpr std::size_t Unbounded = std::numeric_limits<std::size_t>::max();

// Where the internal use area ends: at the next area the header names, or at the end.
std::size_t internalUseEnd(const FruCommonHeader &header, std::size_t imageSize)
{
    std::size_t end = imageSize;
    for (const std::size_t offset : {header.chassis, header.board, header.product, header.multiRecord})
        if (offset > header.internalUse && offset < end)
            end = offset;
    return end;
}

std::string pastEnd(std::string_view name, std::size_t offset, std::size_t size)
{
    return "The " + std::string(name) + " area starts at byte " + std::to_string(offset) + ", past the end of the "
           + std::to_string(size) + "-byte FRU image.";
}

template<typename Area, typename Decode>
void decodeInfoArea(std::string_view name, std::size_t offset, ByteView image, Decode decode,
                    std::optional<Area> &out, FruInventory &inventory)
{
    if (offset == 0)
        return;
    if (offset >= image.size()) {
        inventory.errors.push_back(pastEnd(name, offset, image.size()));
        return;
    }
    auto area = decode(image.subspan(offset), inventory.warnings);
    if (!area) {
        inventory.errors.push_back(area.error().message);
        return;
    }
    out = std::move(area).value();
}

} // namespace

Result<FruCommonHeader> decodeCommonHeader(ByteView image)
{
    if (image.size() < CommonHeaderSize)
        return makeError(ErrorKind::MalformedResponse, "The FRU image has " + std::to_string(image.size())
                                                           + " bytes, fewer than its 8-byte common header.");
    FruCommonHeader header;
    header.version = image[0] & 0x0F;
    if (header.version != 1)
        return makeError(ErrorKind::MalformedResponse,
                         "The FRU common header has format version " + std::to_string(header.version)
                             + " instead of 1: the device holds no IPMI FRU data, or it is erased.");
    header.internalUse = std::size_t(image[1]) * 8;
    header.chassis = std::size_t(image[2]) * 8;
    header.board = std::size_t(image[3]) * 8;
    header.product = std::size_t(image[4]) * 8;
    header.multiRecord = std::size_t(image[5]) * 8;
    unsigned sum = 0;
    for (std::size_t i = 0; i < CommonHeaderSize; ++i)
        sum += image[i];
    header.checksumOk = (sum & 0xFF) == 0;
    return header;
}

Result<FruInventory> decodeFruInventory(ByteView image)
{
    auto header = decodeCommonHeader(image);
    if (!header)
        return header.error();
    FruInventory inventory;
    if (!header->checksumOk)
        inventory.warnings.push_back("The FRU common header checksum is wrong.");

    if (header->internalUse != 0) {
        if (header->internalUse >= image.size()) {
            inventory.errors.push_back(pastEnd("internal use", header->internalUse, image.size()));
        } else {
            const std::size_t end = internalUseEnd(*header, image.size());
            // Byte 0 is the area's format version; the rest is the manufacturer's.
            inventory.internalUse.assign(image.begin() + std::ptrdiff_t(header->internalUse + 1),
                                         image.begin() + std::ptrdiff_t(end));
        }
    }
    decodeInfoArea("chassis", header->chassis, image, decodeChassisArea, inventory.chassis, inventory);
    decodeInfoArea("board", header->board, image, decodeBoardArea, inventory.board, inventory);
    decodeInfoArea("product", header->product, image, decodeProductArea, inventory.product, inventory);
    if (header->multiRecord != 0) {
        if (header->multiRecord >= image.size())
            inventory.errors.push_back(pastEnd("multi-record", header->multiRecord, image.size()));
        else
            inventory.multiRecords =
                decodeMultiRecords(image.subspan(header->multiRecord), inventory.warnings, inventory.errors);
    }
    return inventory;
}

std::optional<std::size_t> fruImageEnd(ByteView prefix)
{
    if (prefix.size() < CommonHeaderSize)
        return std::nullopt;
    auto header = decodeCommonHeader(prefix);
    if (!header || !header->checksumOk)
        return Unbounded;
    std::size_t end = CommonHeaderSize;
    // The internal use area has no length of its own: it runs to the next area, or to the
    // end of the device when it is the last one.
    if (header->internalUse != 0) {
        const std::size_t last = internalUseEnd(*header, Unbounded);
        if (last == Unbounded)
            return Unbounded;
        end = std::max(end, last);
    }
    for (const std::size_t offset : {header->chassis, header->board, header->product}) {
        if (offset == 0)
            continue;
        if (prefix.size() < offset + 2)
            return std::nullopt;
        end = std::max(end, offset + infoAreaLength(prefix.subspan(offset)));
    }
    if (header->multiRecord != 0) {
        if (prefix.size() <= header->multiRecord)
            return std::nullopt;
        const auto length = multiRecordListLength(prefix.subspan(header->multiRecord));
        if (!length)
            return std::nullopt;
        end = std::max(end, header->multiRecord + *length);
    }
    return end;
}

} // namespace ipmi::fru
