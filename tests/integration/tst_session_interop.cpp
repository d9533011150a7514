// SPDX-License-Identifier: GPL-3.0-or-later
// LanSession against real peers on loopback: OpenIPMI's ipmi_sim (IPMI 1.5 and RMCP+
// suites 1-3) and pyghmi (suite 3; the SHA-256 peer: 17, 16, 15, 3). A deliberately
// small blocking driver stands in for the transport layer.
#include "ipmi/session/lansession.h"
#include "demo/ipmisimfixture.h"
#include "demo/pyghmifixture.h"

#include <QDeadlineTimer>
#include <QNetworkDatagram>
#include <QTest>
#include <QUdpSocket>

using namespace ipmi;
using namespace std::chrono_literals;

namespace {

class Driver
{
public:
    Driver(SessionConfig config, const sim::SimBmc &bmc)
        : m_session(std::move(config)), m_address(bmc.host), m_port(bmc.port)
    {
        m_socket.bind(QHostAddress(QHostAddress::LocalHost), 0);
    }

    static TimePoint now() { return std::chrono::steady_clock::now(); }

    bool runUntil(const std::function<bool()> &done, std::chrono::milliseconds limit = 20s)
    {
        QDeadlineTimer deadline(limit);
        flush();
        while (!done() && !deadline.hasExpired()) {
            const std::optional<TimePoint> timeout = m_session.pollTimeout();
            qint64 wait = 100;
            if (timeout)
                wait = std::max<qint64>(0, std::chrono::ceil<std::chrono::milliseconds>(*timeout - now()).count());
            wait = std::min<qint64>(wait, deadline.remainingTime());
            if (m_socket.waitForReadyRead(int(wait))) {
                while (m_socket.hasPendingDatagrams()) {
                    const QByteArray data = m_socket.receiveDatagram().data();
                    m_session.handleDatagram(ByteView(reinterpret_cast<const std::uint8_t *>(data.constData()),
                                                      std::size_t(data.size())),
                                             now());
                }
            } else {
                m_session.handleTimeout(now());
            }
            flush();
        }
        return done();
    }

    bool login()
    {
        m_session.open(now());
        return runUntil([this] { return has<session_event::Established>() || error(); }) && !error();
    }

    std::optional<Response> call(Request request)
    {
        const RequestId id = m_session.submit(std::move(request), now());
        std::optional<Response> response;
        runUntil([&] {
            for (const SessionEvent &event : m_events) {
                if (const auto *done = std::get_if<session_event::Completed>(&event); done && done->id == id)
                    response = done->response;
                if (const auto *failed = std::get_if<session_event::Failed>(&event); failed && failed->id == id)
                    return true;
            }
            return response.has_value();
        });
        return response;
    }

    bool close()
    {
        m_session.close(now());
        return runUntil([this] { return has<session_event::Closed>(); }, 3s);
    }

    std::optional<Error> error() const
    {
        for (const SessionEvent &event : m_events) {
            if (const auto *failed = std::get_if<session_event::SessionFailed>(&event))
                return failed->error;
        }
        return std::nullopt;
    }

    template<typename T>
    bool has() const
    {
        return std::any_of(m_events.begin(), m_events.end(),
                           [](const SessionEvent &event) { return std::holds_alternative<T>(event); });
    }

    LanSession &session() { return m_session; }

private:
    void flush()
    {
        while (std::optional<Bytes> datagram = m_session.pollTransmit())
            m_socket.writeDatagram(reinterpret_cast<const char *>(datagram->data()), qint64(datagram->size()),
                                   m_address, m_port);
        while (std::optional<SessionEvent> event = m_session.pollEvent())
            m_events.push_back(std::move(*event));
    }

