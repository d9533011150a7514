// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/sol/solsession.h"

#include <algorithm>

namespace ipmi::sol {

Session::Session(Options options) : m_options(std::move(options))
{
    m_options.charactersPerPacket = std::clamp<std::size_t>(m_options.charactersPerPacket, 1, kMaxCharacters);
    m_options.timing.attempts = std::max(1, m_options.timing.attempts);
}

void Session::start(TimePoint now)
{
    m_state = State::Active;
    m_lastActivity = now;
    trySend(now);
}

void Session::stop()
{
    m_state = State::Stopped;
    m_inFlight.reset();
    m_waiting.clear();
    m_breakWaiting = false;
}

std::size_t Session::unacknowledged() const
{
    return m_waiting.size() + (m_inFlight ? m_inFlight->characters.size() : 0);
}

void Session::send(ByteView characters, TimePoint now)
{
    if (m_state == State::Stopped)
        return;
    m_waiting.insert(m_waiting.end(), characters.begin(), characters.end());
    trySend(now);
}

void Session::sendBreak(TimePoint now)
{
    if (m_state == State::Stopped)
        return;
    m_breakWaiting = true;
    trySend(now);
}

std::uint8_t Session::nextSequence()
{
    m_lastSequence = static_cast<std::uint8_t>(m_lastSequence % 15 + 1); // 1..15, never 0
    return m_lastSequence;
}

void Session::trySend(TimePoint now)
{
    if (m_state != State::Active || m_inFlight || (m_waiting.empty() && !m_breakWaiting))
        return;
    if (m_pausedUntil && now < *m_pausedUntil)
        return;
    m_pausedUntil.reset();
    InFlight packet;
    const std::size_t count = std::min(m_waiting.size(), m_options.charactersPerPacket);
    packet.characters.assign(m_waiting.begin(), m_waiting.begin() + static_cast<std::ptrdiff_t>(count));
    m_waiting.erase(m_waiting.begin(), m_waiting.begin() + static_cast<std::ptrdiff_t>(count));
    packet.flags = m_breakWaiting ? control::Break : 0;
    m_breakWaiting = false;
    packet.sequence = nextSequence();
    // Cannot fail: the number is 1..15 and the characters at most 255.
    packet.payload = encodePacket(Packet{packet.sequence, 0, 0, packet.flags, packet.characters}).value();
    packet.sends = 1;
    packet.deadline = now + m_options.timing.retransmitTimeout;
    m_transmit.push_back(packet.payload);
    m_inFlight = std::move(packet);
    m_lastActivity = now;
    ++m_stats.packetsSent;
}

void Session::handlePayload(ByteView payload, TimePoint now)
{
    if (m_state != State::Active)
        return;
    const Result<Packet> packet = decodePacket(payload);
    if (!packet) {
        ++m_stats.malformed;
        return;
    }
    m_lastActivity = now;
    if (packet->ackSequence != 0)
        onAck(packet.value(), now);
    if (packet->sequence != 0)
        onData(packet.value());
    if (packet->flags & status::Overrun)
        ++m_stats.overruns;
    if (packet->sequence != 0 && (packet->flags & status::BreakDetected))
        m_events.push_back(event::BreakDetected{});
    if (packet->flags & status::Deactivating) {
        stop();
        m_events.push_back(event::Deactivated{"the BMC deactivated SOL"});
        return;
    }
    trySend(now);
}

void Session::onAck(const Packet &packet, TimePoint now)
{
    if (!m_inFlight || packet.ackSequence != m_inFlight->sequence) {
        ++m_stats.staleAcks;
        return;
    }
    InFlight done = std::move(*m_inFlight);
    m_inFlight.reset();
    const std::size_t sent = done.characters.size();
    std::size_t accepted = std::min<std::size_t>(packet.acceptedCount, sent);
    const bool nack = packet.flags & status::Nack;
    if (!nack && accepted == 0 && m_options.zeroCountMeansAll)
        accepted = sent;
    if (nack) {
        ++m_stats.nacks;
        m_pausedUntil = now + m_options.timing.nackPause;
        if (accepted == 0 && (done.flags & control::Break))
            m_breakWaiting = true;
    } else if (accepted < sent) {
        ++m_stats.partialAcks;
    }
    m_stats.charactersSent += accepted;
    m_waiting.insert(m_waiting.begin(), done.characters.begin() + static_cast<std::ptrdiff_t>(accepted),
                     done.characters.end());
}

void Session::onData(const Packet &packet)
{
    const std::size_t length = packet.data.size();
    if (packet.sequence == m_inboundSequence || packet.sequence == m_previousInbound) {
        // Sent again because our ACK was lost; it may carry more characters than before.
        ++m_stats.duplicatesReceived;
        if (packet.sequence == m_inboundSequence && length > m_inboundLength) {
            Bytes fresh(packet.data.begin() + static_cast<std::ptrdiff_t>(m_inboundLength), packet.data.end());
            m_inboundLength = length;
            m_stats.charactersReceived += fresh.size();
            m_events.push_back(event::Data{std::move(fresh)});
        }
        acknowledge(packet.sequence, length);
        return;
    }
    m_previousInbound = m_inboundSequence;
    m_inboundSequence = packet.sequence;
    m_inboundLength = length;
    acknowledge(packet.sequence, length);
    if (length > 0) {
        m_stats.charactersReceived += length;
        m_events.push_back(event::Data{packet.data});
    }
}

void Session::acknowledge(std::uint8_t sequence, std::size_t count)
{
    const auto accepted = static_cast<std::uint8_t>(std::min<std::size_t>(count, kMaxCharacters));
    m_transmit.push_back(encodePacket(Packet{0, sequence, accepted, 0, {}}).value());
    ++m_stats.acksSent;
}

void Session::handleTimeout(TimePoint now)
{
    if (m_state != State::Active)
        return;
    if (m_inFlight && now >= m_inFlight->deadline) {
        if (m_inFlight->sends >= m_options.timing.attempts) {
            fail(makeError(ErrorKind::Timeout,
                           "the BMC stopped acknowledging SOL data after "
                               + std::to_string(m_inFlight->sends) + " tries"));
            return;
        }
        ++m_inFlight->sends;
        m_inFlight->deadline = now + m_options.timing.retransmitTimeout;
        m_transmit.push_back(m_inFlight->payload);
        ++m_stats.retransmissions;
        m_lastActivity = now;
    }
    trySend(now);
    if (m_options.timing.keepaliveIdle.count() > 0 && now >= m_lastActivity + m_options.timing.keepaliveIdle) {
        m_lastActivity = now;
        m_events.push_back(event::KeepaliveDue{});
    }
}

void Session::fail(Error error)
{
    stop();
    m_events.push_back(event::Failed{std::move(error)});
}

std::optional<Bytes> Session::pollTransmit()
{
    if (m_transmit.empty())
        return std::nullopt;
    Bytes payload = std::move(m_transmit.front());
    m_transmit.pop_front();
    return payload;
}

std::optional<Event> Session::pollEvent()
{
    if (m_events.empty())
        return std::nullopt;
    Event next = std::move(m_events.front());
    m_events.pop_front();
    return next;
}

std::optional<TimePoint> Session::pollTimeout() const
{
    if (m_state != State::Active)
        return std::nullopt;
    std::optional<TimePoint> earliest;
    const auto consider = [&earliest](TimePoint when) {
        if (!earliest || when < *earliest)
            earliest = when;
    };
    if (m_inFlight)
        consider(m_inFlight->deadline);
    if (m_pausedUntil && !m_inFlight)
        consider(*m_pausedUntil);
    if (m_options.timing.keepaliveIdle.count() > 0)
        consider(m_lastActivity + m_options.timing.keepaliveIdle);
    return earliest;
}

} // namespace ipmi::sol
