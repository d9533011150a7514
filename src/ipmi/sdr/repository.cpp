// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository.h"

#include "ipmi/cmd/commandsupport.h"
#include "ipmi/cmd/netfn.h"

#include <string_view>

namespace ipmi::sdr {

namespace {

constexpr std::uint8_t CmdGetSdrRepositoryInfo = 0x20; // Storage
constexpr std::uint8_t CmdReserveSdrRepository = 0x22; // Storage
constexpr std::uint8_t CmdGetSdr = 0x23;               // Storage
constexpr std::uint8_t CmdGetDeviceSdrInfo = 0x20;     // Sensor/Event
constexpr std::uint8_t CmdGetDeviceSdr = 0x21;         // Sensor/Event
constexpr std::uint8_t CmdReserveDeviceSdr = 0x22;     // Sensor/Event

constexpr std::uint8_t GetSdrCountOperation = 0x01;

constexpr std::size_t RepositoryInfoBytes = 14;
constexpr std::size_t ReservationBytes = 2;
constexpr std::size_t NextRecordIdBytes = 2;
constexpr std::size_t DeviceInfoBytes = 2;
constexpr std::size_t ChangeIndicatorBytes = 4;

Result<std::uint16_t> parseReservation(std::string_view command, const Response &response)
{
    if (auto error = cmd::completionError(command, response))
        return *error;
    if (response.data.size() < ReservationBytes)
        return cmd::shortResponseError(command, ReservationBytes, response.data.size());
    ByteReader reader(response.data);
    return reader.u16le();
}

Result<SdrChunk> parseChunk(std::string_view command, const Response &response)
{
    if (auto error = cmd::completionError(command, response))
        return *error;
    if (response.data.size() < NextRecordIdBytes)
        return cmd::shortResponseError(command, NextRecordIdBytes, response.data.size());
    ByteReader reader(response.data);
    SdrChunk chunk;
    chunk.nextRecordId = reader.u16le();
    const ByteView rest = reader.rest();
    chunk.data.assign(rest.begin(), rest.end());
    return chunk;
}

Bytes getSdrData(const GetSdrRequest &request)
{
    return ByteWriter(6)
        .u16le(request.reservation)
        .u16le(request.recordId)
        .u8(request.offset)
        .u8(request.count)
        .take();
}

} // namespace

Request getSdrRepositoryInfoRequest()
{
    return Request{netfn::Storage, CmdGetSdrRepositoryInfo, {}, 0};
}

Result<SdrRepositoryInfo> parseSdrRepositoryInfo(const Response &response)
{
    constexpr std::string_view command = "Get SDR Repository Info";
    if (auto error = cmd::completionError(command, response))
        return *error;
    if (response.data.size() < RepositoryInfoBytes)
        return cmd::shortResponseError(command, RepositoryInfoBytes, response.data.size());
    ByteReader reader(response.data);
    SdrRepositoryInfo info;
    info.source = SdrSource::Repository;
    info.version = reader.u8();
    info.recordCount = reader.u16le();
    info.freeSpace = reader.u16le();
    info.lastAddition = reader.u32le();
    info.lastErase = reader.u32le();
    const std::uint8_t support = reader.u8();
    info.overflow = (support & 0x80) != 0;
    info.updateMode = std::uint8_t((support >> 5) & 0x03);
    info.supportsDelete = (support & 0x08) != 0;
    info.supportsPartialAdd = (support & 0x04) != 0;
    info.supportsReserve = (support & 0x02) != 0;
    info.supportsAllocationInfo = (support & 0x01) != 0;
    return info;
}

Request reserveSdrRepositoryRequest()
{
    return Request{netfn::Storage, CmdReserveSdrRepository, {}, 0};
}

Request reserveDeviceSdrRepositoryRequest()
{
    return Request{netfn::SensorEvent, CmdReserveDeviceSdr, {}, 0};
}

Result<std::uint16_t> parseReserveSdrRepository(const Response &response)
{
    return parseReservation("Reserve SDR Repository", response);
}

Result<std::uint16_t> parseReserveDeviceSdrRepository(const Response &response)
{
    return parseReservation("Reserve Device SDR Repository", response);
}

Request getSdrRequest(const GetSdrRequest &request)
{
    return Request{netfn::Storage, CmdGetSdr, getSdrData(request), 0};
}

Request getDeviceSdrRequest(const GetSdrRequest &request)
{
    return Request{netfn::SensorEvent, CmdGetDeviceSdr, getSdrData(request), 0};
}

Result<SdrChunk> parseGetSdr(const Response &response)
{
    return parseChunk("Get SDR", response);
}

Result<SdrChunk> parseGetDeviceSdr(const Response &response)
{
    return parseChunk("Get Device SDR", response);
}

Request getDeviceSdrInfoRequest()
{
    return Request{netfn::SensorEvent, CmdGetDeviceSdrInfo, Bytes{GetSdrCountOperation}, 0};
}

Result<SdrRepositoryInfo> parseDeviceSdrInfo(const Response &response)
{
    constexpr std::string_view command = "Get Device SDR Info";
    if (auto error = cmd::completionError(command, response))
        return *error;
    if (response.data.size() < DeviceInfoBytes)
        return cmd::shortResponseError(command, DeviceInfoBytes, response.data.size());
    ByteReader reader(response.data);
    SdrRepositoryInfo info;
    info.source = SdrSource::Device;
    info.recordCount = reader.u8();
    const std::uint8_t flags = reader.u8();
    info.dynamicPopulation = (flags & 0x80) != 0;
    info.deviceLunMask = flags & 0x0F;
    // The change indicator is only there for a dynamic population; it plays the part of
    // the repository's last-addition timestamp when deciding whether a cache is current.
    if (info.dynamicPopulation) {
        if (response.data.size() < DeviceInfoBytes + ChangeIndicatorBytes)
            return cmd::shortResponseError(command, DeviceInfoBytes + ChangeIndicatorBytes,
                                           response.data.size());
        info.lastAddition = reader.u32le();
    }
    info.supportsReserve = true;
    return info;
}

Request reserveRequest(SdrSource source)
{
    return source == SdrSource::Device ? reserveDeviceSdrRepositoryRequest() : reserveSdrRepositoryRequest();
}

Result<std::uint16_t> parseReserve(SdrSource source, const Response &response)
{
    return source == SdrSource::Device ? parseReserveDeviceSdrRepository(response)
                                       : parseReserveSdrRepository(response);
}

Request getRecordRequest(SdrSource source, const GetSdrRequest &request)
{
    return source == SdrSource::Device ? getDeviceSdrRequest(request) : getSdrRequest(request);
}

Result<SdrChunk> parseGetRecord(SdrSource source, const Response &response)
{
    return source == SdrSource::Device ? parseGetDeviceSdr(response) : parseGetSdr(response);
}

} // namespace ipmi::sdr
