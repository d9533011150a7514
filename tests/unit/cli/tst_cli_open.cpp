// SPDX-License-Identifier: GPL-3.0-or-later
// `bmcpilot-cli -I open mc info` through OpenHostSession over a fake kernel device: the
// runner's session factory is replaced inside this test, as CliApplication's picks
// OpenHostSession with the real device for -I open.
#include "cli/commandregistry.h"
#include "cli/openhostsession.h"
#include "cli/options.h"
#include "cli/runner.h"
#include "transport/ipmidevice.h"

#include <QSignalSpy>
#include <QTest>

#include <deque>
#include <fcntl.h>
#include <unistd.h>

namespace {

// Answers Get Device ID (App 01h) with a fixed body, through a pipe the notifier watches.
class FakeBmcDevice final : public IpmiDevice
{
public:
    explicit FakeBmcDevice(bool present = true) : m_present(present) {}
    ~FakeBmcDevice() override { close(); }

    ipmi::Result<void> open() override
    {
        if (!m_present)
            return ipmi::Error{ipmi::ErrorKind::Network, "no IPMI device (fake)"};
        int fds[2];
        if (::pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0)
            return ipmi::Error{ipmi::ErrorKind::Network, "pipe failed"};
        m_read = fds[0];
        m_write = fds[1];
        return {};
    }
    int fd() const override { return m_read; }
    ipmi::Result<void> send(long msgid, const ipmi::Request &request) override
    {
        Message answer{true, msgid, std::uint8_t(request.netFn | 1), request.cmd, {0xc1}};
        if (request.netFn == 0x06 && request.cmd == 0x01)
            // Device ID 20h, revision 1, firmware 2.05, IPMI 2.0, support A9h, IANA 7154
            // (0x001BF2), product 0102h.
            answer.data = {0x00, 0x20, 0x01, 0x02, 0x05, 0x02, 0xa9, 0xf2, 0x1b, 0x00, 0x02, 0x01};
        m_pending.push_back(answer);
        const char byte = 1;
        return ::write(m_write, &byte, 1) == 1 ? ipmi::Result<void>()
                                                : ipmi::Result<void>(ipmi::Error{ipmi::ErrorKind::Network, "pipe"});
    }
    ipmi::Result<std::optional<Message>> receive() override
    {
        char byte = 0;
        if (::read(m_read, &byte, 1) != 1 || m_pending.empty())
            return std::optional<Message>();
        Message message = m_pending.front();
        m_pending.pop_front();
        return std::optional<Message>(message);
    }
    void close() override
    {
        if (m_read >= 0) {
            ::close(m_read);
            ::close(m_write);
        }
        m_read = m_write = -1;
    }

private:
    bool m_present;
    int m_read = -1;
    int m_write = -1;
    std::deque<Message> m_pending;
};

struct Output
{
    int exitCode = -1;
    QString out;
    QString err;
};

Output runLocal(const QStringList &args, bool present)
{
    OptionParser parser;
    Output output;
    if (!parser.parse(args)) {
        output.err = parser.errorString();
        return output;
    }
    const CliOptions &options = parser.options();
    const CommandRegistry registry = defaultCommandRegistry();
    const auto match = registry.find(options.command);
    if (!match.entry)
        return output;
    auto task = match.entry->prepare(match.arguments);
    if (!task)
        return output;
    QTextStream out(&output.out);
    QTextStream err(&output.err);
    Runner::Settings settings;
    settings.json = options.json;
    Runner runner(
        options.hosts, std::move(task).value(),
        [present](const HostEndpoint &) -> std::unique_ptr<HostSession> {
            return std::make_unique<OpenHostSession>(std::make_unique<FakeBmcDevice>(present));
        },
        settings, out, err);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    if (!finished.wait(10000))
        return output;
    output.exitCode = finished.first().first().toInt();
    out.flush();
    err.flush();
    return output;
}

} // namespace

class TestCliOpen : public QObject
{
    Q_OBJECT

private slots:
    void optionsPickTheLocalBmc()
    {
        OptionParser parser;
        QVERIFY(parser.parse({"-I", "open", "mc", "info"}));
        QVERIFY(parser.options().localInterface);
        QCOMPARE(parser.options().hosts.size(), 1);
    }

    void mcInfoOverTheDevice()
    {
        const Output output = runLocal({"-I", "open", "mc", "info"}, true);
        QVERIFY2(output.exitCode == 0, qPrintable(output.err));
        QVERIFY2(output.out.contains(QStringLiteral("Device ID                 : 32\n")), qPrintable(output.out));
        QVERIFY(output.out.contains(QStringLiteral("Firmware Revision         : 2.05\n")));
        QVERIFY(output.out.contains(QStringLiteral("IPMI Version              : 2.0\n")));
        QVERIFY(!output.out.contains(QStringLiteral("local:"))); // one host: no prefix
    }

    void missingDeviceFails()
    {
        const Output output = runLocal({"-I", "open", "mc", "info"}, false);
        QCOMPARE(output.exitCode, 1);
        QVERIFY(output.err.contains(QStringLiteral("no IPMI device")));
    }
};

QTEST_GUILESS_MAIN(TestCliOpen)
#include "tst_cli_open.moc"
