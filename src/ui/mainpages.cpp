// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainpages.h"

#include "alertspage.h"
#include "auditpage.h"
#include "chartpage.h"
#include "eventlogpage.h"
#include "frupage.h"
#include "networkpage.h"
#include "overviewpage.h"
#include "sensorspage.h"
#include "userspage.h"

#include "model/historysources.h"
#include "model/localhistorysource.h"
#include "model/poller.h"

#include <QCoreApplication>

const std::vector<MainPage> &mainPages()
{
    static const std::vector<MainPage> pages{
        {QT_TRANSLATE_NOOP("MainWindow", "Overview"),
         [](const AppServices &s, QWidget *parent) { return new OverviewPage(s.fleet, parent); }},
        {QT_TRANSLATE_NOOP("MainWindow", "Sensors"),
         [](const AppServices &s, QWidget *parent) -> QWidget * {
             if (!s.sensors)
                 return nullptr;
             auto *page = new SensorsPage(s.fleet, s.sensors, parent);
             if (s.poller)
                 QObject::connect(page, &SensorsPage::refreshRequested, s.poller, &Poller::pollNow);
             return page;
         }},
        {QT_TRANSLATE_NOOP("MainWindow", "Event Log"),
         [](const AppServices &s, QWidget *parent) -> QWidget * {
             return s.sel ? new EventLogPage(s.fleet, s.sel, parent) : nullptr;
         }},
        {QT_TRANSLATE_NOOP("MainWindow", "Inventory"),
         [](const AppServices &s, QWidget *parent) { return new FruPage(s.fleet, s.sensors, parent); }},
        {QT_TRANSLATE_NOOP("MainWindow", "Network"),
         [](const AppServices &s, QWidget *parent) { return new NetworkPage(s.fleet, parent); }},
        {QT_TRANSLATE_NOOP("MainWindow", "Users"),
         [](const AppServices &s, QWidget *parent) { return new UsersPage(s.fleet, parent); }},
        {QT_TRANSLATE_NOOP("MainWindow", "Alerts"),
         [](const AppServices &s, QWidget *parent) { return new AlertsPage(s.fleet, parent); }},
        {QT_TRANSLATE_NOOP("MainWindow", "Security audit"),
         [](const AppServices &s, QWidget *parent) { return new AuditPage(s.fleet, parent); }},
        {QT_TRANSLATE_NOOP("MainWindow", "History"),
         [](const AppServices &s, QWidget *parent) -> QWidget * {
             if (s.historySources)
                 return new ChartPage(s.historySources, parent);
             if (!s.history)
                 return nullptr;
             auto *local = new LocalHistorySource(s.history);
             auto *page = new ChartPage(local, parent);
             local->setParent(page); // the last child: deleted after the chart that reads it
             return page;
         }},
    };
    return pages;
}
