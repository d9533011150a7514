// SPDX-License-Identifier: GPL-3.0-or-later
// How the fixtures start, stop and fail: fast and parallel, nothing left running,
// and errors that say which program, which port and what it wrote to stderr.

#include "demo/demolab.h"
#include "demo/ipmisimfixture.h"
#include "demo/portreservation.h"
#include "demo/pyghmifixture.h"
#include "demo/simresources.h"
#include "simtools.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace sim;
using namespace simtest;
using namespace Qt::StringLiterals;

namespace {

IpmiSimOptions servers(int count, const QString &prefix)
{
    IpmiSimOptions options;
    options.count = count;
    options.namePrefix = prefix;
    return options;
}

// Points the fixture at another "ipmi_sim" for the lifetime of the object.
class SimulatorOverride
{
public:
    explicit SimulatorOverride(const QString &program)
    {
        qputenv("BMCPILOT_IPMI_SIM", QFile::encodeName(program));
    }
    ~SimulatorOverride() { qunsetenv("BMCPILOT_IPMI_SIM"); }
    SimulatorOverride(const SimulatorOverride &) = delete;
    SimulatorOverride &operator=(const SimulatorOverride &) = delete;
};

} // namespace

class TestSimLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void fiveInstancesStartQuickly();
    void stopLeavesNoProcess();
    void demoLabListsReachableServers();
    void portReservationSeesOtherSockets();
    void missingProgramFailsClearly();
    void silentProgramTimesOutClearly();
    void crashingProgramIsRetriedThenReported();
};

void TestSimLifecycle::fiveInstancesStartQuickly()
{
    IpmiSimFixture fleet(servers(5, u"fleet"_s));
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(fleet.start(), qPrintable(fleet.errorString()));
    const qint64 elapsed = clock.elapsed();
    qInfo("5 ipmi_sim instances answered after %lld ms", elapsed);
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
    QSet<quint16> ports;
    for (const SimBmc &bmc : fleet.bmcs())
        ports.insert(bmc.port);
    QCOMPARE(ports.size(), 5);
}

void TestSimLifecycle::stopLeavesNoProcess()
{
    IpmiSimFixture sims(servers(1, u"stop"_s));
    PyghmiFixture pyghmi;
    QString error;
    QVERIFY2(startAll({&sims, &pyghmi}, &error), qPrintable(error));
    const qint64 simPid = sims.bmc(0).pid;
    const qint64 pyghmiPid = pyghmi.bmc(0).pid;
    QVERIFY(processAlive(simPid) && processAlive(pyghmiPid));
    sims.stop();
    pyghmi.stop();
    QVERIFY(!processAlive(simPid));
    QVERIFY(!processAlive(pyghmiPid));
    QVERIFY(!sims.isReady());
}

void TestSimLifecycle::demoLabListsReachableServers()
{
    QString error;
    const QString ipmitool =
        SimResources::findProgram(u"ipmitool"_s, "BMCPILOT_IPMITOOL", {}, u"ipmitool"_s, &error);
    QVERIFY2(!ipmitool.isEmpty(), qPrintable(error));
    DemoLab lab;
    QVERIFY2(lab.start(), qPrintable(lab.errorString()));
    const QList<DemoServer> list = lab.servers();
    QCOMPARE(list.size(), 4);
    QSet<QString> names;
    for (const DemoServer &server : list) {
        names.insert(server.name);
        const ToolRun r = runTool(
            ipmitool, {u"-I"_s, server.interfaceName, u"-C"_s, QString::number(server.cipherSuite),
                       u"-H"_s, server.host, u"-p"_s, QString::number(server.port), u"-U"_s,
                       server.user, u"-P"_s, server.password, u"mc"_s, u"info"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(server.name + u'\n' + r.text()));
    }
    QCOMPARE(names.size(), 4);
    QVERIFY2(list.first().description.startsWith(u"Pilot R240"_s),
             qPrintable(list.first().description));
    QCOMPARE(list.last().cipherSuite, 17);
}

void TestSimLifecycle::portReservationSeesOtherSockets()
{
    QString error;
    PortReservation first = PortReservation::reserve({u"127.0.0.1"_s}, &error);
    PortReservation second = PortReservation::reserve({u"127.0.0.1"_s}, &error);
    QVERIFY2(first.isValid() && second.isValid(), qPrintable(error));
    QVERIFY(first.port() != second.port());
    QCOMPARE(PortReservation::udpSocketCount(u"127.0.0.1"_s, first.port()), 0);
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress(u"127.0.0.1"_s), first.port()));
    QCOMPARE(PortReservation::udpSocketCount(u"127.0.0.1"_s, first.port()), 1);
}

void TestSimLifecycle::missingProgramFailsClearly()
{
    const SimulatorOverride missing(u"/nonexistent/ipmi_sim"_s);
    IpmiSimFixture sims;
    QVERIFY(!sims.start());
    QVERIFY2(sims.errorString().contains(u"/nonexistent/ipmi_sim"_s),
             qPrintable(sims.errorString()));
}

void TestSimLifecycle::silentProgramTimesOutClearly()
{
    // A "simulator" that runs but never answers, after saying something on stderr.
    QTemporaryDir dir;
    QFile script(dir.filePath(u"mute_sim"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho 'listening nowhere' >&2\nexec sleep 30\n");
    script.close();
    script.setPermissions(script.permissions() | QFile::ExeOwner);
    const SimulatorOverride mute(script.fileName());
    IpmiSimFixture sims(servers(1, u"mute"_s));
    QVERIFY(!sims.start(std::chrono::milliseconds(800)));
    const QString error = sims.errorString();
    QVERIFY2(error.contains(u"mute-01"_s) && error.contains(u"never answered"_s) &&
                 error.contains(u"listening nowhere"_s),
             qPrintable(error));
    QVERIFY(!processAlive(sims.bmc(0).pid));
}

void TestSimLifecycle::crashingProgramIsRetriedThenReported()
{
    // /bin/false exits at once, like an ipmi_sim that lost its port: retried on
    // fresh ports, then reported with the exit status.
    const SimulatorOverride failing(u"/bin/false"_s);
    IpmiSimFixture sims(servers(1, u"crash"_s));
    QVERIFY(!sims.start());
    QVERIFY2(sims.errorString().contains(u"exited with code 1 after 3 attempt(s)"_s),
             qPrintable(sims.errorString()));
}

QTEST_GUILESS_MAIN(TestSimLifecycle)
#include "tst_simlifecycle.moc"
