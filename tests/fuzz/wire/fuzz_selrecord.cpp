// SPDX-License-Identifier: GPL-3.0-or-later
// SEL records from a BMC: any 16 bytes decode, their description (event words, sensor
// type, threshold detail) never fails or reads past the record, and a system event
// encodes back to the bytes it came from.
#include "fuzz_check.h"
#include "ipmi/sel/seldescription.h"
#include "ipmi/sel/selrecord.h"

#include <variant>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto entry = ipmi::sel::decodeEntry(ipmi::ByteView(data, size));
    if (!entry) {
        FUZZ_CHECK(size < 16);
        return 0;
    }
    FUZZ_CHECK(std::equal(entry->raw.begin(), entry->raw.end(), data));
    (void)ipmi::sel::isoTimestamp(entry->timestamp(), 0);
    if (const auto *event = std::get_if<ipmi::sel::SystemEvent>(&entry->body)) {
        const auto description = ipmi::sel::describeEvent(*event);
        FUZZ_CHECK(!description.event.empty());
        const auto encoded = ipmi::sel::encodeSystemEvent(entry->recordId, *event);
        FUZZ_CHECK(std::equal(encoded.begin(), encoded.end(), data));
    }
    return 0;
}
