// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/wire/rmcp.h"

namespace ipmi {

namespace {

constexpr std::uint8_t kRmcpVersion = 0x06;
constexpr std::uint8_t kRmcpNoAckSequence = 0xff; // "do not send an RMCP ACK"
constexpr std::uint8_t kClassAsf = 0x06;
constexpr std::uint8_t kClassIpmi = 0x07;
constexpr std::uint32_t kAsfIana = 4542; // 0x000011BE, big-endian on the wire
constexpr std::uint8_t kAsfPresencePing = 0x80;
constexpr std::uint8_t kAsfPresencePong = 0x40;
constexpr std::uint8_t kPongDataLength = 16;

Bytes asfMessage(std::uint8_t type, std::uint8_t tag, ByteView data)
{
    ByteWriter writer(12 + data.size());
    writer.u8(kRmcpVersion).u8(0x00).u8(kRmcpNoAckSequence).u8(kClassAsf);
    writer.u32be(kAsfIana).u8(type).u8(tag).u8(0x00).u8(static_cast<std::uint8_t>(data.size()));
    writer.bytes(data);
    return writer.take();
}

// Checks the RMCP and ASF headers and returns the message data that the length covers.
Result<ByteView> asfBody(ByteView datagram, std::uint8_t type, std::uint8_t &tag, const char *what)
{
    ByteReader reader(datagram);
    const std::uint8_t version = reader.u8();
    reader.skip(2); // reserved, RMCP sequence
    const std::uint8_t rmcpClass = reader.u8();
    const std::uint32_t iana = reader.u32be();
    const std::uint8_t messageType = reader.u8();
    tag = reader.u8();
    reader.skip(1);
    const std::uint8_t length = reader.u8();
    if (!reader.ok() || version != kRmcpVersion || (rmcpClass & 0x1f) != kClassAsf)
        return makeError(ErrorKind::MalformedResponse, std::string("Not an ASF ") + what + " datagram.");
    if (iana != kAsfIana || messageType != type)
        return makeError(ErrorKind::MalformedResponse,
                         std::string("The ASF message is not a presence ") + what + ".");
    const ByteView body = reader.bytes(length);
    if (!reader.ok())
        return makeError(ErrorKind::MalformedResponse,
                         std::string("The ASF presence ") + what + " is shorter than its length field.");
    return body;
}

} // namespace

DatagramKind classifyDatagram(ByteView datagram)
{
    if (datagram.size() < 5 || datagram[0] != kRmcpVersion)
        return DatagramKind::Invalid;
    // Bit 7 of the class marks an RMCP ACK, which carries no message.
    switch (datagram[3]) {
    case kClassAsf:
        return DatagramKind::Asf;
    case kClassIpmi:
        break;
    default:
        return DatagramKind::Invalid;
    }
    switch (datagram[4]) {
    case 0x00:
    case 0x01:
    case 0x02:
    case 0x04:
    case 0x05:
        return DatagramKind::Ipmi15;
    case 0x06:
        return DatagramKind::RmcpPlus;
    default:
        return DatagramKind::Invalid;
    }
}

Bytes encodeAsfPresencePing(std::uint8_t messageTag)
{
    return asfMessage(kAsfPresencePing, messageTag, {});
}

Result<std::uint8_t> decodeAsfPresencePing(ByteView datagram)
{
    std::uint8_t tag = 0;
    auto body = asfBody(datagram, kAsfPresencePing, tag, "ping");
    if (!body)
        return body.error();
    return tag;
}

Bytes encodeAsfPresencePong(const AsfPong &pong)
{
    ByteWriter data(kPongDataLength);
    data.u32be(pong.ianaEnterprise).u32be(pong.oemDefined);
    data.u8(pong.supportedEntities).u8(pong.supportedInteractions).fill(0x00, 6);
    return asfMessage(kAsfPresencePong, pong.messageTag, data.buffer());
}

Result<AsfPong> decodeAsfPresencePong(ByteView datagram)
{
    AsfPong pong;
    auto body = asfBody(datagram, kAsfPresencePong, pong.messageTag, "pong");
    if (!body)
        return body.error();
    // The six reserved bytes are not needed; a pong cut after the interactions is usable.
    ByteReader reader(*body);
    pong.ianaEnterprise = reader.u32be();
    pong.oemDefined = reader.u32be();
    pong.supportedEntities = reader.u8();
    pong.supportedInteractions = reader.u8();
    if (!reader.ok())
        return makeError(ErrorKind::MalformedResponse, "The ASF presence pong is too short.");
    return pong;
}

} // namespace ipmi
