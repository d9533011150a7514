// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A LanSession wired to a FakeBmc through an in-memory lossy link, on a virtual clock
// that jumps to the next deadline or delivery (after quinn's tests/util.rs Pair): no
// sleeps, fully deterministic for a given seed.

#include "fakebmc.h"

#include "ipmi/session/lansession.h"

#include <chrono>
#include <functional>
#include <random>
#include <vector>

namespace ipmi::test {

enum class Direction
{
    ToBmc,
    ToConsole,
};

struct Datagram
{
    Direction direction = Direction::ToBmc;
    std::size_t index = 0; // per direction, from 0, counting every datagram sent
    Bytes bytes;
    TimePoint sentAt{};
};

struct LinkModel
{
    std::uint32_t seed = 1;
    int dropPercent = 0;      // both directions
    int duplicatePercent = 0; // the copy arrives a little later
    int reorderPercent = 0;   // held back behind the datagrams that follow
    std::chrono::milliseconds latency{2};
    std::function<bool(const Datagram &)> drop;       // by pattern: true drops
    std::function<bool(const Datagram &)> duplicate;  // by pattern: true sends it twice
    std::function<void(Datagram &)> tamper;           // edit bytes in flight
    std::function<std::chrono::milliseconds(const Datagram &)> extraDelay;
};

class SessionPair
{
public:
    using Ms = std::chrono::milliseconds;

    SessionPair(SessionConfig config, FakeBmcConfig bmcConfig = {}, LinkModel link = {});

    void open();
    RequestId submit(Request request);
    void close();
    // Moves virtual time to the next delivery or deadline; false when nothing is pending.
    bool step();
    // Steps until `done` or until `limit` of virtual time or 100000 steps have passed.
    bool runUntil(const std::function<bool()> &done, Ms limit = std::chrono::minutes(10));
    bool runUntilEstablished(Ms limit = std::chrono::minutes(10));
    void runFor(Ms duration);
    // Submits and runs until the request completes or fails.
    std::optional<Response> call(Request request, Ms limit = std::chrono::minutes(10));
    // Delivers bytes to the console now, as if from the BMC (replays, garbage).
    void injectToConsole(Bytes bytes);

    // Observations.
    std::optional<Error> sessionError() const;     // from SessionFailed
    std::optional<Error> requestError(RequestId id) const;
    std::optional<Response> response(RequestId id) const;
    int count(std::size_t eventIndex) const;       // events of a variant index
    bool established() const { return count(0) > 0; }
    bool closed() const { return count(4) > 0; }

    LanSession session;
    FakeBmc bmc;
    LinkModel link;
    TimePoint now;
    TimePoint start;
    std::vector<SessionEvent> events;
    std::vector<Datagram> sent; // everything both sides sent, before the link's effects

private:
    struct InFlight
    {
        TimePoint arrival;
        std::uint64_t order = 0;
        Datagram datagram;
    };

    void flushConsole();
    void transmit(Direction direction, Bytes bytes);
    bool chance(int percent);

    std::mt19937 m_rng;
    std::vector<InFlight> m_inFlight;
    std::uint64_t m_order = 0;
    std::size_t m_sentToBmc = 0;
    std::size_t m_sentToConsole = 0;
};

// A deterministic RandomSource for sessions under test.
RandomSource seededRandom(std::uint32_t seed);

// A session configuration for the fake BMC's default user, with short timeouts.
SessionConfig testConfig(LanVersion version = LanVersion::Lan20);

} // namespace ipmi::test
