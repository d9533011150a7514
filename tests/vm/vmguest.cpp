// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmguest.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>

namespace vm {

namespace {

// Set by tests/vm/CMakeLists.txt: the kernel and the initramfs built for it, or why
// there are none.
constexpr const char *Kernel = BMCPILOT_VM_KERNEL;
constexpr const char *Initramfs = BMCPILOT_VM_INITRAMFS;
constexpr const char *BuildMissing = BMCPILOT_VM_MISSING;

QString qemuProgram()
{
    const QString overridden = qEnvironmentVariable("BMCPILOT_QEMU");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::findExecutable(QStringLiteral("qemu-system-x86_64"));
}

// QEMU's TCG by default: it works everywhere, and a /dev/kvm that opens may still hang
// a guest (nested in a container). BMCPILOT_VM_ACCEL=kvm asks for KVM.
QString accelerator()
{
    const QString wanted = qEnvironmentVariable("BMCPILOT_VM_ACCEL");
    return wanted.isEmpty() ? QStringLiteral("tcg") : wanted;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

VmGuest::VmGuest(VmGuestOptions options, QObject *parent)
    : QObject(parent), m_options(options)
{}

VmGuest::~VmGuest()
{
    stop();
}

QString VmGuest::unavailableReason()
{
    if (*BuildMissing)
        return QString::fromUtf8(BuildMissing);
    if (qemuProgram().isEmpty())
        return QStringLiteral("qemu-system-x86_64 is not installed: run scripts/setup (Debian "
                              "package qemu-system-x86)");
    for (const char *file : {Kernel, Initramfs}) {
        if (!QFileInfo(QString::fromUtf8(file)).isReadable())
            return QStringLiteral("%1 is missing or unreadable: build the target vm_initramfs "
                                  "(scripts/build build vm_initramfs)")
                .arg(QString::fromUtf8(file));
    }
    return {};
}

quint16 VmGuest::freeTcpPort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

QString VmGuest::quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + escaped + u'\'';
}

QString VmGuest::hostExchangeDir() const
{
    return m_root ? m_root->filePath(QStringLiteral("exchange")) : QString();
}

QString VmGuest::consoleTail(qsizetype maxBytes) const
{
    if (!m_root)
        return {};
    QString console = readText(m_root->filePath(QStringLiteral("console.log")));
    console.remove(u'\r'); // the kernel ends the serial console's lines with \r\n
    return console.right(maxBytes).trimmed();
}

// A clone under /tmp (as CI may make one) keeps its top folder visible in the guest,
// whose /tmp is a tmpfs of its own: the sources and the build are there.
QString VmGuest::keptTmpFolder()
{
    const QString programs = QCoreApplication::applicationDirPath();
    if (!programs.startsWith(QStringLiteral("/tmp/")))
        return {};
    return QStringLiteral("/tmp/") + programs.mid(5).section(u'/', 0, 0);
}

QStringList VmGuest::qemuArguments() const
{
    const QString root = m_root->path();
    // Not quiet: the kernel's messages, with the init script's steps between them, show
    // where a guest that does not answer stands (consoleTail()).
    QString kernelLine = QStringLiteral("console=ttyS0 panic=-1");
    if (!m_options.loadIpmiModules)
        kernelLine += QStringLiteral(" bmcpilot.ipmi=off");
    if (const QString kept = keptTmpFolder(); !kept.isEmpty())
        kernelLine += QStringLiteral(" bmcpilot.keep=") + kept;
    QStringList arguments{
        QStringLiteral("-M"), QStringLiteral("pc"),
        QStringLiteral("-accel"), accelerator(),
        QStringLiteral("-cpu"), QStringLiteral("max"),
        QStringLiteral("-smp"), QStringLiteral("1"),
        QStringLiteral("-m"), QString::number(m_options.memoryMegabytes),
        QStringLiteral("-nodefaults"), QStringLiteral("-no-user-config"),
        QStringLiteral("-display"), QStringLiteral("none"),
        QStringLiteral("-no-reboot"),
        QStringLiteral("-kernel"), QString::fromUtf8(Kernel),
        QStringLiteral("-initrd"), QString::fromUtf8(Initramfs),
        QStringLiteral("-append"), kernelLine,
        // ttyS0: the kernel's console, kept for failure messages; ttyS1: commands.
        QStringLiteral("-chardev"), QStringLiteral("file,id=console,path=%1/console.log").arg(root),
        QStringLiteral("-device"), QStringLiteral("isa-serial,chardev=console"),
        QStringLiteral("-chardev"), QStringLiteral("socket,id=control,path=%1").arg(m_controlServer.fullServerName()),
        QStringLiteral("-device"), QStringLiteral("isa-serial,chardev=control"),
        QStringLiteral("-virtfs"),
        QStringLiteral("local,path=/,mount_tag=host,security_model=none,readonly=on,multidevs=remap"),
        QStringLiteral("-virtfs"),
        QStringLiteral("local,path=%1,mount_tag=work,security_model=none").arg(hostExchangeDir()),
    };
    // QEMU's monitor, to look at a guest that does not answer while the test waits
    // (README.md); a Unix socket path has room for about 100 characters.
    const QString monitor = root + QStringLiteral("/monitor.sock");
    if (monitor.size() < 100)
        arguments << QStringLiteral("-monitor") << QStringLiteral("unix:%1,server=on,wait=off").arg(monitor);
    switch (m_options.bmc) {
    case GuestBmc::None:
        break;
    case GuestBmc::External:
        arguments << QStringLiteral("-chardev")
                  << QStringLiteral("socket,id=ipmi0,host=127.0.0.1,port=%1,reconnect=2").arg(m_options.kcsPort)
                  << QStringLiteral("-device") << QStringLiteral("ipmi-bmc-extern,chardev=ipmi0,id=bmc0")
                  << QStringLiteral("-device") << QStringLiteral("isa-ipmi-kcs,bmc=bmc0");
        break;
    case GuestBmc::QemuSimulated:
        arguments << QStringLiteral("-device") << QStringLiteral("ipmi-bmc-sim,id=bmc0")
                  << QStringLiteral("-device") << QStringLiteral("isa-ipmi-kcs,bmc=bmc0");
        break;
    }
    return arguments;
}

QString VmGuest::keepForInspection()
{
    if (!m_root)
        return {};
    m_root->setAutoRemove(false);
    const QString console = consoleTail();
    if (!console.isEmpty())
        qWarning("The guest's console (%s) ends with:\n%s",
                 qPrintable(m_root->filePath(QStringLiteral("console.log"))), qPrintable(console));
    return QStringLiteral(" (its console, QEMU's log and the exchange folder are kept in %1)").arg(m_root->path());
}

bool VmGuest::fail(const QString &error)
{
    m_error = error;
    if (m_qemu.pid() != 0) // QEMU was started: there is something to look at
        m_error += keepForInspection();
    const QString qemuError = m_qemu.stderrTail(1500);
    if (!qemuError.isEmpty())
        m_error += QStringLiteral("\nQEMU said: ") + qemuError;
    const QString console = consoleTail();
    if (!console.isEmpty())
        m_error += QStringLiteral("\nThe guest's console ends with:\n") + console;
    return false;
}

bool VmGuest::start(std::chrono::seconds timeout)
{
    const QString missing = unavailableReason();
    if (!missing.isEmpty())
        return fail(missing);
    // The guest mounts tmpfs over /run, hiding whatever the host keeps there; a build
    // under /tmp is bound back into the guest's own /tmp (keptTmpFolder()).
    const QString programs = QCoreApplication::applicationDirPath();
    if (programs.startsWith(QStringLiteral("/run/")))
        return fail(QStringLiteral("the build folder %1 is under /run, which the guest does not see: build "
                                   "elsewhere").arg(programs));
    if (programs.startsWith(QStringLiteral("/tmp/")) && keptTmpFolder().contains(u' '))
        return fail(QStringLiteral("the build folder %1 has a space in its name, which the guest's kernel line "
                                   "cannot carry: build elsewhere").arg(programs));
    if (m_options.bmc == GuestBmc::External && m_options.kcsPort == 0)
        return fail(QStringLiteral("an external BMC needs the ipmi_sim KCS port (kcsPort)"));
    m_root = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/bmcpilot-vm-XXXXXX"));
    if (!m_root->isValid() || !QDir().mkpath(hostExchangeDir()))
        return fail(QStringLiteral("cannot create a temporary folder in %1").arg(QDir::tempPath()));
    m_controlServer.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_controlServer.listen(m_root->filePath(QStringLiteral("control.sock"))))
        return fail(QStringLiteral("cannot listen on the control socket: ") + m_controlServer.errorString());