    LanSession m_session;
    QUdpSocket m_socket;
    QHostAddress m_address;
    quint16 m_port;
    std::vector<SessionEvent> m_events;
};

SessionConfig configFor(const sim::SimBmc &bmc, const sim::Account &account, LanVersion version)
{
    SessionConfig config;
    config.version = version;
    config.username = account.user.toStdString();
    config.password = SecretBytes(std::string_view(account.password.toStdString()));
    config.privilege = static_cast<Privilege>(account.privilege);
    config.peerName = QStringLiteral("%1:%2").arg(bmc.host).arg(bmc.port).toStdString();
    return config;
}

const Request kGetDeviceId{0x06, 0x01, {}};
const Request kChassisStatus{0x00, 0x01, {}};

} // namespace

class TestSessionInterop final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ipmiSim.start(), qPrintable(m_ipmiSim.errorString()));
        QVERIFY2(m_pyghmi.start(), qPrintable(m_pyghmi.errorString()));
        QVERIFY2(m_peer.start(), qPrintable(m_peer.errorString()));
    }

    void cleanupTestCase()
    {
        m_ipmiSim.stop();
        m_pyghmi.stop();
        m_peer.stop();
    }

    void logsIn_data()
    {
        QTest::addColumn<int>("bmc"); // 0 ipmi_sim, 1 pyghmi, 2 SHA-256 peer
        QTest::addColumn<bool>("lan15");
        QTest::addColumn<int>("pinned"); // -1: automatic
        QTest::addColumn<int>("expected");
        QTest::newRow("ipmi_sim auto") << 0 << false << -1 << 3;
        QTest::newRow("ipmi_sim 1") << 0 << false << 1 << 1;
        QTest::newRow("ipmi_sim 2") << 0 << false << 2 << 2;
        QTest::newRow("ipmi_sim 3") << 0 << false << 3 << 3;
        QTest::newRow("ipmi_sim lan md5") << 0 << true << -1 << 0;
        QTest::newRow("pyghmi auto") << 1 << false << -1 << 3;
        QTest::newRow("peer auto") << 2 << false << -1 << 17;
        QTest::newRow("peer 15") << 2 << false << 15 << 15;
        QTest::newRow("peer 16") << 2 << false << 16 << 16;
    }
    void logsIn()
    {
        QFETCH(int, bmc);
        QFETCH(bool, lan15);
        QFETCH(int, pinned);
        QFETCH(int, expected);
        const sim::SimBmc target = fixture(bmc).bmc(0);
        const sim::Account admin = *target.account(ipmi::Privilege::Administrator);
        SessionConfig config = configFor(target, admin, lan15 ? LanVersion::Lan15 : LanVersion::Lan20);
        if (pinned >= 0)
            config.cipher.pinnedSuite = std::uint8_t(pinned);
        Driver driver(std::move(config), target);
        QVERIFY2(driver.login(), driver.error() ? driver.error()->message.c_str() : "timeout");
        if (!lan15)
            QCOMPARE(int(driver.session().info().cipherSuite), expected);
        qInfo("notes: %s", driver.session().info().notes.c_str());
        for (int i = 0; i < 3; ++i) {
            const std::optional<Response> device = driver.call(kGetDeviceId);
            QVERIFY(device);
            QCOMPARE(int(device->completionCode), 0);
            QVERIFY(device->data.size() >= 11);
        }
        const std::optional<Response> chassis = driver.call(kChassisStatus);
        QVERIFY(chassis);
        QCOMPARE(int(chassis->completionCode), 0);
        QVERIFY(driver.close());
    }

    void wrongPassword_data()
    {
        QTest::addColumn<int>("bmc");
        QTest::addColumn<bool>("lan15");
        QTest::newRow("ipmi_sim lanplus") << 0 << false;
        QTest::newRow("ipmi_sim lan") << 0 << true;
        QTest::newRow("peer lanplus") << 2 << false;
    }
    void wrongPassword()
    {
        QFETCH(int, bmc);
        QFETCH(bool, lan15);
        const sim::SimBmc target = fixture(bmc).bmc(0);
        sim::Account account = *target.account(ipmi::Privilege::Administrator);
        account.password = QStringLiteral("not-the-password");
        Driver driver(configFor(target, account, lan15 ? LanVersion::Lan15 : LanVersion::Lan20), target);
        QVERIFY(!driver.login());
        QVERIFY(driver.error());
        QCOMPARE(driver.error()->kind, ErrorKind::AuthenticationFailed);
        QVERIFY2(driver.error()->message.find("wrong user name or password") != std::string::npos,
                 driver.error()->message.c_str());
    }

    // The longest password IPMI 2.0 allows (20 bytes), over suite 3 and suite 17.
    void twentyBytePassword_data()
    {
        QTest::addColumn<int>("bmc");
        QTest::addColumn<int>("expected");
        QTest::newRow("pyghmi") << 1 << 3;
        QTest::newRow("peer") << 2 << 17;
    }
    void twentyBytePassword()
    {
        QFETCH(int, bmc);
        QFETCH(int, expected);
        const sim::SimBmc target = fixture(bmc).bmc(0);
        std::optional<sim::Account> longest;
        for (const sim::Account &account : target.accounts)
            if (account.password.toUtf8().size() == 20)
                longest = account;
        QVERIFY2(longest, "the fixture has no account with a 20-byte password");
        Driver driver(configFor(target, *longest, LanVersion::Lan20), target);
        QVERIFY2(driver.login(), driver.error() ? driver.error()->message.c_str() : "timeout");
        QCOMPARE(int(driver.session().info().cipherSuite), expected);
        QVERIFY(driver.call(kGetDeviceId));
    }

    void lowerPrivilegeAccounts_data()
    {
        QTest::addColumn<int>("bmc");
        QTest::addColumn<int>("privilege");
        QTest::newRow("ipmi_sim operator") << 0 << int(ipmi::Privilege::Operator);
        QTest::newRow("ipmi_sim user") << 0 << int(ipmi::Privilege::User);
        QTest::newRow("peer operator") << 2 << int(ipmi::Privilege::Operator);
    }
    void lowerPrivilegeAccounts()
    {
        QFETCH(int, bmc);
        QFETCH(int, privilege);
        const sim::SimBmc target = fixture(bmc).bmc(0);
        const sim::Account account = *target.account(ipmi::Privilege(privilege));
        Driver driver(configFor(target, account, LanVersion::Lan20), target);
        QVERIFY2(driver.login(), driver.error() ? driver.error()->message.c_str() : "timeout");
        QCOMPARE(int(driver.session().info().privilege), privilege);
        QVERIFY(driver.call(kGetDeviceId));
    }

    // ADMINISTRATOR asked by an OPERATOR account: the peer refuses the role at RAKP 2
    // (0Ah) and the session falls back to OPERATOR (pyghmi's rule). (ipmi_sim 2.0.33
    // grants ADMINISTRATOR to its operator account, so it cannot show this.)
    void administratorFallsBackToOperator()
    {
        const sim::SimBmc target = m_peer.bmc(0);
        const sim::Account account = *target.account(ipmi::Privilege::Operator);
        SessionConfig config = configFor(target, account, LanVersion::Lan20);
        config.privilege = Privilege::Administrator;
        Driver driver(std::move(config), target);
        QVERIFY2(driver.login(), driver.error() ? driver.error()->message.c_str() : "timeout");
        qInfo("notes: %s", driver.session().info().notes.c_str());
        QCOMPARE(driver.session().info().privilege, Privilege::Operator);
        QVERIFY(driver.call(kChassisStatus));
    }

private:
    sim::SimFixture &fixture(int index)
    {
        if (index == 0)
            return m_ipmiSim;
        return index == 1 ? static_cast<sim::SimFixture &>(m_pyghmi) : m_peer;
    }

    sim::IpmiSimFixture m_ipmiSim;
    sim::PyghmiFixture m_pyghmi{sim::PyghmiOptions{1, QStringLiteral("plain"), QStringLiteral("127.0.0.1"),
                                                   sim::defaultPyghmiAccounts(), false}};
    sim::PyghmiFixture m_peer{sim::PyghmiOptions{1, QStringLiteral("peer"), QStringLiteral("127.0.0.1"),
                                                 sim::defaultPyghmiAccounts(), true}};
};

QTEST_GUILESS_MAIN(TestSessionInterop)
#include "tst_session_interop.moc"
