// SPDX-License-Identifier: GPL-3.0-or-later
// How grave a system event is: thresholds by level, generic tables, table 42-3.
#include "ipmi/sel/eventseverity.h"

#include <QTest>

using namespace ipmi::sel;

namespace {

SystemEvent systemEvent(std::uint8_t sensorType, std::uint8_t readingType, std::uint8_t offset, bool deassertion = false)
{
    SystemEvent e;
    e.sensorType = sensorType;
    e.eventReadingType = readingType;
    e.eventData = {offset, 0xff, 0xff};
    e.deassertion = deassertion;
    return e;
}

} // namespace

class TestSelSeverity final : public QObject
{
    Q_OBJECT

private slots:
    void thresholdsByLevel()
    {
        QCOMPARE(eventSeverity(systemEvent(0x01, 0x01, 0x07)), EventSeverity::Warning);  // upper non-critical going high
        QCOMPARE(eventSeverity(systemEvent(0x01, 0x01, 0x09)), EventSeverity::Critical); // upper critical going high
        QCOMPARE(eventSeverity(systemEvent(0x01, 0x01, 0x0b)), EventSeverity::Critical); // upper non-recoverable
        QCOMPARE(eventSeverity(systemEvent(0x01, 0x01, 0x09, true)), EventSeverity::Info); // it ended
    }

    void sensorSpecificOffsets()
    {
        QCOMPARE(eventSeverity(systemEvent(0x0c, 0x6f, 0x01)), EventSeverity::Critical); // uncorrectable ECC
        QCOMPARE(eventSeverity(systemEvent(0x0c, 0x6f, 0x00)), EventSeverity::Warning);  // correctable ECC
        QCOMPARE(eventSeverity(systemEvent(0x08, 0x6f, 0x00)), EventSeverity::Info);     // power supply present
        QCOMPARE(eventSeverity(systemEvent(0x08, 0x6f, 0x01)), EventSeverity::Critical); // power supply failure
        QCOMPARE(eventSeverity(systemEvent(0xc0, 0x6f, 0x01)), EventSeverity::Info);     // OEM type: no rule
    }

    void genericTables()
    {
        QCOMPARE(eventSeverity(systemEvent(0x04, 0x0b, 0x05)), EventSeverity::Critical); // redundancy lost... insufficient
        QCOMPARE(eventSeverity(systemEvent(0x04, 0x0b, 0x01)), EventSeverity::Warning);  // redundancy lost
        QCOMPARE(eventSeverity(systemEvent(0x04, 0x04, 0x01)), EventSeverity::Warning);  // predictive failure asserted
        QCOMPARE(eventSeverity(systemEvent(0x04, 0x03, 0x01)), EventSeverity::Info);     // state asserted: no meaning
    }
};

QTEST_GUILESS_MAIN(TestSelSeverity)
#include "tst_sel_severity.moc"
