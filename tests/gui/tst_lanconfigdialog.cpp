// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lanconfigdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace ipmi::lan;

// The LAN dialog checks what is typed before anything is sent: addresses, a contiguous
// mask, a warning for a gateway outside the subnet; DHCP disables the address fields.
class TestLanConfigDialog final : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(QDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    static QPushButton *apply(QDialog &dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Apply);
    }

    static LanConfig current()
    {
        LanConfig config;
        config.ipSource = IpSource::Static;
        config.ipAddress = Ipv4Address{127, 0, 0, 1};
        config.subnetMask = Ipv4Address{255, 0, 0, 0};
        config.defaultGatewayIp = Ipv4Address{127, 0, 0, 254};
        config.vlan = Vlan{false, 0};
        return config;
    }

    static void type(QDialog &dialog, const char *field, const QString &text)
    {
        auto *edit = child<QLineEdit>(dialog, field);
        edit->selectAll();
        edit->del();
        QTest::keyClicks(edit, text);
    }

private slots:
    void showsPresentSettingsAndNeedsAChange()
    {
        LanConfigDialog dialog(current());
        QCOMPARE(child<QLineEdit>(dialog, "addressEdit")->text(), QStringLiteral("127.0.0.1"));
        QVERIFY(child<QRadioButton>(dialog, "staticRadio")->isChecked());
        QVERIFY(!apply(dialog)->isEnabled());
        QCOMPARE(dialog.problem(), QStringLiteral("Nothing was changed."));
        type(dialog, "addressEdit", QStringLiteral("127.0.0.2"));
        QVERIFY(apply(dialog)->isEnabled());
        const LanChange change = dialog.change();
        QVERIFY(change.ipAddress.has_value());
        QCOMPARE(ipv4Text(*change.ipAddress), std::string("127.0.0.2"));
        QVERIFY(!change.subnetMask && !change.ipSource && !change.vlan);
    }

    void badAddressIsExplained()
    {
        LanConfigDialog dialog(current());
        // The validator keeps letters out; an incomplete or out-of-range quad is explained.
        type(dialog, "addressEdit", QStringLiteral("127.0.x"));
        QCOMPARE(child<QLineEdit>(dialog, "addressEdit")->text(), QStringLiteral("127.0."));
        QVERIFY(dialog.problem().contains(QStringLiteral("is not an IPv4 address")));
        QVERIFY(!apply(dialog)->isEnabled());
        type(dialog, "addressEdit", QStringLiteral("127.0.0.300"));
        QVERIFY(dialog.problem().contains(QStringLiteral("\"127.0.0.300\"")));
        QVERIFY(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("127.0.0.300")));
        QVERIFY(!apply(dialog)->isEnabled());
    }

    void nonContiguousMaskRefused()
    {
        LanConfigDialog dialog(current());
        type(dialog, "netmaskEdit", QStringLiteral("255.0.255.0"));
        QVERIFY(!dialog.problem().isEmpty());
        QVERIFY(dialog.problem().contains(QStringLiteral("mask"), Qt::CaseInsensitive));
        QVERIFY(!apply(dialog)->isEnabled());
        type(dialog, "netmaskEdit", QStringLiteral("255.255.0.0"));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(apply(dialog)->isEnabled());
    }

    void gatewayOutsideSubnetWarns()
    {
        LanConfigDialog dialog(current());
        type(dialog, "gatewayEdit", QStringLiteral("10.0.0.1"));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(!dialog.warning().isEmpty());
        QVERIFY(child<QLabel>(dialog, "messageLabel")->text().startsWith(QStringLiteral("Warning: ")));
        QVERIFY(apply(dialog)->isEnabled()); // a warning does not block
    }

    void dhcpDisablesFields()
    {
        LanConfigDialog dialog(current());
        child<QRadioButton>(dialog, "dhcpRadio")->setChecked(true);
        QVERIFY(!child<QLineEdit>(dialog, "addressEdit")->isEnabled());
        QVERIFY(!child<QLineEdit>(dialog, "netmaskEdit")->isEnabled());
        QVERIFY(!child<QLineEdit>(dialog, "gatewayEdit")->isEnabled());
        QVERIFY(apply(dialog)->isEnabled());
        const LanChange change = dialog.change();
        QCOMPARE(change.ipSource, std::optional<IpSource>(IpSource::Dhcp));
        QVERIFY(!change.ipAddress);
        child<QRadioButton>(dialog, "staticRadio")->setChecked(true);
        QVERIFY(child<QLineEdit>(dialog, "addressEdit")->isEnabled());
    }

    void vlanOnOff()
    {
        LanConfigDialog dialog(current());
        QVERIFY(!child<QSpinBox>(dialog, "vlanIdEdit")->isEnabled());
        child<QCheckBox>(dialog, "vlanCheck")->setChecked(true);
        QVERIFY(child<QSpinBox>(dialog, "vlanIdEdit")->isEnabled());
        child<QSpinBox>(dialog, "vlanIdEdit")->setValue(42);
        const LanChange change = dialog.change();
        QVERIFY(change.vlan && change.vlan->enabled);
        QCOMPARE(change.vlan->id, std::uint16_t(42));
    }
    // Before Apply, not after: a new address of the BMC we talk to is verified and
    // reverted after the time limit unless "keep" is ticked; DHCP says what it risks.
    void saysBeforeApplyWhatAnAddressChangeDoes()
    {
        LanConfigDialog dialog(current());
        dialog.show();
        auto *note = child<QLabel>(dialog, "verifyNoteLabel");
        auto *keep = child<QCheckBox>(dialog, "keepCheck");
        type(dialog, "addressEdit", QStringLiteral("127.0.0.9"));
        QVERIFY(!note->isVisible()); // not the address we reach the BMC at: nothing to verify
        QVERIFY(!keep->isVisible());

        dialog.setVerifiedAddressChange(60);
        QVERIFY(note->isVisible() && keep->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("127.0.0.1")) && note->text().contains(QStringLiteral("within 60 second")),
                 qPrintable(note->text()));
        QVERIFY(!dialog.keepWithoutCheck());
        keep->setChecked(true);
        QVERIFY(dialog.keepWithoutCheck());
        QVERIFY2(note->text().contains(QStringLiteral("without a check")), qPrintable(note->text()));

        type(dialog, "addressEdit", QStringLiteral("127.0.0.1"));
        QVERIFY(!keep->isVisible());
        child<QRadioButton>(dialog, "dhcpRadio")->setChecked(true);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("DHCP")), qPrintable(note->text()));
    }
};

QTEST_MAIN(TestLanConfigDialog)
#include "tst_lanconfigdialog.moc"
