// SPDX-License-Identifier: GPL-3.0-or-later
// The SDR repository reader against a BMC whose answers are the input: a sequence of
// [completion code][length][length bytes] answers, given to the reader's requests in
// turn; when they run out the BMC stops answering (a timeout). Whatever the answers, the
// reader asks only well-formed Get SDR reads, ends, and returns records whose length is
// their header's.
#include "fuzz_answers.h"
#include "fuzz_check.h"
#include "ipmi/sdr/sdrreader.h"

#include <cstddef>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ipmi::sdr::SdrRepositoryReader reader;
    FuzzAnswers answers(data, size);
    int requests = 0;
    while (auto request = reader.nextRequest()) {
        ++requests;
        // Every answer consumes at least two input bytes, and a missing one ends the
        // read: a reader that never stopped would ask more than this.
        FUZZ_CHECK(std::size_t(requests) <= size / 2 + 2);
        const bool getSdr = (request->netFn == 0x0a && request->cmd == 0x23)
                            || (request->netFn == 0x04 && request->cmd == 0x21);
        if (getSdr) {
            FUZZ_CHECK(request->data.size() == 6);
            const std::uint8_t bytes = request->data[5];
            FUZZ_CHECK(bytes >= 1);
            FUZZ_CHECK(bytes == ipmi::sdr::ReadWholeRecord || bytes <= ipmi::sdr::SdrRepositoryReader::FirstChunkSize);
        }
        reader.onResponse(answers.next());
    }
    auto result = reader.takeResult();
    if (!result) {
        FUZZ_CHECK(!result.error().message.empty());
        return 0;
    }
    FUZZ_CHECK(result->records.size() <= result->rawRecords.size());
    for (const ipmi::Bytes &raw : result->rawRecords) {
        FUZZ_CHECK(raw.size() >= ipmi::sdr::HeaderSize);
        FUZZ_CHECK(raw.size() == ipmi::sdr::HeaderSize + raw[4]);
    }
    return 0;
}
