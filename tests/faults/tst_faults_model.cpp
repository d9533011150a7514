// SPDX-License-Identifier: GPL-3.0-or-later
// The model layer under faults: the Poller + SensorMonitor + HistoryService recover by
// themselves when ipmi_sim is killed and started again in the middle of polling (and the
// outage shows as a gap in the history); a BMC that never answers, or answers garbage,
// does not hold up the polling of the others.
#include "udpfaultproxy.h"

#include "ipmi/cmd/app.h"
#include "model/bmc.h"
#include "model/fleet.h"
#include "model/historyservice.h"
#include "model/learnedsuites.h"
#include "model/poller.h"
#include "model/sensormonitor.h"
#include "model/serverregistry.h"
#include "model/servertreemodel.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <cmath>
#include <random>

namespace {

// A UDP peer that answers every datagram with random bytes (some starting like RMCP, so
// that they get past the first checks), or, when silent, with nothing at all.
class BadBmc : public QObject
{
public:
    explicit BadBmc(bool silent) : m_silent(silent)
    {
        m_socket.bind(QHostAddress::LocalHost, 0);
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                QHostAddress from;
                quint16 fromPort = 0;
                QByteArray in(int(m_socket.pendingDatagramSize()), '\0');
                m_socket.readDatagram(in.data(), in.size(), &from, &fromPort);
                ++received;
                if (m_silent)
                    continue;
                QByteArray out(std::uniform_int_distribution<int>(1, 80)(m_random), '\0');
                for (char &byte : out)
                    byte = char(std::uniform_int_distribution<int>(0, 255)(m_random));
                if (out.size() > 8 && (received % 2) == 0) {
                    out[0] = 0x06; // RMCP version, reserved, sequence, class IPMI
                    out[1] = 0x00;
                    out[2] = char(0xff);
                    out[3] = 0x07;
                    out[4] = 0x06; // RMCP+ format
                }
                m_socket.writeDatagram(out, from, fromPort);
            }
        });
    }
    quint16 port() const { return m_socket.localPort(); }
    int received = 0;

private:
    bool m_silent;
    QUdpSocket m_socket;
    std::mt19937 m_random{42};
};

struct Stack
{
    QTemporaryDir dir;
    HistoryService history;
    ServerRegistry registry;
    SessionPool pool{2};
    Fleet fleet{&registry, &pool};
    ServerTreeModel tree{&registry};
    std::unique_ptr<SensorMonitor> monitor;
    Poller poller{&fleet, &tree};
    QHash<QUuid, QList<qint64>> sweeps; // end of each successful sweep, epoch ms

    bool open()
    {
        bool opened = false;
        history.open(dir.filePath(QStringLiteral("history.db")), &registry, [&](const QString &e) { opened = e.isEmpty(); });
        if (!QTest::qWaitFor([&] { return opened; }, 10000))
            return false;
        monitor = std::make_unique<SensorMonitor>(&fleet, &history, dir.filePath(QStringLiteral("sdr")));
        QObject::connect(monitor.get(), &SensorMonitor::sensorsUpdated, &registry,
                         [this](const QUuid &id) { sweeps[id].append(QDateTime::currentMSecsSinceEpoch()); });
        poller.setSensorMonitor(monitor.get());
        poller.setInterval(std::chrono::milliseconds(500));
        poller.setMaxBackoff(2);
        return true;
    }

    QUuid add(const QString &name, quint16 port, const sim::Account &account, std::optional<int> suite = 3)
    {
        ServerEntry entry;
        entry.name = name;
        entry.address = QStringLiteral("127.0.0.1");
        entry.port = port;
        entry.userName = account.user;
        entry.cipherSuite = suite;
        const QUuid id = registry.addServer(entry);
        fleet.setCredentials(id, {ipmi::SecretBytes(account.password.toStdString()), {}});
        return id;
    }
};

} // namespace

