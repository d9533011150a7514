// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionpair.h"

#include <algorithm>
#include <memory>

namespace ipmi::test {

RandomSource seededRandom(std::uint32_t seed)
{
    auto rng = std::make_shared<std::mt19937>(seed);
    return [rng](std::size_t count) {
        Bytes bytes(count);
        for (std::uint8_t &byte : bytes)
            byte = static_cast<std::uint8_t>((*rng)() & 0xff);
        return bytes;
    };
}

SessionConfig testConfig(LanVersion version)
{
    SessionConfig config;
    config.version = version;
    config.username = "admin";
    config.password = SecretBytes(std::string_view("secret"));
    config.peerName = "10.0.0.5:623";
    config.random = seededRandom(42);
    return config;
}

SessionPair::SessionPair(SessionConfig config, FakeBmcConfig bmcConfig, LinkModel linkModel)
    : session(std::move(config)),
      bmc(std::move(bmcConfig)),
      link(std::move(linkModel)),
      now(TimePoint{} + std::chrono::hours(1000)),
      start(now),
      m_rng(link.seed)
{
}

bool SessionPair::chance(int percent)
{
    return percent > 0 && static_cast<int>(m_rng() % 100) < percent;
}

void SessionPair::transmit(Direction direction, Bytes bytes)
{
    std::size_t &counter = direction == Direction::ToBmc ? m_sentToBmc : m_sentToConsole;
    Datagram datagram{direction, counter++, std::move(bytes), now};
    sent.push_back(datagram);
    if ((link.drop && link.drop(datagram)) || chance(link.dropPercent))
        return;
    if (link.tamper)
        link.tamper(datagram);
    Ms delay = link.latency;
    if (link.extraDelay)
        delay += link.extraDelay(datagram);
    if (chance(link.reorderPercent))
        delay += link.latency * 3;
    if (chance(link.duplicatePercent) || (link.duplicate && link.duplicate(datagram)))
        m_inFlight.push_back({now + delay + link.latency, m_order++, datagram});
    m_inFlight.push_back({now + delay, m_order++, std::move(datagram)});
}

void SessionPair::flushConsole()
{
    while (std::optional<Bytes> datagram = session.pollTransmit())
        transmit(Direction::ToBmc, std::move(*datagram));
    while (std::optional<SessionEvent> event = session.pollEvent())
        events.push_back(std::move(*event));
}

void SessionPair::open()
{
    session.open(now);
    flushConsole();
}

RequestId SessionPair::submit(Request request)
{
    const RequestId id = session.submit(std::move(request), now);
    flushConsole();
    return id;
}

void SessionPair::close()
{
    session.close(now);
    flushConsole();
}

void SessionPair::injectToConsole(Bytes bytes)
{
    session.handleDatagram(bytes, now);
    flushConsole();
}

bool SessionPair::step()
{
    const auto earliest = std::min_element(m_inFlight.begin(), m_inFlight.end(),
                                           [](const InFlight &a, const InFlight &b) {
                                               return a.arrival != b.arrival ? a.arrival < b.arrival
                                                                             : a.order < b.order;
                                           });
    const std::optional<TimePoint> timeout = session.pollTimeout();
    const bool deliver = earliest != m_inFlight.end() && (!timeout || earliest->arrival <= *timeout);
    if (!deliver && !timeout)
        return false;
    if (deliver) {
        now = std::max(now, earliest->arrival);
        Datagram datagram = std::move(earliest->datagram);
        m_inFlight.erase(earliest);
        if (datagram.direction == Direction::ToBmc) {
            for (Bytes &reply : bmc.handleDatagram(datagram.bytes))
                transmit(Direction::ToConsole, std::move(reply));
        } else {
            session.handleDatagram(datagram.bytes, now);
        }
    } else {
        now = std::max(now, *timeout);
        session.handleTimeout(now);
    }
    flushConsole();
    return true;
}

bool SessionPair::runUntil(const std::function<bool()> &done, Ms limit)
{
    const TimePoint end = now + limit;
    for (int steps = 0; steps < 100000; ++steps) {
        if (done())
            return true;
        if (now > end || !step())
            return done();
    }
    return done(); // a session that never stops stepping is a bug the caller sees
}

bool SessionPair::runUntilEstablished(Ms limit)
{
    open();
    return runUntil([this] { return established() || sessionError().has_value(); }, limit)
           && established();
}

void SessionPair::runFor(Ms duration)
{
    const TimePoint end = now + duration;
    for (int steps = 0; steps < 100000; ++steps) {
        const std::optional<TimePoint> timeout = session.pollTimeout();
        const bool pending = !m_inFlight.empty() || (timeout && *timeout <= end);
        if (!pending || !step())
            break;
    }
    now = std::max(now, end);
}

std::optional<Response> SessionPair::call(Request request, Ms limit)
{
    const RequestId id = submit(std::move(request));
    runUntil([&] { return response(id) || requestError(id); }, limit);
    return response(id);
}

int SessionPair::count(std::size_t eventIndex) const
{
    return static_cast<int>(std::count_if(events.begin(), events.end(), [&](const SessionEvent &e) {
        return e.index() == eventIndex;
    }));
}

std::optional<Error> SessionPair::sessionError() const
{
    for (const SessionEvent &event : events) {
        if (const auto *failed = std::get_if<session_event::SessionFailed>(&event))
            return failed->error;
    }
    return std::nullopt;
}

std::optional<Error> SessionPair::requestError(RequestId id) const
{
    for (const SessionEvent &event : events) {
        if (const auto *failed = std::get_if<session_event::Failed>(&event); failed && failed->id == id)
            return failed->error;
    }
    return std::nullopt;
}

std::optional<Response> SessionPair::response(RequestId id) const
{
    for (const SessionEvent &event : events) {
        if (const auto *done = std::get_if<session_event::Completed>(&event); done && done->id == id)
            return done->response;
    }
    return std::nullopt;
}

} // namespace ipmi::test
