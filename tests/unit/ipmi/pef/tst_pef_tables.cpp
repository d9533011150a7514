// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/cmd/raw.h"
#include "ipmi/pef/pefcommands.h"
#include "ipmi/pef/peftables.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::pef;

namespace {

Bytes bytes(const std::string &hex)
{
    return *fromHex(hex);
}

Response ok(const std::string &hex)
{
    return Response{0x00, bytes(hex)};
}

} // namespace

class TestPefTables final : public QObject
{
    Q_OBJECT

private slots:
    void capabilities()
    {
        const auto caps = parseCapabilities(ok("51 3f 10"));
        QVERIFY(caps.ok());
        QCOMPARE(int(caps->version), 0x51);
        QCOMPARE(int(caps->filterCount), 16);
        QCOMPARE(actionNames(caps->actions).size(), std::size_t(6));
        QVERIFY(!parseCapabilities(ok("51 3f")).ok());
        QCOMPARE(getParameterRequest(param::EventFilterTable, 3).data, bytes("06 03 00"));
    }

    void eventFilterRoundTrip()
    {
        const Bytes data = bytes("03 80 01 01 04 ff ff 01 01 01 03 0c 00 00 00 00 00 00 00 00 00");
        const auto filter = decodeEventFilter(data);
        QVERIFY(filter.ok());
        QCOMPARE(int(filter->number), 3);
        QVERIFY(filter->enabled && !filter->preConfigured);
        QCOMPARE(int(filter->offsetMask), 0x0c03);
        QCOMPARE(encodeEventFilter(*filter), data);
        QCOMPARE(filterStatusText(*filter), std::string("enabled, configurable"));
        QCOMPARE(severityText(filter->severity), std::string_view("OK"));
        QCOMPARE(eventClassText(filter->eventTrigger), std::string_view("Threshold"));
        // ipmitool's labels: lower thresholds "<" first, upper ">" first.
        QCOMPARE(eventTriggersText(*filter), std::string("(0x01/0x0c03),<LNC,>LNC,>UNR,<UNR"));
        QVERIFY(!decodeEventFilter(bytes("03 80 01")).ok());
    }

    void eventFilterWords()
    {
        EventFilter filter;
        filter.eventTrigger = 0x6f;
        filter.offsetMask = 0x0002;
        QCOMPARE(eventTriggersText(filter), std::string("Sensor-specific"));
        QCOMPARE(eventClassText(0x6f), std::string_view("Discrete"));
        filter.offsetMask = 0xffff;
        QCOMPARE(eventTriggersText(filter), std::string("Any"));
        filter.eventTrigger = 0x75;
        filter.offsetMask = 0x0001;
        QCOMPARE(eventTriggersText(filter), std::string("OEM"));
        QCOMPARE(eventClassText(0x75), std::string_view("OEM"));
        QCOMPARE(severityText(0x3e), std::string_view("Non-recoverable")); // the most severe bit
        QCOMPARE(severityText(0x00), std::string_view("None"));
        filter.preConfigured = true;
        QCOMPARE(filterStatusText(filter), std::string("disabled, pre-configured"));
    }

    void alertPolicyRoundTrip()
    {
        const Bytes data = bytes("01 18 11 00");
        const auto policy = decodeAlertPolicy(data);
        QVERIFY(policy.ok());
        QCOMPARE(int(policy->policySet), 1);
        QVERIFY(policy->enabled);
        QCOMPARE(int(policy->channel), 1);
        QCOMPARE(int(policy->destination), 1);
        QCOMPARE(policyRuleText(policy->rule), std::string_view("Match-always"));
        QCOMPARE(encodeAlertPolicy(*policy), data);
        QVERIFY(!decodeAlertPolicy(bytes("01 18")).ok());
    }

    void parameterCompletionCodes()
    {
        const auto missing = parseGetParameter(param::SystemGuid, Response{0x80, {}});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::Unsupported);
        const auto busy = parseSetParameter(param::Control, Response{0x81, {}});
        QVERIFY(!busy.ok());
        QVERIFY(busy.error().message.find("PEF configuration change in progress (81h)") != std::string::npos);
        QCOMPARE(*parseGetParameter(param::Control, ok("11 01")), bytes("01"));
        const auto last = parseLastProcessed(ok("01 00 00 00 05 00 ff ff 04 00"));
        QVERIFY(last.ok());
        QCOMPARE(int(last->lastSelRecord), 5);
        QCOMPARE(int(last->lastSoftwareRecord), 0xffff);
    }
};

QTEST_GUILESS_MAIN(TestPefTables)
#include "tst_pef_tables.moc"
