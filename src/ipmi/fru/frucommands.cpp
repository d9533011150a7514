// SPDX-License-Identifier: GPL-3.0-or-later
#include "frucommands.h"

#include "ipmi/cmd/commandsupport.h"
#include "ipmi/cmd/netfn.h"
#include "ipmi/core/bytes.h"

namespace ipmi::fru {

namespace {

constexpr std::uint8_t CmdGetFruInventoryAreaInfo = 0x10;
constexpr std::uint8_t CmdReadFruData = 0x11;
constexpr std::uint8_t CmdWriteFruData = 0x12;

constexpr std::uint8_t CompletionFruDeviceAbsent = 0xCB; // "requested sensor, data, or record not present"

std::optional<Error> fruCompletionError(std::string_view command, const Response &response)
{
    if (response.completionCode == 0x81)
        return makeError(ErrorKind::CompletionCode, std::string(command) + " failed: the FRU device is busy (81h)",
                         0x81);
    if (response.completionCode == CompletionFruDeviceAbsent)
        return makeError(ErrorKind::CompletionCode,
                         std::string(command) + " failed: the BMC has no such FRU device (CBh)",
                         CompletionFruDeviceAbsent);
    return cmd::completionError(command, response);
}

} // namespace

Request getFruInventoryAreaInfoRequest(std::uint8_t deviceId)
{
    return Request{netfn::Storage, CmdGetFruInventoryAreaInfo, Bytes{deviceId}, 0};
}

Result<FruAreaInfo> parseFruInventoryAreaInfo(const Response &response)
{
    constexpr std::string_view command = "Get FRU Inventory Area Info";
    if (auto error = fruCompletionError(command, response))
        return *error;
    if (response.data.size() < 3)
        return cmd::shortResponseError(command, 3, response.data.size());
    ByteReader reader(response.data);
    FruAreaInfo info;
    info.sizeBytes = reader.u16le();
    info.wordAccess = (reader.u8() & 0x01) != 0;
    return info;
}

Request readFruDataRequest(std::uint8_t deviceId, std::uint16_t offset, std::uint8_t count)
{
    ByteWriter writer(4);
    writer.u8(deviceId).u16le(offset).u8(count);
    return Request{netfn::Storage, CmdReadFruData, writer.take(), 0};
}

Result<FruData> parseReadFruData(const Response &response)
{
    constexpr std::string_view command = "Read FRU Data";
    if (auto error = fruCompletionError(command, response))
        return *error;
    if (response.data.empty())
        return cmd::shortResponseError(command, 1, 0);
    return FruData{response.data[0], Bytes(response.data.begin() + 1, response.data.end())};
}

Request writeFruDataRequest(std::uint8_t deviceId, std::uint16_t offset, ByteView data)
{
    ByteWriter writer(3 + data.size());
    writer.u8(deviceId).u16le(offset).bytes(data);
    return Request{netfn::Storage, CmdWriteFruData, writer.take(), 0};
}

Result<std::uint8_t> parseWriteFruData(const Response &response)
{
    constexpr std::string_view command = "Write FRU Data";
    if (response.completionCode == 0x80)
        return makeError(ErrorKind::CompletionCode, "Write FRU Data failed: the FRU device is write-protected (80h)",
                         0x80);
    if (auto error = fruCompletionError(command, response))
        return *error;
    if (response.data.empty())
        return cmd::shortResponseError(command, 1, 0);
    return response.data[0];
}

} // namespace ipmi::fru
