// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/bmc.h"
#include "model/csv.h"
#include "model/eventlogfiltermodel.h"
#include "model/eventlogmodel.h"
#include "model/fleet.h"
#include "model/selmonitor.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"
#include "simserver.h"
#include "ui/eventlogpage.h"

#include "ipmi/sel/selcommands.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

// The event log page against ipmi_sim's r2u SEL (120 records): newest first with the
// severity in sight, filters, CSV export read back, new records on top and in bold until
// the page is left, one coherent summary, and Clear with its confirmation answered both
// ways. The tests share one BMC and run in order; Clear comes last.
class TestEventLogPage final : public QObject
{
    Q_OBJECT

private:
    sim::IpmiSimFixture m_bmcs;
    ServerRegistry m_registry;
    SessionPool m_pool{2};
    Fleet m_fleet{&m_registry, &m_pool};
    QUuid m_server;
    std::unique_ptr<SelMonitor> m_monitor;
    std::unique_ptr<EventLogPage> m_page;

    template<typename T>
    T *child(const char *name)
    {
        auto *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    QAbstractItemModel *view() const { return m_page->filterModel(); }

    // Answers the next modal message box with the button `choose` picks, after `check`.
    static void answerNextMessageBox(std::function<QAbstractButton *(QMessageBox *)> choose,
                                     std::function<void(QMessageBox *)> check)
    {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, choose, check] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer->stop();
            timer->deleteLater();
            check(box);
            choose(box)->click();
        });
        timer->start();
    }

    static QAbstractButton *destructiveButton(QMessageBox *box)
    {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                return button;
        }
        return box->button(QMessageBox::Cancel);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_bmcs.start(), qPrintable(m_bmcs.errorString()));
        m_server = addSimServer(m_registry, m_fleet, m_bmcs.bmc(0));
        m_monitor = std::make_unique<SelMonitor>(&m_fleet, nullptr, nullptr);
        m_page = std::make_unique<EventLogPage>(&m_fleet, m_monitor.get());
        m_page->show();
        m_page->setServer(m_server); // the first read starts here
        QTRY_COMPARE_WITH_TIMEOUT(view()->rowCount(), 120, 30000);
        QVERIFY(child<QLabel>("summaryLabel")->text().contains(QStringLiteral("120 entr")));
    }

    void opensNewestFirstWithTheSeverityInSight()
    {
        auto *table = child<QTableView>("eventTable");
        QHeaderView *header = table->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(EventLogModel::TimeColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        const std::vector<SelMonitor::Event> &events = m_monitor->events(m_server);
        QCOMPARE(view()->index(0, 0).data(EventLogModel::RecordIdRole).toInt(), int(events.back().entry.recordId));
        // Records without a time of their own (OEM E1h here) stay where the BMC logged them.
        for (int row = 1; row < view()->rowCount(); ++row)
            QVERIFY(view()->index(row - 1, EventLogModel::TimeColumn).data(EventLogModel::SortRole).toLongLong()
                    >= view()->index(row, EventLogModel::TimeColumn).data(EventLogModel::SortRole).toLongLong());

        // The page's width in a 1024 and in a 1200 pixel wide window: the severity shows
        // without scrolling, and the event text keeps room.
        const QSize size = m_page->size();
        for (const int width : {640, 780}) {
            m_page->resize(width, 500);
            QCoreApplication::processEvents();
            const int severityRight =
                header->sectionViewportPosition(EventLogModel::SeverityColumn) + header->sectionSize(EventLogModel::SeverityColumn);
            QVERIFY2(header->sectionViewportPosition(EventLogModel::SeverityColumn) >= 0
                         && severityRight <= table->viewport()->width(),
                     qPrintable(QStringLiteral("%1: severity ends at %2 of %3").arg(width).arg(severityRight).arg(table->viewport()->width())));
            const int readable = table->fontMetrics().averageCharWidth() * 30;
            const int eventLeft = header->sectionViewportPosition(EventLogModel::EventColumn);
            QVERIFY2(header->sectionSize(EventLogModel::EventColumn) >= readable
                         && eventLeft + readable <= table->viewport()->width(),
                     qPrintable(QStringLiteral("%1: event at %2, %3 wide").arg(width).arg(eventLeft).arg(header->sectionSize(EventLogModel::EventColumn))));
        }
        m_page->resize(size);
    }

    void filtersNarrowTheTable()
    {
        auto *severity = child<QComboBox>("severityCombo");
        severity->setCurrentIndex(severity->findData(int(HistoryEvent::Severity::Critical)));
        const int criticals = view()->rowCount();
        QVERIFY(criticals > 0 && criticals < 120);
        for (int row = 0; row < criticals; ++row)
            QCOMPARE(view()->index(row, EventLogModel::SeverityColumn).data().toString(), QStringLiteral("Critical"));
        severity->setCurrentIndex(severity->findData(int(HistoryEvent::Severity::Warning)));
        QVERIFY(view()->rowCount() > criticals);
        severity->setCurrentIndex(0);
        QCOMPARE(view()->rowCount(), 120);

        auto *type = child<QComboBox>("typeCombo");
        const int temperature = type->findData(QStringLiteral("Temperature"));
        QVERIFY(temperature > 0);
        type->setCurrentIndex(temperature);
        const int temperatures = view()->rowCount();
        QVERIFY(temperatures > 0 && temperatures < 120);
        for (int row = 0; row < temperatures; ++row)
            QCOMPARE(view()->index(row, EventLogModel::TypeColumn).data().toString(), QStringLiteral("Temperature"));
        type->setCurrentIndex(0);

        auto *text = child<QLineEdit>("filterEdit");
        text->setText(QStringLiteral("going high"));
        QVERIFY(view()->rowCount() > 0 && view()->rowCount() < 120);
        for (int row = 0; row < view()->rowCount(); ++row)
            QVERIFY(view()->index(row, EventLogModel::EventColumn).data().toString().contains(QStringLiteral("going high")));
        text->clear();
        QCOMPARE(view()->rowCount(), 120);

        // Times sort as times, IDs as numbers; then back to the BMC's order.
        m_page->filterModel()->sort(EventLogModel::TimeColumn, Qt::DescendingOrder);
        for (int row = 1; row < view()->rowCount(); ++row)
            QVERIFY(view()->index(row - 1, EventLogModel::TimeColumn).data(EventLogModel::SortRole).toLongLong()
                    >= view()->index(row, EventLogModel::TimeColumn).data(EventLogModel::SortRole).toLongLong());
        m_page->filterModel()->sort(-1);
        QCOMPARE(view()->index(0, 0).data(EventLogModel::RecordIdRole).toInt(), 1);
        child<QTableView>("eventTable")->sortByColumn(EventLogModel::TimeColumn, Qt::DescendingOrder); // as opened

        // The severity says it in words and with a coloured mark.
        QVERIFY(!view()->index(0, EventLogModel::SeverityColumn).data().toString().isEmpty());
        QVERIFY(view()->index(0, EventLogModel::SeverityColumn).data(EventLogModel::HealthRole).isValid());
        QVERIFY(!view()->index(0, EventLogModel::EventColumn).data(EventLogModel::HealthRole).isValid());
    }

    void csvExportReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sel.csv"));
        QString error;
        QVERIFY2(m_page->exportCsv(path, &error), qPrintable(error));
        const auto read = [](const QString &name) {
            QFile file(name);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        const QString text = read(path);
        QVERIFY(text.contains(QStringLiteral("\r\n")));
        const Csv::Parsed parsed = Csv::parse(text);
        QVERIFY(parsed.issues.isEmpty());
        QCOMPARE(parsed.records.size(), 121);
        QCOMPARE(parsed.records.first().fields,
                 (QStringList{"ID", "Time", "Sensor", "Type", "Event", "Direction", "Severity"}));
        const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"));
        int dated = 0;
        for (int row = 0; row < 120; ++row) {
            const QStringList &fields = parsed.records[row + 1].fields;
            QCOMPARE(fields.size(), 7);
            for (int column = 0; column < 7; ++column)
                QCOMPARE(fields[column], view()->index(row, column).data().toString());
            if (iso.match(fields[1]).hasMatch())
                ++dated;
        }
        QVERIFY(dated > 100);

        // What the filters hide is not exported.
        auto *severity = child<QComboBox>("severityCombo");
        severity->setCurrentIndex(severity->findData(int(HistoryEvent::Severity::Critical)));
        QVERIFY(m_page->exportCsv(path, &error));
        const Csv::Parsed critical = Csv::parse(read(path));
        QCOMPARE(critical.records.size(), view()->rowCount() + 1);
        severity->setCurrentIndex(0);

        QVERIFY(!m_page->exportCsv(dir.filePath(QStringLiteral("missing/dir/sel.csv")), &error));
        QVERIFY(!error.isEmpty());
    }

    void newEventsAreHighlighted()
    {
        ipmi::sel::SystemEvent event;
        event.generator.raw = 0x0081;
        event.evmRev = 0x04;
        event.sensorType = 0x01;
        event.sensorNumber = 0x30;
        event.eventReadingType = 0x01;
        event.eventData = {0x09, 0xFF, 0xFF};
        std::optional<ipmi::Result<std::uint16_t>> added;
        m_fleet.bmc(m_server)->call<std::uint16_t>(
            ipmi::sel::addSelEntryRequest(ipmi::sel::encodeSystemEvent(0, event)), ipmi::sel::parseAddSelEntry, this,
            [&](ipmi::Result<std::uint16_t> id) { added = id; });
        QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 30000);
        QVERIFY(*added);

        child<QPushButton>("refreshButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(view()->rowCount(), 121, 30000);
        EventLogModel *table = m_page->tableModel();
        QVERIFY(table->index(120, 0).data(EventLogModel::NewRole).toBool());
        QVERIFY(!table->index(0, 0).data(EventLogModel::NewRole).toBool());
        QTRY_VERIFY(child<QLabel>("summaryLabel")->text().contains(QStringLiteral("1 arrived while this page was open")));
        // Newest first: the event that just happened is on top (placed by the BMC's clock).
        QCOMPARE(view()->index(0, 0).data(EventLogModel::RecordIdRole).toInt(), int(added->value()));
        // Another refresh finds nothing more; the line under the table still says one thing.
        bool again = false;
        connect(m_monitor.get(), &SelMonitor::updated, this, [&again] { again = true; }, Qt::SingleShotConnection);
        child<QPushButton>("refreshButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(again, 30000);
        QCoreApplication::processEvents();
        const QString summary = child<QLabel>("summaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("1 arrived while this page was open")) && !summary.contains(QStringLiteral("0 new")),
                 qPrintable(summary));

        // The delegate shows new rows bold, others not.
        auto *tableView = child<QAbstractItemView>("eventTable");
        const auto fontOf = [tableView](const QModelIndex &index) {
            // initStyleOption is protected; a pointer to it taken through a using-declaration
            // is a pointer to QStyledItemDelegate's member, and calls the override.
            struct Open : QStyledItemDelegate
            {
                using QStyledItemDelegate::initStyleOption;
            };
            const auto initStyleOption = &Open::initStyleOption;
            QStyleOptionViewItem option;
            option.initFrom(tableView);
            auto *delegate = qobject_cast<QStyledItemDelegate *>(tableView->itemDelegate());
            (delegate->*initStyleOption)(&option, index);
            return option.font.bold();
        };
        int newRow = -1;
        for (int row = 0; row < view()->rowCount(); ++row) {
            if (view()->index(row, 0).data(EventLogModel::RecordIdRole).toInt() == int(added->value()))
                newRow = row;
        }
        QVERIFY(newRow >= 0);
        QVERIFY(fontOf(view()->index(newRow, EventLogModel::EventColumn)));
        QVERIFY(!fontOf(view()->index(newRow == 0 ? 1 : 0, EventLogModel::EventColumn)));

        // Leaving the page counts as having seen them.
        m_page->hide();
        QVERIFY(!table->index(120, 0).data(EventLogModel::NewRole).toBool());
        QCOMPARE(table->newCount(), 0);
        m_page->show();
    }

    void clearAsksFirst()
    {
        const int count = int(m_monitor->events(m_server).size());
        QVERIFY(count > 0);
        const QString number = QString::number(count);

        // "Cancel": nothing happens.
        QString asked;
        answerNextMessageBox([](QMessageBox *box) { return box->button(QMessageBox::Cancel); },
                             [&asked](QMessageBox *box) { asked = box->text(); });
        m_page->clearWithConfirmation();
        QVERIFY2(asked.contains(QStringLiteral("r2u")) && asked.contains(number), qPrintable(asked));
        QTest::qWait(200);
        QCOMPARE(view()->rowCount(), count);

        // "Clear r2u": the log is erased and the result shown.
        answerNextMessageBox(destructiveButton, [](QMessageBox *box) {
            QVERIFY(destructiveButton(box)->text().contains(QStringLiteral("r2u")));
        });
        m_page->clearWithConfirmation();
        QTRY_COMPARE_WITH_TIMEOUT(view()->rowCount(), 0, 30000);
        QTRY_VERIFY(child<QLabel>("summaryLabel")->text().contains(QStringLiteral("cleared the event log of r2u")));
        QVERIFY(child<QLabel>("summaryLabel")->text().contains(number + QStringLiteral(" entr")));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_monitor.reset();
    }
};

QTEST_MAIN(TestEventLogPage)
#include "tst_eventlogpage.moc"
