// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/daemonoptions.h"
#include "daemon/daemonsetup.h"

#include "model/fleet.h"
#include "model/registrycodec.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "model/vaultfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, bool ownerOnly = true)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return !ownerOnly || file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QByteArray passwordOf(const Fleet &fleet, const QUuid &server)
{
    const auto credentials = fleet.credentials(server);
    if (!credentials)
        return "<none>";
    const auto view = credentials->password.view();
    return QByteArray(reinterpret_cast<const char *>(view.data()), qsizetype(view.size()));
}

} // namespace

// bmcpilotd's startup: options over the configuration file, the registry read without
// ever being changed, passwords from the credentials file and the desktop's vault.
class TestDaemonSetup final : public QObject
{
    Q_OBJECT

private slots:
    void commandLineWinsOverTheConfigurationFile()
    {
        QTemporaryDir dir;
        const QString conf = dir.filePath(QStringLiteral("bmcpilotd.conf"));
        QVERIFY(writeFile(conf, "# comment\nregistry = /srv/servers.json\nshard = 2/3\ninterval = 15\n"
                                "web.listen-address = :9290\nlog.level = debug\n", false));
        DaemonOptions options;
        QVERIFY2(options.parse({QStringLiteral("bmcpilotd"), QStringLiteral("--conf"), conf, QStringLiteral("--shard"),
                                QStringLiteral("3/3"), QStringLiteral("--web.listen-address=127.0.0.1:1234"),
                                QStringLiteral("--state-directory"), dir.path()}),
                 qPrintable(options.errorString()));
        QCOMPARE(options.registryPath, QStringLiteral("/srv/servers.json"));
        QCOMPARE(options.shard.text(), QStringLiteral("3/3"));
        QCOMPARE(options.collector.sensorInterval, std::chrono::milliseconds(15000));
        QCOMPARE(options.listenAddresses, QStringList{QStringLiteral("127.0.0.1:1234")});
        QVERIFY(options.notices.join(QLatin1Char(' ')).contains(QStringLiteral("--log.level")));

        // Repeated, as the exporter allows.
        DaemonOptions twice;
        QVERIFY(twice.parse({QStringLiteral("bmcpilotd"), QStringLiteral("--conf"), conf,
                             QStringLiteral("--web.listen-address=127.0.0.1:1"),
                             QStringLiteral("--web.listen-address=[::1]:2")}));
        QCOMPARE(twice.listenAddresses, (QStringList{QStringLiteral("127.0.0.1:1"), QStringLiteral("[::1]:2")}));
    }

