// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/exporterconfig.h"

#include <QTest>

class TestExporterConfig final : public QObject
{
    Q_OBJECT

private slots:
    // The exporter's own example (/etc/prometheus/ipmi_remote.yml, shortened): FreeIPMI
    // settings are accepted with a notice, the rest is used.
    void readsTheExportersModules()
    {
        const QByteArray yaml = "\n"
            "modules:\n"
            "        default:\n"
            "                user: \"default_user\"\n"
            "                pass: \"example_pw\"\n"
            "                driver: \"LAN_2_0\"\n"
            "                privilege: \"user\"\n"
            "                timeout: 10000\n"
            "                collectors:\n"
            "                - bmc\n"
            "                - ipmi\n"
            "                - chassis\n"
            "                exclude_sensor_ids:\n"
            "                - 2\n"
            "                - 29\n"
            "        dcmi:\n"
            "                user: \"admin_user\"\n"
            "                pass: \"another_pw\"\n"
            "                privilege: \"admin\"\n"
            "                driver: \"LAN_2_0\"\n"
            "                collectors:\n"
            "                - dcmi\n"
            "        thatspecialhost:\n"
            "                user: \"some_user\"\n"
            "                pass: \"secret_pw\"\n"
            "                privilege: \"admin\"\n"
            "                driver: \"LAN\"\n"
            "                collectors:\n"
            "                - ipmi\n"
            "                - sel\n"
            "                workaround_flags:\n"
            "                - discretereading\n"
            "                custom_args:\n"
            "                        ipmi:\n"
            "                        - \"--bridge-sensors\"\n"
            "";
        ExporterConfig config;
        QVERIFY2(config.parse(yaml, QStringLiteral("ipmi_remote.yml")), qPrintable(config.errorString()));
        QCOMPARE(config.moduleNames().size(), 3);
        const ExporterConfig::Module &fallback = config.module(QStringLiteral("default"));
        QCOMPARE(fallback.user, QStringLiteral("default_user"));
        QCOMPARE(fallback.password, QByteArray("example_pw"));
        QCOMPARE(fallback.privilege, ipmi::Privilege::User);
        QCOMPARE(fallback.interface, ServerEntry::Interface::LanPlus);
        QCOMPARE(fallback.timeout, std::chrono::milliseconds(10000));
        QCOMPARE(fallback.collectors, ExporterConfig::defaultCollectors());
        QCOMPARE(fallback.excludedSensorIds, (QSet<quint16>{2, 29}));

        const ExporterConfig::Module &special = config.module(QStringLiteral("thatspecialhost"));
        QCOMPARE(special.interface, ServerEntry::Interface::Lan);
        QCOMPARE(special.privilege, ipmi::Privilege::Administrator);
        QVERIFY(special.collectors.test(TargetSnapshot::Ipmi));
        QVERIFY(special.collectors.test(TargetSnapshot::Sel));
        QVERIFY(!special.collectors.test(TargetSnapshot::Chassis));

        QVERIFY(config.module(QStringLiteral("dcmi")).collectors.none());
        // An unknown module falls back to "default", as with the exporter.
        QCOMPARE(config.module(QStringLiteral("nosuch")).user, QStringLiteral("default_user"));

        const QString notices = config.notices().join(QLatin1Char('\n'));
        QVERIFY2(notices.contains(QStringLiteral("\"workaround_flags\"")), qPrintable(notices));
        QVERIFY(notices.contains(QStringLiteral("\"custom_args\"")));
        QVERIFY(notices.contains(QStringLiteral("\"dcmi\"")));
        QVERIFY(!notices.contains(QStringLiteral("\"driver\"")));
    }

    void withoutAFileTheBuiltInDefaultApplies()
    {
        ExporterConfig config;
        QCOMPARE(config.module(QStringLiteral("default")).collectors, ExporterConfig::defaultCollectors());
        QVERIFY(config.module(QStringLiteral("x")).user.isEmpty());
    }

    void badFilesAreRefusedWithTheLine_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not yaml") << QByteArray("modules: [\n  - {") << QStringLiteral("line");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("modules");
        QTest::newRow("list at top") << QByteArray("- a\n- b\n") << QStringLiteral("modules");
        QTest::newRow("modules not a map") << QByteArray("modules: 3\n") << QStringLiteral("modules");
        QTest::newRow("module not a map") << QByteArray("modules:\n  default: 5\n") << QStringLiteral("line 2");
        QTest::newRow("bad privilege") << QByteArray("modules:\n  default:\n    privilege: root\n")
                                       << QStringLiteral("root");
        QTest::newRow("bad timeout") << QByteArray("modules:\n  default:\n    timeout: soon\n")
                                     << QStringLiteral("soon");
        QTest::newRow("local driver") << QByteArray("modules:\n  default:\n    driver: KCS\n")
                                      << QStringLiteral("KCS");
        QTest::newRow("collectors not a list") << QByteArray("modules:\n  default:\n    collectors: ipmi\n")
                                               << QStringLiteral("list");
        QTest::newRow("bad sensor id") << QByteArray("modules:\n  default:\n    exclude_sensor_ids: [x]\n")
                                       << QStringLiteral("record id");
    }
    void badFilesAreRefusedWithTheLine()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, mentions);
        ExporterConfig config;
        QVERIFY(config.parse("modules:\n  default:\n    user: kept\n", QStringLiteral("good.yml")));
        QVERIFY(!config.parse(yaml, QStringLiteral("bad.yml")));
        QVERIFY2(config.errorString().contains(QStringLiteral("bad.yml")), qPrintable(config.errorString()));
        QVERIFY2(config.errorString().contains(mentions), qPrintable(config.errorString()));
        QCOMPARE(config.module(QStringLiteral("default")).user, QStringLiteral("kept"));
    }
};

QTEST_GUILESS_MAIN(TestExporterConfig)
#include "tst_exporterconfig.moc"
