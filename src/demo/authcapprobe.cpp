// SPDX-License-Identifier: GPL-3.0-or-later
#include "authcapprobe.h"

#include <numeric>

namespace sim::AuthCapProbe {

namespace {

constexpr char bmcAddress = 0x20;
constexpr char consoleAddress = char(0x81); // remote console software ID
constexpr char appRequest = 0x06 << 2;      // NetFn App, LUN 0
constexpr char appResponse = 0x07 << 2;
constexpr char getChannelAuthCap = 0x38;

char checksum(const QByteArray &bytes, qsizetype from, qsizetype to)
{
    const int sum = std::accumulate(bytes.begin() + from, bytes.begin() + to, 0,
                                    [](int acc, char c) { return acc + quint8(c); });
    return char(-sum & 0xff);
}

} // namespace

QByteArray request(quint8 sequence)
{
    // RMCP header (class IPMI), then IPMI 1.5 session header: auth type NONE,
    // sequence 0, session 0, message length 9.
    QByteArray packet = QByteArray::fromHex("0600ff07"
                                            "00"
                                            "00000000"
                                            "00000000"
                                            "09");
    const qsizetype message = packet.size();
    packet += bmcAddress;
    packet += appRequest;
    packet += checksum(packet, message, packet.size());
    const qsizetype body = packet.size();
    packet += consoleAddress;
    packet += char((sequence & 0x3f) << 2);
    packet += getChannelAuthCap;
    packet += char(0x8e); // IPMI v2.0 extended data + "this channel"
    packet += char(0x04); // ADMINISTRATOR
    packet += checksum(packet, body, packet.size());
    return packet;
}

bool isReply(const QByteArray &datagram)
{
    // 4 RMCP + 10 session header + 6 message header + completion code.
    if (datagram.size() < 21 || datagram.left(4) != QByteArray::fromHex("0600ff07") ||
        datagram[4] != 0x00)
        return false;
    const QByteArray message = datagram.mid(14);
    return (message[1] & char(0xfc)) == appResponse && message[5] == getChannelAuthCap &&
           message[6] == 0x00;
}

} // namespace sim::AuthCapProbe
