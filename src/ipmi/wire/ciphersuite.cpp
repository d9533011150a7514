// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/wire/ciphersuite.h"

namespace ipmi {

namespace {

constexpr std::uint8_t kStandardRecord = 0xc0;
constexpr std::uint8_t kOemRecord = 0xc1;
constexpr std::uint8_t kTagMask = 0xc0;
constexpr std::uint8_t kAlgorithmMask = 0x3f;
constexpr std::uint8_t kAuthTag = 0x00;
constexpr std::uint8_t kIntegrityTag = 0x40;
constexpr std::uint8_t kConfidentialityTag = 0x80;

const char *authName(AuthAlgorithm algorithm)
{
    switch (algorithm) {
    case AuthAlgorithm::None:
        return "none";
    case AuthAlgorithm::HmacSha1:
        return "HMAC-SHA1";
    case AuthAlgorithm::HmacMd5:
        return "HMAC-MD5";
    case AuthAlgorithm::HmacSha256:
        return "HMAC-SHA256";
    }
    return "unknown";
}

const char *integrityName(IntegrityAlgorithm algorithm)
{
    switch (algorithm) {
    case IntegrityAlgorithm::None:
        return "none";
    case IntegrityAlgorithm::HmacSha1_96:
        return "HMAC-SHA1-96";
    case IntegrityAlgorithm::HmacMd5_128:
        return "HMAC-MD5-128";
    case IntegrityAlgorithm::Md5_128:
        return "MD5-128";
    case IntegrityAlgorithm::HmacSha256_128:
        return "HMAC-SHA256-128";
    }
    return "unknown";
}

const char *confidentialityName(ConfidentialityAlgorithm algorithm)
{
    switch (algorithm) {
    case ConfidentialityAlgorithm::None:
        return "none";
    case ConfidentialityAlgorithm::AesCbc128:
        return "AES-CBC-128";
    case ConfidentialityAlgorithm::Xrc4_128:
        return "xRC4-128";
    case ConfidentialityAlgorithm::Xrc4_40:
        return "xRC4-40";
    }
    return "unknown";
}

} // namespace

std::optional<CipherSuite> supportedCipherSuite(std::uint8_t id)
{
    using A = AuthAlgorithm;
    using I = IntegrityAlgorithm;
    using C = ConfidentialityAlgorithm;
    switch (id) {
    case 0:
        return CipherSuite{0, A::None, I::None, C::None};
    case 1:
        return CipherSuite{1, A::HmacSha1, I::None, C::None};
    case 2:
        return CipherSuite{2, A::HmacSha1, I::HmacSha1_96, C::None};
    case 3:
        return CipherSuite{3, A::HmacSha1, I::HmacSha1_96, C::AesCbc128};
    case 15:
        return CipherSuite{15, A::HmacSha256, I::None, C::None};
    case 16:
        return CipherSuite{16, A::HmacSha256, I::HmacSha256_128, C::None};
    case 17:
        return CipherSuite{17, A::HmacSha256, I::HmacSha256_128, C::AesCbc128};
    default:
        return std::nullopt;
    }
}

std::size_t integrityCodeSize(IntegrityAlgorithm algorithm)
{
    switch (algorithm) {
    case IntegrityAlgorithm::HmacSha1_96:
        return 12;
    case IntegrityAlgorithm::HmacMd5_128:
    case IntegrityAlgorithm::Md5_128:
    case IntegrityAlgorithm::HmacSha256_128:
        return 16;
    case IntegrityAlgorithm::None:
        break;
    }
    return 0;
}

Result<std::vector<CipherSuiteRecord>> decodeCipherSuiteRecords(ByteView data)
{
    std::vector<CipherSuiteRecord> records;
    std::size_t pos = 0;
    while (pos < data.size()) {
        const std::uint8_t start = data[pos];
        const bool oem = start == kOemRecord;
        const std::size_t headerSize = oem ? 5 : 2; // start, id[, IANA (3 bytes, LE)]
        if ((start != kStandardRecord && !oem) || pos + headerSize > data.size()) {
            // Some BMCs fill the last chunk with zeros or cut a record short. After at
            // least one good record that is trailing garbage; without one it is nonsense.
            if (records.empty())
                return makeError(ErrorKind::MalformedResponse,
                                 "The cipher suite list does not start with a cipher suite record.");
            break;
        }
        CipherSuiteRecord record;
        record.oem = oem;
        record.id = data[pos + 1];
        if (oem)
            record.oemIana = static_cast<std::uint32_t>(data[pos + 2]) | static_cast<std::uint32_t>(data[pos + 3]) << 8
                             | static_cast<std::uint32_t>(data[pos + 4]) << 16;
        pos += headerSize;
        // Algorithm bytes follow until the next byte with both top bits set.
        while (pos < data.size() && (data[pos] & kTagMask) != kTagMask) {
            const std::uint8_t algorithm = data[pos] & kAlgorithmMask;
            switch (data[pos] & kTagMask) {
            case kAuthTag:
                record.auth.push_back(static_cast<AuthAlgorithm>(algorithm));
                break;
            case kIntegrityTag:
                record.integrity.push_back(static_cast<IntegrityAlgorithm>(algorithm));
                break;
            case kConfidentialityTag:
                record.confidentiality.push_back(static_cast<ConfidentialityAlgorithm>(algorithm));
                break;
            default:
                break;
            }
            ++pos;
        }
        records.push_back(std::move(record));
    }
    return records;
}

std::string cipherSuiteDescription(std::uint8_t id)
{
    const auto suite = supportedCipherSuite(id);
    if (!suite)
        return std::to_string(id) + " (not supported by BMC Pilot)";
    return std::to_string(id) + " (" + authName(suite->auth) + ", " + integrityName(suite->integrity) + ", "
           + confidentialityName(suite->confidentiality) + ")";
}

} // namespace ipmi
