// SPDX-License-Identifier: GPL-3.0-or-later
#include "selcommands.h"

#include "ipmi/cmd/commandsupport.h"
#include "ipmi/cmd/netfn.h"

namespace ipmi::sel {

namespace {

constexpr std::uint8_t CmdGetSelInfo = 0x40;
constexpr std::uint8_t CmdReserveSel = 0x42;
constexpr std::uint8_t CmdGetSelEntry = 0x43;
constexpr std::uint8_t CmdAddSelEntry = 0x44;
constexpr std::uint8_t CmdDeleteSelEntry = 0x46;
constexpr std::uint8_t CmdClearSel = 0x47;
constexpr std::uint8_t CmdGetSelTime = 0x48;
constexpr std::uint8_t CmdPlatformEvent = 0x02;

Request storageRequest(std::uint8_t command, Bytes data = {})
{
    return Request{netfn::Storage, command, std::move(data), 0};
}

// Words the SEL-specific completion codes better than the generic table does.
std::optional<Error> selCompletionError(std::string_view command, const Response &response)
{
    const std::string name(command);
    switch (response.completionCode) {
    case 0x00:
        return std::nullopt;
    case cc::EraseInProgress:
        return makeError(ErrorKind::CompletionCode,
                         name + " failed: the BMC is erasing the SEL; try again when it has finished (81h).",
                         cc::EraseInProgress);
    case cc::ReservationCancelled:
        return makeError(ErrorKind::CompletionCode,
                         name + " failed: the SEL reservation was cancelled, because another client or the BMC "
                                "changed the SEL (C5h).",
                         cc::ReservationCancelled);
    case cc::NotPresent:
        return makeError(ErrorKind::CompletionCode, name + " failed: no such SEL record (CBh).", cc::NotPresent);
    default:
        return cmd::completionError(command, response);
    }
}

Result<std::uint16_t> parseRecordId(std::string_view command, const Response &response)
{
    if (auto error = selCompletionError(command, response))
        return *error;
    if (response.data.size() < 2)
        return cmd::shortResponseError(command, 2, response.data.size());
    return ByteReader(response.data).u16le();
}

} // namespace

Request getSelInfoRequest()
{
    return storageRequest(CmdGetSelInfo);
}

Result<SelInfo> parseSelInfo(const Response &response)
{
    constexpr std::string_view command = "Get SEL Info";
    if (auto error = selCompletionError(command, response))
        return *error;
    if (response.data.size() < 14)
        return cmd::shortResponseError(command, 14, response.data.size());
    ByteReader reader(response.data);
    SelInfo info;
    info.version = reader.u8();
    info.entries = reader.u16le();
    info.freeBytes = reader.u16le();
    info.lastAddTimestamp = reader.u32le();
    info.lastEraseTimestamp = reader.u32le();
    info.operationSupport = reader.u8();
    return info;
}

Request reserveSelRequest()
{
    return storageRequest(CmdReserveSel);
}

Result<std::uint16_t> parseReserveSel(const Response &response)
{
    return parseRecordId("Reserve SEL", response);
}

Request getSelEntryRequest(std::uint16_t reservation, std::uint16_t recordId, std::uint8_t offset, std::uint8_t count)
{
    ByteWriter writer(6);
    writer.u16le(reservation).u16le(recordId).u8(offset).u8(count);
    return storageRequest(CmdGetSelEntry, writer.take());
}

Result<SelEntryData> parseSelEntry(const Response &response)
{
    constexpr std::string_view command = "Get SEL Entry";
    if (auto error = selCompletionError(command, response))
        return *error;
    if (response.data.size() < 2)
        return cmd::shortResponseError(command, 2, response.data.size());
    ByteReader reader(response.data);
    SelEntryData entry;
    entry.nextRecordId = reader.u16le();
    const ByteView rest = reader.rest();
    entry.record.assign(rest.begin(), rest.end());
    return entry;
}

Request addSelEntryRequest(const std::array<std::uint8_t, EntrySize> &record)
{
    return storageRequest(CmdAddSelEntry, Bytes(record.begin(), record.end()));
}

Result<std::uint16_t> parseAddSelEntry(const Response &response)
{
    return parseRecordId("Add SEL Entry", response);
}

Request deleteSelEntryRequest(std::uint16_t reservation, std::uint16_t recordId)
{
    ByteWriter writer(4);
    writer.u16le(reservation).u16le(recordId);
    return storageRequest(CmdDeleteSelEntry, writer.take());
}

Result<std::uint16_t> parseDeleteSelEntry(const Response &response)
{
    return parseRecordId("Delete SEL Entry", response);
}

Request clearSelRequest(std::uint16_t reservation, ClearAction action)
{
    ByteWriter writer(6);
    writer.u16le(reservation).u8('C').u8('L').u8('R').u8(std::uint8_t(action));
    return storageRequest(CmdClearSel, writer.take());
}

Result<EraseProgress> parseClearSel(const Response &response)
{
    constexpr std::string_view command = "Clear SEL";
    if (auto error = selCompletionError(command, response))
        return *error;
    if (response.data.empty())
        return cmd::shortResponseError(command, 1, 0);
    return (response.data[0] & 0x0F) == 0x01 ? EraseProgress::Completed : EraseProgress::InProgress;
}

Request getSelTimeRequest()
{
    return storageRequest(CmdGetSelTime);
}

Result<std::uint32_t> parseSelTime(const Response &response)
{
    constexpr std::string_view command = "Get SEL Time";
    if (auto error = selCompletionError(command, response))
        return *error;
    if (response.data.size() < 4)
        return cmd::shortResponseError(command, 4, response.data.size());
    return ByteReader(response.data).u32le();
}

Request platformEventRequest(const PlatformEvent &event, std::optional<std::uint8_t> generatorId)
{
    ByteWriter writer(8);
    if (generatorId)
        writer.u8(*generatorId);
    writer.u8(event.evmRev)
        .u8(event.sensorType)
        .u8(event.sensorNumber)
        .u8(std::uint8_t((event.deassertion ? 0x80 : 0x00) | (event.eventReadingType & 0x7F)))
        .bytes(event.eventData);
    return Request{netfn::SensorEvent, CmdPlatformEvent, writer.take(), 0};
}

Result<void> parsePlatformEvent(const Response &response)
{
    return cmd::parseEmptyResponse("Platform Event Message", response);
}

PlatformEvent testPlatformEvent()
{
    PlatformEvent event;
    event.sensorType = 0x01;
    event.sensorNumber = 0x30;
    event.eventReadingType = 0x01;
    event.eventData = {0x09, 0xFF, 0xFF};
    return event;
}

} // namespace ipmi::sel
