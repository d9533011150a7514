// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertdestination.h"

#include "ipmi/core/readback.h"
#include "ipmi/lan/lanparameters.h"

namespace ipmi::lan {

namespace {

constexpr std::size_t TypeBytes = 4;     // selector, type, timeout, retries
constexpr std::size_t AddressBytes = 13; // selector, format, gateway, IPv4, MAC

Error tooShort(std::uint8_t parameter, std::size_t size, std::size_t needed)
{
    return makeError(ErrorKind::MalformedResponse, "LAN parameter \"" + std::string(parameterName(parameter))
                                                       + "\" has " + std::to_string(size) + " bytes where "
                                                       + std::to_string(needed) + " are required.");
}

} // namespace

Result<std::uint8_t> decodeAlertDestinationCount(ByteView data)
{
    if (data.empty())
        return tooShort(param::AlertDestinationCount, 0, 1);
    return std::uint8_t(data[0] & 0x0f);
}

Result<void> decodeAlertDestinationType(ByteView data, AlertDestination &destination)
{
    if (data.size() < TypeBytes)
        return tooShort(param::AlertDestinationType, data.size(), TypeBytes);
    destination.number = data[0] & 0x0f;
    destination.acknowledge = (data[1] & 0x80) != 0;
    destination.type = data[1] & 0x07;
    destination.timeoutSeconds = data[2];
    destination.retries = data[3] & 0x07;
    return {};
}

Result<void> decodeAlertDestinationAddress(ByteView data, AlertDestination &destination)
{
    if (data.size() < AddressBytes)
        return tooShort(param::AlertDestinationAddress, data.size(), AddressBytes);
    destination.number = data[0] & 0x0f;
    destination.addressFormat = data[1] >> 4;
    destination.backupGateway = (data[2] & 0x01) != 0;
    std::copy(data.begin() + 3, data.begin() + 7, destination.ipAddress.begin());
    std::copy(data.begin() + 7, data.begin() + 13, destination.macAddress.begin());
    return {};
}

Bytes encodeAlertDestinationType(const AlertDestination &destination)
{
    ByteWriter writer(TypeBytes);
    writer.u8(destination.number & 0x0f)
        .u8(std::uint8_t((destination.acknowledge ? 0x80 : 0) | (destination.type & 0x07)))
        .u8(destination.timeoutSeconds)
        .u8(destination.retries & 0x07);
    return writer.take();
}

Bytes encodeAlertDestinationAddress(const AlertDestination &destination)
{
    ByteWriter writer(AddressBytes);
    writer.u8(destination.number & 0x0f)
        .u8(std::uint8_t(destination.addressFormat << 4))
        .u8(destination.backupGateway ? 0x01 : 0x00)
        .bytes(destination.ipAddress)
        .bytes(destination.macAddress);
    return writer.take();
}

std::string_view destinationTypeName(std::uint8_t type)
{
    switch (type) {
    case destinationtype::PetTrap: return "PET Trap";
    case destinationtype::Oem1: return "OEM 1";
    case destinationtype::Oem2: return "OEM 2";
    default: return "Unknown";
    }
}

bool AlertDestinationChange::empty() const
{
    return !ipAddress && !macAddress && !backupGateway && !acknowledge && !type && !timeoutSeconds && !retries;
}

std::string validateAlertDestinationChange(const AlertDestinationChange &change)
{
    if (change.type && *change.type != destinationtype::PetTrap && *change.type != destinationtype::Oem1
        && *change.type != destinationtype::Oem2)
        return "The destination type must be PET, OEM 1 or OEM 2.";
    if (change.retries && *change.retries > 7)
        return "The number of retries must be 0-7.";
    return {};
}

std::vector<op::ParameterWrite> alertDestinationWrites(const AlertDestinationChange &change,
                                                       const AlertDestination &present)
{
    AlertDestination wanted = present;
    if (change.acknowledge)
        wanted.acknowledge = *change.acknowledge;
    if (change.type)
        wanted.type = *change.type;
    if (change.timeoutSeconds)
        wanted.timeoutSeconds = *change.timeoutSeconds;
    if (change.retries)
        wanted.retries = *change.retries;
    if (change.backupGateway)
        wanted.backupGateway = *change.backupGateway;
    if (change.ipAddress)
        wanted.ipAddress = *change.ipAddress;
    if (change.macAddress)
        wanted.macAddress = *change.macAddress;
    std::vector<op::ParameterWrite> writes;
    if (change.acknowledge || change.type || change.timeoutSeconds || change.retries)
        writes.push_back({param::AlertDestinationType, encodeAlertDestinationType(wanted), present.number});
    if (change.backupGateway || change.ipAddress || change.macAddress) {
        wanted.addressFormat = 0; // the only format there is: IPv4 and MAC
        writes.push_back({param::AlertDestinationAddress, encodeAlertDestinationAddress(wanted), present.number});
    }
    return writes;
}

std::vector<std::string> alertDestinationMismatches(const AlertDestinationChange &change,
                                                    const AlertDestination &readBack)
{
    std::vector<std::string> mismatches;
    noteMismatch(mismatches, change.acknowledge, readBack.acknowledge, "acknowledge");
    noteMismatch(mismatches, change.type, readBack.type, "destination type");
    noteMismatch(mismatches, change.timeoutSeconds, readBack.timeoutSeconds, "retry interval");
    noteMismatch(mismatches, change.retries, readBack.retries, "number of retries");
    noteMismatch(mismatches, change.backupGateway, readBack.backupGateway, "gateway");
    noteMismatch(mismatches, change.ipAddress, readBack.ipAddress, "IP address");
    noteMismatch(mismatches, change.macAddress, readBack.macAddress, "MAC address");
    return mismatches;
}

} // namespace ipmi::lan
