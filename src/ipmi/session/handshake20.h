// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/crypto/rakpkeys.h"
#include "ipmi/session/handshake.h"

#include <utility>
#include <vector>

namespace ipmi {

// RMCP+ login (IPMI 2.0 section 13.14-13.20): authentication capabilities, an optional
// cipher suite list, Open Session and RAKP 1-4 with mutual authentication.
class Handshake20 final : public Handshake
{
public:
    using Handshake::Handshake;

    void start(Clock::time_point now) override;

    // Automatic order: 17, then 3, of those the BMC lists (and 0 when explicitly allowed).
    // Suites without encryption are never chosen automatically.
    static std::vector<std::uint8_t> candidatesFromList(const std::vector<std::uint8_t> &offered,
                                                        bool allowSuiteZero);

private:
    enum class Awaiting
    {
        Nothing,
        OpenSession,
        Rakp2,
        Rakp4,
    };

    void onAuthCaps(const sessioncmd::AuthCapabilities &caps, Clock::time_point now) override;
    void onIpmiReply(const ResponseMessage &reply, Clock::time_point now) override;
    void onIpmiTimeout(std::uint8_t cmd, Clock::time_point now) override;
    void onDatagram(ByteView datagram, Clock::time_point now) override;
    void onStepTimeout(Clock::time_point now) override;
    bool decidedAtDeadline(Clock::time_point now) override;

    void probeCipherSuites(std::uint8_t index, Clock::time_point now);
    void listFinished(Clock::time_point now); // parses what the chunks gave
    void probeFinished(std::optional<std::vector<std::uint8_t>> offered, Clock::time_point now);
    void sendOpenSession(Clock::time_point now);
    void onOpenSessionResponse(ByteView payload, Clock::time_point now);
    void onRakp2(ByteView payload, Clock::time_point now);
    void onRakp4(ByteView payload, Clock::time_point now);
    bool refusalConfirmed(Clock::time_point now);
    void suiteRefused(std::uint8_t status, Clock::time_point now);
    void restartAfter(Step step, Error error, Clock::time_point now);
    bool fallBackToOperator(std::string_view why, Clock::time_point now);
    void failMalformed(std::string_view what, const Error &error);
    Error refusedError() const;
    Error noEncryptedSuiteError() const; // the list has none of the automatic suites

    Awaiting m_awaiting = Awaiting::Nothing;
    bool m_bmcHasKg = false;
    bool m_probeIn15Framing = false; // the BMC answered the probe only in IPMI 1.5 framing
    bool m_diagnosing = false; // probing the list only to explain a refused pinned suite
    bool m_renegotiating = false; // a learned suite that need not be held was refused
    std::optional<std::vector<std::uint8_t>> m_offered;
    Bytes m_listData;
    std::vector<std::uint8_t> m_candidates;
    std::size_t m_candidate = 0;
    std::vector<std::pair<std::uint8_t, std::uint8_t>> m_refusals; // suite, status
    std::uint8_t m_openPrivilege = 0;
    bool m_fellBack = false;
    int m_rakp2Mismatches = 0; // RAKP 2s that did not verify, this try
    int m_rakp2MismatchedTries = 0; // tries that ended with only such RAKP 2s
    // A refusal in an unauthenticated Open Session answer is believed only when the
    // same request is refused twice: one flipped bit must not rule a suite out.
    bool m_refusalSeen = false;
    std::uint8_t m_tag = 0;
    CipherSuite m_suite;
    RakpExchange m_rakp;
    SecretBytes m_sik;
};

} // namespace ipmi
