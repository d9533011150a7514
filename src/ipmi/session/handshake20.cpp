// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/session/handshake20.h"

#include "ipmi/crypto/hash.h"
#include "ipmi/wire/rmcp.h"

#include <algorithm>
#include <cstdio>

namespace ipmi {

using namespace sessioncmd;

namespace {

constexpr std::uint8_t kNameOnlyLookup = 0x10;
constexpr std::uint8_t kWrongAlgorithms = 0xff; // our own marker, not an RMCP+ status
// Chosen without being asked: only suites with integrity and confidentiality, so that a
// forged refusal or list cannot move a login to one that sends in clear. Weaker suites
// (16, 2, 15, 1) are used only when pinned.
const std::uint8_t kAutomatic[] = {17, 3};

std::string hexByte(std::uint8_t value)
{
    char text[8];
    std::snprintf(text, sizeof text, "%02Xh", value);
    return text;
}

std::string suiteList(const std::vector<std::uint8_t> &suites)
{
    std::string text;
    for (std::uint8_t id : suites)
        text += (text.empty() ? "" : ", ") + std::to_string(id);
    return text;
}

constexpr const char *WeakSuiteAdvice =
    "BMC Pilot does not choose a suite without encryption by itself: pin one (-C 2, or the server's cipher "
    "suite setting) only if you accept that commands, passwords you set and the serial console cross the "
    "network unencrypted";

std::string statusText(std::uint8_t status)
{
    if (status == kWrongAlgorithms)
        return "answered with algorithms other than those proposed";
    return rmcpPlusStatusText(status) + " (" + hexByte(status) + ")";
}

} // namespace

std::vector<std::uint8_t> Handshake20::candidatesFromList(const std::vector<std::uint8_t> &offered,
                                                          bool allowSuiteZero)
{
    std::vector<std::uint8_t> candidates;
    const auto listed = [&](std::uint8_t id) {
        return std::find(offered.begin(), offered.end(), id) != offered.end();
    };
    for (std::uint8_t id : kAutomatic) {
        if (listed(id))
            candidates.push_back(id);
    }
    if (allowSuiteZero && listed(0))
        candidates.push_back(0);
    return candidates;
}

void Handshake20::start(Clock::time_point now)
{
    if (const std::optional<std::uint8_t> pinned = m_config.cipher.pinnedSuite) {
        if (*pinned == 0 && !m_config.cipher.allowSuiteZero) {
            m_host.loginFailed(makeError(
                ErrorKind::InsecureRefused,
                "cipher suite 0 has no authentication at all; allow suite 0 explicitly to use it"));
            return;
        }
        if (!supportedCipherSuite(*pinned)) {
            m_host.loginFailed(makeError(ErrorKind::InvalidArgument,
                                         "cipher suite " + std::to_string(*pinned)
                                             + " is not supported; use 1, 2, 3, 15, 16 or 17"));
            return;
        }
    }
    m_openPrivilege = static_cast<std::uint8_t>(m_privilege);
    sendAuthCaps(true, now);
}

void Handshake20::onAuthCaps(const AuthCapabilities &caps, Clock::time_point now)
{
    if (caps.v20DataPresent && !caps.v20Supported) {
        m_host.loginFailed(makeError(ErrorKind::Unsupported,
                                     "the BMC at " + peer()
                                         + " does not support IPMI 2.0 (RMCP+); use IPMI 1.5 (lan)"));
        return;
    }
    m_bmcHasKg = caps.kgSet;
    if (m_config.cipher.pinnedSuite) {
        m_candidates = {*m_config.cipher.pinnedSuite};
        sendOpenSession(now);
        return;
    }
    const auto learned = m_config.cipher.learnedSuite;
    if (learned && std::find(std::begin(kAutomatic), std::end(kAutomatic), *learned) != std::end(kAutomatic)) {
        m_candidates = {*learned};
        sendOpenSession(now);
        return;
    }
    probeCipherSuites(0, now);
}

void Handshake20::probeCipherSuites(std::uint8_t index, Clock::time_point now)
{
    if (index == 0)
        m_listData.clear();
    // Not patient on the last try: an unanswered probe only means going on without the
    // list (17, then 3). But patient enough for what the BMC was measured to need (3/2
    // SRTT, the RTO's floor): a BMC that answers in 400 ms gets its list read.
    std::chrono::milliseconds wait = m_config.timing.cipherProbeTimeout;
    if (rtt().hasEstimate())
        wait = std::max(wait, std::chrono::ceil<std::chrono::milliseconds>(rtt().smoothed() * 3 / 2));
    const RetryPolicy policy{wait, std::chrono::milliseconds(0),
                             m_config.timing.cipherProbeAttempts, std::chrono::milliseconds(0), false};
    // RMCP+ framing first (ipmitool's way, what most BMCs answer); a retry goes out in
    // IPMI 1.5 framing, the only one OpenIPMI's ipmi_sim answers before a session.
    sendIpmi(Step::CipherSuitesSent, kGetChannelCipherSuites, encodeCipherSuitesRequest(index),
             policy,
             [this, sends = m_probeIn15Framing ? 1 : 0](ByteView message) mutable {
                 return sends++ % 2 == 0 ? presession20(PayloadType::Ipmi, message, m_random)
                                         : presession15(message);
             },
             now);
}

void Handshake20::onIpmiReply(const ResponseMessage &reply, Clock::time_point now)
{
    if (reply.cmd != kGetChannelCipherSuites)
        return;
    if (reply.completionCode != 0) {
        // An error after full chunks ends the list (FreeIPMI reads until one fails).
        if (m_listData.empty())
            m_host.note("BMC does not implement Get Channel Cipher Suites ("
                        + completionCodeText(reply.completionCode) + ")");
        listFinished(now);
        return;
    }
    if (lastExchangeSends() % 2 == 0)
        m_probeIn15Framing = !m_probeIn15Framing; // the retry in the other framing worked
    const Result<Bytes> chunk = decodeCipherSuitesResponse(reply.data);
    if (!chunk) {
        listFinished(now);
        return;
    }
    m_listData.insert(m_listData.end(), chunk->begin(), chunk->end());
    const std::size_t index = (m_listData.size() - chunk->size()) / kCipherSuiteChunk;
    if (chunk->size() == kCipherSuiteChunk && index < kMaxCipherSuiteListIndex) {
        probeCipherSuites(static_cast<std::uint8_t>(index + 1), now);
        return;
    }
    listFinished(now);
}

void Handshake20::onIpmiTimeout(std::uint8_t cmd, Clock::time_point now)
{
    if (cmd != kGetChannelCipherSuites)
        return;
    if (m_listData.empty()) {
        m_host.note("BMC did not answer Get Channel Cipher Suites");
    } else {
        // Part of the list is no list: its missing chunks may hold the encrypted suites.
        // Go on as without one (17, then 3), which never picks a weaker suite.
        m_host.note("BMC stopped answering Get Channel Cipher Suites part way through the list");
        m_listData.clear();
    }
    listFinished(now);
}

void Handshake20::listFinished(Clock::time_point now)
{
    const Result<std::vector<CipherSuiteRecord>> records = decodeCipherSuiteRecords(m_listData);
    if (m_listData.empty() || !records || records->empty()) {
        probeFinished(std::nullopt, now);
        return;
    }
    std::vector<std::uint8_t> offered;
    for (const CipherSuiteRecord &record : records.value())
        offered.push_back(record.id);
    probeFinished(std::move(offered), now);
}

void Handshake20::probeFinished(std::optional<std::vector<std::uint8_t>> offered,
                                Clock::time_point now)
{
    m_offered = std::move(offered);
    if (m_diagnosing) {
        m_host.loginFailed(refusedError());
        return;
    }
    if (!m_offered) {
        m_candidates = {17, 3}; // what ipmitool 1.8.19 picks without a list
    } else {
        m_candidates = candidatesFromList(*m_offered, m_config.cipher.allowSuiteZero);
        if (m_candidates.empty()) {
            m_host.loginFailed(noEncryptedSuiteError());
            return;
        }
    }
    sendOpenSession(now);
}

void Handshake20::sendOpenSession(Clock::time_point now)
{
    m_suite = supportedCipherSuite(m_candidates.at(m_candidate)).value_or(CipherSuite{});
    m_rakp = RakpExchange{};
    m_rakp.consoleSessionId = randomNonZero32();
    m_rakp2Mismatches = 0;
    m_tag = static_cast<std::uint8_t>(m_tag + 1);
    OpenSessionRequest request;
    request.tag = m_tag;
    request.requestedPrivilege = m_openPrivilege;
    request.consoleSessionId = m_rakp.consoleSessionId;
    request.auth = m_suite.auth;
    request.integrity = m_suite.integrity;
    request.confidentiality = m_suite.confidentiality;
    Result<Bytes> datagram = presession20(PayloadType::OpenSessionRequest,
                                          encodeOpenSessionRequest(request), m_random);
    if (!datagram) {
        m_host.loginFailed(datagram.error());
        return;
    }
    m_awaiting = Awaiting::OpenSession;
    sendStep(std::move(datagram).value(), Step::OpenSessionSent, now);
}

void Handshake20::onDatagram(ByteView datagram, Clock::time_point now)
{
    if (classifyDatagram(datagram) != DatagramKind::RmcpPlus)
        return;
    const Result<RmcpPlusPacket> packet = decodeRmcpPlus(datagram, nullptr);
    if (!packet || packet->sessionId != 0)
        return;
    if (m_awaiting == Awaiting::OpenSession && packet->payloadType == PayloadType::OpenSessionResponse)
        onOpenSessionResponse(packet->payload, now);
    else if (m_awaiting == Awaiting::Rakp2 && packet->payloadType == PayloadType::Rakp2)
        onRakp2(packet->payload, now);
    else if (m_awaiting == Awaiting::Rakp4 && packet->payloadType == PayloadType::Rakp4)
        onRakp4(packet->payload, now);
}

void Handshake20::onOpenSessionResponse(ByteView payload, Clock::time_point now)
{
    const Result<OpenSessionResponse> response = decodeOpenSessionResponse(payload);
    if (!response) {
        if (!payload.empty() && payload[0] == m_tag)
            failMalformed("Open Session", response.error());
        return;
    }
    if (response->tag != m_tag)
        return; // an answer to an earlier try
    if (response->status != 0) {
        if (!refusalConfirmed(now))
            return;
        if ((response->status == 0x09 || response->status == 0x0a) && m_openPrivilege != 0) {
            // ipmi_sim-like BMCs hash with the Open Session privilege, so we name it
            // explicitly; those that refuse an explicit one get 0 ("highest").
            m_host.note("BMC refuses an explicit privilege in Open Session; sent 0 instead");
            m_openPrivilege = 0;
            sendOpenSession(now);
            return;
        }
        suiteRefused(response->status, now);
        return;
    }
    if (response->consoleSessionId != m_rakp.consoleSessionId)
        return;
    if (response->auth != m_suite.auth || response->integrity != m_suite.integrity
        || response->confidentiality != m_suite.confidentiality) {
        if (refusalConfirmed(now))
            suiteRefused(kWrongAlgorithms, now); // never accept a silent downgrade
        return;
    }
    m_refusalSeen = false;
    m_rakp.bmcSessionId = response->bmcSessionId;
    const Bytes random = randomBytes(m_rakp.consoleRandom.size());
    std::copy(random.begin(), random.end(), m_rakp.consoleRandom.begin());
    m_rakp.role = static_cast<std::uint8_t>(static_cast<std::uint8_t>(m_privilege) | kNameOnlyLookup);
    m_rakp.username = m_config.username;
    Rakp1 rakp1;
    rakp1.tag = m_tag;
    rakp1.bmcSessionId = m_rakp.bmcSessionId;
    rakp1.consoleRandom = m_rakp.consoleRandom;
    rakp1.role = m_rakp.role;
    rakp1.username = m_rakp.username;
    Result<Bytes> datagram = presession20(PayloadType::Rakp1, encodeRakp1(rakp1), m_random);
    if (!datagram) {
        m_host.loginFailed(datagram.error());
        return;
    }
    m_awaiting = Awaiting::Rakp2;
    sendStep(std::move(datagram).value(), Step::Rakp1Sent, now);
}

bool Handshake20::refusalConfirmed(Clock::time_point now)
{
    if (m_refusalSeen) {
        m_refusalSeen = false;
        return true;
    }
    m_refusalSeen = true;
    sendOpenSession(now); // same suite and privilege, new tag
    return false;
}

void Handshake20::restartAfter(Step step, Error error, Clock::time_point now)
{
    m_awaiting = Awaiting::Nothing;
    m_refusalSeen = false;
    if (spendRestart(step, std::move(error)))
        sendOpenSession(now);
}

void Handshake20::suiteRefused(std::uint8_t status, Clock::time_point now)
{
    m_refusals.emplace_back(m_candidates.at(m_candidate), status);
    if (++m_candidate < m_candidates.size()) {
        sendOpenSession(now);
        return;
    }
    m_awaiting = Awaiting::Nothing;
    if (m_config.cipher.pinnedSuite && !m_offered) {
        m_diagnosing = true; // the list turns "refused 17" into "offers 1, 2, 3"
        probeCipherSuites(0, now);
        return;
    }
    if (m_config.cipher.learnedSuite && !m_config.cipher.holdLearnedSuite && !m_renegotiating) {
        m_renegotiating = true; // another BMC behind the same port: negotiate as on first contact
        m_host.note("the learned cipher suite " + std::to_string(*m_config.cipher.learnedSuite)
                    + " was refused; negotiated again");
        m_refusals.clear();
        m_candidate = 0;
        probeCipherSuites(0, now);
        return;
    }
    m_host.loginFailed(refusedError());
}

Error Handshake20::refusedError() const
{
    const bool allBusy = std::all_of(m_refusals.begin(), m_refusals.end(),
                                     [](const auto &refusal) { return refusal.second == 0x01; });
    if (allBusy && !m_refusals.empty())
        return makeError(ErrorKind::NoSessionSlot,
                         "the BMC at " + peer() + " has no free session slot; close other "
                                                  "sessions or wait for them to time out");
    std::string tried;
    for (const auto &[suite, status] : m_refusals)
        tried += (tried.empty() ? "" : ", ") + std::to_string(suite) + " (" + statusText(status) + ")";
    if (m_offered && m_config.cipher.pinnedSuite)
        return makeError(ErrorKind::CipherSuiteUnavailable,
                         "BMC offers cipher suites " + suiteList(*m_offered) + "; "
                             + std::to_string(*m_config.cipher.pinnedSuite) + " was requested");
    if (!m_config.cipher.pinnedSuite && m_config.cipher.learnedSuite && !m_renegotiating)
        return makeError(ErrorKind::CipherSuiteUnavailable,
                         "the BMC at " + peer() + " accepted cipher suite "
                             + std::to_string(*m_config.cipher.learnedSuite)
                             + " before and now refuses it (" + tried
                             + "); the BMC's settings changed, or something on the path is forging "
                               "refusals. If you changed the BMC, forget the suite learned for it "
                               "(--forget-suite) and log in again");
    if (!m_config.cipher.pinnedSuite)
        return makeError(ErrorKind::CipherSuiteUnavailable,
                         "the BMC at " + peer() + ", or something on the path, refused every encrypted cipher "
                             + "suite (" + tried + (m_offered ? "; it lists " + suiteList(*m_offered) : "")
                             + "); " + WeakSuiteAdvice);
    std::string message = "the BMC at " + peer() + " refused cipher suite"
                           + (m_refusals.size() > 1 ? "s " : " ") + tried;
    if (m_offered)
        message += "; it offers " + suiteList(*m_offered);
    return makeError(ErrorKind::CipherSuiteUnavailable, message);
}

Error Handshake20::noEncryptedSuiteError() const
{
    const bool onlyZero = std::all_of(m_offered->begin(), m_offered->end(), [](std::uint8_t id) { return id == 0; });
    if (onlyZero)
        return makeError(ErrorKind::InsecureRefused,
                         "the BMC at " + peer()
                             + " offers only cipher suite 0, which has no authentication; allow suite 0 "
                               "explicitly to use it");
    const bool anySupported = std::any_of(m_offered->begin(), m_offered->end(),
                                          [](std::uint8_t id) { return supportedCipherSuite(id).has_value(); });
    if (!anySupported)
        return makeError(ErrorKind::CipherSuiteUnavailable, "BMC offers cipher suites " + suiteList(*m_offered)
                                                                + "; BMC Pilot supports 1, 2, 3, 15, 16 and 17");
    return makeError(ErrorKind::InsecureRefused,
                     "the BMC at " + peer() + " lists only cipher suites without encryption ("
                         + suiteList(*m_offered) + "), or something on the path changed its list; "
                         + WeakSuiteAdvice);
}

bool Handshake20::fallBackToOperator(std::string_view why, Clock::time_point now)
{
    if (m_privilege != Privilege::Administrator || m_fellBack || !m_config.privilegeFallback)
        return false;
    m_fellBack = true;
    m_privilege = Privilege::Operator;
    if (m_openPrivilege != 0)
        m_openPrivilege = static_cast<std::uint8_t>(Privilege::Operator);
    m_host.note("ADMINISTRATOR refused at RAKP 2 (" + std::string(why) + "); logged in as OPERATOR");
    sendOpenSession(now);
    return true;
}

void Handshake20::failMalformed(std::string_view what, const Error &error)
{
    m_host.loginFailed(makeError(ErrorKind::MalformedResponse,
                                 "the BMC at " + peer() + " sent a malformed " + std::string(what)
                                     + " reply: " + error.message));
}

void Handshake20::onRakp2(ByteView payload, Clock::time_point now)
{
    const Result<Rakp2> rakp2 = decodeRakp2(payload, m_suite.auth);
    if (!rakp2) {
        if (!payload.empty() && payload[0] == m_tag)
            failMalformed("RAKP message 2", rakp2.error());
        return;
    }
    // A BMC that does not know the session ID we named cannot name our console session
    // ID either, so "invalid session ID" counts with the tag alone.
    if (rakp2->tag != m_tag || (rakp2->consoleSessionId != m_rakp.consoleSessionId && rakp2->status != 0x02))
        return;
    const std::string user = "'" + m_config.username + "'";
    switch (rakp2->status) {
    case 0x00:
        break;
    case 0x02:
        // Invalid session ID: the BMC session ID we used came from an unauthenticated
        // Open Session answer, so a damaged one lands here. Log in again.
        restartAfter(Step::Rakp1Sent,
                     makeError(ErrorKind::AuthenticationFailed,
                               "the BMC at " + peer() + " refused the login: " + statusText(rakp2->status)),
                     now);
        return;
    case 0x09:
    case 0x0a:
    case 0x0d:
        // Invalid role, unauthorized role, unauthorized name: some BMCs answer any of
        // them to an account that may log in, just not as ADMINISTRATOR.
        if (fallBackToOperator(statusText(rakp2->status), now))
            return;
        if (rakp2->status == 0x0d) {
            m_host.loginFailed(makeError(ErrorKind::UnknownUser,
                                         "the BMC at " + peer() + " does not know user name " + user
                                             + " (or does not let it log in at "
                                             + privilegeName(m_privilege) + " level)"));
            return;
        }
        m_host.loginFailed(makeError(ErrorKind::PrivilegeUnavailable,
                                     "user " + user + " may not log in at " + privilegeName(m_privilege)
                                         + " level on " + peer() + "; ask for a lower privilege"));
        return;
    case 0x01:
    case 0x0b:
        m_host.loginFailed(makeError(ErrorKind::NoSessionSlot,
                                     "the BMC at " + peer() + " has no free session slot ("
                                         + statusText(rakp2->status) + ")"));
        return;
    default:
        m_host.loginFailed(makeError(ErrorKind::AuthenticationFailed,
                                     "the BMC at " + peer() + " refused the login: "
                                         + statusText(rakp2->status)));
        return;
    }
    m_rakp.bmcRandom = rakp2->bmcRandom;
    m_rakp.bmcGuid = rakp2->bmcGuid;
    const ByteView password = m_config.password.view();
    if (m_suite.auth != AuthAlgorithm::None
        && !equalConstantTime(rakp2AuthCode(m_suite.auth, password, m_rakp), rakp2->authCode)) {
        // Another password than ours, a damaged datagram or a forgery: we must not
        // answer. Ask once more at once (a BMC answers a repeated RAKP 1 with a fresh
        // RAKP 2); the password is blamed at the step's deadline if no RAKP 2 verified.
        if (m_rakp2Mismatches++ == 0)
            resendStep(now);
        return;
    }
    const ByteView kg = m_config.kg.empty() ? password : m_config.kg.view();
    m_sik = sessionIntegrityKey(m_suite.auth, kg, m_rakp);
    Rakp3 rakp3;
    rakp3.tag = m_tag;
    rakp3.bmcSessionId = m_rakp.bmcSessionId;
    rakp3.authCode = rakp3AuthCode(m_suite.auth, password, m_rakp);
    Result<Bytes> datagram = presession20(PayloadType::Rakp3, encodeRakp3(rakp3), m_random);
    if (!datagram) {
        m_host.loginFailed(datagram.error());
        return;
    }
    m_awaiting = Awaiting::Rakp4;
    sendStep(std::move(datagram).value(), Step::Rakp3Sent, now);
}

void Handshake20::onRakp4(ByteView payload, Clock::time_point now)
{
    const Result<Rakp4> rakp4 = decodeRakp4(payload, m_suite.auth);
    if (!rakp4) {
        if (!payload.empty() && payload[0] == m_tag)
            failMalformed("RAKP message 4", rakp4.error());
        return;
    }
    if (rakp4->tag != m_tag || rakp4->consoleSessionId != m_rakp.consoleSessionId)
        return;
    m_awaiting = Awaiting::Nothing;
    if (rakp4->status != 0) {
        // RAKP 2 proved that the BMC has our password, so a rejected RAKP 3 is a glitch:
        // typically a duplicated RAKP 1 made the BMC draw a new R_C. Start over.
        Error error = makeError(ErrorKind::AuthenticationFailed,
                                "the BMC at " + peer() + " rejected RAKP message 3 ("
                                    + statusText(rakp4->status) + "); check the user name and password");
        if (spendRestart(Step::Rakp3Sent, std::move(error))) {
            m_host.note("BMC rejected RAKP message 3 once; logged in again");
            sendOpenSession(now);
        }
        return;
    }
    if (m_suite.auth != AuthAlgorithm::None
        && !equalConstantTime(rakp4IntegrityCheck(m_suite.auth, m_sik.view(), m_rakp),
                              rakp4->integrityCheck)) {
        // Believed only when every login try ends here: one damaged RAKP 4 must not
        // pass for a wrong key.
        Error error = !m_config.kg.empty() || m_bmcHasKg
                          ? makeError(ErrorKind::AuthenticationFailed,
                                      "wrong BMC key (K_g) for " + peer()
                                          + ": the RAKP 4 check value does not match")
                          : makeError(ErrorKind::BmcNotAuthenticated,
                                      "the BMC at " + peer()
                                          + " failed to prove that it knows the password "
                                            "(RAKP 4 check value mismatch); it may not be "
                                            "the BMC you expect");
        restartAfter(Step::Rakp3Sent, std::move(error), now);
        return;
    }
    stepAnswered(now);
    SessionKeys keys;
    keys.integrity = m_suite.integrity;
    keys.confidentiality = m_suite.confidentiality;
    if (m_suite.auth != AuthAlgorithm::None) {
        keys.k1 = additionalKey(m_suite.auth, m_sik.view(), 1);
        keys.k2 = additionalKey(m_suite.auth, m_sik.view(), 2);
    }
    m_sik.clear();
    SessionInfo info;
    info.version = LanVersion::Lan20;
    info.cipherSuite = m_suite.id;
    info.privilege = m_privilege;
    info.bmcSessionId = m_rakp.bmcSessionId;
    info.consoleSessionId = m_rakp.consoleSessionId;
    m_host.loggedIn(std::make_unique<Framing20>(std::move(keys), m_rakp.bmcSessionId,
                                                m_rakp.consoleSessionId, m_random),
                    std::move(info));
}

bool Handshake20::decidedAtDeadline(Clock::time_point now)
{
    if (m_awaiting != Awaiting::Rakp2 || m_rakp2Mismatches < 2)
        return false;
    Error wrongPassword = makeError(ErrorKind::AuthenticationFailed,
                                    "wrong user name or password for " + peer()
                                        + " (the BMC's RAKP 2 code does not match)");
    // A wrong password fails every RAKP 2; damage fails only some. Two mismatches in
    // one try can still be one damaged datagram duplicated on the way, so the password
    // is blamed only when a fresh session (new IDs and randoms) fails the same way.
    // Nothing reached the BMC that it could count as a failed login: no RAKP 3 was sent.
    if (++m_rakp2MismatchedTries < 2) {
        m_host.note("the BMC's RAKP 2 code did not match twice; logging in afresh to rule "
                    "out damaged datagrams");
        restartAfter(Step::Rakp1Sent, std::move(wrongPassword), now);
    } else {
        m_host.loginFailed(std::move(wrongPassword));
    }
    return true;
}

void Handshake20::onStepTimeout(Clock::time_point now)
{
    const Step step = m_awaiting == Awaiting::Rakp2   ? Step::Rakp1Sent
                      : m_awaiting == Awaiting::Rakp4 ? Step::Rakp3Sent
                                                      : Step::OpenSessionSent;
    m_awaiting = Awaiting::Nothing;
    m_refusalSeen = false;
    if (spendRestart(step))
        sendOpenSession(now);
}

} // namespace ipmi
