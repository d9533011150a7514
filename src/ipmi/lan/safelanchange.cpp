// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/lan/safelanchange.h"

#include <utility>

namespace ipmi::lan {

namespace {

std::string secondsText(SafeLanChange::Duration duration)
{
    return std::to_string((duration.count() + 999) / 1000) + " s";
}

template<typename T>
void reverseField(const std::optional<T> &changed, const std::optional<T> &present, std::optional<T> &out)
{
    if (changed && present)
        out = present;
}

} // namespace

LanChange reverseChange(const LanChange &change, const LanConfig &current)
{
    LanChange back;
    reverseField(change.ipSource, current.ipSource, back.ipSource);
    reverseField(change.ipAddress, current.ipAddress, back.ipAddress);
    reverseField(change.subnetMask, current.subnetMask, back.subnetMask);
    reverseField(change.defaultGatewayIp, current.defaultGatewayIp, back.defaultGatewayIp);
    reverseField(change.defaultGatewayMac, current.defaultGatewayMac, back.defaultGatewayMac);
    reverseField(change.backupGatewayIp, current.backupGatewayIp, back.backupGatewayIp);
    reverseField(change.backupGatewayMac, current.backupGatewayMac, back.backupGatewayMac);
    reverseField(change.vlan, current.vlan, back.vlan);
    reverseField(change.vlanPriority, current.vlanPriority, back.vlanPriority);
    reverseField(change.community, current.community, back.community);
    reverseField(change.ipHeader, current.ipHeader, back.ipHeader);
    reverseField(change.arpControl, current.arpControl, back.arpControl);
    reverseField(change.gratuitousArpInterval, current.gratuitousArpInterval, back.gratuitousArpInterval);
    reverseField(change.authTypeEnables, current.authTypeEnables, back.authTypeEnables);
    reverseField(change.cipherSuitePrivileges, current.cipherSuitePrivileges, back.cipherSuitePrivileges);
    return back;
}

SafeLanChange::SafeLanChange(std::uint8_t channel, LanChange change, LanConfig current, std::string oldAddress,
                             Duration timeout)
    : m_channel(channel), m_change(std::move(change)), m_current(std::move(current)),
      m_oldAddress(std::move(oldAddress)), m_timeout(timeout)
{
    m_newAddress = m_change.ipAddress ? ipv4Text(*m_change.ipAddress) : m_oldAddress;
    m_restore = lanChangeWrites(reverseChange(m_change, m_current));
    if (auto refused = refusal(m_change, m_current))
        finish(Outcome::NotWritten, refused->message + " Nothing was changed.");
    else
        m_warnings = validateLanChange(m_change, &m_current).warnings;
}

std::optional<Error> SafeLanChange::refusal(const LanChange &change, const LanConfig &current)
{
    if (change.empty())
        return Error{ErrorKind::InvalidArgument, "The change is empty."};
    const LanValidation validation = validateLanChange(change, &current);
    if (!validation.ok())
        return Error{ErrorKind::InvalidArgument, validation.errorText()};
    if (change.ipSource && *change.ipSource != IpSource::Static && !change.ipAddress)
        return Error{ErrorKind::InvalidArgument,
                     "A verified change needs the new address in advance, and with " + ipSourceName(*change.ipSource)
                         + " the BMC chooses it; make this change without verification."};
    return std::nullopt;
}

std::vector<LanParameterWrite> SafeLanChange::changeWrites() const
{
    return lanChangeWrites(m_change);
}

void SafeLanChange::finish(Outcome outcome, std::string message)
{
    m_outcome = outcome;
    m_message = std::move(message);
    m_action = Action::Finished;
}

void SafeLanChange::onChangeWritten(const Result<LanWriteOutcome> &written, Duration now)
{
    if (m_action != Action::WriteChange)
        return;
    if (written) {
        // The values the BMC held just before: exact bytes, better than our decoded copy.
        if (!written->previous.empty())
            m_restore = written->previous;
        m_warnings.insert(m_warnings.end(), written->warnings.begin(), written->warnings.end());
    } else if (written.error().kind != ErrorKind::Timeout && written.error().kind != ErrorKind::SessionLost) {
        // A refusal: the writer already put back what it had written.
        finish(Outcome::NotWritten, "The change was not applied: " + written.error().message);
        return;
    } else {
        // No answer: the address may have moved under the session; find out at the new one.
        m_warnings.push_back("The BMC did not confirm the write (" + written.error().message
                             + "); checking whether the change took effect.");
    }
    m_deadline = now + m_timeout;
    m_action = Action::ConfirmAtNew;
}

void SafeLanChange::onConfirmAttempt(bool answered, Duration now)
{
    if (m_action != Action::ConfirmAtNew)
        return;
    if (answered) {
        finish(Outcome::Confirmed,
               m_newAddress + " answered in a new session; the new settings are kept.");
        return;
    }
    if (now >= m_deadline)
        onDeadline(now);
}

void SafeLanChange::onDeadline(Duration now)
{
    if (m_action == Action::ConfirmAtNew && now >= m_deadline)
        m_action = Action::ConnectAtOld;
}

std::string SafeLanChange::notAnsweredText() const
{
    return m_newAddress + " did not answer within " + secondsText(m_timeout);
}

void SafeLanChange::onOldAddressAnswered(bool answered)
{
    if (m_action != Action::ConnectAtOld)
        return;
    if (!answered) {
        finish(Outcome::Unreachable, notAnsweredText() + ", and the old address " + m_oldAddress
                                         + " does not answer either: the BMC may need local access.");
        return;
    }
    if (m_restore.empty()) {
        finish(Outcome::RestoreFailed, notAnsweredText() + "; " + m_oldAddress
                                           + " answers, but the previous settings are not known, so nothing was restored.");
        return;
    }
    m_action = Action::RestorePrevious;
}

void SafeLanChange::onRestoreWritten(const Result<LanWriteOutcome> &written)
{
    if (m_action != Action::RestorePrevious)
        return;
    if (!written) {
        finish(Outcome::RestoreFailed, notAnsweredText() + "; restoring the previous settings at " + m_oldAddress
                                           + " failed: " + written.error().message);
        return;
    }
    finish(Outcome::Restored,
           notAnsweredText() + "; the previous settings were restored at " + m_oldAddress + ".");
}

int SafeLanChange::secondsLeft(Duration now) const
{
    if (m_action != Action::ConfirmAtNew || now >= m_deadline)
        return 0;
    return static_cast<int>(((m_deadline - now).count() + 999) / 1000);
}

std::string SafeLanChange::countdownText(Duration now) const
{
    return "Waiting for " + m_newAddress + " to answer: " + std::to_string(secondsLeft(now)) + " s";
}

} // namespace ipmi::lan
