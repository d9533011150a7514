// SPDX-License-Identifier: GPL-3.0-or-later
// `bmcpilot-cli fru print` against ipmi_sim's FRU (src/demo/profile/fru.py), compared
// field by field with ipmitool's `fru print` and FreeIPMI's ipmi-fru.
#include "demo/ipmisimfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDateTime>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    QString out;
    QString err;
    int exitCode = -1;
};

Run run(const QString &program, const QStringList &arguments, const QString &password)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("IPMI_PASSWORD"), password);
    environment.remove(QStringLiteral("IPMITOOL_PASSWORD"));
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

// ipmi-fru's output: per "FRU Inventory Device: <name> (ID <hex>h)" block, its
// "FRU <label>: <value>" lines in order (labels repeat: "FRU FRU File ID" is in the board
// and the product area).
QMap<int, QList<QPair<QString, QString>>> freeIpmiDevices(const QString &text)
{
    static const QRegularExpression device(QStringLiteral("^FRU Inventory Device: .* \\(ID ([0-9A-Fa-f]+)h\\)$"));
    static const QRegularExpression field(QStringLiteral("^FRU (.+?): (.*)$"));
    QMap<int, QList<QPair<QString, QString>>> devices;
    int current = -1;
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (const auto match = device.match(line); match.hasMatch()) {
            current = match.captured(1).toInt(nullptr, 16);
            devices[current];
        } else if (const auto fieldMatch = field.match(line); fieldMatch.hasMatch() && current >= 0) {
            devices[current].append({fieldMatch.captured(1), fieldMatch.captured(2)});
        }
    }
    return devices;
}

// Our JSON object of one device as ipmi-fru's labels and values, in ipmi-fru's order.
QList<QPair<QString, QString>> asFreeIpmiFields(const QJsonObject &device)
{
    QList<QPair<QString, QString>> out;
    const auto add = [&out](const QString &label, const QJsonValue &value) {
        if (value.isString() && !value.toString().isEmpty())
            out.append({label, value.toString()});
    };
    const QJsonObject chassis = device.value(QStringLiteral("chassis")).toObject();
    add(QStringLiteral("Chassis Type"), chassis.value(QStringLiteral("type")));
    add(QStringLiteral("Chassis Part Number"), chassis.value(QStringLiteral("part_number")));
    add(QStringLiteral("Chassis Serial Number"), chassis.value(QStringLiteral("serial")));
    const QJsonObject board = device.value(QStringLiteral("board")).toObject();
    const QJsonValue date = board.value(QStringLiteral("mfg_date"));
    if (date.isString()) {
        // ipmi-fru: "11/14/23 - 09:30:00" in the local zone, UTC here (TZ=UTC).
        const QDateTime time = QDateTime::fromString(date.toString(), Qt::ISODate);
        add(QStringLiteral("Board Manufacturing Date/Time"), time.toUTC().toString(QStringLiteral("MM/dd/yy - HH:mm:ss")));
    }
    add(QStringLiteral("Board Manufacturer"), board.value(QStringLiteral("manufacturer")));
    add(QStringLiteral("Board Product Name"), board.value(QStringLiteral("name")));
    add(QStringLiteral("Board Serial Number"), board.value(QStringLiteral("serial")));
    add(QStringLiteral("Board Part Number"), board.value(QStringLiteral("part_number")));
    add(QStringLiteral("FRU File ID"), board.value(QStringLiteral("fru_file_id")));
    for (const QJsonValue &custom : board.value(QStringLiteral("custom")).toArray())
        add(QStringLiteral("Board Custom Info"), custom);
    const QJsonObject product = device.value(QStringLiteral("product")).toObject();
    add(QStringLiteral("Product Manufacturer Name"), product.value(QStringLiteral("manufacturer")));
    add(QStringLiteral("Product Name"), product.value(QStringLiteral("name")));
    add(QStringLiteral("Product Part/Model Number"), product.value(QStringLiteral("part_number")));
    add(QStringLiteral("Product Version"), product.value(QStringLiteral("version")));
    add(QStringLiteral("Product Serial Number"), product.value(QStringLiteral("serial")));
    add(QStringLiteral("Product Asset Tag"), product.value(QStringLiteral("asset_tag")));
    add(QStringLiteral("FRU File ID"), product.value(QStringLiteral("fru_file_id")));
    return out;
}

