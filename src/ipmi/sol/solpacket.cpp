// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/sol/solpacket.h"

namespace ipmi::sol {

Result<Bytes> encodePacket(const Packet &packet)
{
    if (packet.sequence > 15 || packet.ackSequence > 15)
        return makeError(ErrorKind::InvalidArgument, "SOL sequence numbers run from 0 to 15");
    if (packet.data.size() > kMaxCharacters)
        return makeError(ErrorKind::InvalidArgument, "an SOL packet carries at most 255 characters");
    Bytes out;
    out.reserve(kHeaderSize + packet.data.size());
    out.push_back(packet.sequence);
    out.push_back(packet.ackSequence);
    out.push_back(packet.acceptedCount);
    out.push_back(packet.flags);
    out.insert(out.end(), packet.data.begin(), packet.data.end());
    return out;
}

Result<Packet> decodePacket(ByteView payload)
{
    if (payload.size() < kHeaderSize)
        return makeError(ErrorKind::MalformedResponse,
                         "the BMC sent an SOL packet of " + std::to_string(payload.size())
                             + " bytes; the header alone is 4");
    Packet packet;
    packet.sequence = payload[0] & 0x0f;
    packet.ackSequence = payload[1] & 0x0f;
    packet.acceptedCount = payload[2];
    packet.flags = payload[3];
    packet.data.assign(payload.begin() + kHeaderSize, payload.end());
    return packet;
}

} // namespace ipmi::sol
