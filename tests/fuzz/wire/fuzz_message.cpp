// SPDX-License-Identifier: GPL-3.0-or-later
// IPMI LAN messages: whatever decodes must re-encode to the same bytes.
#include "fuzz_check.h"
#include "ipmi/wire/message.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ipmi::ByteView input(data, size);
    if (auto response = ipmi::decodeResponseMessage(input)) {
        const ipmi::Bytes again = ipmi::encodeResponseMessage(*response);
        FUZZ_CHECK(std::equal(again.begin(), again.end(), input.begin(), input.end()));
    }
    if (auto request = ipmi::decodeRequestMessage(input)) {
        const ipmi::Bytes again = ipmi::encodeRequestMessage(*request);
        FUZZ_CHECK(std::equal(again.begin(), again.end(), input.begin(), input.end()));
    }
    return 0;
}
