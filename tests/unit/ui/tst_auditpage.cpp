// SPDX-License-Identifier: GPL-3.0-or-later
// AuditPage without a BMC: the states of its controls, and an audit that cannot start
// (the server is not in the registry) shows its error instead of findings.
#include "model/fleet.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "ui/auditpage.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

class TestAuditPage : public QObject
{
    Q_OBJECT

private slots:
    void controls()
    {
        ServerRegistry registry;
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        AuditPage page(&fleet);
        auto *run = page.findChild<QPushButton *>(QStringLiteral("runButton"));
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("findingsTable"));
        auto *status = page.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(run && table && status);
        QVERIFY(!run->isEnabled()); // nothing selected
        QCOMPARE(table->columnCount(), 3);

        const QUuid missing = QUuid::createUuid();
        page.setServer(missing);
        QVERIFY(run->isEnabled());
        QSignalSpy finished(&page, &AuditPage::auditFinished);
        run->click();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QVERIFY(!page.report());
        QCOMPARE(table->rowCount(), 0);
        QVERIFY2(status->text().contains(missing.toString()), qPrintable(status->text()));
        QVERIFY(run->isEnabled());

        page.setServer({});
        QVERIFY(!run->isEnabled());
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
