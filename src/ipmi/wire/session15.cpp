// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/wire/session15.h"

#include "ipmi/crypto/hash.h"
#include "ipmi/crypto/secret.h"
#include "ipmi/wire/rmcp.h"

#include <algorithm>

namespace ipmi {

std::string_view authTypeName(AuthType type)
{
    switch (type) {
    case AuthType::None: return "NONE";
    case AuthType::Md2: return "MD2";
    case AuthType::Md5: return "MD5";
    case AuthType::StraightPassword: return "PASSWORD";
    case AuthType::Oem: return "OEM";
    case AuthType::RmcpPlus: return "RMCP+";
    }
    return "unknown";
}


namespace {

constexpr std::size_t kAuthCodeSize = 16;
constexpr std::size_t kPasswordSize = 16;

bool hasAuthCode(AuthType type)
{
    return type != AuthType::None;
}

bool isSession15AuthType(std::uint8_t type)
{
    return type == 0x00 || type == 0x01 || type == 0x02 || type == 0x04 || type == 0x05;
}

// Legacy pad (IPMI 2.0 table 13-4 footnote): some 10/100 LAN chips mishandle packets of
// overall length 56, 84, 112, 128 or 156. Which length is "overall" differs between
// clients: FreeIPMI (ipmi_lan_sendto) tests the UDP payload, i.e. the whole RMCP datagram;
// pyghmi ([PG] 857, "Guessing the ipmi spec means...") tests 34 + datagram length. We
// follow FreeIPMI and the brief: the datagram as handed to the socket. The pad is one 00h
// after the message and is not counted in the message length byte.
bool needsLegacyPad(std::size_t datagramLength)
{
    switch (datagramLength) {
    case 56:
    case 84:
    case 112:
    case 128:
    case 156:
        return true;
    default:
        return false;
    }
}

} // namespace

Result<Bytes> session15AuthCode(AuthType type, ByteView password, std::uint32_t sessionId, ByteView payload,
                                std::uint32_t sequence)
{
    SecretBytes padded;
    {
        Bytes pw16(kPasswordSize, 0x00);
        std::copy_n(password.begin(), std::min(password.size(), kPasswordSize), pw16.begin());
        padded = SecretBytes(ByteView(pw16));
        secureWipe(pw16);
    }
    switch (type) {
    case AuthType::None:
        return Bytes{}; // a NONE packet carries no auth code
    case AuthType::StraightPassword:
        return Bytes(padded.view().begin(), padded.view().end());
    case AuthType::Md5: {
        ByteWriter sid(4);
        sid.u32le(sessionId);
        ByteWriter seq(4);
        seq.u32le(sequence);
        return digest(HashAlgorithm::Md5, {padded.view(), sid.buffer(), payload, seq.buffer(), padded.view()});
    }
    case AuthType::Md2:
        return makeError(ErrorKind::AuthTypeUnavailable,
                         "IPMI 1.5 MD2 authentication is not supported by this build (OpenSSL 3 has no MD2); "
                         "use MD5 or IPMI 2.0.");
    case AuthType::Oem:
        return makeError(ErrorKind::AuthTypeUnavailable, "IPMI 1.5 OEM authentication is not supported.");
    case AuthType::RmcpPlus:
        break;
    }
    return makeError(ErrorKind::InvalidArgument, "Auth type 06h (RMCP+) has no IPMI 1.5 auth code.");
}

Result<Bytes> encodeSession15(AuthType type, std::uint32_t sequence, std::uint32_t sessionId, ByteView payload,
                              ByteView password)
{
    if (payload.size() > 0xff)
        return makeError(ErrorKind::InvalidArgument, "An IPMI 1.5 message is at most 255 bytes long.");
    Bytes authCode;
    if (hasAuthCode(type)) {
        auto code = session15AuthCode(type, password, sessionId, payload, sequence);
        if (!code)
            return code.error();
        authCode = std::move(code.value());
    }
    ByteWriter writer(4 + 10 + authCode.size() + payload.size() + 1);
    writer.u8(0x06).u8(0x00).u8(0xff).u8(0x07); // RMCP header, class IPMI, no ACK
    writer.u8(static_cast<std::uint8_t>(type)).u32le(sequence).u32le(sessionId);
    writer.bytes(authCode);
    writer.u8(static_cast<std::uint8_t>(payload.size())).bytes(payload);
    if (needsLegacyPad(writer.size()))
        writer.u8(0x00);
    return writer.take();
}

Result<Session15Packet> decodeSession15(ByteView datagram)
{
    if (classifyDatagram(datagram) != DatagramKind::Ipmi15)
        return makeError(ErrorKind::MalformedResponse, "The datagram is not an IPMI 1.5 packet.");
    ByteReader reader(datagram);
    reader.skip(4);
    Session15Packet packet;
    const std::uint8_t type = reader.u8();
    if (!isSession15AuthType(type))
        return makeError(ErrorKind::MalformedResponse, "The IPMI 1.5 packet has an unknown auth type.");
    packet.authType = static_cast<AuthType>(type);
    packet.sequence = reader.u32le();
    packet.sessionId = reader.u32le();
    if (hasAuthCode(packet.authType)) {
        const ByteView code = reader.bytes(kAuthCodeSize);
        packet.authCode.assign(code.begin(), code.end());
    }
    const std::uint8_t length = reader.u8();
    const ByteView payload = reader.bytes(length);
    if (!reader.ok())
        return makeError(ErrorKind::MalformedResponse, "The IPMI 1.5 packet is truncated.");
    // Anything after the message is the legacy pad (or junk); the auth code does not cover it.
    packet.payload.assign(payload.begin(), payload.end());
    return packet;
}

} // namespace ipmi
