// SPDX-License-Identifier: GPL-3.0-or-later
// `bmcpilot-cli -I open mc info` through ClientHostSession over a fake kernel device: the
// runner's session factory is replaced inside this test, as CliApplication's picks
// ClientHostSession with the real device for -I open. The device is
// tests/support/fakeipmidevice.h.
#include "localrun.h"

#include <QTest>


namespace {

using clilocal::Output;
using clilocal::runLocal;

Output runLocal(const QStringList &args, bool present)
{
    auto state = fakelocal::unaddressedBmc();
    state->present = present;
    return runLocal(args, state);
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

    // Over the device the "current channel" is the system interface: the audit must ask
    // about the LAN channel by number, and say that the login probes were not run.
    void auditReadsTheLanChannel()
    {
        auto state = fakelocal::unaddressedBmc();
        const Output output = runLocal({"-I", "open", "audit"}, state);
        QVERIFY2(output.exitCode == 0, qPrintable(output.err + output.out));
        QVERIFY2(output.out.contains(QStringLiteral("need a LAN session")), qPrintable(output.out));
        std::vector<std::uint8_t> asked;
        {
            std::lock_guard lock(state->mutex);
            for (const ipmi::Request &request : state->requests) {
                if (request.netFn == 0x06 && request.cmd == 0x38 && !request.data.empty())
                    asked.push_back(request.data[0] & 0x0f);
            }
        }
        QCOMPARE(asked, std::vector<std::uint8_t>{fakelocal::LanChannel});
    }

    // The local interface carries no SOL: one sentence, and nothing sent to the BMC.
    void solActivateSaysTheLocalInterfaceHasNone()
    {
        auto state = fakelocal::unaddressedBmc();
        const Output output = runLocal({"-I", "open", "sol", "activate"}, state);
        QCOMPARE(output.exitCode, 1);
        QVERIFY2(output.err.contains(QStringLiteral("Serial-over-LAN is not available through this machine's local interface")),
                 qPrintable(output.err));
        std::lock_guard lock(state->mutex);
        QVERIFY(state->requests.empty());
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
