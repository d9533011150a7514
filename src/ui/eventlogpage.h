// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverpage.h"

#include <memory>

namespace Ui {
class EventLogPage;
}
class EventLogFilterModel;
class EventLogModel;
class SelMonitor;
class ServerRegistry;

// The System Event Log of the selected server, newest first: ID, time, severity in words
// and colour, sensor, type, event and direction; filters by text, minimum severity and
// sensor type. Entries that arrive while the page is open are shown bold until the page
// is left or another server is chosen; the line under the table counts them. Export CSV writes what the filters show; Clear erases the
// log on the BMC after a confirmation that names the host and the number of entries.
class EventLogPage : public ServerPage
{
    Q_OBJECT

public:
    EventLogPage(Fleet *fleet, SelMonitor *monitor, QWidget *parent = nullptr);
    ~EventLogPage() override;

    EventLogModel *tableModel() const { return m_table; }
    EventLogFilterModel *filterModel() const { return m_filter; }

    // The rows the filters show, in the view's order, as RFC 4180 CSV with a header;
    // times are ISO 8601 with their offset. false and *error on a write failure.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    QString hostLabel() const; // "web-01 (10.0.0.5)"

public Q_SLOTS:
    void refresh();
    void exportWithDialog();
    void clearWithConfirmation();

protected:
    void hideEvent(QHideEvent *event) override;
    void clearView() override;
    // Reads the server's SEL if the monitor has not yet.
    void load() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int MaxNameCharacters = 14;  // sensor and type columns, before eliding
    static constexpr int MinEventCharacters = 30; // the event column's readable width

    void updateTypes();
    void fitColumns();
    void updateSummary();
    void showResult(const QString &text);

    std::unique_ptr<Ui::EventLogPage> m_ui;
    SelMonitor *m_monitor;
    EventLogModel *m_table;
    EventLogFilterModel *m_filter;
    QString m_result; // the outcome of the last clear or refresh, shown with the summary
};
