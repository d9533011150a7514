// SPDX-License-Identifier: GPL-3.0-or-later
// Open Session and RAKP 1-4 messages, both sides. The first byte picks the negotiated
// authentication algorithm; the rest is the payload.
#include "fuzz_check.h"
#include "ipmi/wire/rakp.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const auto auth = static_cast<ipmi::AuthAlgorithm>(data[0] & 0x03);
    const ipmi::ByteView input(data + 1, size - 1);
    if (auto message = ipmi::decodeOpenSessionRequest(input))
        FUZZ_CHECK(ipmi::decodeOpenSessionRequest(ipmi::encodeOpenSessionRequest(*message)).ok());
    if (auto message = ipmi::decodeOpenSessionResponse(input))
        FUZZ_CHECK(ipmi::decodeOpenSessionResponse(ipmi::encodeOpenSessionResponse(*message)).ok());
    if (auto message = ipmi::decodeRakp1(input))
        FUZZ_CHECK(ipmi::decodeRakp1(ipmi::encodeRakp1(*message)).ok());
    if (auto message = ipmi::decodeRakp2(input, auth))
        FUZZ_CHECK(message->status != 0 || message->authCode.size() == input.size() - 40);
    if (auto message = ipmi::decodeRakp3(input, auth))
        FUZZ_CHECK(ipmi::decodeRakp3(ipmi::encodeRakp3(*message), auth).ok());
    if (auto message = ipmi::decodeRakp4(input, auth))
        FUZZ_CHECK(ipmi::decodeRakp4(ipmi::encodeRakp4(*message), auth).ok());
    (void)ipmi::rmcpPlusStatusText(data[0]);
    return 0;
}
