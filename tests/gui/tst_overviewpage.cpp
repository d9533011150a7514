// SPDX-License-Identifier: GPL-3.0-or-later
// The overview page's power control against ipmi_sim: buttons follow the power state,
// destructive actions ask first (naming server and address), an action that would do
// nothing is not sent, and power on/off are followed until the BMC reports them.
#include "model/fleet.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"
#include "simserver.h"
#include "ui/overviewpage.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

class TestOverviewPage final : public QObject
{
    Q_OBJECT

private:
    sim::IpmiSimFixture m_bmcs;
    ServerRegistry m_registry;
    SessionPool m_pool{2};
    Fleet m_fleet{&m_registry, &m_pool};
    QUuid m_server;
    QString m_address;

    static QPushButton *button(QWidget &page, const char *name)
    {
        return page.findChild<QPushButton *>(QString::fromLatin1(name));
    }

    // Answers the next confirmation with Cancel or "Yes, do it"; returns its question.
    static void answerConfirmation(bool accept, QString *question)
    {
        QTimer::singleShot(0, [accept, question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            *question = box->text();
            for (QAbstractButton *candidate : box->buttons())
                if (box->buttonRole(candidate) == (accept ? QMessageBox::AcceptRole : QMessageBox::RejectRole)) {
                    candidate->click();
                    return;
                }
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_bmcs.start(), qPrintable(m_bmcs.errorString()));
        m_server = addSimServer(m_registry, m_fleet, m_bmcs.bmc(0));
        m_address = QStringLiteral("%1:%2").arg(m_bmcs.bmc(0).host).arg(m_bmcs.bmc(0).port);
    }

    void globalEnablesAndWatchdog()
    {
        OverviewPage page(&m_fleet);
        page.setServer(m_server);
        page.show();
        auto *enables = page.findChild<QLabel *>(QStringLiteral("globalEnablesValue"));
        auto *watchdog = page.findChild<QLabel *>(QStringLiteral("watchdogValue"));
        QTRY_VERIFY_WITH_TIMEOUT(enables->text().contains(QStringLiteral("event logging")), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(watchdog->text(), QStringLiteral("stopped"), 20000);
    }

    void buttonsFollowThePowerState()
    {
        m_bmcs.setPowerState(0, false);
        OverviewPage page(&m_fleet);
        page.setServer(m_server);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(button(page, "powerOnButton")->isEnabled(), 20000);
        for (const char *name : {"powerOffButton", "softOffButton", "resetButton", "cycleButton"})
            QVERIFY2(!button(page, name)->isEnabled(), name);

        m_bmcs.setPowerState(0, true);
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(button(page, "resetButton")->isEnabled(), 20000);
        QVERIFY(!button(page, "powerOnButton")->isEnabled());
    }

    void resetOfAnOffServerIsNotSent()
    {
        m_bmcs.setPowerState(0, false);
        OverviewPage page(&m_fleet);
        QSignalSpy finished(&page, &OverviewPage::powerActionFinished);
        std::optional<ipmi::Result<QString>> outcome;
        page.service()->power(m_server, ChassisService::PowerAction::Reset, &page,
                              [&outcome](ipmi::Result<QString> result) { outcome = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY(!outcome->ok());
        QCOMPARE(QString::fromStdString(outcome->error().message),
                 QStringLiteral("r2u is powered off, so a reset or power cycle would do nothing. Use Power on."));
        QCOMPARE(m_bmcs.powerState(0), false);
    }

    void powerOffAsksFirstAndIsFollowed()
    {
        m_bmcs.setPowerState(0, true);
        OverviewPage page(&m_fleet);
        page.service()->setFollowTime(std::chrono::seconds(10));
        QSignalSpy finished(&page, &OverviewPage::powerActionFinished);
        page.setServer(m_server);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(button(page, "powerOffButton")->isEnabled(), 20000);

        QString question;
        answerConfirmation(false, &question);
        button(page, "powerOffButton")->click();
        QVERIFY2(question.contains(QStringLiteral("r2u")) && question.contains(m_address), qPrintable(question));
        QTest::qWait(500);
        QCOMPARE(finished.count(), 0); // Cancel sends nothing
        QCOMPARE(m_bmcs.powerState(0), true);

        answerConfirmation(true, &question);
        button(page, "powerOffButton")->click();
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("r2u is now powered off."));
        QCOMPARE(m_bmcs.powerState(0), false);
        QTRY_VERIFY_WITH_TIMEOUT(button(page, "powerOnButton")->isEnabled(), 20000);

        // Power on needs no confirmation, and is followed too.
        button(page, "powerOnButton")->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(1).at(1).toString(), QStringLiteral("r2u is now powered on."));
    }
};

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
