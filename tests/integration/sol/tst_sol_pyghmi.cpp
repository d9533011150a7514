// SPDX-License-Identifier: GPL-3.0-or-later
// SolClient against pyghmi's BMC (src/demo/data/pyghmi_bmc.py greets on activation and
// echoes what the console types): typed text arrives, the BMC's text appears, an active
// payload is taken over, and under packet loss unacknowledged data is resent.
#include "demo/pyghmifixture.h"
#include "transport/lanclient.h"
#include "transport/solclient.h"
#include "udpfaultproxy.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {

ipmi::SessionConfig configFor(const sim::Account &account)
{
    ipmi::SessionConfig config;
    config.username = account.user.toStdString();
    config.password = ipmi::SecretBytes(std::string_view(account.password.toStdString()));
    config.cipher.pinnedSuite = std::uint8_t(3); // plain pyghmi speaks suite 3 only
    return config;
}

// Everything the console received, collected as it arrives.
struct Console
{
    QByteArray text;
    QString lastError;
    QString deactivatedReason;
    bool active = false;
    bool alreadyActive = false;

    void attach(SolClient &sol)
    {
        QObject::connect(&sol, &SolClient::received, [this](const QByteArray &data) { text += data; });
        QObject::connect(&sol, &SolClient::activated, [this] { active = true; });
        QObject::connect(&sol, &SolClient::failed, [this](const QString &error) { lastError = error; });
        QObject::connect(&sol, &SolClient::alreadyActive, [this] { alreadyActive = true; });
        QObject::connect(&sol, &SolClient::deactivated, [this](const QString &reason) {
            active = false;
            deactivatedReason = reason;
        });
    }
};

} // namespace

class TestSolPyghmi final : public QObject
{
    Q_OBJECT

    sim::PyghmiFixture m_bmc;

    sim::Account admin() const { return *m_bmc.bmc(0).account(ipmi::Privilege::Administrator); }

    bool activate(SolClient &sol, Console &console)
    {
        sol.activate();
        return QTest::qWaitFor([&] { return console.active || !console.lastError.isEmpty() || console.alreadyActive; },
                               20000)
               && console.active;
    }

    void deactivate(SolClient &sol)
    {
        QSignalSpy done(&sol, &SolClient::deactivated);
        sol.deactivate();
        QVERIFY(done.count() > 0 || done.wait(10000));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_bmc.start(), qPrintable(m_bmc.errorString()));
        m_bmc.setPowerState(0, true); // pyghmi refuses SOL (81h) while the host is off
    }

    void typedTextArrivesAndBmcTextAppears()
    {
        LanClient lan(m_bmc.bmc(0).host, m_bmc.bmc(0).port, configFor(admin()));
        SolClient sol(&lan);
        Console console;
        console.attach(sol);
        QVERIFY2(activate(sol, console), qPrintable(console.lastError));
        // The fixture writes a greeting as soon as SOL is active.
        QVERIFY(QTest::qWaitFor([&] { return console.text.contains("simulated console"); }, 10000));
        sol.send("hello, BMC\r");
        // The fixture echoes what reaches its serial side: the text went through.
        QVERIFY2(QTest::qWaitFor([&] { return console.text.contains("hello, BMC\r"); }, 10000), console.text.constData());
        QCOMPARE(sol.stats().charactersSent, quint64(11));
        sol.sendBreak(); // pyghmi ACKs it; it has no serial line to break
        QTest::qWait(300);
        QCOMPARE(sol.state(), SolClient::State::Active);
        deactivate(sol);
        QVERIFY(console.deactivatedReason.isEmpty());
    }

    void activePayloadIsOfferedForTakeOver()
    {
        LanClient firstLan(m_bmc.bmc(0).host, m_bmc.bmc(0).port, configFor(admin()));
        SolClient first(&firstLan);
        Console one;
        one.attach(first);
        QVERIFY2(activate(first, one), qPrintable(one.lastError));

        LanClient secondLan(m_bmc.bmc(0).host, m_bmc.bmc(0).port, configFor(admin()));
        SolClient second(&secondLan);
        Console two;
        two.attach(second);
        QVERIFY(!activate(second, two));
        QVERIFY2(two.alreadyActive, qPrintable(two.lastError));
        second.takeOver();
        QVERIFY2(QTest::qWaitFor([&] { return two.active; }, 20000), qPrintable(two.lastError));
        second.send("mine\r");
        QVERIFY(QTest::qWaitFor([&] { return two.text.contains("mine\r"); }, 10000));
        deactivate(second);
    }

    void unacknowledgedDataIsResentUnderLoss()
    {
        UdpFaultProxy::Faults faults;
        faults.seed = 8;
        UdpFaultProxy proxy(QHostAddress(m_bmc.bmc(0).host), m_bmc.bmc(0).port, faults);
        QVERIFY2(proxy.listen(), qPrintable(proxy.errorString()));
        ipmi::SessionConfig config = configFor(admin());
        config.timing.requestAttempts = 8;
        LanClient lan(QStringLiteral("127.0.0.1"), proxy.listenPort(), config);
        SolClient::Settings settings;
        settings.timing.retransmitTimeout = std::chrono::milliseconds(300);
        settings.timing.attempts = 30;
        SolClient sol(&lan, settings);
        Console console;
        console.attach(sol);
        QVERIFY2(activate(sol, console), qPrintable(console.lastError));
        QVERIFY(QTest::qWaitFor([&] { return console.text.contains("simulated console"); }, 10000));

        faults.loss = 0.25; // from here on, in both directions
        proxy.setFaults(faults);
        QByteArray typed;
        for (int i = 0; i < 12; ++i) {
            const QByteArray line = QByteArray("line ") + QByteArray::number(i) + "\r";
            typed += line;
            sol.send(line);
            QTest::qWait(50);
        }
        QVERIFY2(QTest::qWaitFor([&] { return sol.stats().charactersSent == quint64(typed.size()); }, 60000),
                 qPrintable(QStringLiteral("accepted %1 of %2").arg(sol.stats().charactersSent).arg(typed.size())));
        QVERIFY(sol.stats().retransmissions > 0);
        QVERIFY(proxy.counters().dropped > 0);
        qInfo("SOL under 25%% loss: %llu packets, %llu resent, %llu duplicates received, proxy dropped %llu",
              static_cast<unsigned long long>(sol.stats().packetsSent),
              static_cast<unsigned long long>(sol.stats().retransmissions),
              static_cast<unsigned long long>(sol.stats().duplicatesReceived),
              static_cast<unsigned long long>(proxy.counters().dropped));
        // Every line was accepted exactly once; what pyghmi echoes back under the same loss
        // may itself be cut short by pyghmi's own five tries, so the echo is only checked
        // for order, not completeness.
        const qsizetype first = console.text.indexOf("line 0\r");
        const qsizetype last = console.text.lastIndexOf("line ");
        QVERIFY(first < 0 || last >= first);
        for (int i = 0; i < 12; ++i) // nothing the BMC sent twice reached the console twice
            QVERIFY(console.text.count(QByteArray("line ") + QByteArray::number(i) + "\r") <= 1);
        QCOMPARE(sol.state(), SolClient::State::Active);
        faults.loss = 0;
        proxy.setFaults(faults);
        deactivate(sol);
    }