QString describe(const QList<QPair<QString, QString>> &fields)
{
    QString text;
    for (const auto &[label, value] : fields)
        text += label + QStringLiteral(": ") + value + u'\n';
    return text;
}

} // namespace

class TestCliFruVsReference final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_ipmitool = QStandardPaths::findExecutable(QStringLiteral("ipmitool"));
        m_ipmiFru = QStandardPaths::findExecutable(QStringLiteral("ipmi-fru"));
        if (m_ipmiFru.isEmpty())
            m_ipmiFru = QStandardPaths::findExecutable(QStringLiteral("ipmi-fru"), {QStringLiteral("/usr/sbin")});
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        const sim::SimBmc &bmc = m_fixture.bmc(0);
        const auto admin = bmc.account(ipmi::Privilege::Administrator);
        QVERIFY(admin.has_value());
        m_user = admin->user;
        m_password = admin->password;
        m_connection = {QStringLiteral("-I"), QStringLiteral("lanplus"), QStringLiteral("-C"), QStringLiteral("3"),
                        QStringLiteral("-H"), bmc.host, QStringLiteral("-p"), QString::number(bmc.port),
                        QStringLiteral("-U"), admin->user, QStringLiteral("-E")};
        QVERIFY(m_cache.isValid());
    }

    void sameTextAsIpmitool_data()
    {
        QTest::addColumn<QString>("command");
        // The built-in FRU (chassis, board with a date, product) and a PSU's (board and
        // product), alone: no description line, as ipmitool prints a single device.
        QTest::newRow("fru print 0") << "fru print 0";
        QTest::newRow("fru print 1") << "fru print 1";
        // Every device: FRU 0 as "Builtin FRU Device", then those of the FRU locator SDRs
        // (the fixture's locator for FRU 0 is skipped, as ipmitool skips it).
        QTest::newRow("fru print") << "fru print";
    }

    void sameTextAsIpmitool()
    {
        if (m_ipmitool.isEmpty())
            QSKIP("ipmitool is not installed");
        QFETCH(QString, command);
        const QStringList words = command.split(u' ');
        const Run theirs = run(m_ipmitool, m_connection + words, m_password);
        const Run mine = ours(words);
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err));
        QVERIFY2(mine.exitCode == 0, qPrintable(mine.err));
        // Differences from ipmitool, none of them showing on this fixture:
        // - the board date is always UTC, the zone the FRU stores; ipmitool converts it to
        //   the local zone and names it ("... 2023 UTC" here, where TZ=UTC);
        // - type 11b text in an area whose language is not English is 2-byte Unicode (FRU
        //   storage definition, section 13.1); ipmitool prints its bytes as Latin-1.
        QVERIFY2(mine.out == theirs.out,
                 qPrintable(QStringLiteral("ipmitool:\n%1\nours:\n%2").arg(theirs.out, mine.out)));
        QVERIFY(mine.out.contains(QStringLiteral(" Board Mfg Date        : ")));
    }

    void sameFieldsAsFreeIpmi()
    {
        if (m_ipmiFru.isEmpty())
            QSKIP("FreeIPMI's ipmi-fru is not installed");
        const sim::SimBmc &bmc = m_fixture.bmc(0);
        const Run theirs = run(m_ipmiFru,
                               {QStringLiteral("-h"), QStringLiteral("%1:%2").arg(bmc.host).arg(bmc.port),
                                QStringLiteral("-u"), m_user, QStringLiteral("-p"), m_password,
                                QStringLiteral("--driver-type=LAN_2_0"), QStringLiteral("-W"),
                                QStringLiteral("opensesspriv"), QStringLiteral("--sdr-cache-directory=") + m_cache.path(),
                                QStringLiteral("--quiet-cache")},
                               QString());
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err + theirs.out));
        const auto reference = freeIpmiDevices(theirs.out);
        QVERIFY2(reference.size() >= 2, qPrintable(theirs.out));

        const Run mine = ours({QStringLiteral("--json"), QStringLiteral("fru"), QStringLiteral("print")});
        QVERIFY2(mine.exitCode == 0, qPrintable(mine.err));
        const QJsonArray devices = QJsonDocument::fromJson(mine.out.toUtf8()).array();
        QCOMPARE(devices.size(), reference.size());
        for (const QJsonValue &value : devices) {
            const QJsonObject device = value.toObject();
            const int id = device.value(QStringLiteral("id")).toInt(-1);
            QVERIFY2(reference.contains(id), qPrintable(QStringLiteral("FRU %1 unknown to ipmi-fru").arg(id)));
            const auto expected = reference.value(id);
            const auto actual = asFreeIpmiFields(device);
            QVERIFY2(actual == expected,
                     qPrintable(QStringLiteral("FRU %1\nipmi-fru:\n%2\nours:\n%3").arg(id).arg(describe(expected),
                                                                                          describe(actual))));
            QVERIFY(device.value(QStringLiteral("warnings")).toArray().isEmpty());
            QVERIFY(device.value(QStringLiteral("errors")).toArray().isEmpty());
        }
        // Device names differ: ipmi-fru names FRU 0 by its locator SDR ("System FRU"), we
        // follow ipmitool ("Builtin FRU Device"); the others carry the locator's name.
        QCOMPARE(devices.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Builtin FRU Device"));
        QCOMPARE(devices.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("PSU1 FRU"));
    }

    void jsonHasTheDocumentedKeys()
    {
        const Run mine = ours({QStringLiteral("--json"), QStringLiteral("fru"), QStringLiteral("print"), QStringLiteral("0")});
        QVERIFY2(mine.exitCode == 0, qPrintable(mine.err));
        const QJsonObject device = QJsonDocument::fromJson(mine.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(device.value(QStringLiteral("id")).toInt(-1), 0);
        const QJsonObject chassis = device.value(QStringLiteral("chassis")).toObject();
        QCOMPARE(chassis.value(QStringLiteral("type")).toString(), QStringLiteral("Rack Mount Chassis"));
        const QJsonObject board = device.value(QStringLiteral("board")).toObject();
        // fru.py's board date for profile r2u: 2023-11-14 09:30 UTC.
        QCOMPARE(board.value(QStringLiteral("mfg_date")).toString(), QStringLiteral("2023-11-14T09:30:00Z"));
        for (const char *key : {"manufacturer", "name", "serial", "part_number", "fru_file_id"})
            QVERIFY2(board.value(QLatin1String(key)).isString(), key);
        QVERIFY(board.value(QStringLiteral("custom")).isArray());
        const QJsonObject product = device.value(QStringLiteral("product")).toObject();
        for (const char *key : {"manufacturer", "name", "serial", "part_number", "version", "asset_tag", "fru_file_id"})
            QVERIFY2(product.value(QLatin1String(key)).isString(), key);
    }

    void absentDeviceIsAClearError()
    {
        const Run mine = ours({QStringLiteral("fru"), QStringLiteral("print"), QStringLiteral("9")});
        QVERIFY(mine.exitCode != 0);
        QVERIFY2(mine.err.contains(QStringLiteral("FRU device 9")), qPrintable(mine.err));
        QVERIFY(mine.out.isEmpty());
    }

private:
    Run ours(const QStringList &command) const
    {
        return run(QStringLiteral(BMCPILOT_CLI_PATH), m_connection + command, m_password);
    }

    sim::IpmiSimFixture m_fixture;
    QTemporaryDir m_cache;
    QString m_ipmitool;
    QString m_ipmiFru;
    QString m_user;
    QString m_password;
    QStringList m_connection;
};

QTEST_GUILESS_MAIN(TestCliFruVsReference)
#include "tst_cli_fru_vs_reference.moc"
