// SPDX-License-Identifier: GPL-3.0-or-later
// bmcpilot-cli through the loopback fault proxy: with 20 % of the datagrams lost (both
// ways), and with corrupted, duplicated and reordered datagrams, every command still
// prints exactly what it prints over a clean path. A flipped byte must be caught by the
// RMCP+ integrity check (suite 3: HMAC-SHA1-96) and retried, never decoded as data.
// Forged refusals of the encrypted suites must not move a login to a weaker one.
#include "udpfaultproxy.h"

#include "demo/ipmisimfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

class TestFaultsCli final : public QObject
{
    Q_OBJECT

private:
    struct Output
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    sim::IpmiSimFixture m_sims;
    QTemporaryDir m_cache;

    // Runs the CLI while this thread's event loop keeps serving the proxy. Each run gets
    // an empty SDR cache, so `sdr list` reads the whole repository over the damaged path.
    // `timing` replaces the 0.1 s first wait below; {} keeps the CLI's defaults.
    Output cli(quint16 port, const QStringList &command, const QStringList &suite = {QStringLiteral("-C"), QStringLiteral("3")},
               const std::optional<QStringList> &timing = std::nullopt, int limitMs = 90000)
    {
        static int run = 0;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.filePath(QString::number(++run)));
        // One data folder for the whole test: learned cipher suites persist across runs.
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_cache.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("BMCPILOT_HOLD_LOOPBACK_SUITES"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        const sim::SimBmc bmc = m_sims.bmc(0);
        const sim::Account admin = *bmc.account(ipmi::Privilege::Administrator);
        process.start(QStringLiteral(BMCPILOT_CLI_PATH),
                      // The default retries, with a 0.1 s first wait instead of 1 s: every
                      // answer on loopback comes in well under a millisecond, and `sdr list`
                      // makes some 450 requests, so at 1 s per lost datagram it would run
                      // for minutes.
                      timing.value_or(QStringList{QStringLiteral("-N"), QStringLiteral("0.1")})
                          + QStringList{QStringLiteral("-I"), QStringLiteral("lanplus")}
                          + suite
                          + QStringList{QStringLiteral("-H"), bmc.host, QStringLiteral("-p"), QString::number(port),
                                        QStringLiteral("-U"), admin.user, QStringLiteral("-P"), admin.password}
                          + command);
        Output output;
        // The proxy runs in this thread: serve it as soon as a datagram arrives (qWaitFor
        // sleeps 10 ms between rounds, which would add that to every round trip).
        QElapsedTimer running;
        running.start();
        QTimer wake; // so the loop below also ends at the limit
        wake.start(500);
        while (process.state() != QProcess::NotRunning && running.elapsed() < limitMs)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            output.err = "no end within " + QByteArray::number(limitMs / 1000) + " s; stderr so far: "
                         + process.readAllStandardError();
            return output;
        }
        output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        output.out = process.readAllStandardOutput();
        output.err = process.readAllStandardError();
        return output;
    }

    static QList<QStringList> commands()
    {
        return {{QStringLiteral("mc"), QStringLiteral("info")},
                {QStringLiteral("chassis"), QStringLiteral("status")},
                {QStringLiteral("sdr"), QStringLiteral("list")}, // SDR reads and every reading
                {QStringLiteral("fru"), QStringLiteral("print")}};
    }

    void compareThroughProxy(const UdpFaultProxy::Faults &faults, bool expectCorruption)
    {
        const sim::SimBmc bmc = m_sims.bmc(0);
        UdpFaultProxy proxy(QHostAddress(bmc.host), bmc.port, faults);
        QVERIFY2(proxy.listen(), qPrintable(proxy.errorString()));
        for (const QStringList &command : commands()) {
            const Output clean = cli(bmc.port, command);
            QVERIFY2(clean.exitCode == 0, clean.err.constData());
            QVERIFY(!clean.out.isEmpty());
            const Output damaged = cli(proxy.listenPort(), command);
            QVERIFY2(damaged.exitCode == 0, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                                                     QString::fromLocal8Bit(damaged.err)));
            QCOMPARE(damaged.out, clean.out);
        }
        const UdpFaultProxy::Counters counters = proxy.counters();
        qInfo("proxy: forwarded %llu, dropped %llu, duplicated %llu, reordered %llu, corrupted %llu",
              static_cast<unsigned long long>(counters.forwarded), static_cast<unsigned long long>(counters.dropped),
              static_cast<unsigned long long>(counters.duplicated), static_cast<unsigned long long>(counters.reordered),
              static_cast<unsigned long long>(counters.corrupted));
        if (faults.loss > 0)
            QVERIFY(counters.dropped > 0);
        if (expectCorruption)
            QVERIFY(counters.corrupted > 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        QVERIFY2(m_sims.start(), qPrintable(m_sims.errorString()));
    }

    void twentyPercentLossChangesNothing()
    {
        UdpFaultProxy::Faults faults;
        faults.loss = 0.2;
        faults.seed = 20;
        compareThroughProxy(faults, false);
    }

    void corruptedDatagramsAreNeverDecoded()
    {
        // Corrupted, duplicated and reordered datagrams, both ways. Outside the session
        // (the handshake) a flipped byte fails the RAKP HMACs or the parsers; inside it,
        // the integrity check. Either way the command retries and the output is exact.
        UdpFaultProxy::Faults faults;
        faults.corrupt = 0.1;
        faults.duplicate = 0.05;
        faults.reorder = 0.05;
        faults.seed = 7;
        compareThroughProxy(faults, true);
    }

    // The command line a user types, no -N, no -C, with an empty SDR cache: before the
    // retransmission timeout followed the measured round trip, each lost datagram cost the
    // fixed 1 s first wait and this did not finish in 60 s. The time is the benchmark's
    // (bench_loss); here the output must be exact and the run must end.
    void defaultSensorListThroughLoss()
    {
        const sim::SimBmc bmc = m_sims.bmc(0);
        const QStringList sensorList{QStringLiteral("sensor"), QStringLiteral("list")};
        const Output clean = cli(bmc.port, sensorList, {}, QStringList{});
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QVERIFY(clean.out.count('\n') > 40);
        UdpFaultProxy::Faults faults;
        faults.loss = 0.2;
        faults.seed = 60;
        UdpFaultProxy proxy(QHostAddress(bmc.host), bmc.port, faults);
        QVERIFY2(proxy.listen(), qPrintable(proxy.errorString()));
        QElapsedTimer timer;
        timer.start();
        const Output damaged = cli(proxy.listenPort(), sensorList, {}, QStringList{}, 60000);
        QVERIFY2(damaged.exitCode == 0, damaged.err.constData());
        QCOMPARE(damaged.out, clean.out);
        const UdpFaultProxy::Counters counters = proxy.counters();
        qInfo("sensor list through 20 %% loss: %lld ms; forwarded %llu, dropped %llu", static_cast<long long>(timer.elapsed()),
              static_cast<unsigned long long>(counters.forwarded), static_cast<unsigned long long>(counters.dropped));
        QVERIFY(counters.dropped > 0);
    }

    // Logins (automatic suite, fresh each time: no learned suite) through 20 % loss.
    void defaultLoginsThroughLoss()
    {
        const sim::SimBmc bmc = m_sims.bmc(0);
        const QStringList mcInfo{QStringLiteral("mc"), QStringLiteral("info")};
        const Output clean = cli(bmc.port, mcInfo, {}, QStringList{});
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        UdpFaultProxy::Faults faults;
        faults.loss = 0.2;
        faults.seed = 61;
        UdpFaultProxy proxy(QHostAddress(bmc.host), bmc.port, faults);
        QVERIFY2(proxy.listen(), qPrintable(proxy.errorString()));
        QFile::remove(m_cache.filePath(QStringLiteral("data/bmcpilot/learned-suites.json")));
        for (int login = 0; login < 6; ++login) {
            const Output damaged = cli(proxy.listenPort(), mcInfo, {}, QStringList{}, 60000);
            QVERIFY2(damaged.exitCode == 0, damaged.err.constData());
            QCOMPARE(damaged.out, clean.out);
            QFile::remove(m_cache.filePath(QStringLiteral("data/bmcpilot/learned-suites.json")));
        }
        QVERIFY(proxy.counters().dropped > 0);
    }

    // An on-path attacker forges "no cipher suite match" for every request that asks for
    // encryption. The command line a user types (no -C) must not log in with a weaker
    // suite: it fails and says why. Pinning suite 2 is the user's own choice and works.
    void forgedRefusalsDoNotDowngrade()
    {
        const sim::SimBmc bmc = m_sims.bmc(0);
        UdpFaultProxy::Faults faults;
        faults.refuseEncryptedSuites = true;
        UdpFaultProxy proxy(QHostAddress(bmc.host), bmc.port, faults);
        QVERIFY2(proxy.listen(), qPrintable(proxy.errorString()));
        const Output automatic = cli(proxy.listenPort(), {QStringLiteral("mc"), QStringLiteral("info")}, {});
        QVERIFY(automatic.exitCode != 0);
        QVERIFY(automatic.out.isEmpty());
        QVERIFY2(automatic.err.contains("or something on the path, refused every encrypted cipher suite ("),
                 automatic.err.constData());
        QVERIFY(automatic.err.contains("-C 2"));
        QVERIFY(proxy.counters().forgedRefusals >= 2);

        const Output pinned = cli(proxy.listenPort(), {QStringLiteral("mc"), QStringLiteral("info")},
                                  {QStringLiteral("-C"), QStringLiteral("2")});
        QVERIFY2(pinned.exitCode == 0, pinned.err.constData());
        QVERIFY(pinned.out.contains("Device ID"));
    }

    // A BMC reached once learns its suite; when the path later forges refusals of it, the
    // error names the change, and --forget-suite lets the next login negotiate afresh.
    void learnedSuiteIsHeldAgainstForgery()
    {
        const sim::SimBmc bmc = m_sims.bmc(0);
        UdpFaultProxy proxy(QHostAddress(bmc.host), bmc.port, UdpFaultProxy::Faults{});
        QVERIFY2(proxy.listen(), qPrintable(proxy.errorString()));
        const QString location = QStringLiteral("127.0.0.1:%1").arg(proxy.listenPort());
        const QStringList mcInfo{QStringLiteral("mc"), QStringLiteral("info")};
        const Output first = cli(proxy.listenPort(), mcInfo, {});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QFile learned(m_cache.filePath(QStringLiteral("data/bmcpilot/learned-suites.json")));
        QVERIFY(learned.open(QIODevice::ReadOnly));
        QVERIFY2(learned.readAll().contains(QStringLiteral("\"%1\": 3").arg(location).toUtf8()), "suite 3 not learnt");
        learned.close();

        UdpFaultProxy::Faults forging;
        forging.refuseEncryptedSuites = true;
        proxy.setFaults(forging);
        const Output forged = cli(proxy.listenPort(), mcInfo, {});
        QVERIFY(forged.exitCode != 0);
        QVERIFY2(forged.err.contains("accepted cipher suite 3 before and now refuses it"), forged.err.constData());

        proxy.setFaults(UdpFaultProxy::Faults{});
        const Output forgotten = cli(proxy.listenPort(), {}, {QStringLiteral("--forget-suite")});
        QVERIFY2(forgotten.exitCode == 0, forgotten.err.constData());
        QVERIFY(learned.open(QIODevice::ReadOnly));
        QVERIFY(!learned.readAll().contains(location.toUtf8()));
        learned.close();
        const Output again = cli(proxy.listenPort(), mcInfo, {});
        QVERIFY2(again.exitCode == 0, again.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestFaultsCli)
#include "tst_faults_cli.moc"
