// SPDX-License-Identifier: GPL-3.0-or-later
// User and channel answers from a BMC: the first byte picks the command (Get User Access,
// Get User Name, Get Channel Info, Get Channel Access), the second is the completion
// code, the rest the answer's data. Any bytes parse or fail with a sentence.
#include "fuzz_check.h"
#include "ipmi/channel/channelcommands.h"
#include "ipmi/user/usercommands.h"

namespace {

template<typename T>
void check(const ipmi::Result<T> &result)
{
    if (!result)
        FUZZ_CHECK(!result.error().message.empty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const ipmi::Response response{data[1], ipmi::Bytes(data + 2, data + size)};
    switch (data[0] % 4) {
    case 0: check(ipmi::user::parseUserAccess(response)); break;
    case 1: {
        const auto name = ipmi::user::parseUserName(response);
        check(name);
        if (name)
            FUZZ_CHECK(name->size() <= 16 && (name->empty() || name->back() != '\0'));
        break;
    }
    case 2: check(ipmi::channel::parseChannelInfo(response)); break;
    default: check(ipmi::channel::parseChannelAccess(response)); break;
    }
    return 0;
}
