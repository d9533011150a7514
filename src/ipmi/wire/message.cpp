// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/wire/message.h"

namespace ipmi {

namespace {

// rsAddr, netFn/LUN, checksum, rqAddr, rqSeq/LUN, cmd, checksum.
constexpr std::size_t kRequestOverhead = 7;
// The same plus the completion code.
constexpr std::size_t kResponseOverhead = 8;

std::uint8_t packFunctionAndLun(std::uint8_t sixBits, std::uint8_t lun)
{
    return static_cast<std::uint8_t>(((sixBits & 0x3f) << 2) | (lun & 0x03));
}

// Writes both header bytes with the first checksum, then the rest with the second.
Bytes encodeFrame(std::uint8_t addr1, std::uint8_t byte1, std::uint8_t addr2, std::uint8_t byte4,
                  std::uint8_t cmd, const std::uint8_t *completionCode, ByteView data)
{
    ByteWriter writer(kResponseOverhead + data.size());
    writer.u8(addr1).u8(byte1);
    writer.u8(ipmiChecksum(ByteView(writer.buffer())));
    writer.u8(addr2).u8(byte4).u8(cmd);
    if (completionCode)
        writer.u8(*completionCode);
    writer.bytes(data);
    writer.u8(ipmiChecksum(ByteView(writer.buffer()).subspan(3)));
    return writer.take();
}

Result<void> verifyFrame(ByteView bytes, std::size_t minimum, const char *what)
{
    if (bytes.size() < minimum)
        return makeError(ErrorKind::MalformedResponse,
                         std::string("The IPMI ") + what + " is too short (" + std::to_string(bytes.size())
                             + " bytes, at least " + std::to_string(minimum) + " needed).");
    if (ipmiChecksum(bytes.first(3)) != 0)
        return makeError(ErrorKind::MalformedResponse,
                         std::string("The IPMI ") + what + " has a bad header checksum.");
    if (ipmiChecksum(bytes.subspan(3)) != 0)
        return makeError(ErrorKind::MalformedResponse,
                         std::string("The IPMI ") + what + " has a bad data checksum.");
    return {};
}

} // namespace

std::uint8_t ipmiChecksum(ByteView bytes)
{
    unsigned sum = 0;
    for (std::uint8_t byte : bytes)
        sum += byte;
    return static_cast<std::uint8_t>(0x100 - (sum & 0xff));
}

Bytes encodeRequestMessage(const RequestMessage &message)
{
    return encodeFrame(message.rsAddr, packFunctionAndLun(message.netFn, message.rsLun), message.rqAddr,
                       packFunctionAndLun(message.rqSeq, message.rqLun), message.cmd, nullptr, message.data);
}

Bytes encodeResponseMessage(const ResponseMessage &message)
{
    return encodeFrame(message.rqAddr, packFunctionAndLun(message.netFn, message.rqLun), message.rsAddr,
                       packFunctionAndLun(message.rqSeq, message.rsLun), message.cmd, &message.completionCode,
                       message.data);
}

Result<ResponseMessage> decodeResponseMessage(ByteView bytes)
{
    if (auto valid = verifyFrame(bytes, kResponseOverhead, "response"); !valid)
        return valid.error();
    ResponseMessage message;
    message.rqAddr = bytes[0];
    message.netFn = static_cast<std::uint8_t>(bytes[1] >> 2);
    message.rqLun = bytes[1] & 0x03;
    message.rsAddr = bytes[3];
    message.rqSeq = static_cast<std::uint8_t>(bytes[4] >> 2);
    message.rsLun = bytes[4] & 0x03;
    message.cmd = bytes[5];
    message.completionCode = bytes[6];
    const ByteView data = bytes.subspan(7, bytes.size() - kResponseOverhead);
    message.data.assign(data.begin(), data.end());
    return message;
}

Result<RequestMessage> decodeRequestMessage(ByteView bytes)
{
    if (auto valid = verifyFrame(bytes, kRequestOverhead, "request"); !valid)
        return valid.error();
    RequestMessage message;
    message.rsAddr = bytes[0];
    message.netFn = static_cast<std::uint8_t>(bytes[1] >> 2);
    message.rsLun = bytes[1] & 0x03;
    message.rqAddr = bytes[3];
    message.rqSeq = static_cast<std::uint8_t>(bytes[4] >> 2);
    message.rqLun = bytes[4] & 0x03;
    message.cmd = bytes[5];
    const ByteView data = bytes.subspan(6, bytes.size() - kRequestOverhead);
    message.data.assign(data.begin(), data.end());
    return message;
}

} // namespace ipmi
