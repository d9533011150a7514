// SPDX-License-Identifier: GPL-3.0-or-later
#include "app.h"

#include "commandsupport.h"
#include "netfn.h"

#include "ipmi/core/bytes.h"

#include <algorithm>
#include <cstdio>

namespace ipmi::cmd {

namespace {

constexpr std::uint8_t CmdGetDeviceId = 0x01;
constexpr std::uint8_t CmdColdReset = 0x02;
constexpr std::uint8_t CmdWarmReset = 0x03;
constexpr std::uint8_t CmdSetGlobalEnables = 0x2e;
constexpr std::uint8_t CmdGetGlobalEnables = 0x2f;
constexpr std::uint8_t CmdGetDeviceGuid = 0x37;

constexpr std::size_t DeviceIdMandatoryBytes = 11;
constexpr std::size_t DeviceIdWithAuxBytes = 15;
constexpr std::size_t GuidBytes = 16;

struct Vendor
{
    std::uint32_t id;
    std::string_view name;
};

// Names as registered with IANA (/usr/share/misc/enterprise-numbers.txt), sorted by
// number for the binary search below.
constexpr Vendor Vendors[] = {
    {2, "IBM"},
    {11, "Hewlett-Packard"},
    {42, "Sun Microsystems"},
    {111, "Oracle"},
    {119, "NEC Corporation"},
    {343, "Intel Corporation"},
    {674, "Dell Inc."},
    {2011, "HUAWEI Technology Co.,Ltd"},
    {2623, "ASUSTek Computer Inc."},
    {3704, "Advanced Micro Devices, Inc"},
    {4413, "Broadcom Limited"},
    {5703, "NVIDIA Corporation"},
    {5771, "Cisco Systems, Inc."},
    {6569, "INVENTEC CORPORATION"},
    {6653, "Tyan Computer Corporation"},
    {7154, "Intelligent Platform Management Interface forum"},
    {7244, "Quanta Computer Inc."},
    {9342, "Penguin Computing"},
    {10368, "Fujitsu Technology Solutions GmbH"},
    {10876, "Super Micro Computer Inc."},
    {11129, "Google, Inc."},
    {15370, "GIGA-BYTE TECHNOLOGY CO., LTD"},
    {19046, "Lenovo Enterprise Business Group"},
    {20974, "American Megatrends, Inc"},
    {21317, "ATEN INTERNATIONAL CO., LTD."},
    {25506, "H3C"},
    {37945, "Inspur(BeiJing) Electronic Information Industry Co.,Ltd"},
    {40092, "Wiwynn Corporation"},
    {40981, "Facebook, Inc."},
    {47196, "Hewlett Packard Enterprise"},
    {48512, "Inspur Group Co.,Ltd."},
    {49622, "ASRock Rack Incorporation"},
    {49871, "OpenBMC Project"},
    {51974, "Raptor Computing Systems, LLC"},
    {52538, "Ampere Computing"},
    {61878, "New H3C Technologies Co., Ltd"},
};

constexpr std::string_view DeviceSupportNames[8] = {
    "Sensor Device",       "SDR Repository Device", "SEL Device",  "FRU Inventory Device",
    "IPMB Event Receiver", "IPMB Event Generator",  "Bridge",      "Chassis Device",
};

Request appRequest(std::uint8_t command, Bytes data = {})
{
    return Request{netfn::App, command, std::move(data), 0};
}

} // namespace

Request getDeviceIdRequest()
{
    return appRequest(CmdGetDeviceId);
}

Result<DeviceId> parseDeviceId(const Response &response)
{
    constexpr std::string_view command = "Get Device ID";
    if (auto error = completionError(command, response))
        return *error;
    if (response.data.size() < DeviceIdMandatoryBytes)
        return shortResponseError(command, DeviceIdMandatoryBytes, response.data.size());

    ByteReader reader(response.data);
    DeviceId id;
    id.deviceId = reader.u8();
    const std::uint8_t revision = reader.u8();
    id.deviceRevision = revision & 0x0f;
    id.providesDeviceSdrs = (revision & 0x80) != 0;
    const std::uint8_t firmware1 = reader.u8();
    id.deviceAvailable = (firmware1 & 0x80) == 0;
    id.firmwareMajor = firmware1 & 0x7f;
    id.firmwareMinorBcd = reader.u8();
    const std::uint8_t version = reader.u8();
    id.ipmiVersionMajor = version & 0x0f;
    id.ipmiVersionMinor = version >> 4;
    id.additionalDeviceSupport = reader.u8();
    const std::uint8_t m0 = reader.u8();
    const std::uint8_t m1 = reader.u8();
    const std::uint8_t m2 = reader.u8();
    // The top nibble of the third byte is reserved: the number has 20 bits.
    id.manufacturerId = std::uint32_t(m0) | std::uint32_t(m1) << 8 | std::uint32_t(m2 & 0x0f) << 16;
    id.productId = reader.u16le();
    if (response.data.size() >= DeviceIdWithAuxBytes) {
        std::array<std::uint8_t, 4> aux{};
        for (auto &byte : aux)
            byte = reader.u8();
        id.auxFirmware = aux;
    }
    return id;
}

std::string firmwareRevisionText(const DeviceId &id)
{
    char text[16];
    std::snprintf(text, sizeof text, "%u.%02x", unsigned(id.firmwareMajor), unsigned(id.firmwareMinorBcd));
    return text;
}

std::string ipmiVersionText(const DeviceId &id)
{
    return std::to_string(id.ipmiVersionMajor) + "." + std::to_string(id.ipmiVersionMinor);
}

std::vector<std::string_view> additionalDeviceSupportNames(std::uint8_t mask)
{
    std::vector<std::string_view> names;
    for (int bit = 0; bit < 8; ++bit) {
        if (mask & (1u << bit))
            names.push_back(DeviceSupportNames[bit]);
    }
    return names;
}

std::optional<std::string_view> manufacturerName(std::uint32_t manufacturerId)
{
    const auto *end = std::end(Vendors);
    const auto *found = std::lower_bound(std::begin(Vendors), end, manufacturerId,
                                         [](const Vendor &v, std::uint32_t id) { return v.id < id; });
    if (found == end || found->id != manufacturerId)
        return std::nullopt;
    return found->name;
}

std::string DeviceGuid::text() const
{
    // Reversed wire order gives the canonical big-endian text of RFC 4122.
    std::array<std::uint8_t, 16> b{};
    std::reverse_copy(wire.begin(), wire.end(), b.begin());
    char text[40];
    std::snprintf(text, sizeof text,
                  "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                  b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11],
                  b[12], b[13], b[14], b[15]);
    return text;
}

int DeviceGuid::version() const
{
    // time_hi_and_version is wire bytes 8..9 (LS first); the version is its top nibble.
    return wire[9] >> 4;
}

Request getDeviceGuidRequest()
{
    return appRequest(CmdGetDeviceGuid);
}

Result<DeviceGuid> parseDeviceGuid(const Response &response)
{
    constexpr std::string_view command = "Get Device GUID";
    if (auto error = completionError(command, response))
        return *error;
    if (response.data.size() < GuidBytes)
        return shortResponseError(command, GuidBytes, response.data.size());
    DeviceGuid guid;
    std::copy_n(response.data.begin(), GuidBytes, guid.wire.begin());
    return guid;
}

std::string_view guidVersionName(int version)
{
    switch (version) {
    case 1: return "Time-based";
    case 2: return "DCE Security with POSIX UIDs (not for IPMI)";
    case 3: return "Name-based using MD5";
    case 4: return "Random or pseudo-random";
    case 5: return "Name-based using SHA-1";
    default: return "Unknown/unsupported";
    }
}

Request coldResetRequest()
{
    return appRequest(CmdColdReset);
}

Request warmResetRequest()
{
    return appRequest(CmdWarmReset);
}

Result<void> parseColdReset(const Response &response)
{
    return parseEmptyResponse("Cold Reset", response);
}

Result<void> parseWarmReset(const Response &response)
{
    return parseEmptyResponse("Warm Reset", response);
}

Request getGlobalEnablesRequest()
{
    return appRequest(CmdGetGlobalEnables);
}

Result<GlobalEnables> parseGlobalEnables(const Response &response)
{
    constexpr std::string_view command = "Get BMC Global Enables";
    if (auto error = completionError(command, response))
        return *error;
    if (response.data.empty())
        return shortResponseError(command, 1, 0);
    return GlobalEnables{response.data[0]};
}

Request setGlobalEnablesRequest(GlobalEnables enables)
{
    // Bit 4 is reserved and must be written as zero.
    return appRequest(CmdSetGlobalEnables, Bytes{std::uint8_t(enables.bits & 0xef)});
}

Result<void> parseSetGlobalEnables(const Response &response)
{
    return parseEmptyResponse("Set BMC Global Enables", response);
}

} // namespace ipmi::cmd
