// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/exporternames.h"
#include "daemon/snapshotmetrics.h"

#include <QTest>

#include <cmath>

namespace {

using ipmi::sensor::SensorView;

SensorView analog(const char *name, std::uint16_t recordId, std::uint8_t sensorType, std::uint8_t baseUnit,
                  double reading, bool percentage = false)
{
    SensorView view;
    view.name = name;
    view.recordId = recordId;
    view.sensorType = sensorType;
    view.eventReadingType = 0x01;
    view.analog = true;
    view.reading = reading;
    ipmi::sdr::SensorUnits units;
    units.baseUnit = baseUnit;
    units.percentage = percentage;
    view.units = units;
    view.health = SensorView::Health::Ok;
    return view;
}

SensorView discrete(const char *name, std::uint16_t recordId, std::uint8_t sensorType)
{
    SensorView view;
    view.name = name;
    view.recordId = recordId;
    view.sensorType = sensorType;
    view.eventReadingType = 0x6F;
    view.health = SensorView::Health::Ok;
    return view;
}

} // namespace

class TestSnapshotMetrics final : public QObject
{
    Q_OBJECT

private slots:
    void familiesByUnit_data()
    {
        QTest::addColumn<int>("sensorType");
        QTest::addColumn<int>("baseUnit");
        QTest::addColumn<bool>("percentage");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("state");
        QTest::addColumn<bool>("withType");
        QTest::newRow("degrees C") << 0x01 << 1 << false << QByteArray("ipmi_temperature_celsius")
                                   << QByteArray("ipmi_temperature_state") << false;
        QTest::newRow("RPM") << 0x04 << 18 << false << QByteArray("ipmi_fan_speed_rpm")
                             << QByteArray("ipmi_fan_speed_state") << false;
        QTest::newRow("fan percent") << 0x04 << 0 << true << QByteArray("ipmi_fan_speed_ratio")
                                     << QByteArray("ipmi_fan_speed_state") << false;
        QTest::newRow("volts") << 0x02 << 4 << false << QByteArray("ipmi_voltage_volts")
                               << QByteArray("ipmi_voltage_state") << false;
        QTest::newRow("amps") << 0x03 << 5 << false << QByteArray("ipmi_current_amperes")
                              << QByteArray("ipmi_current_state") << false;
        QTest::newRow("watts") << 0x08 << 6 << false << QByteArray("ipmi_power_watts")
                               << QByteArray("ipmi_power_state") << false;
        // The unit decides, not the sensor type: degrees F is generic, as with the exporter.
        QTest::newRow("degrees F") << 0x01 << 2 << false << QByteArray("ipmi_sensor_value")
                                   << QByteArray("ipmi_sensor_state") << true;
        QTest::newRow("percent, not a fan") << 0x0B << 0 << true << QByteArray("ipmi_sensor_value")
                                            << QByteArray("ipmi_sensor_state") << true;
    }
    void familiesByUnit()
    {
        QFETCH(int, sensorType);
        QFETCH(int, baseUnit);
        QFETCH(bool, percentage);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, state);
        QFETCH(bool, withType);
        const SensorView view = analog("S", 1, std::uint8_t(sensorType), std::uint8_t(baseUnit), 50, percentage);
        const ExporterNames::SensorFamily family = ExporterNames::familyOf(view);
        QCOMPARE(family.valueName, value);
        QCOMPARE(family.stateName, state);
        QCOMPARE(family.withType, withType);
        QCOMPARE(ExporterNames::valueOf(view), percentage && sensorType == 0x04 ? 0.5 : 50.0);
    }

    void conversionNoiseIsRoundedAway()
    {
        QCOMPARE(ExporterNames::valueOf(analog("P3V3", 35, 0x02, 4, 3.3120000000000003)), 3.312);
        QCOMPARE(ExporterNames::valueOf(analog("P12V", 33, 0x02, 4, 12.096)), 12.096);
        QCOMPARE(ExporterNames::valueOf(analog("Tiny", 9, 0x03, 5, 0.000123456789012345)), 0.000123456789012);
        QCOMPARE(ExporterNames::valueOf(analog("Cold", 7, 0x01, 1, -7)), -7.0);
    }

    void unitWithRateIsGeneric()
    {
        SensorView view = analog("Energy", 3, 0x0B, 6, 10);
        view.units->rateUnit = 4; // per hour
        QCOMPARE(ExporterNames::familyOf(view).valueName, QByteArray("ipmi_sensor_value"));
    }

    void statesAndValues()
    {
        SensorView view = analog("T", 1, 0x01, 1, 90);
        QCOMPARE(ExporterNames::stateOf(view), 0.0);
        view.health = SensorView::Health::NonCritical;
        QCOMPARE(ExporterNames::stateOf(view), 1.0);
        view.health = SensorView::Health::Critical;
        QCOMPARE(ExporterNames::stateOf(view), 2.0);
        view.health = SensorView::Health::NonRecoverable;
        QCOMPARE(ExporterNames::stateOf(view), 2.0);
        view.health = SensorView::Health::Unknown;
        QVERIFY(std::isnan(ExporterNames::stateOf(view)));
        view.unavailable = true;
        QVERIFY(std::isnan(ExporterNames::valueOf(view)));
        QVERIFY(std::isnan(ExporterNames::valueOf(discrete("PSU1 Status", 59, 0x08))));
    }

    void typeNamesAreFreeIpmis()
    {
        QCOMPARE(ExporterNames::sensorTypeName(0x08), QByteArray("Power Supply"));
        QCOMPARE(ExporterNames::sensorTypeName(0x0D), QByteArray("Drive Slot"));
        QCOMPARE(ExporterNames::sensorTypeName(0x1B), QByteArray("Cable/Interconnect"));
        QCOMPARE(ExporterNames::sensorTypeName(0x2C), QByteArray("FRU State"));
        QCOMPARE(ExporterNames::sensorTypeName(0xC3), QByteArray("OEM Reserved"));
        QCOMPARE(ExporterNames::sensorTypeName(0x77), QByteArray("Unrecognized"));
    }

    // One snapshot written as the exporter writes a scrape of that BMC.
    void snapshotAsTheExporterWritesIt()
    {
        TargetSnapshot snapshot;
        snapshot.sensors = {analog("Inlet Temp", 5, 0x01, 1, 23), analog("Fan1A", 21, 0x04, 18, 7440),
                            discrete("PSU1 Status", 59, 0x08)};
        ipmi::cmd::DeviceId id;
        id.firmwareMajor = 2;
        id.firmwareMinorBcd = 0x41;
        id.manufacturerId = 4753;
        snapshot.deviceId = id;
        snapshot.manufacturer = QStringLiteral("MontaVista Software, Inc.");
        ipmi::cmd::ChassisStatus chassis;
        chassis.powerOn = true;
        chassis.coolingFault = true;
        snapshot.chassis = chassis;
        ipmi::sel::SelInfo sel;
        sel.entries = 120;
        sel.freeBytes = 14464;
        snapshot.sel = sel;
        for (auto &outcome : snapshot.outcomes)
            outcome = {true, true, {}, 1};
        snapshot.outcomes[TargetSnapshot::Sel] = {true, false, QStringLiteral("timeout"), 1};
        snapshot.pollSeconds = 0.25;

        Exposition out;
        SnapshotMetrics::Collectors all;
        all.set();
        SnapshotMetrics::write(snapshot, all, {{"target", "127.0.0.1:623"}}, out, {21});
        const QByteArray text = out.text();
        const QByteArray expected =
            "# HELP ipmi_bmc_info Constant metric with value '1' providing details about the BMC.\n"
            "# TYPE ipmi_bmc_info gauge\n"
            "ipmi_bmc_info{firmware_revision=\"2.41\",manufacturer_id=\"MontaVista Software, Inc. (4753)\","
            "system_firmware_version=\"N/A\",target=\"127.0.0.1:623\"} 1\n"
            "# HELP ipmi_chassis_cooling_fault_state Current Cooling/fan fault state (1=false, 0=true).\n"
            "# TYPE ipmi_chassis_cooling_fault_state gauge\n"
            "ipmi_chassis_cooling_fault_state{target=\"127.0.0.1:623\"} 0\n"
            "# HELP ipmi_chassis_drive_fault_state Current drive fault state (1=false, 0=true).\n"
            "# TYPE ipmi_chassis_drive_fault_state gauge\n"
            "ipmi_chassis_drive_fault_state{target=\"127.0.0.1:623\"} 1\n"
            "# HELP ipmi_chassis_power_state Current power state (1=on, 0=off).\n"
            "# TYPE ipmi_chassis_power_state gauge\n"
            "ipmi_chassis_power_state{target=\"127.0.0.1:623\"} 1\n"
            "# HELP ipmi_scrape_duration_seconds Returns how long the scrape took to complete in seconds.\n"
            "# TYPE ipmi_scrape_duration_seconds gauge\n"
            "ipmi_scrape_duration_seconds{target=\"127.0.0.1:623\"} 0.25\n"
            "# HELP ipmi_sensor_state Indicates the severity of the state reported by an IPMI sensor "
            "(0=nominal, 1=warning, 2=critical).\n"
            "# TYPE ipmi_sensor_state gauge\n"
            "ipmi_sensor_state{id=\"59\",name=\"PSU1 Status\",target=\"127.0.0.1:623\",type=\"Power Supply\"} 0\n"
            "# HELP ipmi_sensor_value Generic data read from an IPMI sensor of unknown type, relying on labels "
            "for context.\n"
            "# TYPE ipmi_sensor_value gauge\n"
            "ipmi_sensor_value{id=\"59\",name=\"PSU1 Status\",target=\"127.0.0.1:623\",type=\"Power Supply\"} NaN\n"
            "# HELP ipmi_temperature_celsius Temperature reading in degree Celsius.\n"
            "# TYPE ipmi_temperature_celsius gauge\n"
            "ipmi_temperature_celsius{id=\"5\",name=\"Inlet Temp\",target=\"127.0.0.1:623\"} 23\n"
            "# HELP ipmi_temperature_state Reported state of a temperature sensor (0=nominal, 1=warning, "
            "2=critical).\n"
            "# TYPE ipmi_temperature_state gauge\n"
            "ipmi_temperature_state{id=\"5\",name=\"Inlet Temp\",target=\"127.0.0.1:623\"} 0\n"
            "# HELP ipmi_up '1' if a scrape of the IPMI device was successful, '0' otherwise.\n"
            "# TYPE ipmi_up gauge\n"
            "ipmi_up{collector=\"bmc\",target=\"127.0.0.1:623\"} 1\n"
            "ipmi_up{collector=\"chassis\",target=\"127.0.0.1:623\"} 1\n"
            "ipmi_up{collector=\"ipmi\",target=\"127.0.0.1:623\"} 1\n"
            "ipmi_up{collector=\"sel\",target=\"127.0.0.1:623\"} 0\n";
        QCOMPARE(text, expected);
    }

    void onlyTheModulesCollectors()
    {
        TargetSnapshot snapshot;
        snapshot.sensors = {analog("Inlet Temp", 5, 0x01, 1, 23)};
        for (auto &outcome : snapshot.outcomes)
            outcome = {true, true, {}, 1};
        SnapshotMetrics::Collectors chassisOnly;
        chassisOnly.set(TargetSnapshot::Chassis);
        Exposition out;
        SnapshotMetrics::write(snapshot, chassisOnly, {}, out);
        const QByteArray text = out.text();
        QVERIFY(!text.contains("ipmi_temperature_celsius"));
        QVERIFY(text.contains("ipmi_up{collector=\"chassis\"} 1\n"));
        QVERIFY(!text.contains("collector=\"ipmi\""));
    }

    // Before a target's first poll has ended nothing is written (not ipmi_up 0); a
    // collector whose poll ended with an error is written as down.
    void notPolledYetIsLeftOut()
    {
        TargetSnapshot snapshot;
        SnapshotMetrics::Collectors all;
        all.set();
        Exposition out;
        SnapshotMetrics::write(snapshot, all, {}, out);
        QVERIFY(out.text().isEmpty());
        snapshot.outcomes[TargetSnapshot::Chassis] = {true, false, QStringLiteral("No answer within 1 s."), 5};
        SnapshotMetrics::write(snapshot, all, {}, out);
        QVERIFY(out.text().contains("ipmi_up{collector=\"chassis\"} 0\n"));
        QVERIFY(!out.text().contains("collector=\"sel\""));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotMetrics)
#include "tst_snapshotmetrics.moc"
