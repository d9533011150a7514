// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The BMC watchdog timer (IPMI 2.0 chapter 27): Reset (App 22h), Set (App 24h) and
// Get Watchdog Timer (App 25h).
namespace ipmi::cmd {

struct WatchdogTimer
{
    // Timer use (byte 1 bits 2:0): 1 BIOS FRB2, 2 BIOS/POST, 3 OS Load, 4 SMS/OS, 5 OEM.
    std::uint8_t use = 0;
    bool dontLog = false; // byte 1 bit 7
    bool running = false; // byte 1 bit 6 in Get; in Set it means "don't stop the timer"
    // Timeout action (byte 2 bits 2:0): 0 none, 1 hard reset, 2 power down, 3 power cycle.
    std::uint8_t action = 0;
    // Pre-timeout interrupt (byte 2 bits 6:4): 0 none, 1 SMI, 2 NMI, 3 messaging.
    std::uint8_t preTimeoutInterrupt = 0;
    std::uint8_t preTimeoutSeconds = 0;
    std::uint8_t expirationFlags = 0;      // bit n = timer use n expired
    std::uint16_t initialCountdown = 0;    // in 100 ms
    // In 100 ms; ipmi_sim 2.0.33 leaves it out of its answer.
    std::optional<std::uint16_t> presentCountdown;
};

Request getWatchdogTimerRequest();
Result<WatchdogTimer> parseWatchdogTimer(const Response &response);

// Restarts the countdown with the last settings; 80h means the timer was never set.
Request resetWatchdogTimerRequest();
Result<void> parseResetWatchdogTimer(const Response &response);

// Writes the settings; running = keep a running timer running. clearFlags clears those
// expiration flags.
Request setWatchdogTimerRequest(const WatchdogTimer &settings, std::uint8_t clearFlags = 0);
Result<void> parseSetWatchdogTimer(const Response &response);

// The settings that stop the timer and disarm it: no action, no pre-timeout interrupt,
// the present use and countdown kept (SMS/OS for an unset use, which Set refuses).
WatchdogTimer stoppedWatchdog(const WatchdogTimer &present);

// Names as ipmitool prints them ("SMS/OS", "Hard Reset", "NMI / Diagnostic Interrupt").
std::string_view watchdogUseName(std::uint8_t use);
std::string_view watchdogActionName(std::uint8_t action);
std::string_view preTimeoutInterruptName(std::uint8_t interrupt);
// "300.0": a countdown in 100 ms units, as seconds.
std::string countdownSeconds(std::uint16_t tenths);

} // namespace ipmi::cmd
