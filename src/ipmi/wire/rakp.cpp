// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/wire/rakp.h"

#include <algorithm>

namespace ipmi {

namespace {

constexpr std::size_t kAlgorithmRecordSize = 8;
constexpr std::size_t kMaxUsername = 16;
constexpr std::uint8_t kAuthPayload = 0x00;
constexpr std::uint8_t kIntegrityPayload = 0x01;
constexpr std::uint8_t kConfidentialityPayload = 0x02;

Error malformed(std::string message)
{
    return makeError(ErrorKind::MalformedResponse, std::move(message));
}

// Table 13-17..13-19: type, 2 reserved, length 08h, algorithm, 3 reserved.
void writeAlgorithm(ByteWriter &writer, std::uint8_t payloadType, std::uint8_t algorithm)
{
    writer.u8(payloadType).u16le(0).u8(kAlgorithmRecordSize).u8(algorithm & 0x3f).fill(0, 3);
}

bool readAlgorithm(ByteReader &reader, std::uint8_t payloadType, std::uint8_t &algorithm)
{
    const std::uint8_t type = reader.u8();
    reader.skip(2);
    const std::uint8_t length = reader.u8();
    algorithm = reader.u8() & 0x3f;
    reader.skip(3);
    return reader.ok() && type == payloadType && length == kAlgorithmRecordSize;
}

void writeAlgorithms(ByteWriter &writer, AuthAlgorithm auth, IntegrityAlgorithm integrity,
                     ConfidentialityAlgorithm confidentiality)
{
    writeAlgorithm(writer, kAuthPayload, static_cast<std::uint8_t>(auth));
    writeAlgorithm(writer, kIntegrityPayload, static_cast<std::uint8_t>(integrity));
    writeAlgorithm(writer, kConfidentialityPayload, static_cast<std::uint8_t>(confidentiality));
}

template<typename Message>
bool readAlgorithms(ByteReader &reader, Message &message)
{
    std::uint8_t auth = 0;
    std::uint8_t integrity = 0;
    std::uint8_t confidentiality = 0;
    const bool ok = readAlgorithm(reader, kAuthPayload, auth) && readAlgorithm(reader, kIntegrityPayload, integrity)
                    && readAlgorithm(reader, kConfidentialityPayload, confidentiality);
    message.auth = static_cast<AuthAlgorithm>(auth);
    message.integrity = static_cast<IntegrityAlgorithm>(integrity);
    message.confidentiality = static_cast<ConfidentialityAlgorithm>(confidentiality);
    return ok;
}

std::size_t authCodeSize(AuthAlgorithm auth)
{
    switch (auth) {
    case AuthAlgorithm::HmacSha1:
        return 20;
    case AuthAlgorithm::HmacSha256:
        return 32;
    case AuthAlgorithm::HmacMd5:
        return 16;
    case AuthAlgorithm::None:
        break;
    }
    return 0;
}

std::size_t integrityCheckSize(AuthAlgorithm auth)
{
    switch (auth) {
    case AuthAlgorithm::HmacSha1:
        return 12;
    case AuthAlgorithm::HmacSha256:
    case AuthAlgorithm::HmacMd5:
        return 16;
    case AuthAlgorithm::None:
        break;
    }
    return 0;
}

void readNonce(ByteReader &reader, Nonce16 &nonce)
{
    const ByteView bytes = reader.bytes(nonce.size());
    if (bytes.size() == nonce.size())
        std::copy(bytes.begin(), bytes.end(), nonce.begin());
}

// The code that ends RAKP2/3/4: exactly `expected` bytes on success. On an error status
// the BMC may send nothing after the fixed fields (or a code we cannot check anyway).
Result<Bytes> readTrailingCode(ByteReader &reader, std::uint8_t status, std::size_t expected, const char *what)
{
    const ByteView rest = reader.rest();
    if (status != 0)
        return Bytes(rest.begin(), rest.end());
    if (rest.size() != expected)
        return malformed(std::string("The ") + what + " is " + std::to_string(rest.size())
                         + " bytes long where the negotiated algorithm needs " + std::to_string(expected) + ".");
    return Bytes(rest.begin(), rest.end());
}

} // namespace

Bytes encodeOpenSessionRequest(const OpenSessionRequest &message)
{
    ByteWriter writer(32);
    writer.u8(message.tag).u8(message.requestedPrivilege & 0x0f).u16le(0).u32le(message.consoleSessionId);
    writeAlgorithms(writer, message.auth, message.integrity, message.confidentiality);
    return writer.take();
}

Result<OpenSessionRequest> decodeOpenSessionRequest(ByteView payload)
{
    ByteReader reader(payload);
    OpenSessionRequest message;
    message.tag = reader.u8();
    message.requestedPrivilege = reader.u8() & 0x0f;
    reader.skip(2);
    message.consoleSessionId = reader.u32le();
    if (!readAlgorithms(reader, message))
        return malformed("The Open Session request is truncated or has bad algorithm records.");
    return message;
}

Bytes encodeOpenSessionResponse(const OpenSessionResponse &message)
{
    ByteWriter writer(36);
    writer.u8(message.tag).u8(message.status).u8(message.maximumPrivilege & 0x0f).u8(0);
    writer.u32le(message.consoleSessionId);
    if (message.status != 0)
        return writer.take(); // an error response stops after the console session ID
    writer.u32le(message.bmcSessionId);
    writeAlgorithms(writer, message.auth, message.integrity, message.confidentiality);
    return writer.take();
}

Result<OpenSessionResponse> decodeOpenSessionResponse(ByteView payload)
{
    ByteReader reader(payload);
    OpenSessionResponse message;
    message.tag = reader.u8();
    message.status = reader.u8();
    if (!reader.ok())
        return malformed("The Open Session response is too short to carry a status.");
    if (message.status != 0) {
        // Error responses are cut short differently by different BMCs; keep what is there.
        message.maximumPrivilege = reader.u8() & 0x0f;
        reader.skip(1);
        message.consoleSessionId = reader.u32le();
        return message;
    }
    message.maximumPrivilege = reader.u8() & 0x0f;
    reader.skip(1);
    message.consoleSessionId = reader.u32le();
    message.bmcSessionId = reader.u32le();
    if (!readAlgorithms(reader, message))
        return malformed("The Open Session response is truncated or has bad algorithm records.");
    return message;
}

Bytes encodeRakp1(const Rakp1 &message)
{
    // The session refuses longer names before it gets here; cut rather than overflow ulen.
    const std::size_t nameLength = std::min(message.username.size(), kMaxUsername);
    ByteWriter writer(28 + nameLength);
    writer.u8(message.tag).fill(0, 3).u32le(message.bmcSessionId).bytes(message.consoleRandom);
    writer.u8(message.role).u16le(0).u8(static_cast<std::uint8_t>(nameLength));
    writer.bytes(asBytes(message.username).first(nameLength));
    return writer.take();
}

Result<Rakp1> decodeRakp1(ByteView payload)
{
    ByteReader reader(payload);
    Rakp1 message;
    message.tag = reader.u8();
    reader.skip(3);
    message.bmcSessionId = reader.u32le();
    readNonce(reader, message.consoleRandom);
    message.role = reader.u8();
    reader.skip(2);
    const std::uint8_t nameLength = reader.u8();
    if (nameLength > kMaxUsername)
        return malformed("The RAKP1 user name is longer than 16 bytes.");
    const ByteView name = reader.bytes(nameLength);
    if (!reader.ok())
        return malformed("The RAKP1 message is truncated.");
    message.username.assign(name.begin(), name.end());
    return message;
}

Bytes encodeRakp2(const Rakp2 &message)
{
    ByteWriter writer(40 + message.authCode.size());
    writer.u8(message.tag).u8(message.status).u16le(0).u32le(message.consoleSessionId);
    if (message.status != 0 && message.authCode.empty())
        return writer.take(); // an error carries the IDs only
    writer.bytes(message.bmcRandom).bytes(message.bmcGuid).bytes(message.authCode);
    return writer.take();
}

Result<Rakp2> decodeRakp2(ByteView payload, AuthAlgorithm auth)
{
    ByteReader reader(payload);
    Rakp2 message;
    message.tag = reader.u8();
    message.status = reader.u8();
    if (!reader.ok())
        return malformed("The RAKP2 message is too short to carry a status.");
    reader.skip(2);
    message.consoleSessionId = reader.u32le();
    if (message.status != 0)
        return message; // nothing after the status is trustworthy or needed
    readNonce(reader, message.bmcRandom);
    readNonce(reader, message.bmcGuid);
    if (!reader.ok())
        return malformed("The RAKP2 message is truncated.");
    auto code = readTrailingCode(reader, message.status, authCodeSize(auth), "RAKP2 auth code");
    if (!code)
        return code.error();
    message.authCode = std::move(code.value());
    return message;
}

Bytes encodeRakp3(const Rakp3 &message)
{
    ByteWriter writer(8 + message.authCode.size());
    writer.u8(message.tag).u8(message.status).u16le(0).u32le(message.bmcSessionId).bytes(message.authCode);
    return writer.take();
}

Result<Rakp3> decodeRakp3(ByteView payload, AuthAlgorithm auth)
{
    ByteReader reader(payload);
    Rakp3 message;
    message.tag = reader.u8();
    message.status = reader.u8();
    reader.skip(2);
    message.bmcSessionId = reader.u32le();
    if (!reader.ok())
        return malformed("The RAKP3 message is truncated.");
    auto code = readTrailingCode(reader, message.status, authCodeSize(auth), "RAKP3 auth code");
    if (!code)
        return code.error();
    message.authCode = std::move(code.value());
    return message;
}

Bytes encodeRakp4(const Rakp4 &message)
{
    ByteWriter writer(8 + message.integrityCheck.size());
    writer.u8(message.tag).u8(message.status).u16le(0).u32le(message.consoleSessionId);
    writer.bytes(message.integrityCheck);
    return writer.take();
}

Result<Rakp4> decodeRakp4(ByteView payload, AuthAlgorithm auth)
{
    ByteReader reader(payload);
    Rakp4 message;
    message.tag = reader.u8();
    message.status = reader.u8();
    if (!reader.ok())
        return malformed("The RAKP4 message is too short to carry a status.");
    reader.skip(2);
    message.consoleSessionId = reader.u32le();
    if (message.status != 0)
        return message;
    if (!reader.ok())
        return malformed("The RAKP4 message is truncated.");
    auto code = readTrailingCode(reader, message.status, integrityCheckSize(auth), "RAKP4 integrity check value");
    if (!code)
        return code.error();
    message.integrityCheck = std::move(code.value());
    return message;
}

std::string rmcpPlusStatusText(std::uint8_t status)
{
    switch (status) {
    case 0x00:
        return "no errors";
    case 0x01:
        return "insufficient resources to create a session";
    case 0x02:
        return "invalid session ID";
    case 0x03:
        return "invalid payload type";
    case 0x04:
        return "invalid authentication algorithm";
    case 0x05:
        return "invalid integrity algorithm";
    case 0x06:
        return "no matching authentication payload";
    case 0x07:
        return "no matching integrity payload";
    case 0x08:
        return "inactive session ID";
    case 0x09:
        return "invalid role";
    case 0x0a:
        return "unauthorized role or privilege level requested";
    case 0x0b:
        return "insufficient resources to create a session at the requested role";
    case 0x0c:
        return "invalid name length";
    case 0x0d:
        return "unauthorized name";
    case 0x0e:
        return "unauthorized GUID";
    case 0x0f:
        return "invalid integrity check value";
    case 0x10:
        return "invalid confidentiality algorithm";
    case 0x11:
        return "no cipher suite match with proposed security algorithms";
    case 0x12:
        return "illegal or unrecognized parameter";
    default:
        break;
    }
    static const char digits[] = "0123456789ABCDEF";
    return std::string("unknown RMCP+ status code ") + digits[status >> 4] + digits[status & 0x0f] + "h";
}

} // namespace ipmi

