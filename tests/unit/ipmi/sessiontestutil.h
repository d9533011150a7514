// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the LanSession tests that run on the fake BMC.

#include "sessionpair.h"

#include <QTest>

#include <string>
#include <vector>

namespace ipmi::test {

// The fake BMC's OEM echo: answers {value, A5h, execution counter}.
inline Request echo(std::uint8_t value)
{
    return Request{0x30, 0x01, {value, 0xa5}};
}

inline bool contains(const std::string &text, const char *part)
{
    return text.find(part) != std::string::npos;
}

// Runs a login that must fail and returns its error (Cancelled, "no error", if it worked).
inline Error loginError(SessionPair &pair)
{
    pair.runUntilEstablished();
    const std::optional<Error> error = pair.sessionError();
    return error.value_or(makeError(ErrorKind::Cancelled, "no error: the login worked"));
}

inline SessionConfig versionConfig(bool lan15)
{
    return testConfig(lan15 ? LanVersion::Lan15 : LanVersion::Lan20);
}

// The session sequence number of a console datagram (RMCP+: offset 10, 1.5: offset 5).
inline std::uint32_t sessionSequence(const Bytes &datagram)
{
    const bool rmcpPlus = datagram.size() > 4 && datagram[4] == 0x06;
    ByteReader reader(ByteView(datagram).subspan(rmcpPlus ? 10 : 5, 4));
    return reader.u32le();
}

// How many datagrams the BMC has sent so far: the index its next one will get.
inline std::size_t bmcDatagrams(const SessionPair &pair)
{
    std::size_t count = 0;
    for (const Datagram &datagram : pair.sent)
        count += datagram.direction == Direction::ToConsole ? 1 : 0;
    return count;
}

// Every echo request got exactly one Completed with its own value, and nothing failed.
inline void verifyEchoes(const SessionPair &pair, const std::vector<RequestId> &ids)
{
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::optional<Response> reply = pair.response(ids[i]);
        QVERIFY2(reply, ("request " + std::to_string(i) + " did not complete").c_str());
        QCOMPARE(int(reply->completionCode), 0);
        QCOMPARE(reply->data.size(), std::size_t(3));
        QCOMPARE(int(reply->data[0]), int(i));
    }
    QCOMPARE(pair.count(1), int(ids.size())); // no duplicate Completed
    QCOMPARE(pair.count(2), 0);
    QVERIFY(!pair.sessionError());
}

} // namespace ipmi::test
