// SPDX-License-Identifier: GPL-3.0-or-later
// The verified LAN change (SafeLanChangeDriver) against ipmi_sim.
//
// What ipmi_sim can show: it listens on fixed `addr` lines (one per LAN channel) and
// keeps the IP address of each channel in a state file through its lan_config_program
// hook; writing "IP Address" changes that file, not where it listens. So the fixture
// listens on 127.0.0.1 (channel 1) and 127.0.0.2 (channel 2), and
//   - moving channel 1 to 127.0.0.2 gets its confirmation from a new session at
//     127.0.0.2, which answers because ipmi_sim already listens there: the success path
//     of the transaction, not proof that a BMC moved;
//   - moving channel 1 to 127.0.0.9, where nothing listens, times out; the driver opens a
//     new session at 127.0.0.1 and writes the previous values back, which the state file
//     shows: the failure path, end to end.
// "Neither address answers" cannot be shown with ipmi_sim (it never stops answering
// 127.0.0.1); the unit test tst_safelanchange covers it with a scripted BMC.
#include "model/fleet.h"
#include "model/poolsessionopener.h"
#include "model/safelanchangedriver.h"
#include "model/serverentry.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"

#include "ipmi/lan/lanconfigreader.h"
#include "ipmi/lan/lanparameters.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using ipmi::lan::LanChange;
using ipmi::lan::LanConfig;
using ipmi::lan::LanConfigRead;
using ipmi::lan::LanConfigReader;

class TestSafeLanChangeIntegration final : public QObject
{
    Q_OBJECT

private:
    sim::IpmiSimFixture *m_bmcs = nullptr;
    SessionPool *m_pool = nullptr;

    BmcEndpoint endpoint() const
    {
        const sim::SimBmc bmc = m_bmcs->bmc(0);
        const sim::Account admin = *bmc.account(ipmi::Privilege::Administrator);
        ServerEntry entry;
        entry.address = bmc.host;
        entry.port = bmc.port;
        entry.userName = admin.user;
        BmcEndpoint result = Fleet::endpointFor(entry, {ipmi::SecretBytes(admin.password.toStdString()), {}});
        // Unanswered attempts at an address where nothing listens should end quickly.
        result.config.timing.handshakeTimeout = 300ms;
        result.config.timing.handshakeAttempts = 1;
        result.config.timing.handshakeMessageAttempts = 1;
        result.config.timing.requestTimeout = 300ms;
        result.config.timing.requestAttempts = 2;
        return result;
    }

    LanConfig readChannel1()
    {
        auto reader = std::make_shared<LanConfigReader>(std::uint8_t(1));
        std::optional<ipmi::Result<LanConfigRead>> result;
        m_pool->run(endpoint(), reader, this, {}, [&](std::optional<ipmi::Error> stopped) {
            result = stopped ? ipmi::Result<LanConfigRead>(*stopped) : reader->takeResult();
        });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000) || !*result)
            return {};
        return (*result)->config;
    }

    LanChange moveTo(const char *address)
    {
        LanChange change;
        change.ipAddress = ipmi::lan::parseIpv4(address).value();
        return change;
    }

private slots:
    void initTestCase()
    {
        sim::IpmiSimOptions options;
        options.extraHosts = {QStringLiteral("127.0.0.2")};
        m_bmcs = new sim::IpmiSimFixture(options, this);
        if (!m_bmcs->start())
            QSKIP(qPrintable(m_bmcs->errorString()));
        m_pool = new SessionPool(2, std::chrono::minutes(5), this);
        QCOMPARE(m_bmcs->lanSetting(0, QStringLiteral("ip_addr")), QStringLiteral("127.0.0.1"));
    }

    void init()
    {
        m_bmcs->setLanSetting(0, QStringLiteral("ip_addr"), QStringLiteral("127.0.0.1"));
    }

    void confirmedAtAnsweringAddress()
    {
        const LanConfig current = readChannel1();
        QVERIFY(current.ipAddress.has_value());
        SafeLanChangeDriver driver(std::make_shared<PoolSessionOpener>(m_pool, endpoint()), 1,
                                   moveTo("127.0.0.2"), current, 15s);
        QSignalSpy finished(&driver, &SafeLanChangeDriver::finished);
        QSignalSpy countdown(&driver, &SafeLanChangeDriver::countdown);
        driver.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(finished.at(0).at(1).toString(),
                 QStringLiteral("127.0.0.2 answered in a new session; the new settings are kept."));
        QVERIFY(!countdown.isEmpty());
        QVERIFY(countdown.at(0).at(1).toString().startsWith(QStringLiteral("Waiting for 127.0.0.2 to answer: ")));
        QCOMPARE(m_bmcs->lanSetting(0, QStringLiteral("ip_addr")), QStringLiteral("127.0.0.2"));
        QCOMPARE(driver.resultingAddress(), QStringLiteral("127.0.0.2"));
    }

    void timeoutRestoresAtOldAddress()
    {
        const LanConfig current = readChannel1();
        QVERIFY(current.ipAddress.has_value());
        SafeLanChangeDriver driver(std::make_shared<PoolSessionOpener>(m_pool, endpoint()), 1,
                                   moveTo("127.0.0.9"), current, 4s);
        QSignalSpy finished(&driver, &SafeLanChangeDriver::finished);
        QString addressWhileWaiting;
        connect(&driver, &SafeLanChangeDriver::countdown, this, [&] {
            if (addressWhileWaiting.isEmpty())
                addressWhileWaiting = m_bmcs->lanSetting(0, QStringLiteral("ip_addr"));
        });
        driver.start();
        QVERIFY(finished.wait(30000));
        // The change was really written before the wait...
        QCOMPARE(addressWhileWaiting, QStringLiteral("127.0.0.9"));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(1).toString(),
                 QStringLiteral("127.0.0.9 did not answer within 4 s; the previous settings were restored at 127.0.0.1."));
        // ...and the previous address is back.
        QCOMPARE(m_bmcs->lanSetting(0, QStringLiteral("ip_addr")), QStringLiteral("127.0.0.1"));
        QCOMPARE(driver.transaction().outcome(), ipmi::lan::SafeLanChange::Outcome::Restored);
        QCOMPARE(driver.resultingAddress(), QStringLiteral("127.0.0.1"));
    }
};

QTEST_MAIN(TestSafeLanChangeIntegration)
#include "tst_safelanchange.moc"
