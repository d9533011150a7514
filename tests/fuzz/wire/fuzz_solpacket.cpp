// SPDX-License-Identifier: GPL-3.0-or-later
// SOL payload packets from a BMC: any bytes decode or fail cleanly, and what decodes
// encodes back to the same packet (the reserved high nibbles aside).
#include "fuzz_check.h"
#include "ipmi/sol/solpacket.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto packet = ipmi::sol::decodePacket(ipmi::ByteView(data, size));
    if (!packet) {
        FUZZ_CHECK(size < ipmi::sol::kHeaderSize);
        FUZZ_CHECK(!packet.error().message.empty());
        return 0;
    }
    FUZZ_CHECK(packet->sequence <= 15 && packet->ackSequence <= 15);
    FUZZ_CHECK(packet->data.size() == size - ipmi::sol::kHeaderSize);
    if (packet->data.size() <= ipmi::sol::kMaxCharacters) {
        const auto encoded = ipmi::sol::encodePacket(*packet);
        FUZZ_CHECK(encoded.ok());
        const auto again = ipmi::sol::decodePacket(*encoded);
        FUZZ_CHECK(again.ok() && again->data == packet->data && again->flags == packet->flags
                   && again->sequence == packet->sequence && again->acceptedCount == packet->acceptedCount);
    }
    return 0;
}
