// SPDX-License-Identifier: GPL-3.0-or-later
// FRU images: any bytes decode or fail cleanly; decoded areas and records stay inside the
// input, and the image end the reader would stop at is never before the header.
#include "fuzz_check.h"
#include "ipmi/fru/fruarea.h"
#include "ipmi/fru/frumultirecord.h"
#include "ipmi/fru/fruparser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ipmi::ByteView input(data, size);
    if (const auto end = ipmi::fru::fruImageEnd(input))
        FUZZ_CHECK(*end >= ipmi::fru::CommonHeaderSize);
    auto inventory = ipmi::fru::decodeFruInventory(input);
    if (!inventory) {
        FUZZ_CHECK(!inventory.error().message.empty());
        return 0;
    }
    std::size_t recordBytes = 0;
    for (const auto &record : inventory->multiRecords) {
        recordBytes += ipmi::fru::MultiRecordHeaderSize + record.data.size();
        (void)ipmi::fru::multiRecordTypeName(record.type);
    }
    FUZZ_CHECK(recordBytes <= size);
    FUZZ_CHECK(inventory->internalUse.size() < size);
    if (inventory->chassis)
        (void)ipmi::fru::chassisTypeName(inventory->chassis->type);
    if (inventory->board && inventory->board->mfgMinutes)
        FUZZ_CHECK(ipmi::fru::fruDateIso8601(*inventory->board->mfgMinutes).size() == 20);
    return 0;
}
