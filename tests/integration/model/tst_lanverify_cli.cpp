// SPDX-License-Identifier: GPL-3.0-or-later
// `lan set <ch> ipaddr <x> --verify` of the CLI library, run in-process (the runner with
// ClientHostSessions, which open the new sessions themselves) against ipmi_sim. The
// fixture listens on 127.0.0.1 (channel 1) and 127.0.0.2 (channel 2); see
// tst_safelanchange.cpp for what ipmi_sim can and cannot show.
#include "cli/commandregistry.h"
#include "cli/lansubcommands.h"
#include "cli/clienthostsession.h"
#include "cli/runner.h"
#include "demo/ipmisimfixture.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class TestLanVerifyCli final : public QObject
{
    Q_OBJECT

private:
    sim::IpmiSimFixture *m_bmcs = nullptr;

    ipmi::SessionConfig config() const
    {
        const sim::Account admin = *m_bmcs->bmc(0).account(ipmi::Privilege::Administrator);
        ipmi::SessionConfig result;
        result.username = admin.user.toStdString();
        result.password = ipmi::SecretBytes(admin.password.toStdString());
        result.timing.handshakeTimeout = 300ms;
        result.timing.handshakeAttempts = 1;
        result.timing.handshakeMessageAttempts = 1;
        result.timing.requestTimeout = 300ms;
        result.timing.requestAttempts = 2;
        return result;
    }

    // Runs one command; returns the exit code, with stdout and stderr.
    int run(const QStringList &command, QString *out, QString *err)
    {
        const CommandRegistry registry = defaultCommandRegistry();
        const CommandRegistry::Match match = registry.find(command);
        if (!match.entry)
            return -1;
        auto task = match.entry->prepare(match.arguments);
        if (!task) {
            *err = QString::fromStdString(task.error().message);
            return 2;
        }
        const ipmi::SessionConfig session = config();
        const quint16 port = m_bmcs->bmc(0).port;
        QTextStream outStream(out);
        QTextStream errStream(err);
        Runner runner({HostEndpoint{QStringLiteral("127.0.0.1"), port}}, task.value(),
                      [session](const HostEndpoint &host) { return ClientHostSession::overLan(host, session); },
                      Runner::Settings{}, outStream, errStream);
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        if (!finished.wait(60000))
            return -2;
        outStream.flush();
        errStream.flush();
        return finished.at(0).at(0).toInt();
    }

private slots:
    void initTestCase()
    {
        sim::IpmiSimOptions options;
        options.extraHosts = {QStringLiteral("127.0.0.2")};
        m_bmcs = new sim::IpmiSimFixture(options, this);
        if (!m_bmcs->start())
            QSKIP(qPrintable(m_bmcs->errorString()));
    }

    void init() { m_bmcs->setLanSetting(0, QStringLiteral("ip_addr"), QStringLiteral("127.0.0.1")); }

    void verifiedMoveConfirmed()
    {
        QString out, err;
        const int code = run({"lan", "set", "1", "ipaddr", "127.0.0.2", "--verify", "--verify-timeout", "10"}, &out, &err);
        QVERIFY2(code == 0, qPrintable(err));
        QCOMPARE(out, QStringLiteral("Setting LAN IP Address to 127.0.0.2\n"
                                     "127.0.0.2 answered in a new session; the new settings are kept.\n"));
        QCOMPARE(m_bmcs->lanSetting(0, QStringLiteral("ip_addr")), QStringLiteral("127.0.0.2"));
    }

    void verifiedMoveRestored()
    {
        QString out, err;
        const int code = run({"lan", "set", "1", "ipaddr", "127.0.0.9", "--verify", "--verify-timeout", "3"}, &out, &err);
        QCOMPARE(code, 1);
        // (The countdown lines go straight to the process's stderr, like the warnings.)
        QVERIFY2(err.contains(QStringLiteral(
                     "127.0.0.9 did not answer within 3 s; the previous settings were restored at 127.0.0.1.")),
                 qPrintable(err));
        QCOMPARE(m_bmcs->lanSetting(0, QStringLiteral("ip_addr")), QStringLiteral("127.0.0.1"));
    }

    void verifyOptionsChecked()
    {
        QString out, err;
        QCOMPARE(run({"lan", "set", "1", "ipaddr", "127.0.0.9", "--verify-timeout", "3"}, &out, &err), 2);
        QVERIFY(err.contains(QStringLiteral("--verify-timeout goes with --verify.")));
        QCOMPARE(m_bmcs->lanSetting(0, QStringLiteral("ip_addr")), QStringLiteral("127.0.0.1"));
    }
};

QTEST_MAIN(TestLanVerifyCli)
#include "tst_lanverify_cli.moc"