    QElapsedTimer clock;
    clock.start();
    const QDeadlineTimer deadline(timeout);
    m_qemu.start(qemuProgram(), qemuArguments(), m_root->path(), m_root->filePath(QStringLiteral("qemu.log")),
                 false);
    while (!m_controlServer.hasPendingConnections()) {
        if (deadline.hasExpired())
            return fail(QStringLiteral("QEMU did not open the guest's control port"));
        m_controlServer.waitForNewConnection(100);
        QCoreApplication::processEvents();
        if (!m_qemu.isRunning())
            return fail(QStringLiteral("QEMU %1").arg(m_qemu.exitDescription()));
    }
    m_control = m_controlServer.nextPendingConnection();
    QByteArray line;
    if (!waitForLine(&line, deadline))
        return fail(QStringLiteral("the guest did not boot within %1 s").arg(timeout.count()));
    if (!line.startsWith("READY"))
        return fail(QStringLiteral("the guest said \"%1\" instead of READY").arg(QString::fromUtf8(line)));
    m_bootMilliseconds = clock.elapsed();
    return true;
}

bool VmGuest::waitForLine(QByteArray *line, const QDeadlineTimer &deadline)
{
    for (;;) {
        // Everything the socket holds, not only what waitForReadyRead() reported: that
        // reports new data only, and processEvents() below may already have read the
        // end of a line into the socket's buffer. Left there, it is never looked at,
        // and the guest, which has answered, seems never to.
        if (m_control)
            m_pending += m_control->readAll();
        const qsizetype end = m_pending.indexOf('\n');
        if (end >= 0) {
            *line = m_pending.left(end).trimmed();
            m_pending.remove(0, end + 1);
            return true;
        }
        if (deadline.hasExpired() || !m_control || m_control->state() != QLocalSocket::ConnectedState)
            return false;
        m_control->waitForReadyRead(100);
        // Lets QProcess notice a QEMU that died.
        QCoreApplication::processEvents();
        if (!m_qemu.isRunning())
            return false;
    }
}

GuestRun VmGuest::run(const QString &script, std::chrono::seconds timeout)
{
    GuestRun result;
    if (!m_control) {
        result.err = QStringLiteral("the guest is not running");
        return result;
    }
    const int number = ++m_commandCount;
    const QString base = QStringLiteral("%1/%2").arg(hostExchangeDir()).arg(number);
    QFile file(base + QStringLiteral(".sh"));
    if (!file.open(QIODevice::WriteOnly) || file.write(script.toUtf8()) < 0) {
        result.err = QStringLiteral("cannot write %1").arg(file.fileName());
        return result;
    }
    file.close();
    m_control->write(QStringLiteral("RUN %1\n").arg(number).toLatin1());
    m_control->flush();
    QByteArray line;
    const QByteArray done = QStringLiteral("DONE %1 ").arg(number).toLatin1();
    const QDeadlineTimer deadline(timeout);
    while (waitForLine(&line, deadline)) {
        if (!line.startsWith(done))
            continue;
        result.exitCode = line.mid(done.size()).toInt();
        result.out = readText(base + QStringLiteral(".out"));
        result.err = readText(base + QStringLiteral(".err"));
        return result;
    }
    result.timedOut = true;
    result.err = QStringLiteral("no answer from the guest to command %1 within %2 s").arg(number).arg(timeout.count());
    if (!m_pending.isEmpty())
        result.err += QStringLiteral(", only \"%1\"").arg(QString::fromUtf8(m_pending));
    result.err += keepForInspection() + QStringLiteral("; its console ends with:\n") + consoleTail();
    return result;
}

bool VmGuest::waitForDevice(QString *error)
{
    // ipmi_si registers the interface while it loads, but udev-less devtmpfs may add the
    // node a moment later.
    const GuestRun wait = run(QStringLiteral("for i in $(seq 100); do [ -c /dev/ipmi0 ] && exit 0; sleep 0.1; done\n"
                                             "dmesg | grep -i ipmi >&2; exit 1\n"));
    if (wait.exitCode == 0)
        return true;
    *error = QStringLiteral("no /dev/ipmi0 in the guest; its kernel says:\n") + wait.err;
    return false;
}

void VmGuest::stop()
{
    // The guest keeps nothing worth a clean shutdown: its exchange folder is written
    // through, so QEMU is simply ended by pid.
    m_qemu.stop(2000);
    if (m_control)
        m_control->abort();
    m_controlServer.close();
}

} // namespace vm
