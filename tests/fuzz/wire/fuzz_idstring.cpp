// SPDX-License-Identifier: GPL-3.0-or-later
// SDR ID strings: the first byte is the type/length byte, the rest the record's bytes
// after it. Whichever reading of the length is taken, the string stays inside the
// record, its text is valid for its type, and a character reading never yields more
// characters than the length says.
#include "fuzz_check.h"
#include "ipmi/sdr/idstring.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t typeLength = data[0];
    const ipmi::ByteView rest(data + 1, size - 1);
    const auto id = ipmi::sdr::readIdString(typeLength, rest);
    const auto type = ipmi::sdr::idStringType(typeLength);
    const std::size_t length = ipmi::sdr::idStringLength(typeLength);
    const std::size_t asBytes = ipmi::sdr::idStringBytes(type, length, ipmi::sdr::IdLengthUnit::Bytes);
    const std::size_t asCharacters = ipmi::sdr::idStringBytes(type, length, ipmi::sdr::IdLengthUnit::Characters);
    if (!id) {
        // Nothing fits: both readings would run past the record.
        FUZZ_CHECK(asBytes > rest.size() && asCharacters > rest.size());
        return 0;
    }
    FUZZ_CHECK(id->raw.size() <= rest.size());
    FUZZ_CHECK(id->raw.size() == (id->lengthUnit == ipmi::sdr::IdLengthUnit::Bytes ? asBytes : asCharacters));
    FUZZ_CHECK(!id->fallback);
    if (id->lengthUnit == ipmi::sdr::IdLengthUnit::Characters)
        FUZZ_CHECK(id->text.size() <= length);
    if (type == ipmi::sdr::IdStringType::Packed6Bit || type == ipmi::sdr::IdStringType::BcdPlus) {
        for (const char c : id->text) // both alphabets are printable ASCII
            FUZZ_CHECK(c >= 0x20 && c < 0x7F);
    }
    // A reading that ends exactly at the record's end is always preferred.
    if (asBytes == rest.size() || asCharacters == rest.size())
        FUZZ_CHECK(id->raw.size() == rest.size());
    return 0;
}
