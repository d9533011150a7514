// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/vault.h"
#include "ui/preferencesdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

// The preferences dialog shows the settings it is given, hands back what was changed,
// and offers the master-password change only where there is a master password.
class TestPreferencesDialog final : public QObject
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

private slots:
    void showsAndReturnsSettings()
    {
        AppSettings initial;
        initial.pollSeconds = 42;
        initial.defaultCipherSuite = 3;
        initial.language = QStringLiteral("zh_CN");
        PreferencesDialog dialog(initial, nullptr);
        QCOMPARE(child<QSpinBox>(dialog, "pollEdit")->value(), 42);
        QCOMPARE(dialog.settings().defaultCipherSuite, std::optional<int>(3));
        QCOMPARE(dialog.settings().language, QStringLiteral("zh_CN"));
        QVERIFY(!child<QPushButton>(dialog, "changeMasterButton")->isEnabled());

        child<QSpinBox>(dialog, "pollEdit")->setValue(5);
        auto *language = child<QComboBox>(dialog, "languageEdit");
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QVERIFY(!child<QLabel>(dialog, "languageNote")->text().isEmpty()); // restart needed
        const AppSettings changed = dialog.settings();
        QCOMPARE(changed.pollSeconds, 5);
        QCOMPARE(changed.language, QStringLiteral("en"));
    }

    // New servers may default to this machine's BMC: the same interfaces as the server dialog.
    void localInterfaceIsADefaultChoice()
    {
        AppSettings initial;
        initial.defaultInterface = ServerEntry::Interface::Open;
        PreferencesDialog dialog(initial, nullptr);
        auto *interfaces = child<QComboBox>(dialog, "interfaceEdit");
        QCOMPARE(interfaces->currentData().toInt(), int(ServerEntry::Interface::Open));
        QCOMPARE(dialog.settings().defaultInterface, ServerEntry::Interface::Open);
        interfaces->setCurrentIndex(interfaces->findData(int(ServerEntry::Interface::Lan)));
        QCOMPARE(dialog.settings().defaultInterface, ServerEntry::Interface::Lan);
    }

    void rollupsNeverShorterThanRawSamples()
    {
        PreferencesDialog dialog(AppSettings{}, nullptr);
        child<QSpinBox>(dialog, "rawEdit")->setValue(60);
        child<QSpinBox>(dialog, "rollupEdit")->setValue(10);
        QCOMPARE(child<QSpinBox>(dialog, "rollupEdit")->value(), 60);
    }

    void masterPasswordChangeOfferedForAnOpenVaultFile()
    {
        QTemporaryDir dir;
        Vault vault(dir.filePath(QStringLiteral("vault.bin")), nullptr, nullptr, VaultKdfParams{10, 8, 1});
        vault.start();
        QVERIFY(vault.unlock(SecretValue::fromUtf8(QStringLiteral("master password"))));
        PreferencesDialog dialog(AppSettings{}, &vault);
        QVERIFY(child<QPushButton>(dialog, "changeMasterButton")->isEnabled());
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
