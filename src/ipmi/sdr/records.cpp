// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/sdr/records.h"

#include <string_view>
#include <type_traits>

namespace ipmi::sdr {

namespace {

// Bytes after the header before the ID string type/length byte (inclusive), per type.
constexpr std::size_t FullFixed = 43;
constexpr std::size_t CompactFixed = 27;
constexpr std::size_t EventOnlyFixed = 12;
constexpr std::size_t LocatorFixed = 11;
constexpr std::size_t AssociationFixed = 11;
constexpr std::size_t OemFixed = 3;

std::string_view typeName(std::uint8_t type)
{
    switch (type) {
    case recordtype::FullSensor:
        return "full sensor";
    case recordtype::CompactSensor:
        return "compact sensor";
    case recordtype::EventOnly:
        return "event-only sensor";
    case recordtype::EntityAssociation:
        return "entity association";
    case recordtype::GenericDeviceLocator:
        return "generic device locator";
    case recordtype::FruDeviceLocator:
        return "FRU device locator";
    case recordtype::McDeviceLocator:
        return "management controller locator";
    case recordtype::Oem:
        return "OEM";
    default:
        return "SDR";
    }
}

std::string hex4(std::uint16_t value)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string text(4, '0');
    for (int i = 3; i >= 0; --i) {
        text[static_cast<std::size_t>(i)] = digits[value & 0x0F];
        value = static_cast<std::uint16_t>(value >> 4);
    }
    return text + "h";
}

// "SDR record 001Bh (full sensor)": how warnings and errors name a record.
std::string recordName(const RecordHeader &header)
{
    return "SDR record " + hex4(header.recordId) + " (" + std::string(typeName(header.type)) + ")";
}

Error malformed(const RecordHeader &header, const std::string &what)
{
    return makeError(ErrorKind::MalformedResponse, recordName(header) + " " + what);
}

Error tooShort(const RecordHeader &header, std::size_t need, std::size_t have)
{
    return malformed(header, "is too short: its fields need " + std::to_string(need) +
                                 " bytes after the header, the record has " + std::to_string(have) +
                                 ".");
}

std::string hex2(std::uint8_t value)
{
    return hex4(value).substr(2, 2);
}

Entity entityFrom(std::uint8_t id, std::uint8_t instance)
{
    return Entity{id, static_cast<std::uint8_t>(instance & 0x7F), (instance & 0x80) != 0};
}

SensorOwner ownerFrom(std::uint8_t idByte, std::uint8_t lunByte)
{
    return SensorOwner{static_cast<std::uint8_t>(idByte & 0xFE), (idByte & 0x01) != 0,
                       static_cast<std::uint8_t>(lunByte >> 4),
                       static_cast<std::uint8_t>(lunByte & 0x03)};
}

SensorUnits unitsFrom(std::uint8_t units1, std::uint8_t base, std::uint8_t modifier)
{
    SensorUnits u;
    u.format = static_cast<AnalogFormat>(units1 >> 6);
    u.rateUnit = static_cast<std::uint8_t>((units1 >> 3) & 0x07);
    u.modifierUse = static_cast<std::uint8_t>((units1 >> 1) & 0x03);
    u.percentage = (units1 & 0x01) != 0;
    u.raw = units1;
    u.baseUnit = base;
    u.modifierUnit = modifier;
    return u;
}

// Sharing bytes of compact (24-25) and event-only (13-14) records; also yields the
// sensor direction, which lives in the first of them.
Sharing sharingFrom(std::uint8_t first, std::uint8_t second, std::uint8_t &direction)
{
    direction = static_cast<std::uint8_t>((first >> 4) & 0x03);
    Sharing s;
    s.shareCount = static_cast<std::uint8_t>((first & 0x0F) == 0 ? 1 : (first & 0x0F));
    s.alphaModifier = ((first >> 6) & 0x03) == 1;
    s.modifierOffset = static_cast<std::uint8_t>(second & 0x7F);
    s.entityInstanceIncrements = (second & 0x80) != 0;
    return s;
}

// Owner, sensor number and entity: the first five bytes of every sensor record.
void readSensorKey(ByteReader &r, SensorCommon &s)
{
    const std::uint8_t ownerId = r.u8();
    s.owner = ownerFrom(ownerId, r.u8());
    s.sensorNumber = r.u8();
    const std::uint8_t entityId = r.u8();
    s.entity = entityFrom(entityId, r.u8());
}

// Bytes 10-23 of full and compact records: capabilities, types, event masks, units.
void readMaskedBody(ByteReader &r, MaskedSensor &s)
{
    s.initialization = r.u8();
    s.capabilities = r.u8();
    s.sensorType = r.u8();
    s.eventReadingType = r.u8();
    s.assertionMask = r.u16le();
    s.deassertionMask = r.u16le();
    s.readingMask = r.u16le();
    const std::uint8_t units1 = r.u8();
    const std::uint8_t base = r.u8();
    s.units = unitsFrom(units1, base, r.u8());
}

// Every record but OEM and entity association ends with an OEM byte and the ID string.
// An ID string that fits under no reading of its length gives way to `fallback`, and so
// does an empty sensor name: a sensor must be nameable.
template<typename T>
Record withOemAndId(ByteReader &r, T record, const std::string &fallback)
{
    record.oem = r.u8();
    const std::uint8_t typeLength = r.u8();
    const ByteView rest = r.rest();
    if (auto id = readIdString(typeLength, rest)) {
        record.id = std::move(*id);
    } else {
        record.id.type = idStringType(typeLength);
        record.id.raw.assign(rest.begin(), rest.end());
        record.id.text = fallback;
        record.id.fallback = true;
        record.problems.push_back(recordName(record.header) + " has an ID string of " +
                                  std::to_string(idStringLength(typeLength)) +
                                  (idStringType(typeLength) == IdStringType::Packed6Bit ||
                                           idStringType(typeLength) == IdStringType::BcdPlus
                                       ? " characters or bytes"
                                       : " bytes") +
                                  " that runs past the end of the record (" + std::to_string(rest.size()) +
                                  " left); it is shown as \"" + fallback + "\".");
    }
    if constexpr (std::is_base_of_v<SensorCommon, T>) {
        if (record.id.text.empty()) {
            record.id.text = fallback;
            record.id.fallback = true;
        }
    }
    return Record(std::move(record));
}

// Sensor records hold their sensor number in the first three bytes; a record cut short
// after that is decoded from a zero-padded copy and marked, so the sensor stays listed.
constexpr std::size_t SensorNumberBytes = 3;

template<typename Decode>
Result<Record> decodeSensor(const RecordHeader &header, ByteView body, std::size_t fixed, Decode decode)
{
    if (body.size() >= fixed)
        return decode(body);
    if (body.size() < SensorNumberBytes)
        return tooShort(header, fixed, body.size());
    Bytes padded(body.begin(), body.end());
    padded.resize(fixed, 0);
    Record record = decode(ByteView(padded));
    std::visit(
        [&](auto &sensor) {
            if constexpr (std::is_base_of_v<SensorCommon, std::decay_t<decltype(sensor)>>) {
                sensor.cutShort = true;
                sensor.problems.insert(sensor.problems.begin(),
                                       recordName(header) + " is cut short: its fields need " +
                                           std::to_string(fixed) + " bytes after the header, the record has " +
                                           std::to_string(body.size()) + "; sensor " + hex2(sensor.sensorNumber) +
                                           "h is kept without its name, unit, conversion and thresholds.");
            }
        },
        record);
    return record;
}

Record decodeFull(const RecordHeader &header, ByteView body)
{
    ByteReader r(body);
    FullSensor s;
    s.header = header;
    readSensorKey(r, s);
    readMaskedBody(r, s);
    s.linearization = static_cast<std::uint8_t>(r.u8() & 0x7F);
    const ByteView factorBytes = r.bytes(6);
    s.factors = *decodeFactors(factorBytes); // six bytes are there: the body has FullFixed
    s.sensorDirection = static_cast<std::uint8_t>(factorBytes[4] & 0x03);
    s.analogFlags = r.u8();
    s.nominalReading = r.u8();
    s.normalMax = r.u8();
    s.normalMin = r.u8();
    s.sensorMax = r.u8();
    s.sensorMin = r.u8();
    s.thresholds.upperNonRecoverable = r.u8();
    s.thresholds.upperCritical = r.u8();
    s.thresholds.upperNonCritical = r.u8();
    s.thresholds.lowerNonRecoverable = r.u8();
    s.thresholds.lowerCritical = r.u8();
    s.thresholds.lowerNonCritical = r.u8();
    s.positiveHysteresis = r.u8();
    s.negativeHysteresis = r.u8();
    r.skip(2); // reserved
    const std::string fallback = fallbackSensorName(s.sensorNumber);
    return withOemAndId(r, std::move(s), fallback);
}

Record decodeCompact(const RecordHeader &header, ByteView body)
{
    ByteReader r(body);
    CompactSensor s;
    s.header = header;
    readSensorKey(r, s);
    readMaskedBody(r, s);
    const std::uint8_t share1 = r.u8();
    s.sharing = sharingFrom(share1, r.u8(), s.sensorDirection);
    s.positiveHysteresis = r.u8();
    s.negativeHysteresis = r.u8();
    r.skip(3); // reserved
    const std::string fallback = fallbackSensorName(s.sensorNumber);
    return withOemAndId(r, std::move(s), fallback);
}

Record decodeEventOnly(const RecordHeader &header, ByteView body)
{
    ByteReader r(body);
    EventOnlySensor s;
    s.header = header;
    readSensorKey(r, s);
    s.sensorType = r.u8();
    s.eventReadingType = r.u8();
    const std::uint8_t share1 = r.u8();
    s.sharing = sharingFrom(share1, r.u8(), s.sensorDirection);
    r.skip(1); // reserved
    const std::string fallback = fallbackSensorName(s.sensorNumber);
    return withOemAndId(r, std::move(s), fallback);
}

Result<Record> decodeAssociation(const RecordHeader &header, ByteView body)
{
    if (body.size() < AssociationFixed)
        return tooShort(header, AssociationFixed, body.size());
    ByteReader r(body);
    EntityAssociation a;
    a.header = header;
    const std::uint8_t containerId = r.u8();
    a.container = entityFrom(containerId, r.u8());
    const std::uint8_t flags = r.u8();
    a.ranges = (flags & 0x80) != 0;
    a.linked = (flags & 0x40) != 0;
    a.presenceSensorAlways = (flags & 0x20) != 0;
    for (Entity &entity : a.contained) {
        const std::uint8_t id = r.u8();
        entity = entityFrom(id, r.u8());
    }
    return Record(std::move(a));
}

Result<Record> decodeGenericLocator(const RecordHeader &header, ByteView body)
{
    if (body.size() < LocatorFixed)
        return tooShort(header, LocatorFixed, body.size());
    ByteReader r(body);
    GenericDeviceLocator g;
    g.header = header;
    g.accessAddress = static_cast<std::uint8_t>(r.u8() & 0xFE);
    const std::uint8_t slave = r.u8();
    g.slaveAddress = static_cast<std::uint8_t>(slave & 0xFE);
    const std::uint8_t bus = r.u8();
    g.channel = static_cast<std::uint8_t>(((slave & 0x01) << 3) | (bus >> 5));
    g.accessLun = static_cast<std::uint8_t>((bus >> 3) & 0x03);
    g.privateBus = static_cast<std::uint8_t>(bus & 0x07);
    g.addressSpan = static_cast<std::uint8_t>(r.u8() & 0x07);
    r.skip(1); // reserved
    g.deviceType = r.u8();
    g.deviceTypeModifier = r.u8();
    const std::uint8_t entityId = r.u8();
    g.entity = entityFrom(entityId, r.u8());
    const std::string fallback = "Device " + hex2(g.slaveAddress) + "h";
    return withOemAndId(r, std::move(g), fallback);
}

Result<Record> decodeFruLocator(const RecordHeader &header, ByteView body)
{
    if (body.size() < LocatorFixed)
        return tooShort(header, LocatorFixed, body.size());
    ByteReader r(body);
    FruDeviceLocator f;
    f.header = header;
    f.accessAddress = static_cast<std::uint8_t>(r.u8() & 0xFE);
    f.fruDeviceId = r.u8();
    const std::uint8_t bus = r.u8();
    f.logical = (bus & 0x80) != 0;
    f.accessLun = static_cast<std::uint8_t>((bus >> 3) & 0x03);
    f.privateBus = static_cast<std::uint8_t>(bus & 0x07);
    f.channel = static_cast<std::uint8_t>(r.u8() >> 4);
    r.skip(1); // reserved
    f.deviceType = r.u8();
    f.deviceTypeModifier = r.u8();
    const std::uint8_t entityId = r.u8();
    f.entity = entityFrom(entityId, r.u8());
    const std::string fallback = "FRU " + std::to_string(f.fruDeviceId);
    return withOemAndId(r, std::move(f), fallback);
}

Result<Record> decodeMcLocator(const RecordHeader &header, ByteView body)
{
    if (body.size() < LocatorFixed)
        return tooShort(header, LocatorFixed, body.size());
    ByteReader r(body);
    McDeviceLocator m;
    m.header = header;
    m.slaveAddress = static_cast<std::uint8_t>(r.u8() & 0xFE);
    m.channel = static_cast<std::uint8_t>(r.u8() & 0x0F);
    m.powerStateNotification = r.u8();
    m.capabilities = r.u8();
    r.skip(3); // reserved
    const std::uint8_t entityId = r.u8();
    m.entity = entityFrom(entityId, r.u8());
    const std::string fallback = "MC " + hex2(m.slaveAddress) + "h";
    return withOemAndId(r, std::move(m), fallback);
}

Result<Record> decodeOem(const RecordHeader &header, ByteView body)
{
    if (body.size() < OemFixed)
        return tooShort(header, OemFixed, body.size());
    OemRecord o;
    o.header = header;
    o.manufacturerId = static_cast<std::uint32_t>(body[0] | (body[1] << 8) | (body[2] << 16));
    o.data.assign(body.begin() + 3, body.end());
    return Record(std::move(o));
}

std::string alphaModifier(unsigned value)
{
    // 0 = "A" ... 25 = "Z", 26 = "AA": the spec's example. 7-bit offset plus a 4-bit
    // share count stays below 26 * 27, so two letters always suffice.
    std::string text;
    if (value >= 26)
        text.push_back(static_cast<char>('A' + value / 26 - 1));
    text.push_back(static_cast<char>('A' + value % 26));
    return text;
}

std::vector<SharedSensor> expand(const SensorCommon &record, const Sharing &sharing)
{
    std::vector<SharedSensor> sensors;
    if (sharing.shareCount <= 1) {
        sensors.push_back({record.sensorNumber, record.entity, record.id.text});
        return sensors;
    }
    sensors.reserve(sharing.shareCount);
    for (unsigned i = 0; i < sharing.shareCount; ++i) {
        SharedSensor s;
        s.sensorNumber = static_cast<std::uint8_t>(record.sensorNumber + i);
        s.entity = record.entity;
        if (sharing.entityInstanceIncrements)
            s.entity.instance = static_cast<std::uint8_t>((record.entity.instance + i) & 0x7F);
        const unsigned modifier = sharing.modifierOffset + i;
        s.name = record.id.fallback ? fallbackSensorName(s.sensorNumber)
                                    : record.id.text + (sharing.alphaModifier ? alphaModifier(modifier)
                                                                              : std::to_string(modifier));
        sensors.push_back(std::move(s));
    }
    return sensors;
}

} // namespace