    void badSettingsNameTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("conf");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown") << QByteArray("colour = blue\n") << QStringLiteral("line 1");
        QTest::newRow("no equals") << QByteArray("\n\nregistry\n") << QStringLiteral("line 3");
        QTest::newRow("interval") << QByteArray("interval = 0\n") << QStringLiteral("--interval");
        QTest::newRow("shard") << QByteArray("shard = 4/3\n") << QStringLiteral("K/N");
        QTest::newRow("collectors") << QByteArray("collectors = ipmi,dcmi\n") << QStringLiteral("dcmi");
        QTest::newRow("vault without password") << QByteArray("vault = /x/vault.bin\n")
                                                << QStringLiteral("--vault-password-file");
    }
    void badSettingsNameTheirPlace()
    {
        QFETCH(QByteArray, conf);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bmcpilotd.conf"));
        QVERIFY(writeFile(path, conf, false));
        DaemonOptions options;
        QVERIFY(!options.parse({QStringLiteral("bmcpilotd"), QStringLiteral("--conf"), path}));
        QVERIFY2(options.errorString().contains(mentions), qPrintable(options.errorString()));
    }

    void aDamagedRegistryIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("servers.json"));
        const QByteArray damaged = "{\"format\": \"bmcpilot-servers\", \"version\": 1, \"children\": [{\"type\": 3}]}";
        QVERIFY(writeFile(path, damaged, false));
        ServerRegistry registry;
        QString error;
        QVERIFY(!DaemonSetup::loadRegistry(path, registry, &error));
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("/children/0")), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), damaged);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // nothing moved aside
    }

    // The vault's passwords (and K_g), with a credentials file line winning for the
    // server it names.
    void passwordsFromTheVaultAndTheCredentialsFile()
    {
        QTemporaryDir dir;
        ServerRegistry registry;
        ServerEntry entry;
        entry.name = QStringLiteral("alpha");
        entry.address = QStringLiteral("10.0.0.1");
        const QUuid alpha = registry.addServer(entry);
        entry.name = QStringLiteral("beta");
        entry.address = QStringLiteral("10.0.0.2");
        const QUuid beta = registry.addServer(entry);
        entry.name = QStringLiteral("gamma");
        entry.address = QStringLiteral("10.0.0.3");
        const QUuid gamma = registry.addServer(entry);
        const QString registryPath = dir.filePath(QStringLiteral("servers.json"));
        QVERIFY(writeFile(registryPath, RegistryCodec::encode(registry), false));

        const QString vaultPath = dir.filePath(QStringLiteral("vault.bin"));
        {
            VaultFile vault(vaultPath, VaultKdfParams{10, 8, 1});
            QVERIFY(vault.create(SecretValue::fromBytes("master")));
            QVERIFY(vault.setValue({alpha, SecretKind::Password}, SecretValue::fromBytes("alpha-from-vault")));
            QVERIFY(vault.setValue({beta, SecretKind::Password}, SecretValue::fromBytes("beta-from-vault")));
            QVERIFY(vault.setValue({beta, SecretKind::Kg}, SecretValue::fromBytes("beta-kg")));
        }
        const QByteArray vaultBytes = [&] {
            QFile file(vaultPath);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(writeFile(dir.filePath(QStringLiteral("vault-password")), "master\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("credentials")), "beta = beta-from-file\n"));

        // A configuration file named with --conf must exist; without --conf the default
        // one is optional.
        DaemonOptions missing;
        QVERIFY(!missing.parse({QStringLiteral("bmcpilotd"), QStringLiteral("--conf"), dir.filePath(QStringLiteral("x"))}));
        QVERIFY2(missing.errorString().contains(QStringLiteral("does not exist")), qPrintable(missing.errorString()));
        DaemonOptions fine;
        QVERIFY2(fine.parse({QStringLiteral("bmcpilotd"), QStringLiteral("--vault"), vaultPath,
                             QStringLiteral("--vault-password-file"), dir.filePath(QStringLiteral("vault-password")),
                             QStringLiteral("--credentials"), dir.filePath(QStringLiteral("credentials")), registryPath}),
                 qPrintable(fine.errorString()));

        ServerRegistry loaded;
        QString error;
        QVERIFY2(DaemonSetup::loadRegistry(fine.registryPath, loaded, &error), qPrintable(error));
        SessionPool pool(1);
        Fleet fleet(&loaded, &pool);
        int found = 0;
        QVERIFY2(DaemonSetup::loadCredentials(fine, loaded, fleet, &found, &error), qPrintable(error));
        QCOMPARE(found, 2);
        QCOMPARE(passwordOf(fleet, alpha), QByteArray("alpha-from-vault"));
        QCOMPARE(passwordOf(fleet, beta), QByteArray("beta-from-file"));
        QCOMPARE(fleet.credentials(beta)->kg.size(), std::size_t(7));
        QCOMPARE(passwordOf(fleet, gamma), QByteArray(""));
        // The vault was only read.
        QFile file(vaultPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), vaultBytes);

        // A wrong master password stops the start with a sentence.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("vault-password")), "wrong"));
        QVERIFY(!DaemonSetup::loadCredentials(fine, loaded, fleet, &found, &error));
        QVERIFY2(error.contains(vaultPath), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDaemonSetup)
#include "tst_daemonsetup.moc"
