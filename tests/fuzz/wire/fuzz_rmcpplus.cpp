// SPDX-License-Identifier: GPL-3.0-or-later
// RMCP+ packets, decoded without keys and with the fixed keys of the known-answer set
// (SIK = 5A 5D 60 ..., see tests/data/kat/generate_vectors.py), so that the seeds pass
// the integrity check and mutations reach the trailer and decryption code.
#include "fuzz_check.h"
#include "ipmi/crypto/rakpkeys.h"
#include "ipmi/wire/rmcpplus.h"

#include <array>

namespace {

ipmi::SessionKeys suiteKeys(std::uint8_t suiteId)
{
    const auto suite = ipmi::supportedCipherSuite(suiteId);
    ipmi::Bytes sik(suite->auth == ipmi::AuthAlgorithm::HmacSha256 ? 32 : 20);
    for (std::size_t i = 0; i < sik.size(); ++i)
        sik[i] = static_cast<std::uint8_t>(0x5a + 3 * i);
    ipmi::SessionKeys keys;
    keys.integrity = suite->integrity;
    keys.confidentiality = suite->confidentiality;
    keys.k1 = ipmi::additionalKey(suite->auth, sik, 1);
    keys.k2 = ipmi::additionalKey(suite->auth, sik, 2);
    return keys;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const std::array<ipmi::SessionKeys, 5> keySets = [] {
        ipmi::SessionKeys aesOnly = suiteKeys(3); // reaches the pad check without a MAC
        aesOnly.integrity = ipmi::IntegrityAlgorithm::None;
        return std::array<ipmi::SessionKeys, 5>{suiteKeys(2), suiteKeys(3), suiteKeys(16), suiteKeys(17),
                                                std::move(aesOnly)};
    }();
    const ipmi::ByteView input(data, size);
    if (auto clear = ipmi::decodeRmcpPlus(input, nullptr)) {
        FUZZ_CHECK(!clear->authenticated && !clear->encrypted);
        // A clear packet re-encodes to its own header and payload.
        auto again = ipmi::encodeRmcpPlus(*clear, nullptr, ipmi::secureRandomSource());
        FUZZ_CHECK(again.ok() && again->size() <= input.size());
    }
    for (const ipmi::SessionKeys &keys : keySets) {
        auto packet = ipmi::decodeRmcpPlus(input, &keys);
        if (packet && keys.integrity != ipmi::IntegrityAlgorithm::None)
            FUZZ_CHECK(packet->authenticated || static_cast<std::uint8_t>(packet->payloadType) >= 0x10);
    }
    return 0;
}