class TestFaultsModel final : public QObject
{
    Q_OBJECT

private slots:
    // The desktop learns the suite a server accepted, as the command line does: a later
    // run of the application (a new session pool) tries only that suite, and forged
    // refusals of it give the plain error.
    void learnedSuiteIsHeldAgainstForgery()
    {
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
        qputenv("BMCPILOT_HOLD_LOOPBACK_SUITES", "1");
        sim::IpmiSimFixture sims;
        QVERIFY2(sims.start(), qPrintable(sims.errorString()));
        const sim::Account admin = *sims.bmc(0).account(ipmi::Privilege::Administrator);
        UdpFaultProxy proxy(QHostAddress(sims.bmc(0).host), sims.bmc(0).port, UdpFaultProxy::Faults{});
        QVERIFY2(proxy.listen(), qPrintable(proxy.errorString()));
        const auto deviceId = [&](Stack &stack, const QUuid &server) {
            std::optional<ipmi::Result<ipmi::cmd::DeviceId>> outcome;
            stack.fleet.bmc(server)->call<ipmi::cmd::DeviceId>(
                ipmi::cmd::getDeviceIdRequest(), ipmi::cmd::parseDeviceId, this,
                [&](ipmi::Result<ipmi::cmd::DeviceId> result) { outcome = std::move(result); });
            (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 30000); // checked by the caller
            return outcome;
        };
        {
            Stack first;
            const auto outcome = deviceId(first, first.add(QStringLiteral("auto"), proxy.listenPort(), admin, std::nullopt));
            QVERIFY(outcome && outcome->ok());
        }
        QCOMPARE(LearnedSuites().suite(QStringLiteral("127.0.0.1:%1").arg(proxy.listenPort())),
                 std::optional<std::uint8_t>(3));
        UdpFaultProxy::Faults forging;
        forging.refuseEncryptedSuites = true;
        proxy.setFaults(forging);
        Stack second;
        const auto outcome = deviceId(second, second.add(QStringLiteral("auto"), proxy.listenPort(), admin, std::nullopt));
        qunsetenv("BMCPILOT_HOLD_LOOPBACK_SUITES");
        qunsetenv("XDG_DATA_HOME");
        QVERIFY(outcome && !outcome->ok());
        QVERIFY2(QString::fromStdString(outcome->error().message).contains(QStringLiteral("accepted cipher suite 3 before")),
                 outcome->error().message.c_str());
    }