#ifdef BMCPILOT_CLI_PATH
    QProcess *startCli(const QStringList &command)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IPMI_PASSWORD"), admin().password);
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(BMCPILOT_CLI_PATH),
                       QStringList{"-I", "lanplus", "-C", "3", "-H", m_bmc.bmc(0).host, "-p",
                                   QString::number(m_bmc.bmc(0).port), "-U", admin().user, "-E"}
                           + command);
        return process;
    }

    void cliTypesAndShowsThroughAPipe()
    {
        QProcess *cli = startCli({"sol", "activate"});
        QVERIFY(cli->waitForStarted());
        QByteArray out; // type after the greeting (see cliEscapeEndsTheSession)
        QVERIFY(QTest::qWaitFor([&] { return (out += cli->readAllStandardOutput()).contains("echoed."); }, 20000));
        cli->write("from the cli\r");
        cli->closeWriteChannel(); // end of input: the CLI waits for the echo, then deactivates
        QVERIFY(cli->waitForFinished(30000));
        out += cli->readAllStandardOutput();
        const QByteArray err = cli->readAllStandardError();
        QCOMPARE(cli->exitCode(), 0);
        QVERIFY2(out.contains("BMC Pilot simulated console"), out.constData());
        QVERIFY2(out.contains("from the cli\r"), out.constData());
        QVERIFY2(err.contains("[SOL Session operational.  Use ~? for help]"), err.constData());
        // Deactivated on the way out: a second deactivate finds nothing to do.
        QProcess *again = startCli({"sol", "deactivate"});
        QVERIFY(again->waitForFinished(30000));
        QCOMPARE(again->exitCode(), 0);
        QCOMPARE(again->readAllStandardOutput(), QByteArray("Info: SOL payload already de-activated\n"));
    }

    void cliEscapeEndsTheSession()
    {
        QProcess *cli = startCli({"sol", "activate"});
        QVERIFY(cli->waitForStarted());
        QByteArray out;
        // Typed while pyghmi still waits for the ACK of its greeting, the echo can go
        // missing in pyghmi (seen once; see the report): type after the greeting.
        QVERIFY(QTest::qWaitFor([&] { return (out += cli->readAllStandardOutput()).contains("echoed."); }, 20000));
        cli->write("abc\r");
        QVERIFY(QTest::qWaitFor([&] { return (out += cli->readAllStandardOutput()).contains("abc\r"); }, 20000));
        cli->write("~."); // stdin stays open: only the escape can end it
        QVERIFY2(cli->waitForFinished(30000), cli->readAllStandardError().constData());
        QCOMPARE(cli->exitCode(), 0);
    }
#endif
};

QTEST_GUILESS_MAIN(TestSolPyghmi)
#include "tst_sol_pyghmi.moc"
