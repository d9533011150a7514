// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/csv.h"
#include "model/registryfile.h"
#include "model/serverexport.h"
#include "model/serverimport.h"
#include "model/serverregistry.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestServerRegistry : public QObject
{
    Q_OBJECT

private:
    static ServerEntry server(const QString &name, const QString &address)
    {
        ServerEntry entry;
        entry.name = name;
        entry.address = address;
        return entry;
    }
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void writeAll(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private Q_SLOTS:
    void treeOperationsAndSignals()
    {
        ServerRegistry registry;
        QSignalSpy inserted(&registry, &ServerRegistry::nodeInserted);
        QSignalSpy removed(&registry, &ServerRegistry::nodeRemoved);
        QSignalSpy moved(&registry, &ServerRegistry::nodeMoved);
        QSignalSpy changed(&registry, &ServerRegistry::nodeChanged);

        const QUuid lab = registry.addGroup(QStringLiteral("Lab"));
        const QUuid rack = registry.addGroup(QStringLiteral("Rack 3"), lab);
        const QUuid a = registry.addServer(server(QStringLiteral("a"), QStringLiteral("10.0.0.1")), rack);
        const QUuid b = registry.addServer(server(QStringLiteral("b"), QStringLiteral("10.0.0.2")), lab);
        QVERIFY(!a.isNull() && !b.isNull());
        QCOMPARE(inserted.size(), 4);
        QCOMPARE(inserted.last().at(0).toUuid(), lab);
        QCOMPARE(inserted.last().at(1).toInt(), 1); // after the Rack 3 group
        QCOMPARE(registry.groupPath(rack), (QStringList{QStringLiteral("Lab"), QStringLiteral("Rack 3")}));
        QCOMPARE(registry.serverCount(), 2);

        QString error;
        QVERIFY(registry.addGroup(QStringLiteral("Rack 3"), lab, &error).isNull());
        QVERIFY(error.contains(QStringLiteral("Rack 3")));
        QVERIFY(!registry.move(lab, rack, -1, &error)); // into its own subgroup
        QVERIFY(registry.addServer(server(QString(), QStringLiteral("x")), {}, &error).isNull());

        QVERIFY(registry.move(b, lab, 0));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().at(2).toInt(), 1);
        QCOMPARE(moved.first().at(4).toInt(), 0);
        QCOMPARE(registry.children(lab), (QList<QUuid>{b, rack}));

        ServerEntry edited = *registry.findServer(a);
        edited.port = 1623;
        QVERIFY(registry.updateServer(edited));
        QVERIFY(registry.renameGroup(rack, QStringLiteral("Rack 4")));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(registry.findServer(a)->port, quint16(1623));

        QVERIFY(registry.remove(rack));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!registry.contains(a)); // the subtree went with its group
        QCOMPARE(registry.serverCount(), 1);
    }

    void saveAndLoadRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("servers.json"));
        ServerRegistry registry;
        const QUuid group = registry.addGroup(QStringLiteral("Prod"));
        ServerEntry entry = server(QStringLiteral("db1"), QStringLiteral("fe80::1"));
        entry.cipherSuite = 17;
        entry.privilege = ipmi::Privilege::Operator;
        entry.tags = {QStringLiteral("db"), QStringLiteral("eu")};
        entry.notes = QStringLiteral("line1\nline2, \"quoted\"");
        const QUuid id = registry.addServer(entry, group);
        RegistryFile file(path);
        QVERIFY2(file.save(registry), qPrintable(file.errorString()));
        QVERIFY(readAll(path).contains("\"format\": \"bmcpilot-servers\""));

        ServerRegistry loaded;
        QCOMPARE(RegistryFile(path).load(loaded), RegistryFile::Status::Loaded);
        entry.id = id;
        QCOMPARE(*loaded.findServer(id), entry);
        QCOMPARE(loaded.parentOf(id), group);
        QCOMPARE(RegistryFile(dir.filePath(QStringLiteral("none.json"))).load(loaded),
                 RegistryFile::Status::Missing);
    }

    void invalidDocumentsNamePathAndReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"({"format":"bmcpilot-servers","version":1,"children":[)";
        const QByteArray good = R"("id":"6f1d1b9e-4a38-4a43-9d1a-0c7b1f6f0001","name":"a","address":"h",)"
                                R"("interface":"lanplus","user":"","privilege":"user","tags":[],"notes":"")";
        QTest::newRow("syntax") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("port") << head + R"({"type":"server",)" + good + R"(,"port":70000,"cipherSuite":null}]})"
                              << QStringLiteral("/children/0/port: expected an integer");
        QTest::newRow("nested") << head + R"({"type":"group","id":"6f1d1b9e-4a38-4a43-9d1a-0c7b1f6f0002","name":"g","children":[{"type":"server",)" + good + R"(,"port":623,"cipherSuite":"x"}]}]})"
                                << QStringLiteral("/children/0/children/0/cipherSuite:");
        QTest::newRow("unknown") << head + R"({"type":"server",)" + good + R"(,"port":623,"cipherSuite":null,"password":"x"}]})"
                                 << QStringLiteral("/children/0/password: unknown key");
        QTest::newRow("format") << QByteArray(R"({"format":"other","version":1,"children":[]})")
                                << QStringLiteral("/format:");
    }

    void invalidDocumentsNamePathAndReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("servers.json"));
        writeAll(path, json);
        ServerRegistry registry;
        registry.addGroup(QStringLiteral("kept until load"));
        RegistryFile file(path);
        QCOMPARE(file.load(registry), RegistryFile::Status::Corrupt);
        QVERIFY2(file.errorString().contains(expected), qPrintable(file.errorString()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(file.movedTo().startsWith(path + QStringLiteral(".corrupt-")));
        QCOMPARE(readAll(file.movedTo()), json); // kept aside byte for byte
        QCOMPARE(registry.children().size(), 0);
        QVERIFY(file.save(registry)); // a fresh file may now be started
    }

    void futureVersionIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("servers.json"));
        const QByteArray json = R"({"format":"bmcpilot-servers","version":2,"children":[],"new":1})";
        writeAll(path, json);
        ServerRegistry registry;
        const QUuid group = registry.addGroup(QStringLiteral("mine"));
        RegistryFile file(path);
        QCOMPARE(file.load(registry), RegistryFile::Status::FutureVersion);
        QVERIFY(file.errorString().contains(QStringLiteral("version 2")));
        QVERIFY(registry.contains(group));
        QVERIFY(!file.save(registry));
        QCOMPARE(readAll(path), json);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }

    void csvParserQuotingAndRecovery()
    {
        const QString text = QStringLiteral("a,\"b,1\",\"say \"\"hi\"\"\"\r\n"
                                            "\"multi\nline\",x,\r\n"
                                            "bad\"quote,1,2\n"
                                            "\"open,1,2\n"
                                            "last,1,2");
        const Csv::Parsed parsed = Csv::parse(text);
        QCOMPARE(parsed.records.size(), 3);
        QCOMPARE(parsed.records[0].fields,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b,1"), QStringLiteral("say \"hi\"")}));
        QCOMPARE(parsed.records[1].fields,
                 (QStringList{QStringLiteral("multi\nline"), QStringLiteral("x"), QString()}));
        QCOMPARE(parsed.records[2].line, 6);
        QCOMPARE(parsed.issues.size(), 2);
        QCOMPARE(parsed.issues[0].line, 4);
        QCOMPARE(parsed.issues[1].line, 5);
        const QStringList fields = {QStringLiteral("x,y"), QStringLiteral("q\""), QStringLiteral("n\nl"), QStringLiteral("plain")};
        QCOMPARE(Csv::parse(Csv::formatRecord(fields)).records.first().fields, fields);
    }

    // Text a spreadsheet would run as a formula is written as text (a leading '), numbers
    // stay numbers, and reading the file back gives exactly what was written.
    void csvNeutralisesFormulas()
    {
        QCOMPARE(Csv::formatField(QStringLiteral("=HYPERLINK(\"http://x\")")),
                 QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QCOMPARE(Csv::formatField(QStringLiteral("+cmd|' /C calc'!A0")), QStringLiteral("'+cmd|' /C calc'!A0"));
        QCOMPARE(Csv::formatField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(Csv::formatField(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
        QCOMPARE(Csv::formatField(QStringLiteral("\t=1")), QStringLiteral("'\t=1"));
        QCOMPARE(Csv::formatField(QStringLiteral("\r=1")), QStringLiteral("\"'\r=1\""));
        for (const char *number : {"-12.5", "+3", "-0.004", "-1e3", "42"})
            QCOMPARE(Csv::formatField(QString::fromLatin1(number)), QString::fromLatin1(number));
        QCOMPARE(Csv::formatField(QStringLiteral("CPU1 Temp")), QStringLiteral("CPU1 Temp"));
        const QStringList fields = {QStringLiteral("=1+1"), QStringLiteral("'=already"), QStringLiteral("'plain"),
                                    QStringLiteral("-7"), QStringLiteral("@x"), QStringLiteral("\t-x")};
        QCOMPARE(Csv::parse(Csv::formatRecord(fields)).records.first().fields, fields);
    }

    void csvImportKeepsValidLinesAndExportRoundTrips()
    {
        const QString text = QStringLiteral(
            "name,address,port,interface,user,privilege,cipher_suite,group,tags,notes\n"
            "web1,10.0.0.1,,lanplus,admin,operator,17,Prod/Web,a;b,\"note, with comma\"\n"
            "web2,10.0.0.2,99999,,,,,,,\n"
            "web3,10.0.0.3,624,lan,,user,auto,Prod,,\n"
            "web4,10.0.0.4,,lan,,,3,,,\n"
            "short,row\n");
        const ServerImport::Result result = ServerImport::fromCsv(text);
        QCOMPARE(result.items.size(), 2);
        QCOMPARE(result.issues.size(), 3);
        QCOMPARE(result.issues[0].line, 3);
        QVERIFY(result.issues[0].message.contains(QStringLiteral("99999")));
        QCOMPARE(result.issues[1].line, 5); // a pinned suite needs lanplus
        QCOMPARE(result.issues[2].line, 6);

        ServerRegistry registry;
        QList<ServerImport::Issue> issues;
        QCOMPARE(ServerImport::apply(result, registry, &issues), 2);
        QVERIFY(issues.isEmpty());
        const ServerEntry web1 = registry.servers().first();
        QCOMPARE(web1.cipherSuite, std::optional<int>(17));
        QCOMPARE(web1.tags, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(registry.groupPath(registry.parentOf(web1.id)),
                 (QStringList{QStringLiteral("Prod"), QStringLiteral("Web")}));

        const QString exported = ServerExport::toCsv(registry);
        ServerRegistry again;
        const ServerImport::Result reimported = ServerImport::fromCsv(exported);
        QVERIFY(reimported.issues.isEmpty());
        QCOMPARE(ServerImport::apply(reimported, again, nullptr), 2);
        QCOMPARE(ServerExport::toCsv(again), exported);
    }

    void hostListImport()
    {
        const QString text = QStringLiteral("# rack 1\n"
                                            "bmc1.example.org\n"
                                            "10.1.1.2:1623  # spare\n"
                                            "[fe80::2]:700\n"
                                            "fe80::3\n"
                                            "node[01-10]\n"
                                            "a b\n"
                                            "host:0\n");
        const ServerImport::Result result = ServerImport::fromHostList(text);
        QCOMPARE(result.items.size(), 4);
        QCOMPARE(result.items[1].entry.port, quint16(1623));
        QCOMPARE(result.items[2].entry.address, QStringLiteral("fe80::2"));
        QCOMPARE(result.items[2].entry.port, quint16(700));
        QCOMPARE(result.items[3].entry.port, ServerEntry::DefaultPort);
        QCOMPARE(result.issues.size(), 3);
        QCOMPARE(result.issues[0].line, 6);
        QCOMPARE(result.issues[1].line, 7);
        QCOMPARE(result.issues[2].line, 8);

        ServerRegistry registry;
        ServerImport::apply(result, registry, nullptr);
        const ServerImport::Result back = ServerImport::fromHostList(ServerExport::toHostList(registry));
        QCOMPARE(back.items.size(), 4);
        QCOMPARE(back.items[2].entry.port, quint16(700));
    }
};

QTEST_GUILESS_MAIN(TestServerRegistry)
#include "tst_serverregistry.moc"
