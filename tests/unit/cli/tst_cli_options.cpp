// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/options.h"

#include <QTest>

#include <cstring>
#include <map>

namespace {

// A parser with a fixed environment and file system, so no test depends on the host.
struct Fixture
{
    std::map<std::string, QByteArray> environment;
    std::map<QString, QByteArray> files;

    // The parser gets copies, so it may outlive the fixture (Fixture().parser()).
    OptionParser parser() const
    {
        return OptionParser(
            [environment = environment](const char *name) -> std::optional<QByteArray> {
                const auto found = environment.find(name);
                if (found == environment.end())
                    return std::nullopt;
                return found->second;
            },
            [files = files](const QString &path, QString *error) -> std::optional<QByteArray> {
                const auto found = files.find(path);
                if (found == files.end()) {
                    *error = QStringLiteral("No such file or directory");
                    return std::nullopt;
                }
                return found->second;
            });
    }
};

QByteArray bytesOf(const ipmi::SecretBytes &secret)
{
    return QByteArray(reinterpret_cast<const char *>(secret.view().data()), qsizetype(secret.size()));
}

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class TestCliOptions final : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        auto parser = Fixture().parser();
        QVERIFY2(parser.parse(words("-H bmc1 mc info")), qPrintable(parser.errorString()));
        const CliOptions &o = parser.options();
        QCOMPARE(o.version, ipmi::LanVersion::Lan20);
        QCOMPARE(o.hosts.size(), 1);
        QCOMPARE(o.hosts[0].key(), QString("bmc1:623"));
        QVERIFY(o.password.empty());
        QVERIFY(!o.cipherSuite);
        QCOMPARE(o.privilege, ipmi::Privilege::Administrator);
        QCOMPARE(o.fanout, 64);
        QCOMPARE(o.command, (QStringList{"mc", "info"}));
        QVERIFY(!o.json && !o.demo && !o.showHelp && !o.showVersion);
        QCOMPARE(o.verbosity, 0);
    }

    void fractionalTimeout()
    {
        Fixture fixture;
        auto parser = fixture.parser();
        QVERIFY2(parser.parse(words("-H a -N 0.25 mc info")), qPrintable(parser.errorString()));
        QCOMPARE(*parser.options().timeout, std::chrono::milliseconds(250));
        const ipmi::SessionConfig config = parser.options().sessionConfig(parser.options().hosts[0]);
        QCOMPARE(config.timing.handshakeTimeout, std::chrono::milliseconds(250));
    }

    void everyOption()
    {
        Fixture fixture;
        auto parser = fixture.parser();
        QVERIFY2(parser.parse(words("-I lan -H a,b:700 -p 9000 -U admin -P secret -C 3 -L OPERATOR -k kgkey "
                                    "-N 5 -R 2 -vv -F 8 --json chassis power status")),
                 qPrintable(parser.errorString()));
        const CliOptions &o = parser.options();
        QCOMPARE(o.version, ipmi::LanVersion::Lan15);
        QCOMPARE(o.hosts.size(), 2);
        QCOMPARE(o.hosts[0].key(), QString("a:9000")); // -p after -H still applies
        QCOMPARE(o.hosts[1].key(), QString("b:700"));
        QCOMPARE(o.username, QString("admin"));
        QCOMPARE(bytesOf(o.password), QByteArray("secret"));
        QCOMPARE(int(*o.cipherSuite), 3);
        QCOMPARE(o.privilege, ipmi::Privilege::Operator);
        QCOMPARE(bytesOf(o.kg), QByteArray("kgkey"));
        QCOMPARE(*o.timeout, std::chrono::milliseconds(5000));
        QCOMPARE(*o.retries, 2);
        QCOMPARE(o.verbosity, 2);
        QCOMPARE(o.fanout, 8);
        QVERIFY(o.json);
        QCOMPARE(o.command, (QStringList{"chassis", "power", "status"}));

        const ipmi::SessionConfig config = o.sessionConfig(o.hosts[1]);
        QCOMPARE(config.version, ipmi::LanVersion::Lan15);
        QCOMPARE(config.username, std::string("admin"));
        QCOMPARE(bytesOf(config.password), QByteArray("secret"));
        QCOMPARE(int(*config.cipher.pinnedSuite), 3);
        QVERIFY(!config.cipher.allowSuiteZero);
        QCOMPARE(config.timing.requestTimeout, std::chrono::milliseconds(5000));
        QCOMPARE(config.timing.handshakeTimeout, std::chrono::milliseconds(5000));
        QCOMPARE(config.timing.requestAttempts, 3);
        QCOMPARE(config.timing.handshakeMessageAttempts, 3);
        QCOMPARE(config.peerName, std::string("b:700"));
        QCOMPARE(config.privilege, ipmi::Privilege::Operator);
    }

    void attachedValuesAndBundles()
    {
        auto parser = Fixture().parser();
        QVERIFY2(parser.parse(words("-Hbmc -Uroot -Psecret -vC17 --demo -- -weird")), qPrintable(parser.errorString()));
        const CliOptions &o = parser.options();
        QCOMPARE(o.hosts[0].host, QString("bmc"));
        QCOMPARE(o.username, QString("root"));
        QCOMPARE(o.verbosity, 1);
        QCOMPARE(int(*o.cipherSuite), 17);
        QVERIFY(o.demo);
        QCOMPARE(o.command, QStringList{"-weird"});
    }

    void suiteZeroIsExplicitConsent()
    {
        auto parser = Fixture().parser();
        QVERIFY(parser.parse(words("-H h -C 0 mc info")));
        QVERIFY(parser.options().sessionConfig(parser.options().hosts[0]).cipher.allowSuiteZero);
    }

    void hexKey()
    {
        auto parser = Fixture().parser();
        QVERIFY2(parser.parse(words("-H h -y 50415353574F5244 mc info")), qPrintable(parser.errorString()));
        QCOMPARE(bytesOf(parser.options().kg), QByteArray("PASSWORD")); // the man page's example
    }

    void passwordFromEnvironment()
    {
        Fixture fixture;
        fixture.environment["IPMI_PASSWORD"] = "fromipmi";
        auto parser = fixture.parser();
        QVERIFY(parser.parse(words("-H h -E mc info")));
        QCOMPARE(bytesOf(parser.options().password), QByteArray("fromipmi"));

        fixture.environment["IPMITOOL_PASSWORD"] = "fromtool"; // takes precedence, as in ipmitool
        auto second = fixture.parser();
        QVERIFY(second.parse(words("-H h -E mc info")));
        QCOMPARE(bytesOf(second.options().password), QByteArray("fromtool"));

        auto unset = Fixture().parser();
        QVERIFY(!unset.parse(words("-H h -E mc info")));
        QCOMPARE(unset.errorString(), QString("-E was given but neither IPMI_PASSWORD nor IPMITOOL_PASSWORD is set."));
    }

    void kgFromEnvironment()
    {
        Fixture fixture;
        fixture.environment["IPMI_KGKEY"] = "envkey";
        auto parser = fixture.parser();
        QVERIFY(parser.parse(words("-H h -K mc info")));
        QCOMPARE(bytesOf(parser.options().kg), QByteArray("envkey"));
    }

    void passwordFromFile()
    {
        Fixture fixture;
        fixture.files["/pw"] = "first line\r\nsecond line\n";
        fixture.files["/empty"] = "";
        auto parser = fixture.parser();
        QVERIFY(parser.parse(words("-H h -f /pw mc info")));
        QCOMPARE(bytesOf(parser.options().password), QByteArray("first line"));

        auto empty = fixture.parser();
        QVERIFY(empty.parse(words("-H h -f /empty mc info")));
        QVERIFY(empty.options().password.empty());

        auto missing = fixture.parser();
        QVERIFY(!missing.parse(words("-H h -f /nope mc info")));
        QCOMPARE(missing.errorString(), QString("Cannot read the password file /nope: No such file or directory"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("error");
        QTest::newRow("interface") << "-I imb -H h mc info" << "Interface \"imb\" is not supported; use lan, lanplus or open.";
        QTest::newRow("open with host") << "-I open -H h mc info" << "-I open talks to the BMC of this machine; leave out -H.";
        QTest::newRow("missing value") << "-H" << "Option -H needs a value.";
        QTest::newRow("unknown short") << "-Z -H h mc info" << "Unknown option -Z. Try --help.";
        QTest::newRow("unknown long") << "--jsn -H h mc info" << "Unknown option --jsn. Try --help.";
        QTest::newRow("port") << "-p 0 -H h mc info" << "Invalid port \"0\"; a port is a number from 1 to 65535.";
        QTest::newRow("suite") << "-C x -H h mc info" << "Invalid cipher suite \"x\"; give its number, such as 3 or 17.";
        QTest::newRow("privilege") << "-L ROOT -H h mc info"
                                   << "Invalid privilege level \"ROOT\"; use USER, OPERATOR or ADMINISTRATOR.";
        QTest::newRow("timeout word") << "-N soon -H h mc info" << "Invalid timeout \"soon\"; give seconds from 0.05 to 3600.";
        QTest::newRow("timeout") << "-N 0 -H h mc info" << "Invalid timeout \"0\"; give seconds from 0.05 to 3600.";
        QTest::newRow("retries") << "-R -1 -H h mc info" << "Invalid retry count \"-1\"; give a number from 0 to 100.";
        QTest::newRow("fanout") << "-F 5000 -H h mc info" << "Invalid fanout \"5000\"; give a number from 1 to 1024.";
        QTest::newRow("no host") << "mc info" << "No BMC given: use -H host (or --demo to try the simulated lab).";
        QTest::newRow("no command") << "-H h" << "No command given. Try --help.";
        QTest::newRow("bad host") << "-H n[2-1] mc info" << "The range \"2-1\" in \"n[2-1]\" runs backwards.";
        QTest::newRow("user") << "-H h -U 12345678901234567 mc info"
                              << "The user name is longer than 16 bytes, the IPMI limit.";
        QTest::newRow("hex key") << "-H h -y 5Z mc info" << "-y expects the K_g key as up to 40 hexadecimal digits.";
        QTest::newRow("two password sources") << "-H h -P a -f /pw mc info"
                                              << "Give the password one way only (-P and -f were both used).";
    }

    void errors()
    {
        QFETCH(QString, line);
        QFETCH(QString, error);
        Fixture fixture;
        fixture.files["/pw"] = "x";
        auto parser = fixture.parser();
        QVERIFY(!parser.parse(line.split(u' ')));
        QCOMPARE(parser.errorString(), error);
    }

    void passwordLimitsNeverEchoTheSecret()
    {
        auto plus = Fixture().parser();
        QVERIFY(!plus.parse(words("-H h -P twentyone-characters! mc info")));
        QCOMPARE(plus.errorString(), QString("The password is longer than 20 bytes, the limit for -I lanplus."));
        auto lan = Fixture().parser();
        QVERIFY(!lan.parse(words("-I lan -H h -P seventeen-chars!! mc info")));
        QCOMPARE(lan.errorString(), QString("The password is longer than 16 bytes, the limit for -I lan."));
        QVERIFY(!lan.errorString().contains("seventeen"));
        auto exact = Fixture().parser();
        QVERIFY(exact.parse(words("-H h -P twenty-characters!!! mc info")));
    }

    void scrubsSecretsFromArgv()
    {
        char program[] = "bmcpilot-cli";
        char h[] = "-H";
        char host[] = "bmc";
        char p[] = "-P";
        char password[] = "hunter2";
        char attached[] = "-ksecretkey";
        char vy[] = "-vy";
        char hex[] = "0102";
        char command[] = "mc";
        char notOption[] = "-Pnot-an-option-after-the-command";
        char *argv[] = {program, h, host, p, password, attached, vy, hex, command, notOption};
        scrubSecretArguments(int(std::size(argv)), argv);
        QCOMPARE(QByteArray(host), QByteArray("bmc"));
        QCOMPARE(QByteArray(password), QByteArray("xxxxxxx"));
        QCOMPARE(QByteArray(attached), QByteArray("-kxxxxxxxxx"));
        QCOMPARE(QByteArray(hex), QByteArray("xxxx"));
        QCOMPARE(QByteArray(command), QByteArray("mc"));
        QCOMPARE(QByteArray(notOption), QByteArray("-Pnot-an-option-after-the-command"));
    }

    void unauthenticatedMessagesOnlyWhenAsked()
    {
        OptionParser plain;
        QVERIFY(plain.parse({"-I", "lan", "-H", "bmc", "mc", "info"}));
        QVERIFY(!plain.options().sessionConfig(plain.options().hosts.first()).lan15.allowPerMessageAuthOff);
        OptionParser allowed;
        QVERIFY(allowed.parse({"-I", "lan", "--allow-unauthenticated-messages", "-H", "bmc", "mc", "info"}));
        QVERIFY(allowed.options().sessionConfig(allowed.options().hosts.first()).lan15.allowPerMessageAuthOff);
    }

    void scrubsPositionalPasswords()
    {
        char program[] = "bmcpilot-cli";
        char json[] = "--json";
        char user[] = "user";
        char set[] = "set";
        char passwordWord[] = "password";
        char id[] = "5";
        char secret[] = "s3cret!";
        char size[] = "20";
        char *setArgv[] = {program, json, user, set, passwordWord, id, secret, size};
        scrubSecretArguments(int(std::size(setArgv)), setArgv);
        QCOMPARE(QByteArray(secret), QByteArray("xxxxxxx"));
        QCOMPARE(QByteArray(size), QByteArray("20"));
        QCOMPARE(QByteArray(id), QByteArray("5"));

        char test[] = "test";
        char size16[] = "16";
        char tested[] = "letmein";
        char dashes[] = "--";
        char *testArgv[] = {program, dashes, user, test, id, size16, tested};
        scrubSecretArguments(int(std::size(testArgv)), testArgv);
        QCOMPARE(QByteArray(tested), QByteArray("xxxxxxx"));
        QCOMPARE(QByteArray(size16), QByteArray("16"));

        char list[] = "list";
        char channel[] = "1";
        char *listArgv[] = {program, user, list, channel};
        scrubSecretArguments(int(std::size(listArgv)), listArgv);
        QCOMPARE(QByteArray(channel), QByteArray("1"));
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_cli_options.moc"