Result<RecordHeader> decodeHeader(ByteView bytes)
{
    if (bytes.size() < HeaderSize)
        return makeError(ErrorKind::MalformedResponse,
                         "SDR record is too short: the header alone needs 5 bytes, got " +
                             std::to_string(bytes.size()) + ".");
    ByteReader r(bytes);
    RecordHeader h;
    h.recordId = r.u16le();
    h.version = r.u8();
    h.type = r.u8();
    h.length = r.u8();
    return h;
}

Result<Record> decodeRecord(ByteView bytes)
{
    auto header = decodeHeader(bytes);
    if (!header)
        return header.error();
    const RecordHeader &h = *header;
    const std::size_t have = bytes.size() - HeaderSize;
    if (have != h.length)
        return malformed(h, "has " + std::to_string(have) +
                                " bytes after its header, but the header says " +
                                std::to_string(h.length) + ".");
    const ByteView body = bytes.subspan(HeaderSize);
    switch (h.type) {
    case recordtype::FullSensor:
        return decodeSensor(h, body, FullFixed, [&](ByteView b) { return decodeFull(h, b); });
    case recordtype::CompactSensor:
        return decodeSensor(h, body, CompactFixed, [&](ByteView b) { return decodeCompact(h, b); });
    case recordtype::EventOnly:
        return decodeSensor(h, body, EventOnlyFixed, [&](ByteView b) { return decodeEventOnly(h, b); });
    case recordtype::EntityAssociation:
        return decodeAssociation(h, body);
    case recordtype::GenericDeviceLocator:
        return decodeGenericLocator(h, body);
    case recordtype::FruDeviceLocator:
        return decodeFruLocator(h, body);
    case recordtype::McDeviceLocator:
        return decodeMcLocator(h, body);
    case recordtype::Oem:
        return decodeOem(h, body);
    default:
        return Record(OtherRecord{{h, {}}, Bytes(body.begin(), body.end())});
    }
}

const RecordHeader &headerOf(const Record &record)
{
    return std::visit([](const auto &r) -> const RecordHeader & { return r.header; }, record);
}

const std::vector<std::string> &problemsOf(const Record &record)
{
    return std::visit([](const auto &r) -> const std::vector<std::string> & { return r.problems; }, record);
}

std::string fallbackSensorName(std::uint8_t sensorNumber)
{
    return "Sensor " + hex2(sensorNumber) + "h";
}

std::vector<SharedSensor> expandShared(const CompactSensor &record)
{
    return expand(record, record.sharing);
}

std::vector<SharedSensor> expandShared(const EventOnlySensor &record)
{
    return expand(record, record.sharing);
}

std::optional<double> sensorValue(const FullSensor &record, std::uint8_t raw,
                                  const std::optional<Factors> &readingFactors)
{
    if (isNonLinear(record.linearization)) {
        if (!readingFactors)
            return std::nullopt;
        return rawToValue(raw, record.units.format, record.linearization, *readingFactors);
    }
    return rawToValue(raw, record.units.format, record.linearization, record.factors);
}

} // namespace ipmi::sdr
