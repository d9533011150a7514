// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fleet.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"
#include "ui/addresslookup.h"
#include "ui/serverdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

// The add/edit server dialog: what it refuses and why, what it hands back, and "Test
// connection" against a real ipmi_sim BMC. Addresses in the tests are IP literals unless
// the test is about name lookups ("localhost" and the reserved .invalid domain answer
// without a network).
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
        fill(dialog, QStringLiteral("a"), QStringLiteral("10.0.0.9"), QString(20, QLatin1Char('x')));
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
        fill(dialog, QStringLiteral("a"), QStringLiteral("10.0.0.9"), QStringLiteral("pw"));
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
        selectData(child<QComboBox>(dialog, "privilegeEdit"), int(ipmi::Privilege::Operator));
        child<QLineEdit>(dialog, "tagsEdit")->setText(QStringLiteral("db, ,prod"));
        dialog.setGroup(rack);
        const ServerEntry entry = dialog.entry();
        QCOMPARE(entry.name, QStringLiteral("db-02"));
        QCOMPARE(entry.port, quint16(6230));
        QCOMPARE(entry.cipherSuite, std::optional<int>(17));
        QCOMPARE(entry.privilege, ipmi::Privilege::Operator);
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

    void portTypedWithTheAddressIsSplitOff()
    {
        ServerRegistry registry;
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        ServerDialog dialog(&fleet);
        auto *address = child<QLineEdit>(dialog, "addressEdit");
        auto *port = child<QSpinBox>(dialog, "portEdit");
        fill(dialog, QStringLiteral("web-01"), QStringLiteral("10.0.0.5:6230"), QStringLiteral("pw"));
        QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));
        QCOMPARE(dialog.entry().address, QStringLiteral("10.0.0.5"));
        QCOMPARE(dialog.entry().port, quint16(6230));
        emit address->editingFinished(); // leaving the field tidies it up
        QCOMPARE(address->text(), QStringLiteral("10.0.0.5"));
        QCOMPARE(port->value(), 6230);

        address->setText(QStringLiteral("[2001:db8::5]:6231"));
        QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));
        QCOMPARE(dialog.entry().address, QStringLiteral("2001:db8::5"));
        QCOMPARE(dialog.entry().port, quint16(6231));
        emit address->editingFinished();
        QCOMPARE(address->text(), QStringLiteral("2001:db8::5"));
        QCOMPARE(port->value(), 6231);

        // A bare IPv6 address keeps its colons and the port field's port.
        address->setText(QStringLiteral("2001:db8::7"));
        QCOMPARE(dialog.entry().address, QStringLiteral("2001:db8::7"));
        QCOMPARE(dialog.entry().port, quint16(6231));

        address->setText(QStringLiteral("10.0.0.5:ipmi"));
        QVERIFY(!okEnabled(dialog));
        QVERIFY2(dialog.problem().contains(QStringLiteral("port")), qPrintable(dialog.problem()));
    }

    void unresolvableNameKeepsOkDisabled()
    {
        ServerRegistry registry;
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        ServerDialog dialog(&fleet);
        auto *status = child<QLabel>(dialog, "addressStatusLabel");
        fill(dialog, QStringLiteral("web-01"), QStringLiteral("no-such-bmc.invalid"), QStringLiteral("pw"));
        // The lookup runs in the background: the form says so, and OK waits for it.
        QCOMPARE(dialog.lookup()->state(), AddressLookup::State::Pending);
        QVERIFY(!okEnabled(dialog));
        QVERIFY2(status->text().contains(QStringLiteral("Looking up no-such-bmc.invalid")), qPrintable(status->text()));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.lookup()->state(), AddressLookup::State::Failed, 30000);
        QVERIFY(!okEnabled(dialog));
        QVERIFY2(dialog.problem().contains(QStringLiteral("\"no-such-bmc.invalid\" does not resolve")),
                 qPrintable(dialog.problem()));

        child<QLineEdit>(dialog, "addressEdit")->setText(QStringLiteral("localhost:6230"));
        QVERIFY(!okEnabled(dialog));
        QTRY_VERIFY2_WITH_TIMEOUT(okEnabled(dialog), qPrintable(dialog.problem()), 30000);
        QVERIFY2(status->text().startsWith(QStringLiteral("localhost is ")), qPrintable(status->text()));
        QCOMPARE(dialog.entry().port, quint16(6230));
    }

    void duplicateEndpointIsNamed()
    {
        ServerRegistry registry;
        ServerEntry existing;
        existing.name = QStringLiteral("web-01");
        existing.address = QStringLiteral("10.0.0.5");
        existing.port = 6230;
        existing.userName = QStringLiteral("admin");
        const QUuid id = registry.addServer(existing);
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        ServerDialog dialog(&fleet);
        dialog.show(); // isVisible() below means shown, not hidden
        auto *warning = child<QLabel>(dialog, "duplicateLabel");
        fill(dialog, QStringLiteral("web-01 again"), QStringLiteral("10.0.0.5:6230"), QStringLiteral("pw"));
        QVERIFY(dialog.duplicateOf());
        QCOMPARE(dialog.duplicateOf()->id, id);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("\"web-01\"")), qPrintable(warning->text()));
        QVERIFY(okEnabled(dialog)); // a warning: two logins to one BMC may be meant

        child<QLineEdit>(dialog, "userEdit")->setText(QStringLiteral("operator"));
        QVERIFY(!dialog.duplicateOf());
        QVERIFY(!warning->isVisible());

        // Editing the entry itself is no duplicate.
        ServerDialog edit(&fleet);
        edit.setEntry(*registry.findServer(id), {});
        QVERIFY(!edit.duplicateOf());
    }

    void testConnectionReportsSuiteAndPrivilege()
    {
        sim::IpmiSimFixture sims;
        QVERIFY2(sims.start(), qPrintable(sims.errorString()));
        const sim::SimBmc bmc = sims.bmc(0);
        const auto admin = bmc.account(ipmi::Privilege::Administrator);
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
