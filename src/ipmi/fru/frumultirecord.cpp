// SPDX-License-Identifier: GPL-3.0-or-later
#include "frumultirecord.h"

namespace ipmi::fru {

namespace {

constexpr std::uint8_t EndOfListBit = 0x80;
constexpr std::size_t PowerSupplySize = 24;
constexpr std::size_t DcOutputSize = 13;
// The list cannot be longer than a 16-bit FRU device holds; the bound keeps a corrupt
// area from walking forever.
constexpr std::size_t MaxRecords = 65536 / MultiRecordHeaderSize;

std::uint8_t sum(ByteView data)
{
    unsigned total = 0;
    for (const std::uint8_t byte : data)
        total += byte;
    return static_cast<std::uint8_t>(total);
}

} // namespace

std::vector<FruMultiRecord> decodeMultiRecords(ByteView area, std::vector<std::string> &warnings,
                                               std::vector<std::string> &errors)
{
    std::vector<FruMultiRecord> records;
    std::size_t pos = 0;
    while (records.size() < MaxRecords) {
        const std::string which = "multi-record " + std::to_string(records.size() + 1);
        if (area.size() - pos < MultiRecordHeaderSize) {
            errors.push_back("The " + which + " header runs past the end of the FRU image.");
            return records;
        }
        const ByteView header = area.subspan(pos, MultiRecordHeaderSize);
        if (sum(header) != 0) {
            errors.push_back("The " + which + " header checksum is wrong; the records after it are not shown.");
            return records;
        }
        const std::size_t length = header[2];
        pos += MultiRecordHeaderSize;
        if (length > area.size() - pos) {
            errors.push_back("The " + which + " declares " + std::to_string(length)
                             + " data bytes, past the end of the FRU image.");
            return records;
        }
        FruMultiRecord record;
        record.type = header[0];
        record.endOfList = (header[1] & EndOfListBit) != 0;
        record.formatVersion = header[1] & 0x0F;
        record.data.assign(area.begin() + std::ptrdiff_t(pos), area.begin() + std::ptrdiff_t(pos + length));
        record.checksumOk = static_cast<std::uint8_t>(sum(record.data) + header[3]) == 0;
        if (!record.checksumOk)
            warnings.push_back("The " + which + " data checksum is wrong.");
        if (record.type == multirecordtype::PowerSupply)
            record.powerSupply = decodePowerSupply(record.data);
        else if (record.type == multirecordtype::DcOutput)
            record.dcOutput = decodeDcOutput(record.data);
        pos += length;
        records.push_back(std::move(record));
        if (records.back().endOfList)
            return records;
    }
    errors.push_back("The multi-record area has no end-of-list record.");
    return records;
}

std::optional<std::size_t> multiRecordListLength(ByteView area)
{
    std::size_t pos = 0;
    for (std::size_t i = 0; i < MaxRecords; ++i) {
        if (area.size() - pos < MultiRecordHeaderSize)
            return std::nullopt;
        const bool last = (area[pos + 1] & EndOfListBit) != 0;
        pos += MultiRecordHeaderSize + area[pos + 2];
        if (last)
            return pos;
        if (pos > area.size())
            return std::nullopt;
    }
    return pos;
}

std::string_view multiRecordTypeName(std::uint8_t type)
{
    switch (type) {
    case 0x00: return "Power Supply Information";
    case 0x01: return "DC Output";
    case 0x02: return "DC Load";
    case 0x03: return "Management Access Record";
    case 0x04: return "Base Compatibility Record";
    case 0x05: return "Extended Compatibility Record";
    case 0x06: return "ASF Fixed SMBus Device Record";
    case 0x07: return "ASF Legacy-Device Alerts";
    case 0x08: return "ASF Remote Control";
    case 0x09: return "Extended DC Output";
    case 0x0A: return "Extended DC Load";
    default: break;
    }
    return type >= 0xC0 ? std::string_view("OEM") : std::string_view("Unknown");
}

std::optional<FruPowerSupply> decodePowerSupply(ByteView data)
{
    if (data.size() < PowerSupplySize)
        return std::nullopt;
    ByteReader reader(data);
    FruPowerSupply ps;
    ps.capacityWatts = reader.u16le() & 0x0FFF;
    ps.peakVa = reader.u16le();
    ps.inrushCurrentAmps = reader.u8();
    ps.inrushIntervalMs = reader.u8();
    ps.lowInputVoltage1 = reader.u16le();
    ps.highInputVoltage1 = reader.u16le();
    ps.lowInputVoltage2 = reader.u16le();
    ps.highInputVoltage2 = reader.u16le();
    ps.lowInputFrequencyHz = reader.u8();
    ps.highInputFrequencyHz = reader.u8();
    ps.dropoutToleranceMs = reader.u8();
    ps.flags = reader.u8();
    const std::uint16_t peak = reader.u16le();
    ps.holdUpSeconds = static_cast<std::uint8_t>(peak >> 12);
    ps.peakWatts = peak & 0x0FFF;
    return ps;
}

std::optional<FruDcOutput> decodeDcOutput(ByteView data)
{
    if (data.size() < DcOutputSize)
        return std::nullopt;
    ByteReader reader(data);
    FruDcOutput out;
    const std::uint8_t info = reader.u8();
    out.outputNumber = info & 0x0F;
    out.standby = (info & 0x80) != 0;
    out.nominalVoltage = static_cast<std::int16_t>(reader.u16le());
    out.maxNegativeDeviation = static_cast<std::int16_t>(reader.u16le());
    out.maxPositiveDeviation = static_cast<std::int16_t>(reader.u16le());
    out.rippleMillivolts = reader.u16le();
    out.minCurrentMilliamps = reader.u16le();
    out.maxCurrentMilliamps = reader.u16le();
    return out;
}

} // namespace ipmi::fru
