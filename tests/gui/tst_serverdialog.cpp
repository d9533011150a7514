// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fleet.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "sim/ipmisimfixture.h"
#include "ui/serverdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

// The add/edit server dialog: what it refuses and why, what it hands back, and "Test
// connection" against a real ipmi_sim BMC.
class TestServerDialog final : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(ServerDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    static void fill(ServerDialog &dialog, const QString &name, const QString &address, const QString &password)
    {
        child<QLineEdit>(dialog, "nameEdit")->setText(name);
        child<QLineEdit>(dialog, "addressEdit")->setText(address);
        child<QLineEdit>(dialog, "userEdit")->setText(QStringLiteral("admin"));
        child<QLineEdit>(dialog, "passwordEdit")->setText(password);
    }

    static bool okEnabled(ServerDialog &dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled();
    }

    static void selectData(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }

private slots:
    void emptyFormIsRefusedWithAReason()
    {
        ServerRegistry registry;
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        ServerDialog dialog(&fleet);
        QVERIFY(!okEnabled(dialog));
        QVERIFY(dialog.problem().contains(QStringLiteral("no name")));
        fill(dialog, QStringLiteral("web-01"), QString(), QStringLiteral("pw"));
        QVERIFY(!okEnabled(dialog));
        QVERIFY(dialog.problem().contains(QStringLiteral("no address")));
        child<QLineEdit>(dialog, "addressEdit")->setText(QStringLiteral("10.0.0.5"));
        QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));
        QVERIFY(child<QLabel>(dialog, "problemLabel")->text().isEmpty());
    }

    void passwordLengthFollowsTheInterface()
    {
        ServerRegistry registry;
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        ServerDialog dialog(&fleet);
        fill(dialog, QStringLiteral("a"), QStringLiteral("h"), QString(20, QLatin1Char('x')));
        QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem())); // 20 bytes: fine on IPMI 2.0
        selectData(child<QComboBox>(dialog, "interfaceEdit"), int(ServerEntry::Interface::Lan));
        QVERIFY(!okEnabled(dialog));
        QVERIFY(dialog.problem().contains(QStringLiteral("at most 16")));
        QVERIFY(child<QLabel>(dialog, "passwordRuleLabel")->text().contains(QStringLiteral("16 bytes")));
        child<QLineEdit>(dialog, "passwordEdit")->setText(QString(21, QLatin1Char('x')));
        selectData(child<QComboBox>(dialog, "interfaceEdit"), int(ServerEntry::Interface::LanPlus));
        QVERIFY(dialog.problem().contains(QStringLiteral("at most 20")));
        // Multi-byte characters count as bytes, as the BMC sees them.
        child<QLineEdit>(dialog, "passwordEdit")->setText(QString(11, QChar(0x00E9)));
        QVERIFY(dialog.problem().contains(QStringLiteral("22 bytes")));
    }

    void kgKeyIsTextOrHex()
    {
        ServerRegistry registry;
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        ServerDialog dialog(&fleet);
        fill(dialog, QStringLiteral("a"), QStringLiteral("h"), QStringLiteral("pw"));
        auto *kg = child<QLineEdit>(dialog, "kgEdit");
        kg->setText(QStringLiteral("0x12345"));
        QVERIFY(dialog.problem().contains(QStringLiteral("hexadecimal")));
        kg->setText(QStringLiteral("0x") + QString(42, QLatin1Char('a')));
        QVERIFY(dialog.problem().contains(QStringLiteral("21 bytes")));
        kg->setText(QStringLiteral("0x0102ff"));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        const auto credentials = dialog.credentials();
        QVERIFY(credentials);
        QCOMPARE(credentials->kg.size(), std::size_t(3));
        QCOMPARE(int(credentials->kg.view()[2]), 0xff);
        selectData(child<QComboBox>(dialog, "interfaceEdit"), int(ServerEntry::Interface::Lan));
        QVERIFY(dialog.problem().contains(QStringLiteral("only used by IPMI 2.0")));
    }

    void entryCarriesEveryField()
    {
        ServerRegistry registry;
        const QUuid rack = registry.addGroup(QStringLiteral("Rack 3"));
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        ServerDialog dialog(&fleet);
        fill(dialog, QStringLiteral(" db-02 "), QStringLiteral("10.1.2.3"), QStringLiteral("pw"));
        child<QSpinBox>(dialog, "portEdit")->setValue(6230);
        selectData(child<QComboBox>(dialog, "cipherEdit"), 17);
        selectData(child<QComboBox>(dialog, "privilegeEdit"), int(ServerEntry::Privilege::Operator));
        child<QLineEdit>(dialog, "tagsEdit")->setText(QStringLiteral("db, ,prod"));
        dialog.setGroup(rack);
        const ServerEntry entry = dialog.entry();
        QCOMPARE(entry.name, QStringLiteral("db-02"));
        QCOMPARE(entry.port, quint16(6230));
        QCOMPARE(entry.cipherSuite, std::optional<int>(17));
        QCOMPARE(entry.privilege, ServerEntry::Privilege::Operator);
        QCOMPARE(entry.tags, QStringList({QStringLiteral("db"), QStringLiteral("prod")}));
        QCOMPARE(dialog.group(), rack);
    }

    void editKeepsStoredSecretsUnlessTyped()
    {
        ServerRegistry registry;
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        ServerEntry entry;
        entry.name = QStringLiteral("web");
        entry.address = QStringLiteral("10.0.0.1");
        entry.userName = QStringLiteral("admin");
        const QUuid id = registry.addServer(entry);
        fleet.setCredentials(id, {ipmi::SecretBytes(std::string_view("old-password")), ipmi::SecretBytes(std::string_view("kg"))});
        ServerDialog dialog(&fleet);
        dialog.setEntry(*registry.findServer(id), {});
        QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));
        QVERIFY(!dialog.credentials()); // nothing typed: nothing to store
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("new-password"));
        const auto credentials = dialog.credentials();
        QVERIFY(credentials);
        QCOMPARE(credentials->password.size(), std::size_t(12));
        QCOMPARE(credentials->kg.size(), std::size_t(2)); // untouched field keeps its secret
        QCOMPARE(dialog.entry().id, id);
    }

    void testConnectionReportsSuiteAndPrivilege()
    {
        sim::IpmiSimFixture sims;
        QVERIFY2(sims.start(), qPrintable(sims.errorString()));
        const sim::SimBmc bmc = sims.bmc(0);
        const auto admin = bmc.account(sim::Privilege::Administrator);
        QVERIFY(admin);

        ServerRegistry registry;
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        ServerDialog dialog(&fleet);
        fill(dialog, QStringLiteral("sim"), bmc.host, admin->password);
        child<QLineEdit>(dialog, "userEdit")->setText(admin->user);
        child<QSpinBox>(dialog, "portEdit")->setValue(bmc.port);
        auto *result = child<QLabel>(dialog, "testResultLabel");
        child<QPushButton>(dialog, "testButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected")), 15000);
        QVERIFY2(result->text().contains(QStringLiteral("cipher suite 3")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("ADMINISTRATOR")), qPrintable(result->text()));

        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("wrong-password"));
        child<QPushButton>(dialog, "testButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Failed")), 15000);
        QVERIFY2(result->text().contains(QStringLiteral("password")), qPrintable(result->text()));
    }
};

QTEST_MAIN(TestServerDialog)
#include "tst_serverdialog.moc"
