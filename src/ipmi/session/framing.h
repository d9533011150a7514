// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"
#include "ipmi/crypto/random.h"
#include "ipmi/crypto/secret.h"
#include "ipmi/session/sequencewindow.h"
#include "ipmi/wire/rmcpplus.h"
#include "ipmi/wire/session15.h"

#include <cstdint>
#include <optional>

namespace ipmi {

// Why an inbound datagram was dropped without reaching the session logic.
enum class DropReason
{
    Malformed,       // does not decode, or the wrong protocol for this session
    WrongSession,    // addressed to another session
    Unauthenticated, // integrity or auth code missing or wrong
    Replayed,        // sequence number outside the window or already seen
};

struct InboundPayload
{
    PayloadType type = PayloadType::Ipmi;
    Bytes payload;
};

// How payloads travel inside an established session: session IDs, outbound sequence
// numbers, authentication and encryption on the way out; authentication, decryption and
// the replay window on the way in. One implementation per IPMI version; the rest of the
// established phase (queue, retransmission, keepalive) does not know which it talks to.
class SessionFraming
{
public:
    virtual ~SessionFraming() = default;
    // Wraps a payload with the next outbound sequence number.
    virtual Result<Bytes> wrap(PayloadType type, ByteView payload) = 0;
    // The payload of a datagram that belongs to this session, or why it was dropped.
    struct Unwrapped
    {
        std::optional<InboundPayload> payload;
        DropReason dropped = DropReason::Malformed;
    };
    virtual Unwrapped unwrap(ByteView datagram) = 0;
};

// IPMI 1.5 session (auth type NONE, straight password or MD5).
class Framing15 final : public SessionFraming
{
public:
    struct Params
    {
        AuthType outboundAuth = AuthType::Md5; // what we send after activation
        bool acceptUnauthenticated = false;    // the BMC may answer with auth type NONE
        std::uint32_t sessionId = 0;
        std::uint32_t firstOutboundSequence = 0; // from Activate Session
        std::uint32_t firstInboundSequence = 0;  // what we proposed in Activate Session
    };
    Framing15(const Params &params, const SecretBytes &password);

    Result<Bytes> wrap(PayloadType type, ByteView payload) override;
    Unwrapped unwrap(ByteView datagram) override;

    // Checks the auth code of a 1.5 packet against the password (MD5, straight password).
    static bool authCodeValid(const Session15Packet &packet, ByteView password);

private:
    Params m_params;
    SecretBytes m_password;
    OutboundSequence m_outbound;
    SequenceWindow m_window;
};

// RMCP+ session with the keys from RAKP.
class Framing20 final : public SessionFraming
{
public:
    Framing20(SessionKeys keys, std::uint32_t bmcSessionId, std::uint32_t consoleSessionId,
              RandomSource random);

    Result<Bytes> wrap(PayloadType type, ByteView payload) override;
    Unwrapped unwrap(ByteView datagram) override;

private:
    SessionKeys m_keys;
    std::uint32_t m_bmcSessionId;
    std::uint32_t m_consoleSessionId;
    RandomSource m_random;
    OutboundSequence m_outbound{1, true};
    SequenceWindow m_window{1};
};

// Packets sent before a session exists: session ID and sequence 0, no authentication.
Result<Bytes> presession15(ByteView ipmiMessage);
Result<Bytes> presession20(PayloadType type, ByteView payload, const RandomSource &random);

} // namespace ipmi
