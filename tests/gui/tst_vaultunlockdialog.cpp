// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/vault.h"
#include "ui/vaultunlockdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The master-password dialog of the vault file: setting it up asks twice and for a
// minimum length; unlocking with a wrong password keeps the dialog open with the reason.
class TestVaultUnlockDialog final : public QObject
{
    Q_OBJECT

private:
    static constexpr VaultKdfParams Fast{10, 8, 1};

    template<typename T>
    static T *child(QDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    static QPushButton *ok(QDialog &dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }

private slots:
    void setupNeedsTwoMatchingLongPasswords()
    {
        QTemporaryDir dir;
        Vault vault(dir.filePath(QStringLiteral("vault.bin")), nullptr, nullptr, Fast);
        vault.start();
        QCOMPARE(vault.state(), Vault::State::NeedsSetup);
        VaultUnlockDialog dialog(&vault);
        QVERIFY(child<QLineEdit>(dialog, "confirmEdit")->isVisibleTo(&dialog));
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("short"));
        QVERIFY(!ok(dialog)->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("at least 8")));
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("long enough"));
        child<QLineEdit>(dialog, "confirmEdit")->setText(QStringLiteral("long enougH"));
        QVERIFY(dialog.problem().contains(QStringLiteral("differ")));
        child<QLineEdit>(dialog, "confirmEdit")->setText(QStringLiteral("long enough"));
        QVERIFY(ok(dialog)->isEnabled());
        ok(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(vault.state(), Vault::State::Ready);
    }

    void wrongPasswordKeepsTheDialogOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.bin"));
        {
            Vault vault(path, nullptr, nullptr, Fast);
            vault.start();
            QVERIFY(vault.unlock(SecretValue::fromUtf8(QStringLiteral("correct horse"))));
        }
        Vault vault(path, nullptr, nullptr, Fast);
        vault.start();
        QCOMPARE(vault.state(), Vault::State::Locked);
        VaultUnlockDialog dialog(&vault);
        QVERIFY(!child<QLineEdit>(dialog, "confirmEdit")->isVisibleTo(&dialog));
        dialog.show();
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("wrong"));
        ok(dialog)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QLabel>(dialog, "problemLabel")->text().isEmpty());
        QCOMPARE(vault.state(), Vault::State::Locked);
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("correct horse"));
        ok(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(vault.state(), Vault::State::Ready);
    }
};

QTEST_MAIN(TestVaultUnlockDialog)
#include "tst_vaultunlockdialog.moc"
