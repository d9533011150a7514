// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/wire/rmcpplus.h"

#include "ipmi/crypto/aes.h"
#include "ipmi/crypto/hash.h"
#include "ipmi/wire/rmcp.h"

#include <optional>

namespace ipmi {

namespace {

constexpr std::size_t kRmcpHeaderSize = 4;
constexpr std::size_t kSessionHeaderSize = 12; // auth type .. payload length
constexpr std::size_t kPayloadOffset = kRmcpHeaderSize + kSessionHeaderSize;
constexpr std::size_t kAesBlock = 16;
constexpr std::uint8_t kAuthTypeRmcpPlus = 0x06;
constexpr std::uint8_t kEncryptedBit = 0x80;
constexpr std::uint8_t kAuthenticatedBit = 0x40;
constexpr std::uint8_t kNextHeader = 0x07;
constexpr std::uint8_t kIntegrityPad = 0xff;

Error integrityError(const std::string &detail)
{
    return makeError(ErrorKind::MalformedResponse, "RMCP+ integrity check failed: " + detail + ".");
}

// The session handshake (Open Session, RAKP) runs before there are keys to use.
bool isHandshakePayload(PayloadType type)
{
    const auto value = static_cast<std::uint8_t>(type);
    return value >= 0x10 && value <= 0x15;
}

// HMAC-SHA1-96, HMAC-SHA256-128 and HMAC-MD5-128 key the HMAC with K1. MD5-128 hashes
// the user password instead, which SessionKeys does not hold: not supported.
std::optional<HashAlgorithm> integrityHash(IntegrityAlgorithm algorithm)
{
    switch (algorithm) {
    case IntegrityAlgorithm::HmacSha1_96:
        return HashAlgorithm::Sha1;
    case IntegrityAlgorithm::HmacSha256_128:
        return HashAlgorithm::Sha256;
    case IntegrityAlgorithm::HmacMd5_128:
        return HashAlgorithm::Md5;
    case IntegrityAlgorithm::Md5_128:
    case IntegrityAlgorithm::None:
        break;
    }
    return std::nullopt;
}

Bytes integrityCode(HashAlgorithm hash, IntegrityAlgorithm algorithm, const SessionKeys &keys, ByteView covered)
{
    Bytes code = keys.integrityKey && keys.integrityKey->algorithm() == hash ? keys.integrityKey->compute({covered})
                                                                             : hmac(hash, keys.k1.view(), covered);
    code.resize(integrityCodeSize(algorithm));
    return code;
}

bool sessionHasIntegrity(const SessionKeys *keys)
{
    return keys && keys->integrity != IntegrityAlgorithm::None;
}

// In a session with integrity protection a damaged packet cannot be told from a forged
// one, so every decode failure reads as an integrity failure there.
Error decodeError(const SessionKeys *keys, const std::string &detail)
{
    if (sessionHasIntegrity(keys))
        return integrityError(detail);
    return makeError(ErrorKind::MalformedResponse, "Bad RMCP+ packet: " + detail + ".");
}

Result<Bytes> encryptPayload(const SessionKeys &keys, ByteView plain, const RandomSource &random)
{
    if (keys.k2.size() < kAesBlock)
        return makeError(ErrorKind::InvalidArgument, "The session has no AES key (K2 is too short).");
    // data | 01 02 .. N | N with (length + 1) % 16 == 0.
    const std::size_t padLength = (kAesBlock - (plain.size() + 1) % kAesBlock) % kAesBlock;
    Bytes padded(plain.begin(), plain.end());
    for (std::size_t i = 1; i <= padLength; ++i)
        padded.push_back(static_cast<std::uint8_t>(i));
    padded.push_back(static_cast<std::uint8_t>(padLength));
    const Bytes iv = random ? random(kAesBlock) : Bytes{};
    if (iv.size() != kAesBlock)
        return makeError(ErrorKind::InvalidArgument, "The random source did not deliver a 16-byte IV.");
    auto cipher = keys.confidentialityKey ? keys.confidentialityKey->encrypt(iv, padded)
                                          : aesCbc128Encrypt(keys.k2.view().first(kAesBlock), iv, padded);
    secureWipe(padded);
    if (!cipher)
        return cipher.error();
    Bytes out = iv;
    out.insert(out.end(), cipher->begin(), cipher->end());
    return out;
}

Result<Bytes> decryptPayload(const SessionKeys &keys, ByteView payload)
{
    if (keys.k2.size() < kAesBlock)
        return makeError(ErrorKind::InvalidArgument, "The session has no AES key (K2 is too short).");
    if (payload.size() < 2 * kAesBlock || payload.size() % kAesBlock != 0)
        return integrityError("the encrypted payload is not an IV plus whole AES blocks");
    auto plain = keys.confidentialityKey
        ? keys.confidentialityKey->decrypt(payload.first(kAesBlock), payload.subspan(kAesBlock))
        : aesCbc128Decrypt(keys.k2.view().first(kAesBlock), payload.first(kAesBlock), payload.subspan(kAesBlock));
    if (!plain)
        return integrityError("the payload does not decrypt");
    Bytes data = std::move(plain.value());
    const std::size_t padLength = data.back();
    if (padLength >= kAesBlock || padLength + 1 > data.size())
        return integrityError("the confidentiality pad length is invalid");
    const std::size_t dataLength = data.size() - padLength - 1;
    for (std::size_t i = 0; i < padLength; ++i) {
        if (data[dataLength + i] != i + 1)
            return integrityError("the confidentiality pad bytes are wrong");
    }
    data.resize(dataLength);
    return data;
}

} // namespace

void SessionKeys::prepare()
{
    const std::optional<HashAlgorithm> hash = integrityHash(integrity);
    integrityKey = hash ? std::make_shared<const HmacKey>(*hash, k1.view()) : nullptr;
    confidentialityKey = confidentiality == ConfidentialityAlgorithm::AesCbc128 && k2.size() >= kAesBlock
        ? std::make_shared<const AesCbc128Key>(k2.view().first(kAesBlock))
        : nullptr;
}

Result<Bytes> encodeRmcpPlus(const RmcpPlusPacket &packet, const SessionKeys *keys, const RandomSource &random)
{
    if (packet.payloadType == PayloadType::OemExplicit)
        return makeError(ErrorKind::Unsupported, "OEM explicit RMCP+ payloads are not supported.");
    const bool protectable = keys && !isHandshakePayload(packet.payloadType);
    const bool encrypt = protectable && keys->confidentiality != ConfidentialityAlgorithm::None;
    const bool authenticate = protectable && keys->integrity != IntegrityAlgorithm::None;
    if (encrypt && keys->confidentiality != ConfidentialityAlgorithm::AesCbc128)
        return makeError(ErrorKind::Unsupported, "Only AES-CBC-128 confidentiality is supported.");
    const std::optional<HashAlgorithm> hash = authenticate ? integrityHash(keys->integrity) : std::nullopt;
    if (authenticate && !hash)
        return makeError(ErrorKind::Unsupported, "The MD5-128 integrity algorithm is not supported.");

    Bytes body;
    if (encrypt) {
        auto encrypted = encryptPayload(*keys, packet.payload, random);
        if (!encrypted)
            return encrypted.error();
        body = std::move(encrypted.value());
    } else {
        body = packet.payload;
    }
    if (body.size() > 0xffff)
        return makeError(ErrorKind::InvalidArgument, "The RMCP+ payload is longer than 65535 bytes.");

    std::uint8_t typeByte = static_cast<std::uint8_t>(packet.payloadType) & 0x3f;
    if (encrypt)
        typeByte |= kEncryptedBit;
    if (authenticate)
        typeByte |= kAuthenticatedBit;
    ByteWriter writer(kPayloadOffset + body.size() + 4 + 16);
    writer.u8(0x06).u8(0x00).u8(0xff).u8(0x07); // RMCP header, class IPMI, no ACK
    writer.u8(kAuthTypeRmcpPlus).u8(typeByte).u32le(packet.sessionId).u32le(packet.sequence);
    writer.u16le(static_cast<std::uint16_t>(body.size())).bytes(body);
    if (authenticate) {
        // Pad so that auth type .. next header is a multiple of 4 bytes.
        const std::size_t covered = writer.size() - kRmcpHeaderSize + 2;
        const std::size_t padLength = (4 - covered % 4) % 4;
        writer.fill(kIntegrityPad, padLength).u8(static_cast<std::uint8_t>(padLength)).u8(kNextHeader);
        const Bytes code = integrityCode(*hash, keys->integrity, *keys,
                                         ByteView(writer.buffer()).subspan(kRmcpHeaderSize));
        writer.bytes(code);
    }
    return writer.take();
}

Result<RmcpPlusPacket> decodeRmcpPlus(ByteView datagram, const SessionKeys *keys)
{
    if (classifyDatagram(datagram) != DatagramKind::RmcpPlus)
        return decodeError(keys, "the datagram is not an RMCP+ packet");
    ByteReader reader(datagram);
    reader.skip(kRmcpHeaderSize + 1);
    const std::uint8_t typeByte = reader.u8();
    RmcpPlusPacket packet;
    packet.payloadType = static_cast<PayloadType>(typeByte & 0x3f);
    packet.encrypted = (typeByte & kEncryptedBit) != 0;
    packet.authenticated = (typeByte & kAuthenticatedBit) != 0;
    if (packet.payloadType == PayloadType::OemExplicit)
        return decodeError(keys, "OEM explicit payloads are not supported");
    packet.sessionId = reader.u32le();
    packet.sequence = reader.u32le();
    const std::uint16_t length = reader.u16le();
    const ByteView body = reader.bytes(length);
    if (!reader.ok())
        return decodeError(keys, "the packet is shorter than its payload length");
    if (sessionHasIntegrity(keys) && !packet.authenticated && !isHandshakePayload(packet.payloadType))
        return integrityError("the packet is not authenticated although the session requires it");

    if (packet.authenticated) {
        // Never hand out data from a packet that claims integrity we cannot check.
        if (!keys || keys->integrity == IntegrityAlgorithm::None)
            return integrityError("the packet is authenticated but the session has no integrity key");
        const std::optional<HashAlgorithm> hash = integrityHash(keys->integrity);
        if (!hash)
            return integrityError("the session's integrity algorithm is not supported");
        const std::size_t codeSize = integrityCodeSize(keys->integrity);
        const std::size_t payloadEnd = kPayloadOffset + length;
        // pad (0..3) | pad length | next header | auth code
        if (datagram.size() < payloadEnd + 2 + codeSize)
            return integrityError("the integrity trailer is missing or truncated");
        const std::size_t codeAt = datagram.size() - codeSize;
        const std::size_t padLength = datagram[codeAt - 2];
        if (datagram[codeAt - 1] != kNextHeader || payloadEnd + padLength + 2 != codeAt)
            return integrityError("the integrity trailer is malformed");
        const Bytes expected = integrityCode(*hash, keys->integrity, *keys,
                                             datagram.subspan(kRmcpHeaderSize, codeAt - kRmcpHeaderSize));
        if (!equalConstantTime(expected, datagram.subspan(codeAt)))
            return integrityError("the auth code does not match");
    }

    if (packet.encrypted) {
        if (!keys || keys->confidentiality != ConfidentialityAlgorithm::AesCbc128)
            return decodeError(keys, "the payload is encrypted but the session has no AES-CBC-128 key");
        auto plain = decryptPayload(*keys, body);
        if (!plain)
            return plain.error();
        packet.payload = std::move(plain.value());
    } else {
        packet.payload.assign(body.begin(), body.end());
    }
    return packet;
}

} // namespace ipmi