    // The desktop's servers with "Automatic" cipher suites do not follow forged refusals
    // of the encrypted suites to a weaker one: the call fails with the plain error.
    void forgedRefusalsDoNotDowngrade()
    {
        sim::IpmiSimFixture sims;
        QVERIFY2(sims.start(), qPrintable(sims.errorString()));
        const sim::Account admin = *sims.bmc(0).account(ipmi::Privilege::Administrator);
        UdpFaultProxy::Faults faults;
        faults.refuseEncryptedSuites = true;
        UdpFaultProxy proxy(QHostAddress(sims.bmc(0).host), sims.bmc(0).port, faults);
        QVERIFY2(proxy.listen(), qPrintable(proxy.errorString()));
        Stack stack;
        const QUuid server = stack.add(QStringLiteral("automatic"), proxy.listenPort(), admin, std::nullopt);
        Bmc *bmc = stack.fleet.bmc(server);
        QVERIFY(bmc);
        std::optional<ipmi::Result<ipmi::cmd::DeviceId>> outcome;
        bmc->call<ipmi::cmd::DeviceId>(ipmi::cmd::getDeviceIdRequest(), ipmi::cmd::parseDeviceId, this,
                                       [&](ipmi::Result<ipmi::cmd::DeviceId> result) { outcome = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
        QVERIFY(!outcome->ok());
        QVERIFY2(QString::fromStdString(outcome->error().message).contains(QStringLiteral("refused every encrypted")),
                 outcome->error().message.c_str());
        QVERIFY(proxy.counters().forgedRefusals >= 2);
    }

    void restartedBmcRecoversWithAGap()
    {
        auto first = std::make_unique<sim::IpmiSimFixture>();
        QVERIFY2(first->start(), qPrintable(first->errorString()));
        const sim::Account admin = *first->bmc(0).account(ipmi::Privilege::Administrator);
        // The proxy keeps the address stable: the restarted ipmi_sim gets a new port.
        auto proxy = std::make_unique<UdpFaultProxy>(QHostAddress(first->bmc(0).host), first->bmc(0).port, UdpFaultProxy::Faults{});
        QVERIFY(proxy->listen());
        const quint16 port = proxy->listenPort();

        Stack stack;
        QVERIFY(stack.open());
        const QUuid id = stack.add(QStringLiteral("restarted"), port, admin);
        const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
        stack.poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(stack.sweeps.value(id).size() >= 3, 30000);

        // Kill it in the middle of polling, and wait until the poller notices.
        first->stop();
        const qint64 killedMs = QDateTime::currentMSecsSinceEpoch();
        QTRY_COMPARE_WITH_TIMEOUT(stack.tree.status(id).reachability, ServerStatus::Reachability::Unreachable, 30000);
        const int sweepsBefore = int(stack.sweeps.value(id).size());

        sim::IpmiSimFixture second;
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        proxy.reset();
        proxy = std::make_unique<UdpFaultProxy>(QHostAddress(second.bmc(0).host), second.bmc(0).port, UdpFaultProxy::Faults{});
        QVERIFY2(proxy->listen(QHostAddress::LocalHost, port), qPrintable(proxy->errorString()));
        const qint64 restartedMs = QDateTime::currentMSecsSinceEpoch();

        // Recovery without any help: new sessions, new sweeps, reachable again.
        QTRY_VERIFY_WITH_TIMEOUT(stack.sweeps.value(id).size() >= sweepsBefore + 2, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(stack.tree.status(id).reachability, ServerStatus::Reachability::Reachable, 10000);
        stack.poller.stop();

        // The history has readings before the kill, after the restart, and a gap between.
        bool answered = false;
        QList<std::optional<HistorySeriesData>> data;
        stack.history.query({{id, QStringLiteral("CPU2 Temp")}}, startMs, QDateTime::currentMSecsSinceEpoch() + 1000, 100000,
                            &stack.registry, [&](QList<std::optional<HistorySeriesData>> found) {
                                data = found;
                                answered = true;
                            });
        QTRY_VERIFY(answered);
        QVERIFY(data.value(0).has_value());
        const HistorySeriesData &series = *data.first();
        qint64 lastBefore = 0;
        qint64 firstAfter = 0;
        for (const HistoryPoint &point : series.points) {
            if (std::isnan(point.value))
                continue;
            if (point.timestampMs <= killedMs)
                lastBefore = point.timestampMs;
            else if (point.timestampMs >= restartedMs && !firstAfter)
                firstAfter = point.timestampMs;
        }
        QVERIFY(lastBefore > 0);
        QVERIFY(firstAfter > 0);
        QString gaps;
        bool gapInOutage = false;
        for (const HistoryGap &gap : series.gaps) {
            gaps += QStringLiteral(" [%1, %2]").arg(gap.fromMs - startMs).arg(gap.toMs - startMs);
            gapInOutage = gapInOutage || (gap.fromMs >= lastBefore && gap.toMs <= firstAfter);
        }
        qInfo("last reading before the kill at +%lld ms, killed at +%lld ms, restarted at +%lld ms, first reading after "
              "at +%lld ms; gaps (ms from start):%s",
              lastBefore - startMs, killedMs - startMs, restartedMs - startMs, firstAfter - startMs, qPrintable(gaps));
        QVERIFY2(gapInOutage, "the outage left no gap in the history");
    }

    void badBmcsDoNotHoldUpTheOthers()
    {
        sim::IpmiSimFixture sims;
        QVERIFY2(sims.start(), qPrintable(sims.errorString()));
        const sim::Account admin = *sims.bmc(0).account(ipmi::Privilege::Administrator);
        BadBmc silent(true);
        BadBmc garbage(false);
        QVERIFY(silent.port() != 0 && garbage.port() != 0);

        Stack stack;
        QVERIFY(stack.open());
        const QUuid fast = stack.add(QStringLiteral("fast"), sims.bmc(0).port, admin);
        const QUuid quiet = stack.add(QStringLiteral("silent"), silent.port(), admin);
        const QUuid noisy = stack.add(QStringLiteral("garbage"), garbage.port(), admin);
        stack.poller.start();

        // Until both bad BMCs have been given up on for the first time, the fast one keeps
        // being swept: its polls do not queue behind their timeouts and retries.
        QTRY_VERIFY_WITH_TIMEOUT(stack.tree.status(quiet).reachability == ServerStatus::Reachability::Unreachable &&
                                     stack.tree.status(noisy).reachability == ServerStatus::Reachability::Unreachable,
                                 90000);
        const int fastSweeps = int(stack.sweeps.value(fast).size());
        qInfo("when both bad BMCs were found unreachable the fast one had been swept %d times; silent got %d datagrams, "
              "garbage %d; silent: %s; garbage: %s",
              fastSweeps, silent.received, garbage.received, qPrintable(stack.tree.status(quiet).detail),
              qPrintable(stack.tree.status(noisy).detail));
        QVERIFY(silent.received > 0);
        QVERIFY(garbage.received > 0);
        QVERIFY2(fastSweeps >= 3, qPrintable(QString::number(fastSweeps)));
        QCOMPARE(stack.tree.status(fast).reachability, ServerStatus::Reachability::Reachable);
        QVERIFY(stack.tree.status(fast).health != ServerStatus::Health::Unknown);
        QVERIFY(stack.monitor->sensors(quiet).empty());
        QVERIFY(stack.monitor->sensors(noisy).empty());

        // And it goes on while they are retried with backoff.
        const int later = fastSweeps + 3;
        QTRY_VERIFY_WITH_TIMEOUT(stack.sweeps.value(fast).size() >= later, 30000);
        const QList<qint64> ends = stack.sweeps.value(fast);
        QList<qint64> periods;
        for (qsizetype i = 1; i < ends.size(); ++i)
            periods.append(ends[i] - ends[i - 1]);
        std::sort(periods.begin(), periods.end());
        qInfo("fast BMC sweep period (interval 500 ms +-10 %%): median %lld ms, max %lld ms over %lld sweeps",
              periods.value(periods.size() / 2), periods.value(periods.size() - 1), static_cast<long long>(ends.size()));
        stack.poller.stop();
    }
};

QTEST_GUILESS_MAIN(TestFaultsModel)
#include "tst_faults_model.moc"
