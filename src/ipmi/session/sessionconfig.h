// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/privilege.h"
#include "ipmi/crypto/random.h"
#include "ipmi/crypto/secret.h"
#include "ipmi/wire/session15.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace ipmi {

enum class LanVersion
{
    Lan15, // ipmitool -I lan
    Lan20, // ipmitool -I lanplus (RMCP+)
};

struct CipherPolicy
{
    // Unset: automatic (17, then 3, of those the BMC lists). Set: only this suite.
    std::optional<std::uint8_t> pinnedSuite;
    // What an earlier automatic login to this BMC used (17 or 3). The login starts with it
    // and tries nothing else: one Open Session, no probe, and a refusal is an error that
    // says the BMC (or the path) changed, never a quiet move to another suite...
    std::optional<std::uint8_t> learnedSuite;
    // ...unless this is false: then a refusal of the learned suite negotiates afresh (17,
    // then 3), for addresses where a port may lead to another BMC next time (loopback:
    // simulators and tunnels) and no attacker sits on the path.
    bool holdLearnedSuite = true;
    // Suite 0 has no authentication at all; refused unless the user forces it.
    bool allowSuiteZero = false;
};

struct Lan15Policy
{
    // MD5 is used when offered. These weaker types are refused unless allowed.
    bool allowStraightPassword = false;
    bool allowNone = false;
    // Some BMCs turn per-message authentication off: after activation neither side
    // authenticates its messages. The BMC says so before the session exists, where
    // anyone on the path can say it for it; without this, every answer in an MD5
    // session must carry a valid auth code.
    bool allowPerMessageAuthOff = false;
};

struct SessionTiming
{
    std::chrono::milliseconds handshakeTimeout{1000}; // first wait for a handshake reply
    // Sends of each login message (1 + retries) before the login restarts; the wait grows
    // by backoffStep per send up to twice handshakeTimeout, so a silent address is given
    // up on after about 10 s, as ipmitool does, while 20 % loss still logs in.
    int handshakeMessageAttempts = 6;
    // Whole-login tries (restarts + 1). Only loss or damage gets past the first: a
    // silent BMC or a wrong password is reported without a restart. 6, because a lost
    // RAKP 4 can cost a whole try (a BMC need not answer a repeated RAKP 3).
    int handshakeAttempts = 6;
    std::chrono::milliseconds requestTimeout{1000};   // first wait for a response
    // 1 + retries (ipmitool -R), waits growing up to twice requestTimeout: a BMC that
    // went silent is given up on after about 10 s. Once answers have been timed the waits
    // before the last send follow the measured RTO instead (see minRetransmitTimeout), so
    // silence inside a session is noticed in about 1.3 s, and a re-login follows whose first
    // message waits on the fixed schedule again.
    int requestAttempts = 6;
    std::chrono::milliseconds backoffStep{500};       // added to the wait on each retry
    // Once answers have been timed, each wait is the measured retransmission timeout
    // (RttEstimator), doubled per retry, never longer than the waits above; this is its
    // least value, for BMCs that answer in well under a millisecond.
    std::chrono::milliseconds minRetransmitTimeout{10};
    std::chrono::milliseconds keepaliveIdle{20000};   // Get Device ID after this idle time
    int reopenAttempts = 1; // new logins when the BMC has dropped the session
    // Get Channel Cipher Suites is optional; a BMC without it must not stall the login.
    std::chrono::milliseconds cipherProbeTimeout{300};
    int cipherProbeAttempts = 2;
    std::chrono::milliseconds closeTimeout{500}; // Close Session is sent once, waited on briefly
};

struct SessionConfig
{
    LanVersion version = LanVersion::Lan20;
    std::string username; // at most 16 bytes
    SecretBytes password; // at most 20 bytes (16 for IPMI 1.5)
    SecretBytes kg;       // BMC key; empty = none (the password is used)
    Privilege privilege = Privilege::Administrator;
    // ADMINISTRATOR refused at RAKP 2 (09h/0Ah/0Dh) or by Set Session Privilege (80h/81h):
    // log in at OPERATOR instead, as pyghmi does. SessionInfo::privilege tells which.
    bool privilegeFallback = true;
    CipherPolicy cipher;
    Lan15Policy lan15;
    SessionTiming timing;
    std::string peerName; // "10.0.0.5:623", used in error messages only
    RandomSource random;  // empty = OpenSSL's CSPRNG
};

// What the handshake obtained, for "test connection" and `-v`.
struct SessionInfo
{
    LanVersion version = LanVersion::Lan20;
    std::uint8_t cipherSuite = 0;            // RMCP+ only
    AuthType authType = AuthType::RmcpPlus;  // IPMI 1.5 only: the session's auth type
    Privilege privilege = Privilege::User;   // the level in force
    std::uint32_t bmcSessionId = 0;
    std::uint32_t consoleSessionId = 0;
    std::string notes; // quirks that were detected and worked around, for -v
};


} // namespace ipmi
