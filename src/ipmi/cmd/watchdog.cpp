// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchdog.h"

#include "ipmi/cmd/commandsupport.h"
#include "ipmi/cmd/netfn.h"

namespace ipmi::cmd {

namespace {

constexpr std::uint8_t CmdResetWatchdogTimer = 0x22;
constexpr std::uint8_t CmdSetWatchdogTimer = 0x24;
constexpr std::uint8_t CmdGetWatchdogTimer = 0x25;
constexpr std::uint8_t UseSmsOs = 4;
constexpr std::uint8_t NotInitialised = 0x80;

} // namespace

Request getWatchdogTimerRequest()
{
    return Request{netfn::App, CmdGetWatchdogTimer, {}, 0};
}

Result<WatchdogTimer> parseWatchdogTimer(const Response &response)
{
    constexpr std::string_view command = "Get Watchdog Timer";
    if (auto error = completionError(command, response))
        return *error;
    const Bytes &data = response.data;
    if (data.size() < 6)
        return shortResponseError(command, 6, data.size());
    WatchdogTimer timer;
    timer.use = data[0] & 0x07;
    timer.dontLog = data[0] & 0x80;
    timer.running = data[0] & 0x40;
    timer.action = data[1] & 0x07;
    timer.preTimeoutInterrupt = (data[1] >> 4) & 0x07;
    timer.preTimeoutSeconds = data[2];
    timer.expirationFlags = data[3] & 0x3e;
    timer.initialCountdown = std::uint16_t(data[4] | data[5] << 8);
    if (data.size() >= 8)
        timer.presentCountdown = std::uint16_t(data[6] | data[7] << 8);
    return timer;
}

Request resetWatchdogTimerRequest()
{
    return Request{netfn::App, CmdResetWatchdogTimer, {}, 0};
}

Result<void> parseResetWatchdogTimer(const Response &response)
{
    if (response.completionCode == NotInitialised)
        return makeError(ErrorKind::CompletionCode,
                         "Reset Watchdog Timer failed: the watchdog timer was never set up, so there is no countdown "
                         "to restart (80h).",
                         response.completionCode);
    return parseEmptyResponse("Reset Watchdog Timer", response);
}

Request setWatchdogTimerRequest(const WatchdogTimer &settings, std::uint8_t clearFlags)
{
    const std::uint8_t use = std::uint8_t((settings.use & 0x07) | (settings.running ? 0x40 : 0)
                                          | (settings.dontLog ? 0x80 : 0));
    const std::uint8_t actions = std::uint8_t((settings.action & 0x07) | (settings.preTimeoutInterrupt & 0x07) << 4);
    return Request{netfn::App,
                   CmdSetWatchdogTimer,
                   Bytes{use, actions, settings.preTimeoutSeconds, std::uint8_t(clearFlags & 0x3e),
                         std::uint8_t(settings.initialCountdown & 0xff), std::uint8_t(settings.initialCountdown >> 8)},
                   0};
}

Result<void> parseSetWatchdogTimer(const Response &response)
{
    return parseEmptyResponse("Set Watchdog Timer", response);
}

WatchdogTimer stoppedWatchdog(const WatchdogTimer &present)
{
    WatchdogTimer stopped = present;
    if (stopped.use == 0 || stopped.use > 5)
        stopped.use = UseSmsOs;
    stopped.running = false; // "don't stop" clear: Set stops the timer
    stopped.action = 0;
    stopped.preTimeoutInterrupt = 0;
    stopped.preTimeoutSeconds = 0;
    stopped.presentCountdown.reset();
    return stopped;
}

std::string_view watchdogUseName(std::uint8_t use)
{
    switch (use) {
    case 1: return "BIOS FRB2";
    case 2: return "BIOS/POST";
    case 3: return "OS Load";
    case 4: return "SMS/OS";
    case 5: return "OEM";
    default: return "Reserved";
    }
}

std::string_view watchdogActionName(std::uint8_t action)
{
    switch (action) {
    case 0: return "No action";
    case 1: return "Hard Reset";
    case 2: return "Power Down";
    case 3: return "Power Cycle";
    default: return "Reserved";
    }
}

std::string_view preTimeoutInterruptName(std::uint8_t interrupt)
{
    switch (interrupt) {
    case 0: return "None";
    case 1: return "SMI";
    case 2: return "NMI / Diagnostic Interrupt";
    case 3: return "Messaging Interrupt";
    default: return "Reserved";
    }
}

std::string countdownSeconds(std::uint16_t tenths)
{
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

} // namespace ipmi::cmd
