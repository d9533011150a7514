// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/appsettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

// Preferences round-trip through QSettings, and a hand-edited file cannot push values
// outside what the application accepts.
class TestAppSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("bmcpilot-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
    }
    void init() { QSettings().clear(); }

    void defaultsWhenNothingIsStored()
    {
        const AppSettings settings = AppSettings::load();
        QCOMPARE(settings.pollSeconds, 10);
        QCOMPARE(settings.rawHistoryDays, 7);
        QCOMPARE(settings.language, QString());
        QCOMPARE(settings.defaultCipherSuite, std::nullopt);
    }

    void roundTrip()
    {
        AppSettings settings;
        settings.pollSeconds = 30;
        settings.rawHistoryDays = 14;
        settings.rollupHistoryDays = 100;
        settings.language = QStringLiteral("zh_CN");
        settings.defaultUser = QStringLiteral("ops");
        settings.defaultInterface = ServerEntry::Interface::Lan;
        settings.defaultPrivilege = ipmi::Privilege::Operator;
        settings.defaultCipherSuite = 17;
        settings.save();
        const AppSettings loaded = AppSettings::load();
        QCOMPARE(loaded.pollSeconds, 30);
        QCOMPARE(loaded.rawHistoryDays, 14);
        QCOMPARE(loaded.rollupHistoryDays, 100);
        QCOMPARE(loaded.language, QStringLiteral("zh_CN"));
        QCOMPARE(loaded.defaultUser, QStringLiteral("ops"));
        QCOMPARE(loaded.defaultInterface, ServerEntry::Interface::Lan);
        QCOMPARE(loaded.defaultPrivilege, ipmi::Privilege::Operator);
        QCOMPARE(loaded.defaultCipherSuite, std::optional<int>(17));
        QCOMPARE(loaded.retentionPolicy().rawKeepMs, 14LL * 24 * 3600 * 1000);
    }

    void handEditedValuesAreClamped()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("poll/intervalSeconds"), 0);
        settings.setValue(QStringLiteral("history/rawDays"), QStringLiteral("lots"));
        settings.setValue(QStringLiteral("history/rollupDays"), 999999);
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("../../etc"));
        settings.setValue(QStringLiteral("defaults/cipherSuite"), 99);
        settings.setValue(QStringLiteral("defaults/interface"), QStringLiteral("serial"));
        settings.sync();
        const AppSettings loaded = AppSettings::load();
        QCOMPARE(loaded.pollSeconds, AppSettings::MinPollSeconds);
        QCOMPARE(loaded.rawHistoryDays, 7);
        QCOMPARE(loaded.rollupHistoryDays, AppSettings::MaxRollupDays);
        QCOMPARE(loaded.language, QString());
        QCOMPARE(loaded.defaultCipherSuite, std::nullopt);
        QCOMPARE(loaded.defaultInterface, ServerEntry::Interface::LanPlus);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
