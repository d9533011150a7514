// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/lan/lanconfigwriter.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

// The verified ("safe") change of the LAN settings of the BMC we are connected to
// (issue #7 item 2): write the change, then wait for a NEW session at the new address to
// answer within a time limit; if none does, reconnect at the old address and write the
// previous values back. This class decides the steps and the sentences only; its driver
// (src/model/safelanchangedriver.h, for the desktop and the CLI's `lan set --verify`)
// opens the sessions, runs the writers and gives it the time, so unit tests drive it
// with virtual time.
//
// Driver loop:
//     switch (action()) {
//     WriteChange:     run LanConfigWriter(channel(), changeWrites()) over the present
//                      session, then onChangeWritten(result, now)
//     ConfirmAtNew:    open a new session at newAddress(), send one command, then
//                      onConfirmAttempt(answered, now); retry while the action stays
//                      ConfirmAtNew; call onDeadline(now) when the time limit passes
//     ConnectAtOld:    open a new session at oldAddress(), then onOldAddressAnswered(ok)
//     RestorePrevious: run LanConfigWriter(channel(), restoreWrites()) over that session,
//                      then onRestoreWritten(result)
//     Finished:        outcome() and message() say what happened
//     }
namespace ipmi::lan {

class SafeLanChange
{
public:
    using Clock = std::chrono::steady_clock;
    using Duration = std::chrono::milliseconds;

    enum class Action { WriteChange, ConfirmAtNew, ConnectAtOld, RestorePrevious, Finished };
    enum class Outcome
    {
        Pending,
        Confirmed,         // the new address answered in time: the change stays
        NotWritten,        // the change was refused (or rolled back) before any wait
        Restored,          // the new address never answered; the previous settings are back
        RestoreFailed,     // the old address answered but writing the previous settings failed
        Unreachable,       // neither address answers
    };

    static constexpr Duration DefaultTimeout = std::chrono::seconds(60);

    // current: the channel's settings read before the change (the fields the change
    // touches at least); oldAddress: where the present session is connected. The new
    // address is the change's IP address, or the old one when the change keeps it.
    SafeLanChange(std::uint8_t channel, LanChange change, LanConfig current, std::string oldAddress,
                  Duration timeout = DefaultTimeout);

    // Why the change cannot run as a verified change (checks of validateLanChange, and a
    // DHCP source, whose address is not known in advance); nothing is sent then.
    static std::optional<Error> refusal(const LanChange &change, const LanConfig &current);

    std::uint8_t channel() const { return m_channel; }
    const std::string &oldAddress() const { return m_oldAddress; }
    const std::string &newAddress() const { return m_newAddress; }
    Duration timeout() const { return m_timeout; }

    Action action() const { return m_action; }
    std::vector<LanParameterWrite> changeWrites() const;
    // The previous values: those the writer read back before writing, or, when the
    // write's outcome is unknown (the answer got lost as the address moved), those of
    // `current`.
    const std::vector<LanParameterWrite> &restoreWrites() const { return m_restore; }
    const std::vector<std::string> &warnings() const { return m_warnings; }

    void onChangeWritten(const Result<LanWriteOutcome> &written, Duration now);
    void onConfirmAttempt(bool answered, Duration now);
    void onDeadline(Duration now);
    void onOldAddressAnswered(bool answered);
    void onRestoreWritten(const Result<LanWriteOutcome> &written);

    // Whole seconds left to confirm (rounded up), 0 outside the confirmation.
    int secondsLeft(Duration now) const;
    // "Waiting for 10.0.0.7 to answer: 42 s".
    std::string countdownText(Duration now) const;

    Outcome outcome() const { return m_outcome; }
    bool succeeded() const { return m_outcome == Outcome::Confirmed; }
    // The sentence for the user once finished, e.g. "10.0.0.7 did not answer within 60 s;
    // the previous settings were restored at 10.0.0.5".
    const std::string &message() const { return m_message; }

private:
    void finish(Outcome outcome, std::string message);
    std::string notAnsweredText() const;

    std::uint8_t m_channel;
    LanChange m_change;
    LanConfig m_current;
    std::string m_oldAddress;
    std::string m_newAddress;
    Duration m_timeout;
    Duration m_deadline{0};
    Action m_action = Action::WriteChange;
    Outcome m_outcome = Outcome::Pending;
    std::vector<LanParameterWrite> m_restore;
    std::vector<std::string> m_warnings;
    std::string m_message;
};

// The change that puts back the present values of every field `change` touches (a field
// `current` lacks is left out).
LanChange reverseChange(const LanChange &change, const LanConfig &current);

} // namespace ipmi::lan
