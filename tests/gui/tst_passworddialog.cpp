// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/passworddialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using ipmi::user::PasswordSize;

// The password dialog: typed twice, the 16/20-byte rule explained and applied, and the
// test button handing the typed password to the caller.
class TestPasswordDialog final : public QObject
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
    static QPushButton *ok(QDialog &dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }
    static void typeBoth(QDialog &dialog, const QString &first, const QString &second)
    {
        child<QLineEdit>(dialog, "passwordEdit")->setText(first);
        child<QLineEdit>(dialog, "confirmEdit")->setText(second);
    }

private slots:
    void mismatchKeepsOkDisabled()
    {
        PasswordDialog dialog(3);
        QCOMPARE(dialog.problem(), QStringLiteral("Type the new password."));
        typeBoth(dialog, QStringLiteral("secret-one"), QStringLiteral("secret-two"));
        QCOMPARE(dialog.problem(), QStringLiteral("The two passwords differ."));
        QVERIFY(!ok(dialog)->isEnabled());
        typeBoth(dialog, QStringLiteral("secret-one"), QStringLiteral("secret-one"));
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(ok(dialog)->isEnabled());
        QCOMPARE(dialog.size(), PasswordSize::Bytes16);
        QCOMPARE(dialog.password(), std::string("secret-one"));
    }

    void lengthRule()
    {
        PasswordDialog dialog(3);
        const QString seventeen(17, u'x');
        typeBoth(dialog, seventeen, seventeen);
        // Longer than 16 bytes: the 20-byte form, the 16-byte one no longer offered.
        QCOMPARE(dialog.size(), PasswordSize::Bytes20);
        QVERIFY(!child<QRadioButton>(dialog, "size16Radio")->isEnabled());
        QVERIFY(child<QLabel>(dialog, "ruleLabel")->text().contains(
            QStringLiteral("IPMI 2.0 BMCs accept 20 bytes; a password longer than 16 needs the 20-byte form")));
        QVERIFY(child<QLabel>(dialog, "ruleLabel")->text().contains(QStringLiteral("17 byte(s)")));
        QVERIFY(ok(dialog)->isEnabled());
        // Bytes, not characters: 11 × "é" is 22 bytes of UTF-8.
        const QString accents(11, QChar(0xe9));
        typeBoth(dialog, accents, accents);
        QCOMPARE(dialog.problem(), QStringLiteral("The password has 22 bytes; IPMI allows at most 20."));
        QVERIFY(!ok(dialog)->isEnabled());
        // Back to a short one: the 16-byte form may be chosen again.
        typeBoth(dialog, QStringLiteral("short"), QStringLiteral("short"));
        QVERIFY(child<QRadioButton>(dialog, "size16Radio")->isEnabled());
    }

    void testButtonAsksCaller()
    {
        PasswordDialog dialog(3);
        QSignalSpy asked(&dialog, &PasswordDialog::testRequested);
        typeBoth(dialog, QStringLiteral("guess"), QString());
        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("guess"));
        dialog.setTestResult(QStringLiteral("The password does not match."));
        QCOMPARE(child<QLabel>(dialog, "testResultLabel")->text(), QStringLiteral("The password does not match."));
    }
};

QTEST_MAIN(TestPasswordDialog)
#include "tst_passworddialog.moc"
