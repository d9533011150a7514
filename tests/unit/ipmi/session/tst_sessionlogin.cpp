// SPDX-License-Identifier: GPL-3.0-or-later
// LanSession logins against the fake BMC: every cipher suite and IPMI 1.5 auth type,
// each failure's sentence, and the login quirks. The choice of cipher suite is in
// tst_sessionsuites.cpp.
#include "sessiontestutil.h"

#include "ipmi/session/sessioncommands.h"
#include "ipmi/wire/message.h"
#include "ipmi/wire/session15.h"

#include <QTest>

#include <functional>

using namespace ipmi;
using namespace ipmi::test;

namespace {

const Request kGetDeviceId{0x06, 0x01, {}};

// What an on-path attacker can do to an IPMI 1.5 answer without the password: change it
// and send it unauthenticated (type NONE, no auth code). edit returns false to leave the
// datagram alone.
void forgeUnauthenticated(Datagram &datagram,
                          const std::function<bool(const Session15Packet &, ResponseMessage &)> &edit)
{
    if (datagram.direction != Direction::ToConsole)
        return;
    const auto packet = decodeSession15(datagram.bytes);
    if (!packet)
        return;
    auto reply = decodeResponseMessage(packet->payload);
    if (!reply || !edit(*packet, *reply))
        return;
    datagram.bytes = *encodeSession15(AuthType::None, packet->sequence, packet->sessionId,
                                      encodeResponseMessage(*reply), {});
}

} // namespace

Q_DECLARE_METATYPE(ipmi::ErrorKind)

class TestSessionLogin final : public QObject
{
    Q_OBJECT

private slots:
    void everySuiteLogsIn_data()
    {
        QTest::addColumn<int>("suite");
        for (int suite : {1, 2, 3, 15, 16, 17})
            QTest::newRow(std::to_string(suite).c_str()) << suite;
    }
    void everySuiteLogsIn()
    {
        QFETCH(int, suite);
        SessionConfig config = testConfig();
        config.cipher.pinnedSuite = static_cast<std::uint8_t>(suite);
        SessionPair pair(config);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(pair.session.state(), LanSession::State::Established);
        QCOMPARE(int(pair.session.info().cipherSuite), suite);
        QCOMPARE(pair.session.info().privilege, Privilege::Administrator);
        QVERIFY(pair.session.info().consoleSessionId != 0);
        // Pinned: no cipher suite probe.
        QCOMPARE(pair.bmc.countReceived(0x06, 0x54), 0);
        const std::optional<Response> reply = pair.call(kGetDeviceId);
        QVERIFY(reply);
        QCOMPARE(int(reply->completionCode), 0);
        QCOMPARE(reply->data.size(), std::size_t(15));
        // Session sequence numbers start at 1 and each packet has a new one.
        QCOMPARE(pair.session.stats().droppedUnauthenticated, std::uint64_t(0));
    }

    void lan15LogsIn_data()
    {
        QTest::addColumn<int>("offered");
        QTest::addColumn<bool>("allowStraight");
        QTest::addColumn<bool>("allowNone");
        QTest::addColumn<int>("expected");
        QTest::newRow("md5") << 0x17 << true << true << int(AuthType::Md5);
        QTest::newRow("straight") << 0x11 << true << false << int(AuthType::StraightPassword);
        QTest::newRow("none") << 0x01 << false << true << int(AuthType::None);
    }
    void lan15LogsIn()
    {
        QFETCH(int, offered);
        QFETCH(bool, allowStraight);
        QFETCH(bool, allowNone);
        QFETCH(int, expected);
        SessionConfig config = testConfig(LanVersion::Lan15);
        config.lan15.allowStraightPassword = allowStraight;
        config.lan15.allowNone = allowNone;
        FakeBmcConfig bmcConfig;
        bmcConfig.authTypes15 = static_cast<std::uint8_t>(offered);
        SessionPair pair(config, bmcConfig);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(int(pair.session.info().authType), expected);
        QCOMPARE(pair.session.info().version, LanVersion::Lan15);
        for (int i = 0; i < 3; ++i) {
            const std::optional<Response> reply = pair.call(kGetDeviceId);
            QVERIFY(reply);
            QCOMPARE(int(reply->completionCode), 0);
        }
        QCOMPARE(pair.session.stats().droppedUnauthenticated, std::uint64_t(0));
        QCOMPARE(pair.bmc.activatedSessions, 1);
    }

