// SPDX-License-Identifier: GPL-3.0-or-later
#include "simfixture.h"

#include "demo/authcapprobe.h"
#include "demo/portreservation.h"
#include "demo/simprocess.h"
#include "demo/statefile.h"

#include <QDebug>
#include <QDir>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkDatagram>
#include <QSet>
#include <QUdpSocket>

namespace sim {

using namespace std::chrono_literals;

namespace {

// A start that loses a port race (ipmi_sim cannot bind, or shares the port with a
// foreign process) is retried on a fresh port this many times in all.
constexpr int maxAttempts = 3;
constexpr auto probeInterval = 50ms;

} // namespace

struct SimFixture::Instance
{
    SimBmc bmc;
    QStringList addresses;
    PortReservation reservation;
    std::unique_ptr<SimProcess> process;
    std::unique_ptr<QUdpSocket> probe;
    QSet<QString> answered;
    int attempts = 0;
    bool ready = false;
};

SimFixture::SimFixture(QObject *parent) : QObject(parent)
{
    m_probeTimer.setInterval(probeInterval);
    connect(&m_probeTimer, &QTimer::timeout, this, &SimFixture::probeAll);
}

SimFixture::~SimFixture()
{
    stop();
}

bool SimFixture::start(std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    connect(this, &SimFixture::ready, &loop, &QEventLoop::quit);
    connect(this, &SimFixture::failed, &loop, &QEventLoop::quit);
    startAsync(timeout);
    if (m_state == State::Starting)
        loop.exec();
    return isReady();
}

void SimFixture::startAsync(std::chrono::milliseconds timeout)
{
    if (m_state == State::Starting || m_state == State::Ready)
        return;
    stop();
    m_instances.clear();
    m_error.clear();
    m_state = State::Starting;
    m_deadline = QDeadlineTimer(timeout);
    if (plannedCount() < 1) {
        fail(QStringLiteral("a fixture needs at least one instance"));
        return;
    }
    m_root = std::make_unique<QTemporaryDir>(QDir::tempPath() + "/bmcpilot-sim-XXXXXX");
    if (!m_root->isValid()) {
        fail(QStringLiteral("cannot create a temporary folder: %1").arg(m_root->errorString()));
        return;
    }
    for (int i = 0; i < plannedCount(); ++i) {
        auto instance = std::make_unique<Instance>();
        instance->addresses = addresses(i);
        instance->bmc.name = instanceName(i);
        m_instances.push_back(std::move(instance));
    }
    for (int i = 0; i < count(); ++i) {
        if (!launch(i))
            return;
    }
    m_probeTimer.start();
}

bool SimFixture::launch(int index)
{
    Instance &instance = *m_instances[size_t(index)];
    ++instance.attempts;
    instance.ready = false;
    instance.answered.clear();
    // A retry may run inside a signal of the old process or socket: delete them later.
    if (instance.process) {
        instance.process->stop(200);
        instance.process.release()->deleteLater();
    }
    if (instance.probe)
        instance.probe.release()->deleteLater();

    QString error;
    if (!reportsOwnPort()) {
        instance.reservation = PortReservation::reserve(instance.addresses, &error);
        if (!instance.reservation.isValid()) {
            fail(QStringLiteral("%1: %2").arg(instance.bmc.name, error));
            return false;
        }
    }
    SimBmc bmc;
    bmc.name = instance.bmc.name;
    bmc.host = instance.addresses.value(0);
    bmc.extraHosts = instance.addresses.mid(1);
    bmc.port = instance.reservation.port();
    bmc.directory = m_root->filePath(bmc.name);
    QDir(bmc.directory).removeRecursively();
    if (!QDir().mkpath(bmc.directory + "/state")) {
        fail(QStringLiteral("%1: cannot create %2").arg(bmc.name, bmc.directory));
        return false;
    }
    const std::optional<Launch> spec = prepare(index, bmc, &error);
    if (!spec) {
        fail(QStringLiteral("%1: %2").arg(bmc.name, error));
        return false;
    }
    instance.bmc = bmc;

    instance.process = std::make_unique<SimProcess>();
    connect(instance.process.get(), &SimProcess::ended, this,
            [this, index] { instanceEnded(index); });
    if (reportsOwnPort()) {
        connect(instance.process.get(), &SimProcess::stdoutLine, this,
                [this, index](const QByteArray &line) {
                    Instance &self = *m_instances[size_t(index)];
                    if (line.startsWith("READY ") && self.bmc.port == 0)
                        self.bmc.port = quint16(line.mid(6).toUInt());
                });
    }
    instance.process->start(spec->program, spec->arguments, bmc.directory,
                            bmc.directory + "/stderr.log", reportsOwnPort());
    instance.bmc.pid = instance.process->pid();

    instance.probe = std::make_unique<QUdpSocket>();
    if (!instance.probe->bind(QHostAddress(QHostAddress::LocalHost), 0)) {
        fail(QStringLiteral("%1: cannot open a probe socket: %2")
                 .arg(bmc.name, instance.probe->errorString()));
        return false;
    }
    connect(instance.probe.get(), &QUdpSocket::readyRead, this,
            [this, index] { readProbe(index); });
    return true;
}

void SimFixture::probeAll()
{
    if (m_state != State::Starting)
        return;
    if (m_deadline.hasExpired()) {
        QStringList late;
        for (const auto &instance : m_instances) {
            if (!instance->ready)
                late << describe(*instance);
        }
        fail(QStringLiteral("no answer in time from %1").arg(late.join(QStringLiteral("; "))));
        return;
    }
    const QByteArray packet = AuthCapProbe::request(m_probeSequence++);
    for (const auto &instance : m_instances) {
        if (instance->ready || !instance->probe || instance->bmc.port == 0)
            continue;
        for (const QString &address : instance->addresses) {
            if (!instance->answered.contains(address))
                instance->probe->writeDatagram(packet, QHostAddress(address), instance->bmc.port);
        }
    }
}

void SimFixture::readProbe(int index)
{
    Instance &instance = *m_instances[size_t(index)];
    while (instance.probe && instance.probe->hasPendingDatagrams()) {
        const QNetworkDatagram reply = instance.probe->receiveDatagram();
        if (reply.senderPort() == instance.bmc.port && AuthCapProbe::isReply(reply.data()))
            instance.answered.insert(reply.senderAddress().toString());
    }
    if (m_state != State::Starting || instance.ready)
        return;
    for (const QString &address : std::as_const(instance.addresses)) {
        if (!instance.answered.contains(address))
            return;
    }
    confirmReady(index);
}

void SimFixture::confirmReady(int index)
{
    Instance &instance = *m_instances[size_t(index)];
    if (!reportsOwnPort()) {
        // Our process holds one socket per address; a second one is an intruder that
        // bound the same port with SO_REUSEADDR and may steal our datagrams.
        for (const QString &address : std::as_const(instance.addresses)) {
            if (PortReservation::udpSocketCount(address, instance.bmc.port) <= 1)
                continue;
            if (instance.attempts < maxAttempts) {
                launch(index);
                return;
            }
            fail(QStringLiteral("%1: another process shares UDP port %2 on %3")
                     .arg(instance.bmc.name)
                     .arg(instance.bmc.port)
                     .arg(address));
            return;
        }
    }
    instance.ready = true;
    for (const auto &other : m_instances) {
        if (!other->ready)
            return;
    }
    m_probeTimer.stop();
    m_state = State::Ready;
    emit ready();
}

void SimFixture::instanceEnded(int index)
{
    Instance &instance = *m_instances[size_t(index)];
    if (m_state == State::Ready) {
        // The tests that talk to it will fail; this says why.
        qWarning().noquote() << "simulated BMC ended:" << describe(instance);
        return;
    }
    if (m_state != State::Starting)
        return;
    // Losing a port race makes ipmi_sim exit at once; a fresh port fixes that. A
    // process that binds its own port has no such excuse.
    if (!instance.ready && !reportsOwnPort() && instance.attempts < maxAttempts) {
        launch(index);
        return;
    }
    fail(describe(instance));
}

void SimFixture::fail(const QString &error)
{
    if (m_state == State::Failed)
        return;
    stop();
    m_state = State::Failed;
    m_error = error;
    emit failed(error);
}

void SimFixture::stop()
{
    m_probeTimer.stop();
    // Objects stay alive: stop() may run inside a signal of one of them.
    for (const auto &instance : m_instances) {
        if (instance->process)
            instance->process->terminate();
    }
    for (const auto &instance : m_instances) {
        if (instance->process)
            instance->process->waitStopped(1000);
        if (instance->probe)
            instance->probe->close();
        instance->reservation.release();
    }
    if (m_state == State::Starting || m_state == State::Ready)
        m_state = State::Stopped;
}

QString SimFixture::describe(const Instance &instance) const
{
    const SimBmc &bmc = instance.bmc;
    QString text = QStringLiteral("%1 (%2, pid %3, %4:%5)")
                       .arg(bmc.name, kindName(bmc.kind))
                       .arg(bmc.pid)
                       .arg(instance.addresses.join(u','))
                       .arg(bmc.port);
    if (!instance.process)
        return text;
    if (instance.process->isRunning())
        text += bmc.port == 0 ? QStringLiteral(" never reported its port")
                              : QStringLiteral(" never answered on every address");
    else
        text += QStringLiteral(" %1 after %2 attempt(s)")
                    .arg(instance.process->exitDescription())
                    .arg(instance.attempts);
    const QString stderrText = instance.process->stderrTail();
    text += stderrText.isEmpty() ? QStringLiteral("; no standard error output")
                                 : QStringLiteral("; standard error:\n%1").arg(stderrText);
    return text;
}

const SimBmc &SimFixture::bmc(int index) const
{
    Q_ASSERT(index >= 0 && index < count());
    return m_instances[size_t(index)]->bmc;
}

QList<SimBmc> SimFixture::bmcs() const
{
    QList<SimBmc> result;
    for (const auto &instance : m_instances)
        result << instance->bmc;
    return result;
}

QString SimFixture::stateFile(int index, const QString &file) const
{
    return bmc(index).directory + "/state/" + file;
}

QString SimFixture::chassisStateFile(int index) const
{
    return stateFile(index, QStringLiteral("chassis.state"));
}

bool SimFixture::powerState(int index) const
{
    return StateFile(chassisStateFile(index)).value(QStringLiteral("power")) == u"1";
}

void SimFixture::setPowerState(int index, bool on)
{
    StateFile(chassisStateFile(index))
        .setValue(QStringLiteral("power"), on ? QStringLiteral("1") : QStringLiteral("0"));
}

QString SimFixture::bootDevice(int index) const
{
    return StateFile(chassisStateFile(index)).value(QStringLiteral("boot"));
}

QString SimFixture::identify(int index) const
{
    return StateFile(chassisStateFile(index)).value(QStringLiteral("identify"));
}

int SimFixture::resetCount(int index) const
{
    return StateFile(chassisStateFile(index)).value(QStringLiteral("resets")).toInt();
}

} // namespace sim
