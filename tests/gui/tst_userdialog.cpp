// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/userdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace ipmi::user;

// The user dialog: the anonymous user 1's name cannot be set (and the reason is shown),
// a new user needs a free slot and a name of at most 16 bytes.
class TestUserDialog final : public QObject
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

private slots:
    void anonymousUserNameIsFixed()
    {
        UserEntry anonymous;
        anonymous.id = AnonymousUser;
        anonymous.access.privilegeLimit = 4;
        anonymous.access.enableStatus = 2;
        UserDialog dialog(anonymous, {});
        QVERIFY(!child<QLineEdit>(dialog, "nameEdit")->isEnabled());
        QVERIFY(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("anonymous (null) user")));
        QVERIFY(ok(dialog)->isEnabled());
        QCOMPARE(dialog.privilege(), std::uint8_t(4));
        QVERIFY(!dialog.enabled());
    }

    void newUserNeedsFreeSlotAndShortName()
    {
        UserDialog dialog(std::nullopt, {4, 5});
        QCOMPARE(dialog.userId(), std::uint8_t(4));
        QCOMPARE(dialog.problem(), QStringLiteral("Type a name."));
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("operator2"));
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(ok(dialog)->isEnabled());
        child<QLineEdit>(dialog, "nameEdit")->setText(QString(17, u'n'));
        QVERIFY(!dialog.problem().isEmpty());
        QVERIFY(!ok(dialog)->isEnabled());
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("ops"));
        child<QSpinBox>(dialog, "idEdit")->setValue(3);
        QCOMPARE(dialog.problem(), QStringLiteral("User 3 is already in use; free IDs are shown by the list."));
        QCOMPARE(dialog.privilege(), std::uint8_t(2)); // USER by default
    }
};

QTEST_MAIN(TestUserDialog)
#include "tst_userdialog.moc"
