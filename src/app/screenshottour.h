// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <vector>

class MainWindow;
class QWidget;

// Walks the main window through its pages and dialogs and saves a PNG of each, for the
// documentation and for looking at what a person sees (run under Xvfb by
// scripts/screenshots). Each step shows something, waits for its data to arrive, then
// grabs the window or dialog.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow *window, QString directory, QObject *parent = nullptr);

    // Starts with the given server selected (the demo lab's first one).
    void start(const QUuid &server);
    int written() const { return m_written; }

Q_SIGNALS:
    void finished(int written, const QString &error);

private:
    struct Step
    {
        QString file; // empty: an action without a picture
        std::function<QWidget *()> show; // returns what to grab
        int settleMs = 1500;
    };

    void addPageSteps();
    void addDialogStep(const QString &file, const QString &actionName);
    void runNext();

    MainWindow *m_window;
    QString m_directory;
    std::vector<Step> m_steps;
    std::size_t m_next = 0;
    int m_written = 0;
    QString m_error;
};
