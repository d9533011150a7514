// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/simprocess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace vm {

// What stands behind the guest's KCS system interface.
enum class GuestBmc
{
    None,          // no IPMI device at all: a machine without a BMC
    External,      // QEMU's ipmi-bmc-extern, connected to an ipmi_sim on kcsPort
    QemuSimulated, // QEMU's own ipmi-bmc-sim
};

struct VmGuestOptions
{
    GuestBmc bmc = GuestBmc::External;
    quint16 kcsPort = 0; // for GuestBmc::External: where ipmi_sim serves "serial kcs"
    // Load ipmi_msghandler, ipmi_devintf and ipmi_si at boot, as an administrator's
    // modprobe would; false leaves the guest as a machine that never loaded them.
    bool loadIpmiModules = true;
    int memoryMegabytes = 512;
};

// What a command printed inside the guest, and how it ended.
struct GuestRun
{
    QString out;
    QString err;
    int exitCode = -1;
    bool timedOut = false;
};

// A QEMU guest running this machine's kernel (/boot/vmlinuz-*) with the initramfs the
// build makes (make-initramfs, guest/init): it mounts the host's root read-only over
// virtio-9p and runs each command as a shell script chrooted into it, so the guest
// runs the programs of this build tree at their usual paths, against the real Linux
// IPMI driver and a KCS interface.
//
// Commands travel over the guest's second serial port (a Unix socket here); scripts,
// their output and anything else to exchange go through a read-write 9p folder seen as
// hostExchangeDir() here and GuestExchangeDir in the guest. Inside, the environment
// has HOME and TMPDIR on a guest tmpfs and QT_QPA_PLATFORM=offscreen, and runs as root.
//
// Lifetime: QEMU is a SimProcess (killed with the thread that started it), stopped by
// pid in stop() and the destructor. Threading: use from one thread, blocking calls.
class VmGuest : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *GuestExchangeDir = "/tmp/vm";

    explicit VmGuest(VmGuestOptions options = {}, QObject *parent = nullptr);
    ~VmGuest() override;

    // Empty when QEMU, a kernel and this build's initramfs are at hand; otherwise a
    // sentence saying what is missing and how to install it (tests skip with it).
    static QString unavailableReason();
    // A TCP port on 127.0.0.1 that nothing listens on now, for VmGuestOptions::kcsPort.
    static quint16 freeTcpPort();
    // The text as one single-quoted shell word.
    static QString quoted(const QString &text);

    // Boots the guest and waits until its command loop answers. False with
    // errorString() (which quotes the guest's console) on failure.
    bool start(std::chrono::seconds timeout = std::chrono::seconds(120));
    // Runs a /bin/sh script inside the guest (chrooted into the host's root).
    GuestRun run(const QString &script, std::chrono::seconds timeout = std::chrono::seconds(90));
    // Waits in the guest until the kernel's driver has made /dev/ipmi0.
    bool waitForDevice(QString *error);
    void stop();

    QString errorString() const { return m_error; }
    QString hostExchangeDir() const;
    qint64 bootMilliseconds() const { return m_bootMilliseconds; }
    // The end of the guest's console (kernel messages and the init script's steps), for
    // failure messages.
    QString consoleTail(qsizetype maxBytes = 3000) const;

private:
    QStringList qemuArguments() const;
    static QString keptTmpFolder();
    // After a failure: keeps the guest's folder (console.log, qemu.log, exchange/) when
    // the guest is stopped, prints the end of its console as a warning (QtTest cuts a
    // failure message at 1024 characters) and returns a phrase saying where it is.
    QString keepForInspection();
    bool waitForLine(QByteArray *line, const QDeadlineTimer &deadline);
    bool fail(const QString &error);

    VmGuestOptions m_options;
    std::unique_ptr<QTemporaryDir> m_root;
    sim::SimProcess m_qemu;
    QLocalServer m_controlServer;
    QPointer<QLocalSocket> m_control;
    QByteArray m_pending;
    QString m_error;
    qint64 m_bootMilliseconds = 0;
    int m_commandCount = 0;
};

} // namespace vm
