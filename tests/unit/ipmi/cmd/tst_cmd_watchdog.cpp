// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/cmd/raw.h"
#include "ipmi/cmd/watchdog.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::cmd;

class TestCmdWatchdog final : public QObject
{
    Q_OBJECT

private slots:
    void getDecodes()
    {
        const auto timer = parseWatchdogTimer(Response{0, *fromHex("c4 21 0a 10 b8 0b 2c 01")});
        QVERIFY(timer.ok());
        QCOMPARE(int(timer->use), 4);
        QVERIFY(timer->dontLog && timer->running);
        QCOMPARE(int(timer->action), 1);
        QCOMPARE(int(timer->preTimeoutInterrupt), 2);
        QCOMPARE(int(timer->expirationFlags), 0x10);
        QCOMPARE(countdownSeconds(timer->initialCountdown), std::string("300.0"));
        QCOMPARE(countdownSeconds(*timer->presentCountdown), std::string("30.0"));
        QCOMPARE(watchdogUseName(timer->use), std::string_view("SMS/OS"));
        QCOMPARE(preTimeoutInterruptName(2), std::string_view("NMI / Diagnostic Interrupt"));
        // ipmi_sim 2.0.33 leaves out the present countdown.
        const auto shortAnswer = parseWatchdogTimer(Response{0, *fromHex("05 00 00 00 46 00")});
        QVERIFY(shortAnswer.ok());
        QVERIFY(!shortAnswer->presentCountdown);
        QVERIFY(!parseWatchdogTimer(Response{0, *fromHex("05 00 00")}).ok());
    }

    void offStopsAndDisarms()
    {
        WatchdogTimer present;
        present.use = 0; // never set: Set refuses a reserved use
        present.running = true;
        present.action = 3;
        present.preTimeoutInterrupt = 1;
        present.initialCountdown = 600;
        const WatchdogTimer stopped = stoppedWatchdog(present);
        QCOMPARE(setWatchdogTimerRequest(stopped).data, *fromHex("04 00 00 00 58 02"));
    }

    void resetNeverSet()
    {
        const auto refused = parseResetWatchdogTimer(Response{0x80, {}});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.find("never set up") != std::string::npos);
        QCOMPARE(resetWatchdogTimerRequest().cmd, std::uint8_t(0x22));
    }
};

QTEST_GUILESS_MAIN(TestCmdWatchdog)
#include "tst_cmd_watchdog.moc"
