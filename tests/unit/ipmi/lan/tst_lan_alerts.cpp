// SPDX-License-Identifier: GPL-3.0-or-later
// LAN alert destinations (parameters 17-19) with known answers, the reader against a
// scripted BMC, and the PEF control and filter presets written for alerting.
#include "commandresponder.h"
#include "ipmi/cmd/raw.h"
#include "ipmi/lan/alertdestination.h"
#include "ipmi/lan/alertdestinationreader.h"
#include "ipmi/lan/lanparameters.h"
#include "ipmi/pef/filterpresets.h"
#include "ipmi/pef/pefcommands.h"
#include "ipmi/pef/peftables.h"

#include <QTest>

#include <map>

using namespace ipmi;
using namespace ipmi::lan;

namespace {

Bytes bytes(const std::string &hex)
{
    return *fromHex(hex);
}

// A BMC with two alert destinations besides the volatile one; destination 2 refuses
// parameter 19 as some firmware does for an unconfigured entry.
test::CommandResponder twoDestinations()
{
    test::CommandResponder bmc;
    bmc.on(0x0c, 0x02, [](const Request &request) -> Result<Response> {
        const std::uint8_t parameter = request.data[1];
        const std::uint8_t selector = request.data[2];
        if (parameter == param::AlertDestinationCount)
            return Response{0x00, bytes("11 02")};
        if (parameter == param::AlertDestinationType)
            return Response{0x00, Bytes{0x11, selector, 0x80, 0x03, 0x02}};
        if (parameter == param::AlertDestinationAddress && selector != 2)
            return Response{0x00, Bytes{0x11, selector, 0x00, 0x00, 192, 168, 0, 9, 0, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e}};
        return Response{0x80, {}};
    });
    return bmc;
}

} // namespace

class TestLanAlerts final : public QObject
{
    Q_OBJECT

private slots:
    void decodeKnownAnswers()
    {
        AlertDestination destination;
        QVERIFY(decodeAlertDestinationType(bytes("01 86 05 03"), destination).ok());
        QCOMPARE(int(destination.number), 1);
        QVERIFY(destination.acknowledge);
        QCOMPARE(int(destination.type), int(destinationtype::Oem1));
        QCOMPARE(int(destination.timeoutSeconds), 5);
        QCOMPARE(int(destination.retries), 3);
        QVERIFY(decodeAlertDestinationAddress(bytes("01 00 01 0a 00 00 05 00 11 22 33 44 55"), destination).ok());
        QVERIFY(destination.backupGateway);
        QCOMPARE(ipv4Text(destination.ipAddress), std::string("10.0.0.5"));
        QCOMPARE(macText(destination.macAddress), std::string("00:11:22:33:44:55"));
        QVERIFY(!decodeAlertDestinationType(bytes("01 86 05"), destination).ok());
        QVERIFY(!decodeAlertDestinationAddress(bytes("01 00 01 0a 00 00 05"), destination).ok());
        QCOMPARE(int(decodeAlertDestinationCount(bytes("0f")).value()), 15);
        QCOMPARE(int(decodeAlertDestinationCount(bytes("f3")).value()), 3);
        QCOMPARE(destinationTypeName(0), std::string_view("PET Trap"));
        QCOMPARE(destinationTypeName(7), std::string_view("OEM 2"));
        QCOMPARE(destinationTypeName(3), std::string_view("Unknown"));
    }

    void encodeRoundTrips()
    {
        AlertDestination destination;
        destination.number = 3;
        destination.type = destinationtype::PetTrap;
        destination.timeoutSeconds = 10;
        destination.retries = 7;
        destination.ipAddress = {10, 1, 2, 3};
        destination.macAddress = {0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff};
        QCOMPARE(encodeAlertDestinationType(destination), bytes("03 00 0a 07"));
        QCOMPARE(encodeAlertDestinationAddress(destination), bytes("03 00 00 0a 01 02 03 aa bb cc dd ee ff"));
        QCOMPARE(getLanParameterRequest(1, param::AlertDestinationAddress, 3).data, bytes("01 13 03 00"));
        QCOMPARE(setLanParameterRequest(1, param::AlertDestinationType, encodeAlertDestinationType(destination)).data,
                 bytes("01 12 03 00 0a 07"));
    }

