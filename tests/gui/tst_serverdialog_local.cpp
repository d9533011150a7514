// SPDX-License-Identifier: GPL-3.0-or-later
// The server dialog's "Local (this machine's BMC)" choice: the address and login fields
// are disabled, the entry it hands back is on the open interface without address or
// login, and "Test connection" opens the kernel's IPMI device (here a temporary file
// standing in for /dev/ipmi0, injected with SessionPool::setLocalDeviceFactory) or says
// which kernel modules to load when there is none.
#include "model/fleet.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "transport/linuxipmidevice.h"
#include "ui/serverdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestServerDialogLocal final : public QObject
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

    static void selectLocal(ServerDialog &dialog)
    {
        auto *combo = child<QComboBox>(dialog, "interfaceEdit");
        const int index = combo->findData(int(ServerEntry::Interface::Open));
        QVERIFY(index >= 0);
        QVERIFY(combo->itemText(index).contains(QStringLiteral("Local")));
        combo->setCurrentIndex(index);
    }

    static void useDevice(SessionPool &pool, const std::string &path)
    {
        pool.setLocalDeviceFactory([path] { return std::make_unique<LinuxIpmiDevice>(std::vector<std::string>{path}); });
    }

private slots:
    void localChoiceDisablesAddressAndLogin()
    {
        ServerRegistry registry;
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        ServerDialog dialog(&fleet);
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("this box"));
        child<QLineEdit>(dialog, "userEdit")->setText(QStringLiteral("admin"));
        QVERIFY(dialog.problem().contains(QStringLiteral("no address")));

        selectLocal(dialog);
        for (const char *name : {"addressEdit", "userEdit", "passwordEdit", "kgEdit"})
            QVERIFY2(!child<QLineEdit>(dialog, name)->isEnabled(), name);
        QVERIFY(!child<QSpinBox>(dialog, "portEdit")->isEnabled());
        QVERIFY(!child<QComboBox>(dialog, "cipherEdit")->isEnabled());
        QVERIFY(!child<QComboBox>(dialog, "privilegeEdit")->isEnabled());
        QVERIFY(child<QComboBox>(dialog, "groupEdit")->isEnabled());
        QVERIFY(child<QLabel>(dialog, "passwordRuleLabel")->text().contains(QStringLiteral("ipmi_devintf")));
        QVERIFY(child<QLabel>(dialog, "passwordRuleLabel")->text().contains(QStringLiteral("sudo usermod -aG ipmi ")));
        // No address is needed: OK is enabled with only a name.
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());

        const ServerEntry entry = dialog.entry();
        QCOMPARE(entry.interface, ServerEntry::Interface::Open);
        QCOMPARE(entry.address, QString(Fleet::LocalHostLabel));
        QVERIFY(entry.userName.isEmpty());
        QVERIFY(!entry.cipherSuite);
        QVERIFY2(entry.validate().isEmpty(), qPrintable(entry.validate()));

        // Back to the network: the fields come back and the address is asked for again.
        auto *combo = child<QComboBox>(dialog, "interfaceEdit");
        combo->setCurrentIndex(combo->findData(int(ServerEntry::Interface::LanPlus)));
        QVERIFY(child<QLineEdit>(dialog, "addressEdit")->isEnabled());
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("no address")));
    }

    void editingALocalServer()
    {
        ServerRegistry registry;
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        ServerEntry local;
        local.name = QStringLiteral("this box");
        local.address = Fleet::LocalHostLabel;
        local.interface = ServerEntry::Interface::Open;
        const QUuid id = registry.addServer(local);
        QVERIFY(!id.isNull());
        local.id = id;
        ServerDialog dialog(&fleet);
        dialog.setEntry(local, {});
        QCOMPARE(child<QComboBox>(dialog, "interfaceEdit")->currentData().toInt(), int(ServerEntry::Interface::Open));
        QVERIFY(!child<QLineEdit>(dialog, "addressEdit")->isEnabled());
        QCOMPARE(dialog.entry(), local);
    }

    void testConnectionOpensTheDevice()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("ipmi0"));
        QFile node(path);
        QVERIFY(node.open(QIODevice::WriteOnly)); // opens like a device node; no request is sent
        node.close();

        ServerRegistry registry;
        SessionPool pool(1);
        useDevice(pool, path.toStdString());
        Fleet fleet(&registry, &pool);
        ServerDialog dialog(&fleet);
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("this box"));
        selectLocal(dialog);
        auto *test = child<QPushButton>(dialog, "testButton");
        QVERIFY(test->isEnabled());
        test->click();
        auto *result = child<QLabel>(dialog, "testResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("open")) && test->isEnabled(), 10000);
        QVERIFY2(result->text().contains(QStringLiteral("local IPMI device is open")), qPrintable(result->text()));
    }

    void testConnectionWithoutADeviceNamesTheModules()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ServerRegistry registry;
        SessionPool pool(1);
        useDevice(pool, dir.filePath(QStringLiteral("ipmi0")).toStdString());
        Fleet fleet(&registry, &pool);
        ServerDialog dialog(&fleet);
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("this box"));
        selectLocal(dialog);
        child<QPushButton>(dialog, "testButton")->click();
        auto *result = child<QLabel>(dialog, "testResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Failed")), 10000);
        for (const char *module : {"ipmi_msghandler", "ipmi_devintf", "ipmi_si"})
            QVERIFY2(result->text().contains(QLatin1String(module)), qPrintable(result->text()));
    }
};

QTEST_MAIN(TestServerDialogLocal)
#include "tst_serverdialog_local.moc"
