// SPDX-License-Identifier: GPL-3.0-or-later
#include "sdrcache.h"

#include "ipmi/crypto/hash.h"

#include <algorithm>
#include <string_view>

namespace ipmi::sdr {

namespace {

constexpr std::string_view Magic = "BPSDRC\r\n";
constexpr std::size_t ChecksumBytes = 32;
constexpr std::size_t GuidBytes = 16;

std::uint8_t operationSupport(const SdrRepositoryInfo &info)
{
    return std::uint8_t((info.overflow ? 0x80 : 0) | ((info.updateMode & 0x03) << 5)
                        | (info.supportsDelete ? 0x08 : 0) | (info.supportsPartialAdd ? 0x04 : 0)
                        | (info.supportsReserve ? 0x02 : 0) | (info.supportsAllocationInfo ? 0x01 : 0));
}

void setOperationSupport(SdrRepositoryInfo &info, std::uint8_t support)
{
    info.overflow = (support & 0x80) != 0;
    info.updateMode = std::uint8_t((support >> 5) & 0x03);
    info.supportsDelete = (support & 0x08) != 0;
    info.supportsPartialAdd = (support & 0x04) != 0;
    info.supportsReserve = (support & 0x02) != 0;
    info.supportsAllocationInfo = (support & 0x01) != 0;
}

// A u16 length, then that many bytes (records and warnings are stored so).
ByteView lengthPrefixed(ByteReader &reader)
{
    const std::uint16_t length = reader.u16le();
    return reader.bytes(length);
}

Error corrupt(const std::string &why)
{
    return makeError(ErrorKind::MalformedResponse, "The SDR cache file is corrupt: " + why);
}

} // namespace

Bytes encodeSdrCache(const SdrRepository &repository)
{
    const BmcIdentity &identity = repository.identity;
    const SdrRepositoryInfo &info = repository.info;
    ByteWriter writer(256);
    writer.bytes(asBytes(Magic)).u16le(SdrCacheFormatVersion);
    writer.u8(identity.guid ? 1 : 0);
    if (identity.guid)
        writer.bytes(*identity.guid);
    else
        writer.fill(0, GuidBytes);
    writer.u8(identity.deviceId)
        .u8(identity.deviceRevision)
        .u32le(identity.manufacturerId)
        .u16le(identity.productId)
        .u8(identity.address);
    writer.u8(info.source == SdrSource::Device ? 1 : 0)
        .u8(info.version)
        .u16le(info.recordCount)
        .u16le(info.freeSpace)
        .u32le(info.lastAddition)
        .u32le(info.lastErase)
        .u8(operationSupport(info))
        .u8(std::uint8_t((info.dynamicPopulation ? 0x80 : 0) | (info.deviceLunMask & 0x0F)));
    writer.u32le(std::uint32_t(repository.rawRecords.size()));
    for (const Bytes &record : repository.rawRecords)
        writer.u16le(std::uint16_t(record.size())).bytes(record);
    const std::size_t warnings = std::min<std::size_t>(repository.warnings.size(), 0xFFFF);
    writer.u16le(std::uint16_t(warnings));
    for (std::size_t i = 0; i < warnings; ++i) {
        const std::string_view text = std::string_view(repository.warnings[i]).substr(0, 0xFFFF);
        writer.u16le(std::uint16_t(text.size())).bytes(asBytes(text));
    }
    const Bytes checksum = digest(HashAlgorithm::Sha256, {ByteView(writer.buffer())});
    writer.bytes(checksum);
    return writer.take();
}

Result<SdrCache> decodeSdrCache(ByteView bytes)
{
    if (bytes.size() < Magic.size() || !std::equal(Magic.begin(), Magic.end(), bytes.begin()))
        return makeError(ErrorKind::MalformedResponse, "The file is not a BMC Pilot SDR cache.");
    if (bytes.size() < Magic.size() + 2 + ChecksumBytes)
        return corrupt("it is truncated.");
    const ByteView body = bytes.first(bytes.size() - ChecksumBytes);
    const Bytes checksum = digest(HashAlgorithm::Sha256, {body});
    if (!std::equal(checksum.begin(), checksum.end(), bytes.end() - std::ptrdiff_t(ChecksumBytes)))
        return corrupt("its checksum does not match (truncated or modified).");

    ByteReader reader(body);
    reader.skip(Magic.size());
    const std::uint16_t version = reader.u16le();
    if (version != SdrCacheFormatVersion)
        return makeError(ErrorKind::Unsupported, "The SDR cache file has format version "
                                                     + std::to_string(version) + ", this build reads version "
                                                     + std::to_string(SdrCacheFormatVersion) + ".");
    SdrCache cache;
    const std::uint8_t hasGuid = reader.u8();
    const ByteView guid = reader.bytes(GuidBytes);
    if (hasGuid > 1)
        return corrupt("its GUID flag is invalid.");
    if (hasGuid == 1 && guid.size() == GuidBytes) {
        cache.identity.guid.emplace();
        std::copy(guid.begin(), guid.end(), cache.identity.guid->begin());
    }
    cache.identity.deviceId = reader.u8();
    cache.identity.deviceRevision = reader.u8();
    cache.identity.manufacturerId = reader.u32le();
    cache.identity.productId = reader.u16le();
    cache.identity.address = reader.u8();

    const std::uint8_t source = reader.u8();
    if (source > 1)
        return corrupt("its repository kind is invalid.");
    cache.info.source = source == 1 ? SdrSource::Device : SdrSource::Repository;
    cache.info.version = reader.u8();
    cache.info.recordCount = reader.u16le();
    cache.info.freeSpace = reader.u16le();
    cache.info.lastAddition = reader.u32le();
    cache.info.lastErase = reader.u32le();
    setOperationSupport(cache.info, reader.u8());
    const std::uint8_t deviceFlags = reader.u8();
    cache.info.dynamicPopulation = (deviceFlags & 0x80) != 0;
    cache.info.deviceLunMask = deviceFlags & 0x0F;

    const std::uint32_t count = reader.u32le();
    if (!reader.ok())
        return corrupt("it is truncated.");
    // Each record takes at least its 2-byte length, so a count beyond that is a lie.
    if (count > reader.remaining() / 2)
        return corrupt("it claims more records than it holds.");
    cache.rawRecords.reserve(count);
    cache.records.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        const ByteView record = lengthPrefixed(reader);
        if (!reader.ok())
            return corrupt("it is truncated.");
        cache.rawRecords.emplace_back(record.begin(), record.end());
        if (auto decoded = decodeRecord(record))
            cache.records.push_back(std::move(decoded).value());
    }
    const std::uint16_t warnings = reader.u16le();
    if (!reader.ok())
        return corrupt("it is truncated.");
    for (std::uint16_t i = 0; i < warnings; ++i) {
        const ByteView text = lengthPrefixed(reader);
        if (!reader.ok())
            return corrupt("it is truncated.");
        cache.warnings.emplace_back(text.begin(), text.end());
    }
    if (!reader.atEnd())
        return corrupt("it has bytes after its last record.");
    return cache;
}

} // namespace ipmi::sdr
