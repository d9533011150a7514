// SPDX-License-Identifier: GPL-3.0-or-later
// `sdr info`, `sdr list` and `sdr elist` text and JSON, from decoded values. The expected
// lines are ipmitool 1.8.19's for the same values (seen against ipmi_sim's r2u profile).
#include "cli/sdrsubcommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ipmi;
using ipmi::sensor::SensorView;

namespace {

SensorView temperature()
{
    SensorView view;
    view.name = "Inlet Temp";
    view.number = 0x01;
    view.ownerId = 0x20;
    view.entity = {0x17, 1, false};
    view.sensorType = 0x01;
    view.eventReadingType = 0x01;
    view.analog = true;
    view.reading = 23.0;
    view.raw = 23;
    view.unit = "degrees C";
    view.status = "ok";
    view.thresholds.uc = 45.0;
    view.thresholds.unr = 50.0;
    return view;
}

SensorView voltage()
{
    SensorView view = temperature();
    view.name = "DIMM Zone1 Temp";
    view.number = 0x07;
    view.entity = {0x03, 1, false};
    view.reading = 41.5;
    return view;
}

SensorView presence()
{
    SensorView view;
    view.name = "CPU2 Status";
    view.number = 0x47;
    view.ownerId = 0x20;
    view.entity = {0x03, 2, false};
    view.sensorType = 0x07;
    view.eventReadingType = 0x6F;
    view.stateBits = 0x0080;
    view.states = {"Presence detected"};
    view.status = "ok";
    return view;
}

SensorView missing()
{
    SensorView view = temperature();
    view.name = "PSU2 Temp";
    view.reading.reset();
    view.unavailable = true;
    view.status = "ns";
    return view;
}

} // namespace

class TestCliSdr final : public QObject
{
    Q_OBJECT

private slots:
    void info()
    {
        // ipmi_sim's answer: 51 45 00 fe ff 18 3e 53 65 00 00 00 00 02.
        const auto info =
            sdr::parseSdrRepositoryInfo(Response{0, *fromHex("51 45 00 fe ff 18 3e 53 65 00 00 00 00 02")});
        QVERIFY(info.ok());
        const CommandOutput output = sdrInfoOutput(*info);
        QCOMPARE(output.text, QStringLiteral("SDR Version                         : 0x51\n"
                                             "Record Count                        : 69\n"
                                             "Free Space                          : > 64Kb - 2 bytes\n"
                                             "Most recent Addition                : 11/14/2023 09:30:00\n"
                                             "Most recent Erase                   : NA\n"
                                             "SDR overflow                        : no\n"
                                             "SDR Repository Update Support       : unspecified\n"
                                             "Delete SDR supported                : no\n"
                                             "Partial Add SDR supported           : no\n"
                                             "Reserve SDR repository supported    : yes\n"
                                             "SDR Repository Alloc info supported : no\n"));
        const QJsonObject json = output.json.toObject();
        QCOMPARE(json.value("record_count").toInt(), 69);
        QCOMPARE(json.value("version").toString(), QStringLiteral("1.5"));
        QCOMPARE(json.value("most_recent_addition").toInteger(), 0x65533E18);
        QVERIFY(json.value("reserve_supported").toBool());
    }

    void list()
    {
        const CommandOutput output = sdrListOutput({temperature(), voltage(), presence(), missing()}, false, {});
        QCOMPARE(output.text, QStringLiteral("Inlet Temp       | 23 degrees C      | ok\n"
                                             "DIMM Zone1 Temp  | 41.50 degrees C   | ok\n"
                                             "CPU2 Status      | 0x80              | ok\n"
                                             "PSU2 Temp        | no reading        | ns\n"));
    }

    void elist()
    {
        const CommandOutput output = sdrListOutput({temperature(), presence(), missing()}, true, {});
        QCOMPARE(output.text, QStringLiteral("Inlet Temp       | 01h | ok  | 23.1 | 23 degrees C\n"
                                             "CPU2 Status      | 47h | ok  |  3.2 | Presence detected\n"
                                             "PSU2 Temp        | 01h | ns  | 23.1 | No Reading\n"));
    }

    void unitsFromTheRecord()
    {
        // The full sensor record of tst_sdr_records.cpp: owner 20h, sensor 30h, units 80h
        // (two's complement, no modifier), base unit 01h (degrees C).
        const auto record = sdr::decodeRecord(*fromHex("42 00 51 01 32"
                                                       " 20 00 30 03 81 7f 68 01 01 80 0a 80 7a 3f 1b"
                                                       " 80 01 00 00 02 05 f6 ca 19 f1"
                                                       " 07 19 40 05 7f 80 5a 55 50 00 02 04 02 03 00 00 00"
                                                       " c7 43 50 55 20 54 6d 70"));
        QVERIFY(record.ok());
        SensorView view = temperature();
        view.name = "CPU Tmp";
        view.number = 0x30;
        view.unit = "\u00B0C";
        const CommandOutput output = sdrListOutput({view}, false, {*record});
        QCOMPARE(output.text, QStringLiteral("CPU Tmp          | 23 degrees C      | ok\n"));
        QCOMPARE(output.jsonValue().toArray().first().toObject().value("unit").toString(), QStringLiteral("\u00B0C"));
        QCOMPARE(listedRecords(std::vector<sdr::Record>{*record}).size(), 1u);
    }

    void elistNamesTheThreshold()
    {
        SensorView view = temperature();
        view.name = "CPU2 Temp";
        view.number = 0x08;
        view.entity = {0x03, 2, false};
        view.reading = 87.0;
        view.status = "nc";
        view.stateBits = 0x0008; // at or above upper non-critical
        QCOMPARE(sdrListOutput({view}, true, {}).text,
                 QStringLiteral("CPU2 Temp        | 08h | unc |  3.2 | 87 degrees C\n"));
        QCOMPARE(sdrListOutput({view}, false, {}).text,
                 QStringLiteral("CPU2 Temp        | 87 degrees C      | nc\n"));
        view.stateBits = 0x0003; // below lower non-critical and critical: the worse one
        view.status = "cr";
        QCOMPARE(sdrListOutput({view}, true, {}).text,
                 QStringLiteral("CPU2 Temp        | 08h | lcr |  3.2 | 87 degrees C\n"));
    }

    void json()
    {
        const QJsonArray array = sdrListOutput({temperature(), presence(), missing()}, false, {}).jsonValue().toArray();
        QCOMPARE(array.size(), 3);
        QCOMPARE(QString::fromUtf8(QJsonDocument(array[0].toObject()).toJson(QJsonDocument::Compact)),
                 QStringLiteral(R"({"name":"Inlet Temp","number":1,"owner":32,"reading":23,"states":[],)"
                                R"("status":"ok","thresholds":{"uc":45,"unr":50},"type":1,"unit":"degrees C"})"));
        QVERIFY(array[1].toObject().value("reading").isNull());
        QCOMPARE(array[1].toObject().value("states").toArray().first().toString(), QStringLiteral("Presence detected"));
        QVERIFY(array[1].toObject().value("thresholds").toObject().isEmpty());
        QVERIFY(array[2].toObject().value("reading").isNull());
    }
};

QTEST_GUILESS_MAIN(TestCliSdr)
#include "tst_cli_sdr.moc"
