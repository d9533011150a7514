// SPDX-License-Identifier: GPL-3.0-or-later
// The SEL tail reader against a BMC whose answers are the input. The first 16 bytes are
// the record the reader last knew (used only if they decode), the next byte the entry
// count Get SEL Info announced, then [completion code][length][length bytes] answers in
// turn; when they run out the BMC stops answering (a timeout). Whatever the answers, the
// reader asks only whole-record Get SEL Entry reads without a reservation, ends within a
// bound, and a stale tail carries no entries.
#include "fuzz_answers.h"
#include "fuzz_check.h"
#include "ipmi/sel/selreader.h"
#include "ipmi/sel/seltailreader.h"

#include <cstddef>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < ipmi::sel::EntrySize + 1)
        return 0;
    auto known = ipmi::sel::decodeEntry(ipmi::Bytes(data, data + ipmi::sel::EntrySize));
    if (!known)
        return 0;
    const std::size_t announced = data[ipmi::sel::EntrySize];
    ipmi::sel::SelTailReader reader(*known, announced);
    FuzzAnswers answers(data, size, ipmi::sel::EntrySize + 1);
    std::size_t requests = 0;
    while (auto request = reader.nextRequest()) {
        ++requests;
        // Each answer takes two input bytes at least, and a missing one ends the read;
        // the announced count (plus slack) bounds a BMC that never says "last record".
        FUZZ_CHECK(requests <= size / 2 + 2);
        FUZZ_CHECK(requests <= announced + ipmi::sel::SelReader::ExtraRecordsAllowed + 3);
        FUZZ_CHECK(request->netFn == 0x0a && request->cmd == 0x43);
        FUZZ_CHECK(request->data.size() == 6);
        FUZZ_CHECK(request->data[0] == 0 && request->data[1] == 0); // no reservation
        FUZZ_CHECK(request->data[4] == 0 && request->data[5] == 0xff); // the whole record
        reader.onResponse(answers.next());
    }
    auto result = reader.takeResult();
    if (!result) {
        FUZZ_CHECK(!result.error().message.empty());
        return 0;
    }
    if (result->stale)
        FUZZ_CHECK(result->entries.empty());
    FUZZ_CHECK(result->entries.size() <= announced + ipmi::sel::SelReader::ExtraRecordsAllowed + 1);
    FUZZ_CHECK(result->entries.size() < requests || result->entries.empty());
    return 0;
}
