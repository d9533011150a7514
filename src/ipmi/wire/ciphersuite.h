// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ipmi {

enum class AuthAlgorithm : std::uint8_t
{
    None = 0x00,
    HmacSha1 = 0x01,
    HmacMd5 = 0x02,
    HmacSha256 = 0x03,
};

enum class IntegrityAlgorithm : std::uint8_t
{
    None = 0x00,
    HmacSha1_96 = 0x01,
    HmacMd5_128 = 0x02,
    Md5_128 = 0x03,
    HmacSha256_128 = 0x04,
};

enum class ConfidentialityAlgorithm : std::uint8_t
{
    None = 0x00,
    AesCbc128 = 0x01,
    Xrc4_128 = 0x02,
    Xrc4_40 = 0x03,
};

struct CipherSuite
{
    std::uint8_t id = 0;
    AuthAlgorithm auth = AuthAlgorithm::None;
    IntegrityAlgorithm integrity = IntegrityAlgorithm::None;
    ConfidentialityAlgorithm confidentiality = ConfidentialityAlgorithm::None;
};

// The suites this client speaks: 0 (only when forced), 1, 2, 3, 15, 16, 17.
std::optional<CipherSuite> supportedCipherSuite(std::uint8_t id);

// Integrity code length on the wire: 12 (SHA1-96), 16 (SHA256-128, MD5-128) or 0.
std::size_t integrityCodeSize(IntegrityAlgorithm algorithm);

// A record of Get Channel Cipher Suites (App 54h), as the BMC lists it.
struct CipherSuiteRecord
{
    std::uint8_t id = 0;
    bool oem = false;
    std::uint32_t oemIana = 0;
    std::vector<AuthAlgorithm> auth;
    std::vector<IntegrityAlgorithm> integrity;
    std::vector<ConfidentialityAlgorithm> confidentiality;
};

// Parses the concatenated record data of all Get Channel Cipher Suites chunks.
Result<std::vector<CipherSuiteRecord>> decodeCipherSuiteRecords(ByteView data);

std::string cipherSuiteDescription(std::uint8_t id); // "17 (HMAC-SHA256, HMAC-SHA256-128, AES-CBC-128)"

} // namespace ipmi
