// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

// Network function codes of requests (IPMI 2.0 table 5-1). A response carries the
// request's code plus one; callers never see that, the session matches replies.
namespace ipmi::netfn {

inline constexpr std::uint8_t Chassis = 0x00;
inline constexpr std::uint8_t Bridge = 0x02;
inline constexpr std::uint8_t SensorEvent = 0x04;
inline constexpr std::uint8_t App = 0x06;
inline constexpr std::uint8_t Firmware = 0x08;
inline constexpr std::uint8_t Storage = 0x0a;
inline constexpr std::uint8_t Transport = 0x0c;
inline constexpr std::uint8_t GroupExtension = 0x2c;
inline constexpr std::uint8_t OemGroup = 0x2e;

// Requests use even codes; 30h-3Fh are controller-specific OEM functions.
inline constexpr std::uint8_t MaxRequestNetFn = 0x3e;

} // namespace ipmi::netfn
