// SPDX-License-Identifier: GPL-3.0-or-later
// A LanSession fed arbitrary datagrams: the input is a series of length-prefixed
// datagrams (one length byte each), delivered between timeouts on a virtual clock, to an
// RMCP+ or IPMI 1.5 session (first byte) that is logging in with a request queued. The
// session must never crash, and it must always name its next deadline while it waits.
#include "fuzz_check.h"
#include "ipmi/session/lansession.h"

#include <chrono>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    using namespace ipmi;
    SessionConfig config;
    config.version = (data[0] & 1) ? LanVersion::Lan15 : LanVersion::Lan20;
    config.cipher.allowSuiteZero = (data[0] & 2) != 0;
    config.lan15.allowNone = (data[0] & 4) != 0;
    config.username = "admin";
    config.password = SecretBytes(std::string_view("password"));
    config.peerName = "fuzz";
    config.random = [](std::size_t count) { return Bytes(count, 0x42); };
    LanSession session(config);

    TimePoint now{};
    session.submit(Request{0x06, 0x01, {}, 0}, now);
    std::size_t position = 1;
    while (position < size) {
        const std::size_t length = data[position++];
        const std::size_t take = std::min(length, size - position);
        session.handleDatagram(ByteView(data + position, take), now);
        position += take;
        while (session.pollTransmit()) {
        }
        while (session.pollEvent()) {
        }
        const auto state = session.state();
        if (state != LanSession::State::Closed && state != LanSession::State::Failed &&
            state != LanSession::State::Idle)
            FUZZ_CHECK(session.pollTimeout().has_value());
        if (length & 0x80) { // sometimes let time pass to the next deadline
            if (auto deadline = session.pollTimeout()) {
                now = std::max(now, *deadline);
                session.handleTimeout(now);
            }
        }
    }
    return 0;
}
