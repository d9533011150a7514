// SPDX-License-Identifier: GPL-3.0-or-later
#include "selrecord.h"

#include <algorithm>
#include <string>

namespace ipmi::sel {

namespace {

template<std::size_t N>
std::array<std::uint8_t, N> copyOut(ByteView bytes)
{
    std::array<std::uint8_t, N> out{};
    std::copy_n(bytes.begin(), std::min(N, bytes.size()), out.begin());
    return out;
}

SystemEvent decodeSystemEvent(ByteReader &reader)
{
    SystemEvent event;
    event.timestamp.raw = reader.u32le();
    const std::uint8_t idByte = reader.u8();
    const std::uint8_t channelByte = reader.u8();
    event.generator.raw = std::uint16_t(idByte | (channelByte << 8));
    event.generator.id = std::uint8_t(idByte & 0xFE);
    event.generator.softwareId = (idByte & 0x01) != 0;
    event.generator.channel = std::uint8_t(channelByte >> 4);
    event.generator.lun = std::uint8_t(channelByte & 0x03);
    event.evmRev = reader.u8();
    event.sensorType = reader.u8();
    event.sensorNumber = reader.u8();
    const std::uint8_t typeByte = reader.u8();
    event.deassertion = (typeByte & 0x80) != 0;
    event.eventReadingType = std::uint8_t(typeByte & 0x7F);
    event.eventData = copyOut<3>(reader.bytes(3));
    return event;
}

} // namespace

Timestamp SelEntry::timestamp() const
{
    if (const auto *event = std::get_if<SystemEvent>(&body))
        return event->timestamp;
    if (const auto *oem = std::get_if<OemTimestamped>(&body))
        return oem->timestamp;
    return Timestamp{};
}

Result<SelEntry> decodeEntry(ByteView bytes)
{
    if (bytes.size() < 16)
        return makeError(ErrorKind::MalformedResponse,
                         "A SEL record has 16 bytes, but the BMC returned " + std::to_string(bytes.size()) + ".");
    SelEntry entry;
    entry.raw = copyOut<16>(bytes);
    ByteReader reader(bytes.first(16));
    entry.recordId = reader.u16le();
    entry.recordType = reader.u8();
    if (entry.recordType == recordtype::SystemEvent) {
        entry.body = decodeSystemEvent(reader);
    } else if (entry.recordType >= recordtype::OemTimestampedFirst
               && entry.recordType <= recordtype::OemTimestampedLast) {
        OemTimestamped oem;
        oem.timestamp.raw = reader.u32le();
        const ByteView id = reader.bytes(3);
        oem.manufacturerId = std::uint32_t(id[0] | (id[1] << 8) | (id[2] << 16));
        oem.data = copyOut<6>(reader.bytes(6));
        entry.body = oem;
    } else if (entry.recordType >= recordtype::OemNonTimestampedFirst) {
        entry.body = OemNonTimestamped{copyOut<13>(reader.bytes(13))};
    } else {
        entry.body = UnknownRecord{copyOut<13>(reader.bytes(13))};
    }
    return entry;
}

std::array<std::uint8_t, 16> encodeSystemEvent(std::uint16_t recordId, const SystemEvent &event)
{
    ByteWriter writer(16);
    writer.u16le(recordId)
        .u8(recordtype::SystemEvent)
        .u32le(event.timestamp.raw)
        .u8(std::uint8_t(event.generator.raw & 0xFF))
        .u8(std::uint8_t(event.generator.raw >> 8))
        .u8(event.evmRev)
        .u8(event.sensorType)
        .u8(event.sensorNumber)
        .u8(std::uint8_t((event.deassertion ? 0x80 : 0x00) | (event.eventReadingType & 0x7F)))
        .bytes(event.eventData);
    return copyOut<16>(writer.buffer());
}

} // namespace ipmi::sel
