// SPDX-License-Identifier: GPL-3.0-or-later
// IPMI 1.5 session wrapper: decode, then recompute the auth code as the session would.
#include "fuzz_check.h"
#include "ipmi/wire/session15.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ipmi::ByteView input(data, size);
    auto packet = ipmi::decodeSession15(input);
    if (!packet)
        return 0;
    FUZZ_CHECK(packet->authType == ipmi::AuthType::None || packet->authCode.size() == 16);
    auto code = ipmi::session15AuthCode(packet->authType, ipmi::asBytes("password"), packet->sessionId,
                                        packet->payload, packet->sequence);
    if (code && packet->authType != ipmi::AuthType::None)
        FUZZ_CHECK(code->size() == 16);
    return 0;
}