    void changeTouchesOnlyItsParameters()
    {
        AlertDestination present;
        present.number = 1;
        present.timeoutSeconds = 3;
        present.retries = 2;
        present.ipAddress = {192, 168, 0, 9};

        AlertDestinationChange address;
        address.ipAddress = Ipv4Address{10, 0, 0, 5};
        auto writes = alertDestinationWrites(address, present);
        QCOMPARE(writes.size(), std::size_t(1));
        QCOMPARE(int(writes[0].parameter), int(param::AlertDestinationAddress));
        QCOMPARE(int(writes[0].setSelector), 1);
        QCOMPARE(writes[0].data, bytes("01 00 00 0a 00 00 05 00 00 00 00 00 00"));

        AlertDestinationChange retries;
        retries.retries = 5;
        retries.acknowledge = true;
        writes = alertDestinationWrites(retries, present);
        QCOMPARE(writes.size(), std::size_t(1));
        QCOMPARE(writes[0].data, bytes("01 80 03 05")); // the timeout kept

        QVERIFY(validateAlertDestinationChange(retries).empty());
        retries.retries = 8;
        QVERIFY(!validateAlertDestinationChange(retries).empty());
        AlertDestinationChange badType;
        badType.type = 2;
        QVERIFY(!validateAlertDestinationChange(badType).empty());

        AlertDestination readBack = present;
        QCOMPARE(alertDestinationMismatches(address, readBack), std::vector<std::string>{"IP address"});
        readBack.ipAddress = {10, 0, 0, 5};
        QVERIFY(alertDestinationMismatches(address, readBack).empty());
    }

    void readerReadsEveryDestination()
    {
        test::CommandResponder bmc = twoDestinations();
        AlertDestinationReader reader(1);
        auto read = test::runOperation<AlertDestinationsRead>(reader, std::ref(bmc));
        QVERIFY(read.ok());
        QCOMPARE(int(read->count), 2);
        QCOMPARE(read->destinations.size(), std::size_t(3)); // 0 (volatile), 1, 2
        QVERIFY(read->destinations[0].ok());
        QCOMPARE(int(read->destinations[1]->number), 1);
        QVERIFY(read->destinations[1]->acknowledge);
        QCOMPARE(ipv4Text(read->destinations[1]->ipAddress), std::string("192.168.0.9"));
        QVERIFY(!read->destinations[2].ok());
        QCOMPARE(int(read->destinations[2].error().completionCode), 0x80);
    }

    void readerChecksTheNumberAskedFor()
    {
        test::CommandResponder bmc = twoDestinations();
        AlertDestinationReader one(1, 1);
        auto read = test::runOperation<AlertDestinationsRead>(one, std::ref(bmc));
        QVERIFY(read.ok());
        QCOMPARE(read->destinations.size(), std::size_t(1));
        QCOMPARE(int(read->destinations[0]->number), 1);

        AlertDestinationReader beyond(1, 3);
        auto refused = test::runOperation<AlertDestinationsRead>(beyond, std::ref(bmc));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.starts_with("Alert 3 is not a valid destination"));
        QCOMPARE(bmc.count(0x0c, 0x02), 3 + 1); // 17, 18, 19 for destination 1; 17 alone for 3
    }

    void pefControlAndPresets()
    {
        pef::Control control;
        control.pefEnabled = true;
        control.alertStartupDelay = true;
        QCOMPARE(int(pef::encodeControl(control)), 0x09);
        QCOMPARE(int(pef::encodeControl(pef::decodeControl(0x0f))), 0x0f);

        const pef::EventFilter filter = pef::presetFilter(pef::FilterPreset::AlertOnTemperature, 5);
        QCOMPARE(pef::encodeEventFilter(filter), bytes("05 80 01 01 10 ff ff 01 ff 01 00 0a 00 00 00 00 00 00 00 00 00"));
        const pef::EventFilter powerOff = pef::presetFilter(pef::FilterPreset::PowerOffOnTemperature, 2, 3);
        // Offset 0Bh (upper non-recoverable going high), in ipmitool's words.
        QCOMPARE(pef::eventTriggersText(powerOff), std::string("(0x01/0x0800),<UNR"));
        QCOMPARE(pef::actionNames(powerOff.actions).size(), std::size_t(2));
        QCOMPARE(int(powerOff.policySet), 3);

        std::vector<pef::EventFilter> table(3);
        for (std::uint8_t i = 0; i < 3; ++i)
            table[i].number = std::uint8_t(i + 1);
        table[0].enabled = true;
        table[1].preConfigured = true;
        QCOMPARE(int(pef::firstFreeFilter(table)), 3);
        table[2].enabled = true;
        QCOMPARE(int(pef::firstFreeFilter(table)), 0);
    }
};

QTEST_GUILESS_MAIN(TestLanAlerts)
#include "tst_lan_alerts.moc"
