// SPDX-License-Identifier: GPL-3.0-or-later
// RMCP classification and ASF presence ping/pong.
#include "fuzz_check.h"
#include "ipmi/wire/rmcp.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ipmi::ByteView input(data, size);
    (void)ipmi::classifyDatagram(input);
    if (auto tag = ipmi::decodeAsfPresencePing(input))
        FUZZ_CHECK(*ipmi::decodeAsfPresencePing(ipmi::encodeAsfPresencePing(*tag)) == *tag);
    if (auto pong = ipmi::decodeAsfPresencePong(input)) {
        auto again = ipmi::decodeAsfPresencePong(ipmi::encodeAsfPresencePong(*pong));
        FUZZ_CHECK(again.ok() && again->ianaEnterprise == pong->ianaEnterprise
                   && again->supportedEntities == pong->supportedEntities && again->messageTag == pong->messageTag);
    }
    return 0;
}