    void lan15RefusesWeakAuthUnlessAllowed_data()
    {
        QTest::addColumn<int>("offered");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("straight") << 0x10 << ErrorKind::InsecureRefused << "sends the password in clear";
        QTest::newRow("none") << 0x01 << ErrorKind::InsecureRefused << "without authentication";
        QTest::newRow("md2") << 0x02 << ErrorKind::Unsupported << "only MD2";
        QTest::newRow("oem") << 0x20 << ErrorKind::AuthTypeUnavailable << "no IPMI 1.5 authentication";
    }
    void lan15RefusesWeakAuthUnlessAllowed()
    {
        QFETCH(int, offered);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, sentence);
        FakeBmcConfig bmcConfig;
        bmcConfig.authTypes15 = static_cast<std::uint8_t>(offered);
        SessionPair pair(testConfig(LanVersion::Lan15), bmcConfig);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, kind);
        QVERIFY2(contains(error.message, sentence.toStdString().c_str()), error.message.c_str());
        QVERIFY(contains(error.message, "10.0.0.5:623"));
        QCOMPARE(pair.bmc.countReceived(0x06, 0x39), 0); // no challenge asked
    }

    void lan15WrongPassword()
    {
        SessionConfig config = testConfig(LanVersion::Lan15);
        config.password = SecretBytes(std::string_view("wrong"));
        SessionPair pair(config);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::AuthenticationFailed);
        QVERIFY2(contains(error.message, "wrong user name or password"), error.message.c_str());
        QCOMPARE(pair.bmc.activatedSessions, 0);
    }

    void lan15UnknownUser()
    {
        SessionConfig config = testConfig(LanVersion::Lan15);
        config.username = "nobody";
        SessionPair pair(config);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::UnknownUser);
        QVERIFY2(contains(error.message, "does not know user name 'nobody'"), error.message.c_str());
    }

    void lan15PasswordLimit()
    {
        SessionConfig config = testConfig(LanVersion::Lan15);
        config.password = SecretBytes(std::string_view("seventeen-bytes!!"));
        SessionPair pair(config);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::InvalidArgument);
        QVERIFY2(contains(error.message, "longer than 16 bytes"), error.message.c_str());
        QVERIFY(pair.sent.empty()); // refused before anything went out
    }

    void lan20PasswordLimit()
    {
        SessionConfig config = testConfig();
        config.password = SecretBytes(std::string_view("twenty-one-bytes-long"));
        SessionPair pair(config);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::InvalidArgument);
        QVERIFY2(contains(error.message, "longer than 20 bytes"), error.message.c_str());
    }

    void twentyBytePasswordWorks()
    {
        SessionConfig config = testConfig();
        config.password = SecretBytes(std::string_view("twenty-bytes-exactly"));
        FakeBmcConfig bmcConfig;
        bmcConfig.users = {{"admin", "twenty-bytes-exactly", Privilege::Administrator}};
        SessionPair pair(config, bmcConfig);
        QVERIFY(pair.runUntilEstablished());
    }

    // Per-message authentication "disabled": believed only when the user allowed it and
    // Activate Session also says NONE (Supermicro says disabled and still authenticates).
    void lan15PerMessageAuthentication_data()
    {
        QTest::addColumn<bool>("authenticatedAnyway");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<int>("expected"); // -1: the login fails
        QTest::newRow("really off, allowed") << false << true << int(AuthType::None);
        QTest::newRow("really off, not allowed") << false << false << -1;
        QTest::newRow("supermicro") << true << false << int(AuthType::Md5);
        QTest::newRow("supermicro, allowed") << true << true << int(AuthType::Md5);
    }
    void lan15PerMessageAuthentication()
    {
        QFETCH(bool, authenticatedAnyway);
        QFETCH(bool, allowed);
        QFETCH(int, expected);
        FakeBmcConfig bmcConfig;
        bmcConfig.perMessageAuthDisabled = true;
        bmcConfig.activateAuthenticatedAnyway = authenticatedAnyway;
        SessionConfig config = testConfig(LanVersion::Lan15);
        config.lan15.allowPerMessageAuthOff = allowed;
        SessionPair pair(config, bmcConfig);
        if (expected < 0) {
            const Error error = loginError(pair);
            QCOMPARE(error.kind, ErrorKind::BmcNotAuthenticated);
            QVERIFY2(contains(error.message, "activated the session with authentication type NONE instead of the "
                                             "negotiated MD5; it says per-message authentication is off"),
                     error.message.c_str());
            return;
        }
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(int(pair.session.info().authType), expected);
        QVERIFY(pair.call(kGetDeviceId));
        QCOMPARE(authenticatedAnyway, contains(pair.session.info().notes, "authenticating every message"));
    }

    // An on-path attacker answers Activate Session with authentication type NONE (no auth
    // code to forge): the forgery is dropped, and no session without authentication ever
    // starts.
    void lan15ForgedActivateReplyIsDropped()
    {
        LinkModel link;
        link.tamper = [](Datagram &datagram) {
            forgeUnauthenticated(datagram, [](const Session15Packet &packet, ResponseMessage &reply) {
                if (packet.authType != AuthType::Md5 || reply.cmd != 0x3a)
                    return false;
                sessioncmd::ActivateResponse forged = *sessioncmd::decodeActivateResponse(reply.data);
                forged.authType = AuthType::None;
                reply.data = sessioncmd::encodeActivateResponse(forged);
                return true;
            });
        };
        SessionPair pair(testConfig(LanVersion::Lan15), {}, link);
        const Error error = loginError(pair);
        QVERIFY(!pair.established());
        QVERIFY2(contains(error.message, "Activate Session"), error.message.c_str());
    }

    // The capabilities answer comes before the session, unauthenticated: a forged
    // "per-message authentication disabled" must not switch off the checking of answers
    // inside an MD5 session. Every Get Device ID answer stripped of its auth code is
    // dropped, so the call fails instead of taking the attacker's data.
    void lan15ForgedCapabilitiesBitChecksNothingOff()
    {
        LinkModel link;
        link.tamper = [](Datagram &datagram) {
            forgeUnauthenticated(datagram, [](const Session15Packet &packet, ResponseMessage &reply) {
                if (reply.cmd == sessioncmd::kGetChannelAuthCaps && packet.authType == AuthType::None
                    && reply.data.size() > 2) {
                    reply.data[2] |= 0x10; // per-message authentication disabled
                    return true;
                }
                if (reply.netFn == 0x07 && reply.cmd == 0x01 && packet.authType == AuthType::Md5) {
                    reply.data[1] = 0x66; // the attacker's device revision
                    return true;
                }
                return false;
            });
        };
        SessionConfig config = testConfig(LanVersion::Lan15);
        config.timing.handshakeMessageAttempts = 2;
        SessionPair pair(config, {}, link);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(pair.session.info().authType, AuthType::Md5);
        QVERIFY(contains(pair.session.info().notes, "authenticating every message"));
        QVERIFY(!pair.call(kGetDeviceId).has_value());
    }

    void wrongPassword_data()
    {
        QTest::addColumn<int>("suite");
        QTest::newRow("3") << 3;
        QTest::newRow("17") << 17;
    }
    void wrongPassword()
    {
        QFETCH(int, suite);
        SessionConfig config = testConfig();
        config.cipher.pinnedSuite = static_cast<std::uint8_t>(suite);
        config.password = SecretBytes(std::string_view("guess"));
        SessionPair pair(config);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::AuthenticationFailed);
        QVERIFY2(contains(error.message, "wrong user name or password for 10.0.0.5:623"), error.message.c_str());
        QCOMPARE(pair.bmc.rakp3Messages, 0); // nothing proven to a BMC we do not trust
    }

    void unknownUser()
    {
        SessionConfig config = testConfig();
        config.username = "nobody";
        SessionPair pair(config);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::UnknownUser);
        QVERIFY2(contains(error.message, "does not know user name 'nobody'"), error.message.c_str());
    }

    void wrongKg_data()
    {
        QTest::addColumn<QString>("consoleKg");
        QTest::addColumn<QString>("bmcKg");
        QTest::newRow("console has a wrong one") << "console-key" << "";
        QTest::newRow("console lacks it") << "" << "bmc-key";
        QTest::newRow("both differ") << "console-key" << "bmc-key";
    }
    void wrongKg()
    {
        QFETCH(QString, consoleKg);
        QFETCH(QString, bmcKg);
        SessionConfig config = testConfig();
        config.kg = SecretBytes(std::string_view(consoleKg.toStdString()));
        FakeBmcConfig bmcConfig;
        bmcConfig.kg = bmcKg.toStdString();
        SessionPair pair(config, bmcConfig);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::AuthenticationFailed);
        QVERIFY2(contains(error.message, "wrong BMC key (K_g)"), error.message.c_str());
    }

    void rightKg()
    {
        SessionConfig config = testConfig();
        config.kg = SecretBytes(std::string_view("bmc-key"));
        FakeBmcConfig bmcConfig;
        bmcConfig.kg = "bmc-key";
        SessionPair pair(config, bmcConfig);
        QVERIFY(pair.runUntilEstablished());
        QVERIFY(pair.call(kGetDeviceId));
    }

    void impostorRakp2()
    {
        FakeBmcConfig bmcConfig;
        bmcConfig.forgeRakp2 = true;
        SessionPair pair(testConfig(), bmcConfig);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::AuthenticationFailed);
        QVERIFY2(contains(error.message, "RAKP 2 code does not match"), error.message.c_str());
        QCOMPARE(pair.bmc.rakp3Messages, 0);
        QCOMPARE(pair.bmc.openSessionRequests, 2); // one fresh session rules out damage
    }

    void impostorRakp4()
    {
        FakeBmcConfig bmcConfig;
        bmcConfig.forgeRakp4 = true;
        SessionPair pair(testConfig(), bmcConfig);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::BmcNotAuthenticated);
        QVERIFY2(contains(error.message, "failed to prove that it knows the password"), error.message.c_str());
        QCOMPARE(pair.bmc.countReceived(0x06, 0x3b), 0); // nothing sent in that session
    }

    void noAnswerAtAll()
    {
        LinkModel link;
        link.drop = [](const Datagram &) { return true; };
        SessionPair pair(testConfig(), {}, link);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::Timeout);
        QVERIFY2(contains(error.message, "no answer from 10.0.0.5:623 after 6 tries"), error.message.c_str());
        QCOMPARE(pair.sent.size(), std::size_t(6));
        // Waits of 1, 1.5, 2 and then 2 s (capped at twice the first): a silent address
        // is given up on in 10.5 s of session time, about as long as ipmitool takes.
        QCOMPARE(std::chrono::duration_cast<std::chrono::milliseconds>(pair.now - pair.start).count(), 10500);
    }

    void authCapsCcRetriedWithout8E()
    {
        FakeBmcConfig bmcConfig;
        bmcConfig.rejectV20AuthCaps = true;
        SessionPair pair(testConfig(), bmcConfig);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(pair.bmc.countReceived(0x06, 0x38), 2);
        QCOMPARE(int(pair.bmc.received().at(0).data.at(0)), 0x8e);
        QCOMPARE(int(pair.bmc.received().at(1).data.at(0)), 0x0e);
        QVERIFY(contains(pair.session.info().notes, "CCh"));
    }

    void lan20Unsupported()
    {
        FakeBmcConfig bmcConfig;
        bmcConfig.lan20 = false;
        SessionPair pair(testConfig(), bmcConfig);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::Unsupported);
        QVERIFY2(contains(error.message, "does not support IPMI 2.0"), error.message.c_str());
    }

    // ipmi_sim and others key the session with the Open Session privilege: naming the
    // level explicitly in both messages makes them agree.
    void openSessionPrivilegeQuirk()
    {
        FakeBmcConfig bmcConfig;
        bmcConfig.hashWithOpenSessionPrivilege = true;
        SessionPair pair(testConfig(), bmcConfig);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(pair.bmc.openSessionPrivileges, std::vector<std::uint8_t>{4});
        QVERIFY(pair.call(kGetDeviceId));
    }

    void explicitOpenSessionPrivilegeRefused()
    {
        FakeBmcConfig bmcConfig;
        bmcConfig.rejectExplicitOpenSessionPrivilege = true;
        SessionPair pair(testConfig(), bmcConfig);
        QVERIFY(pair.runUntilEstablished());
        // The refusal is believed once a second request gets it too.
        QCOMPARE(pair.bmc.openSessionPrivileges, (std::vector<std::uint8_t>{4, 4, 0}));
        QVERIFY(contains(pair.session.info().notes, "sent 0 instead"));
    }

    void operatorFallbackAtRakp2_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("invalid role 09h") << 0x09;
        QTest::newRow("unauthorized role 0Ah") << 0x0a;
        QTest::newRow("unauthorized name 0Dh") << 0x0d;
    }
    void operatorFallbackAtRakp2()
    {
        QFETCH(int, status);
        FakeBmcConfig bmcConfig;
        bmcConfig.roleRefusal = static_cast<std::uint8_t>(status);
        bmcConfig.users = {{"admin", "secret", Privilege::Operator}};
        SessionPair pair(testConfig(), bmcConfig);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(pair.session.info().privilege, Privilege::Operator);
        QVERIFY(contains(pair.session.info().notes, "logged in as OPERATOR"));
    }

    void noOperatorFallbackWhenDisabled()
    {
        SessionConfig config = testConfig();
        config.privilegeFallback = false;
        FakeBmcConfig bmcConfig;
        bmcConfig.users = {{"admin", "secret", Privilege::Operator}};
        SessionPair pair(config, bmcConfig);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::PrivilegeUnavailable);
        QVERIFY2(contains(error.message, "may not log in at ADMINISTRATOR level"), error.message.c_str());
    }

    void operatorFallbackAtSetPrivilege()
    {
        FakeBmcConfig bmcConfig;
        bmcConfig.setPrivilegeRefusesAdmin = true;
        SessionPair pair(testConfig(), bmcConfig);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(pair.session.info().privilege, Privilege::Operator);
        QCOMPARE(pair.bmc.countReceived(0x06, 0x3b), 2);
    }

    void rakp1AndOpenSessionFormat()
    {
        SessionConfig config = testConfig();
        config.privilege = Privilege::User;
        SessionPair pair(config);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(pair.session.info().privilege, Privilege::User);
        // Set Session Privilege asked for USER.
        const auto &received = pair.bmc.received();
        const auto set = std::find_if(received.begin(), received.end(),
                                      [](const FakeBmc::Received &r) { return r.cmd == 0x3b; });
        QVERIFY(set != received.end());
        QCOMPARE(set->data, Bytes{0x02});
    }
};

QTEST_GUILESS_MAIN(TestSessionLogin)
#include "tst_sessionlogin.moc"
