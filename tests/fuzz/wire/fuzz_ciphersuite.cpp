// SPDX-License-Identifier: GPL-3.0-or-later
// Get Channel Cipher Suites record data.
#include "fuzz_check.h"
#include "ipmi/wire/ciphersuite.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto records = ipmi::decodeCipherSuiteRecords(ipmi::ByteView(data, size));
    if (records) {
        std::size_t bytes = 0;
        for (const auto &record : *records)
            bytes += (record.oem ? 5 : 2) + record.auth.size() + record.integrity.size()
                     + record.confidentiality.size();
        FUZZ_CHECK(bytes <= size);
        for (const auto &record : *records)
            (void)ipmi::cipherSuiteDescription(record.id);
    }
    return 0;
}
