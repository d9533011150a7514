// SPDX-License-Identifier: GPL-3.0-or-later
// lan alert print/set against a BMC that has alert destinations: the fake kernel device
// (tests/support/fakeipmidevice.h), as neither ipmi_sim nor pyghmi's BMC has any.
#include "localrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using clilocal::Output;
using clilocal::runLocal;

namespace {

const QString DestinationOne = QStringLiteral("Alert Destination       : 1\n"
                                              "Alert Acknowledge       : Unacknowledged\n"
                                              "Destination Type        : PET Trap\n"
                                              "Retry Interval          : 3\n"
                                              "Number of Retries       : 2\n"
                                              "Alert Gateway           : Default\n"
                                              "Alert IP Address        : 192.168.0.9\n"
                                              "Alert MAC Address       : 00:1a:2b:3c:4d:5e\n"
                                              "\n");

// The data of a destination's parameter as the fake BMC holds it (lock the state first).
ipmi::Bytes destination(const fakelocal::BmcState &state, std::uint8_t parameter, std::uint8_t number)
{
    return state.alertDestinations.at({parameter, number});
}

} // namespace

class TestCliLanAlert final : public QObject
{
    Q_OBJECT

private slots:
    void printsEveryDestination()
    {
        auto state = fakelocal::alertingBmc();
        const Output all = runLocal({"-I", "open", "lan", "alert", "print"}, state);
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.startsWith(QStringLiteral("Alert Destination       : 0\n")));
        QVERIFY(all.out.contains(DestinationOne));
        QCOMPARE(all.out.count(QStringLiteral("Alert Destination ")), 3);

        const Output one = runLocal({"-I", "open", "lan", "alert", "print", "1", "1"}, state);
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.out, DestinationOne);

        const Output beyond = runLocal({"-I", "open", "lan", "alert", "print", "1", "3"}, state);
        QVERIFY(beyond.exitCode != 0);
        QVERIFY2(beyond.err.contains(QStringLiteral("Alert 3 is not a valid destination")), qPrintable(beyond.err));

        const Output json = runLocal({"-I", "open", "--json", "lan", "alert", "print", "1", "1"}, state);
        const QJsonObject destination =
            QJsonDocument::fromJson(json.out.toUtf8()).object()["destinations"].toArray().first().toObject();
        QCOMPARE(destination["ip_address"].toString(), QStringLiteral("192.168.0.9"));
        QCOMPARE(destination["retries"].toInt(), 2);
    }

    void setWritesWithSetInProgressAndReadsBack()
    {
        auto state = fakelocal::alertingBmc();
        const Output set = runLocal({"-I", "open", "lan", "alert", "set", "1", "2", "ipaddr", "10.0.0.5"}, state);
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY(set.out.contains(QStringLiteral("Alert IP Address        : 10.0.0.5\n")));
        {
            std::lock_guard lock(state->mutex);
            const ipmi::Bytes written{0x02, 0x00, 0x00, 10, 0, 0, 5, 0, 0, 0, 0, 0, 0};
            QCOMPARE(destination(*state, 19, 2), written);
            QCOMPARE(state->setInProgressWrites, (std::vector<std::uint8_t>{1, 2, 0}));
        }
        const Output retry = runLocal({"-I", "open", "lan", "alert", "set", "1", "1", "retry", "5"}, state);
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.err));
        QVERIFY(retry.out.contains(QStringLiteral("Number of Retries       : 5\n")));
        QVERIFY(retry.out.contains(QStringLiteral("Retry Interval          : 3\n"))); // kept

        const auto match = defaultCommandRegistry().find({"lan", "alert", "set", "1", "1", "type", "snmp"});
        QVERIFY(match.entry);
        const auto invalid = match.entry->prepare(match.arguments);
        QVERIFY(!invalid);
        QVERIFY(invalid.error().message.find("\"snmp\" is not a value for type") != std::string::npos);
    }

    void refusedWriteChangesNothing()
    {
        auto state = fakelocal::alertingBmc();
        {
            std::lock_guard lock(state->mutex);
            state->readOnlyAlertParameters = {18};
        }
        const Output refused = runLocal({"-I", "open", "lan", "alert", "set", "1", "2", "ack", "on"}, state);
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("(82h)")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("Nothing was changed")));
        std::lock_guard lock(state->mutex);
        const ipmi::Bytes unchanged{0x02, 0x00, 0x00, 0x00};
        QCOMPARE(destination(*state, 18, 2), unchanged);
        QCOMPARE(state->setInProgressWrites, (std::vector<std::uint8_t>{1, 0})); // released again
    }
};

QTEST_GUILESS_MAIN(TestCliLanAlert)
#include "tst_cli_lanalert.moc"
