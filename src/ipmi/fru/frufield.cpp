// SPDX-License-Identifier: GPL-3.0-or-later
#include "frufield.h"

namespace ipmi::fru {

namespace {

void appendUtf8(std::string &out, unsigned codePoint)
{
    if (codePoint < 0x80) {
        out.push_back(static_cast<char>(codePoint));
    } else if (codePoint < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (codePoint >> 6)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xE0 | (codePoint >> 12)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    }
}

// UCS-2, least significant byte first. Surrogates cannot be encoded alone, so they
// become U+FFFD; a NUL ends the text, as with Latin-1 fields; an odd last byte is dropped.
std::string ucs2le(ByteView data)
{
    std::string out;
    for (std::size_t i = 0; i + 1 < data.size(); i += 2) {
        const unsigned unit = unsigned(data[i]) | (unsigned(data[i + 1]) << 8);
        if (unit == 0)
            break;
        appendUtf8(out, unit >= 0xD800 && unit <= 0xDFFF ? 0xFFFD : unit);
    }
    return out;
}

} // namespace

FruField decodeFruField(std::uint8_t typeLength, ByteView data, bool english)
{
    FruField field;
    field.raw.assign(data.begin(), data.end());
    switch (typeLength >> 6) {
    case 0:
        field.encoding = FruFieldEncoding::Binary;
        field.text = toHex(data);
        break;
    case 1:
        field.encoding = FruFieldEncoding::BcdPlus;
        field.text = sdr::decodeBcdPlus(data, sdr::BcdNibbleOrder::HighFirst);
        break;
    case 2:
        field.encoding = FruFieldEncoding::Packed6Bit;
        field.text = sdr::decodeIdStringText(sdr::IdStringType::Packed6Bit, data);
        break;
    default:
        if (english) {
            field.encoding = FruFieldEncoding::Latin1;
            field.text = sdr::decodeIdStringText(sdr::IdStringType::Latin1, data);
        } else {
            field.encoding = FruFieldEncoding::Unicode;
            field.text = ucs2le(data);
        }
        break;
    }
    return field;
}

FruFieldList decodeFruFields(ByteView body, bool english)
{
    FruFieldList list;
    std::size_t pos = 0;
    while (pos < body.size()) {
        const std::uint8_t typeLength = body[pos++];
        if (typeLength == EndOfFields) {
            list.terminated = true;
            return list;
        }
        const std::size_t length = fieldLength(typeLength);
        if (length > body.size() - pos) {
            list.problem = "field " + std::to_string(list.fields.size() + 1) + " declares " + std::to_string(length)
                           + " bytes but only " + std::to_string(body.size() - pos) + " remain in the area";
            return list;
        }
        list.fields.push_back(decodeFruField(typeLength, body.subspan(pos, length), english));
        pos += length;
    }
    list.problem = "the area has no end-of-fields marker (C1h)";
    return list;
}

} // namespace ipmi::fru
