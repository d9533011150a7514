// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshottour.h"

#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

ScreenshotTour::ScreenshotTour(MainWindow *window, QString directory, QObject *parent)
    : QObject(parent), m_window(window), m_directory(std::move(directory))
{
}

void ScreenshotTour::start(const QUuid &server)
{
    QDir().mkpath(m_directory);
    m_steps.push_back({QString(), [this, server]() -> QWidget * {
                           m_window->selectServer(server);
                           return nullptr;
                       },
                       12000}); // a few polls: session, SDR, then sensors for the chart
    addPageSteps();
    addDialogStep(QStringLiteral("add-server.png"), QStringLiteral("actionAddServer"));
    addDialogStep(QStringLiteral("discovery.png"), QStringLiteral("actionDiscover"));
    addDialogStep(QStringLiteral("preferences.png"), QStringLiteral("actionPreferences"));
    runNext();
}

void ScreenshotTour::addPageSteps()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("pageTabs"));
    if (!tabs)
        return;
    for (int index = 0; index < tabs->count(); ++index) {
        QWidget *page = tabs->widget(index);
        // "sensorspage.png" from the page class: stable across languages.
        const QString file = QString::fromLatin1(page->metaObject()->className()).toLower() + QStringLiteral(".png");
        if (page->objectName() == QStringLiteral("SensorsPage")) {
            // Pick the temperature sensors for the history chart while passing by.
            m_steps.push_back({file, [this, tabs, page]() -> QWidget * {
                                   tabs->setCurrentWidget(page);
                                   if (auto *table = page->findChild<QTableView *>(QStringLiteral("sensorTable"))) {
                                       const QAbstractItemModel *model = table->model();
                                       int picked = 0;
                                       for (int row = 0; row < model->rowCount() && picked < 4; ++row) {
                                           if (model->index(row, 1).data().toString() == QStringLiteral("Temperature")
                                               && ++picked)
                                               table->selectionModel()->select(
                                                   model->index(row, 0),
                                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
                                       }
                                   }
                                   return m_window;
                               }});
            m_steps.push_back({QString(), [page]() -> QWidget * {
                                   if (auto *chart = page->findChild<QPushButton *>(QStringLiteral("chartButton")))
                                       chart->click();
                                   return nullptr;
                               },
                               100});
            continue;
        }
        m_steps.push_back({file, [tabs, page, this]() -> QWidget * {
                               tabs->setCurrentWidget(page);
                               // The demo's history is minutes old: show the shortest range.
                               if (auto *shortest = page->findChild<QAbstractButton *>(QStringLiteral("preset15mButton")))
                                   shortest->click();
                               return m_window;
                           },
                           2500});
    }
}

void ScreenshotTour::addDialogStep(const QString &file, const QString &actionName)
{
    m_steps.push_back({file, [this, actionName]() -> QWidget * {
                           auto *action = m_window->findChild<QAction *>(actionName);
                           if (!action)
                               return nullptr;
                           // The dialog is modal: the next step grabs it and closes it.
                           QTimer::singleShot(0, action, &QAction::trigger);
                           return nullptr;
                       },
                       1000});
    m_steps.push_back({file, []() -> QWidget * {
                           auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                           if (dialog)
                               QTimer::singleShot(100, dialog, &QDialog::reject);
                           return dialog;
                       },
                       0});
}

void ScreenshotTour::runNext()
{
    if (m_next >= m_steps.size()) {
        emit finished(m_written, m_error);
        return;
    }
    Step &step = m_steps[m_next++];
    QWidget *target = step.show();
    // A dialog step without a file only opens the dialog; its picture is the next step's.
    const bool grabNow = target && !step.file.isEmpty() && step.settleMs == 0;
    if (grabNow) {
        if (target->grab().save(QDir(m_directory).filePath(step.file)))
            ++m_written;
        else
            m_error = tr("Cannot write %1.").arg(step.file);
        QTimer::singleShot(300, this, &ScreenshotTour::runNext);
        return;
    }
    QTimer::singleShot(step.settleMs, this, [this, target, file = step.file] {
        if (target && !file.isEmpty()) {
            if (target->grab().save(QDir(m_directory).filePath(file)))
                ++m_written;
            else
                m_error = tr("Cannot write %1.").arg(file);
        }
        runNext();
    });
}
