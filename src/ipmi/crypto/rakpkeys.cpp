// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/crypto/rakpkeys.h"

#include "ipmi/crypto/hash.h"

#include <algorithm>
#include <optional>

namespace ipmi {

namespace {

std::optional<HashAlgorithm> hashFor(AuthAlgorithm auth)
{
    switch (auth) {
    case AuthAlgorithm::HmacSha1:
        return HashAlgorithm::Sha1;
    case AuthAlgorithm::HmacSha256:
        return HashAlgorithm::Sha256;
    case AuthAlgorithm::HmacMd5:
        return HashAlgorithm::Md5;
    case AuthAlgorithm::None:
        break;
    }
    return std::nullopt; // RAKP-none: every code is empty
}

// The RAKP role, name length and name as they enter the HMACs. The name is used as sent
// in RAKP1 (at most 16 bytes).
struct NameField
{
    explicit NameField(const RakpExchange &exchange)
        : header{exchange.role,
                 static_cast<std::uint8_t>(std::min<std::size_t>(exchange.username.size(), 16))},
          name(asBytes(exchange.username).first(header[1]))
    {
    }
    std::uint8_t header[2];
    ByteView name;
};

ByteWriter le32(std::uint32_t value)
{
    ByteWriter writer(4);
    writer.u32le(value);
    return writer;
}

} // namespace

Bytes rakp2AuthCode(AuthAlgorithm auth, ByteView password, const RakpExchange &exchange)
{
    const auto hash = hashFor(auth);
    if (!hash)
        return {};
    const NameField name(exchange);
    ByteWriter consoleId = le32(exchange.consoleSessionId);
    ByteWriter bmcId = le32(exchange.bmcSessionId);
    return hmac(*hash, password,
                {consoleId.buffer(), bmcId.buffer(), exchange.consoleRandom, exchange.bmcRandom,
                 exchange.bmcGuid, name.header, name.name});
}

Bytes rakp3AuthCode(AuthAlgorithm auth, ByteView password, const RakpExchange &exchange)
{
    const auto hash = hashFor(auth);
    if (!hash)
        return {};
    const NameField name(exchange);
    ByteWriter consoleId = le32(exchange.consoleSessionId);
    return hmac(*hash, password, {exchange.bmcRandom, consoleId.buffer(), name.header, name.name});
}

SecretBytes sessionIntegrityKey(AuthAlgorithm auth, ByteView kg, const RakpExchange &exchange)
{
    const auto hash = hashFor(auth);
    if (!hash)
        return {};
    const NameField name(exchange);
    Bytes sik = hmac(*hash, kg, {exchange.consoleRandom, exchange.bmcRandom, name.header, name.name});
    SecretBytes result(sik);
    secureWipe(sik);
    return result;
}

Bytes rakp4IntegrityCheck(AuthAlgorithm auth, ByteView sik, const RakpExchange &exchange)
{
    const auto hash = hashFor(auth);
    if (!hash)
        return {};
    ByteWriter bmcId = le32(exchange.bmcSessionId);
    Bytes icv = hmac(*hash, sik, {exchange.consoleRandom, bmcId.buffer(), exchange.bmcGuid});
    // SHA1 is cut to 96 bits and SHA256 to 128; HMAC-MD5 is 128 bits already.
    const std::size_t length = (*hash == HashAlgorithm::Sha1) ? 12 : 16;
    icv.resize(std::min(length, icv.size()));
    return icv;
}

SecretBytes additionalKey(AuthAlgorithm auth, ByteView sik, std::uint8_t n)
{
    const auto hash = hashFor(auth);
    if (!hash)
        return {};
    const Bytes constant(20, n); // 20 bytes for every algorithm, SHA256 included
    Bytes key = hmac(*hash, sik, constant);
    SecretBytes result(key);
    secureWipe(key);
    return result;
}

} // namespace ipmi
