// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An in-memory BMC that speaks IPMI 1.5 and RMCP+ through the wire layer's BMC-side
// functions. No sockets, no clocks: a datagram in, the replies out. Quirks of real BMCs
// are switched on one by one in FakeBmcConfig.

#include "ipmi/core/bytes.h"
#include "ipmi/crypto/rakpkeys.h"
#include "ipmi/session/sessioncommands.h"
#include "ipmi/session/sessionconfig.h"
#include "ipmi/wire/ciphersuite.h"
#include "ipmi/wire/message.h"
#include "ipmi/wire/rakp.h"
#include "ipmi/wire/rmcpplus.h"
#include "ipmi/wire/session15.h"

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace ipmi::test {

struct FakeUser
{
    std::string name;
    std::string password;
    Privilege maximumPrivilege = Privilege::Administrator;
};

enum class CipherListSupport
{
    Implemented,
    InvalidCommand, // answers C1h
    Silent,         // drops the request
    Only15Framing,  // answers only IPMI 1.5-framed requests, like ipmi_sim
};

struct FakeBmcConfig
{
    std::vector<FakeUser> users{{"admin", "secret", Privilege::Administrator}};
    std::string kg; // BMC key; empty = none (the password keys the session)
    bool lan15 = true;
    bool lan20 = true;
    std::vector<std::uint8_t> suites{1, 2, 3, 15, 16, 17}; // what the BMC accepts
    std::vector<std::uint8_t> listedSuites;                 // what it lists; empty = `suites`
    CipherListSupport cipherList = CipherListSupport::Implemented;
    // IPMI 1.5 auth types offered (bit n = AuthType n): MD5 by default.
    std::uint8_t authTypes15 = 0x04;
    bool perMessageAuthDisabled = false;
    bool activateAuthenticatedAnyway = false; // Supermicro: says "off", still authenticates
    bool rejectV20AuthCaps = false;           // CCh to an 8Eh request (old 1.5 BMCs)
    bool hashWithOpenSessionPrivilege = false; // ipmi_sim / "opensesspriv"
    bool rejectExplicitOpenSessionPrivilege = false; // status 09h unless it is 0
    bool forgeRakp2 = false; // an impostor that does not know the password
    bool forgeRakp4 = false;
    bool cfOnDuplicate = false; // CFh to a request repeating the last rqSeq and command
    bool setPrivilegeRefusesAdmin = false; // 81h to Set Session Privilege at ADMINISTRATOR
    std::uint8_t roleRefusal = 0x09; // RAKP 2 status for a role above the account's
    bool answerCloseSession = true;
    std::uint32_t seed = 7;
    std::uint8_t echoNetFn = 0x30; // OEM echo: answers its data plus an execution counter
    std::uint8_t echoCmd = 0x01;
};

class FakeBmc
{
public:
    explicit FakeBmc(FakeBmcConfig config = {});

    // Everything the BMC answers to one datagram (usually zero or one).
    std::vector<Bytes> handleDatagram(ByteView datagram);
    void reboot(); // forgets every session, like `mc reset cold`

    FakeBmcConfig &config() { return m_config; }

    struct Received
    {
        std::uint8_t netFn = 0;
        std::uint8_t cmd = 0;
        std::uint8_t rqSeq = 0;
        Bytes data;
        bool inSession = false;
    };
    const std::vector<Received> &received() const { return m_received; }
    int countReceived(std::uint8_t netFn, std::uint8_t cmd) const;
    int openSessionRequests = 0;
    int rakp1Messages = 0;
    int rakp3Messages = 0;
    int activatedSessions = 0;
    int closedSessions = 0;
    int echoExecutions = 0;
    std::vector<std::uint8_t> openSessionPrivileges; // as requested, for the quirk tests
    std::size_t activeSessions() const;

private:
    struct Session
    {
        bool rmcpPlus = true;
        bool active = false;
        std::uint32_t bmcSessionId = 0;
        std::uint32_t consoleSessionId = 0;
        std::optional<FakeUser> user; // a copy: tests may edit the users meanwhile
        Privilege maximum = Privilege::User;
        Privilege privilege = Privilege::User;
        // RMCP+
        CipherSuite suite;
        std::uint8_t tag = 0;
        std::uint8_t openPrivilege = 0;
        RakpExchange rakp;
        SessionKeys keys;
        // IPMI 1.5
        AuthType authType = AuthType::None;   // of the login
        AuthType sessionAuth = AuthType::None; // after activation
        std::array<std::uint8_t, 16> challenge{};
        std::uint32_t outboundSequence = 0;
        int lastRqSeq = -1;
        int lastCmd = -1;
    };

    std::vector<Bytes> handle15(ByteView datagram);
    std::vector<Bytes> handle20(ByteView datagram);
    std::vector<Bytes> openSession(ByteView payload);
    std::vector<Bytes> rakp1(ByteView payload);
    std::vector<Bytes> rakp3(ByteView payload);
    // The answer to an IPMI request, or nothing to stay silent.
    std::optional<ResponseMessage> command(const RequestMessage &request, Session *session,
                                           bool askedV20Framing);
    std::optional<ResponseMessage> challenge(const RequestMessage &request);
    std::optional<ResponseMessage> activate(const RequestMessage &request, Session &session);
    Bytes cipherSuiteRecords() const;
    Bytes presession20(PayloadType type, const Bytes &payload);
    Bytes random(std::size_t count);
    std::uint32_t newSessionId();
    const FakeUser *findUser(std::string_view name) const;

    FakeBmcConfig m_config;
    std::mt19937 m_rng;
    RandomSource m_randomSource;
    std::map<std::uint32_t, Session> m_sessions; // by BMC session ID
    std::vector<Received> m_received;
    Nonce16 m_guid{};
};

// Response helpers shared with the tests.
ResponseMessage replyTo(const RequestMessage &request, std::uint8_t completionCode, Bytes data = {});

} // namespace ipmi::test
