// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demolab.h"

#include <QObject>
#include <QString>

class Fleet;
class MainWindow;
class ServerRegistry;

// `bmcpilot --demo`: starts the simulated lab, puts its BMCs into the (unsaved) registry
// with their credentials and selects the first. With a screenshot folder it then walks
// the screenshot tour and quits, reporting on stderr (unattended: no message boxes).
// Built only with the optional demo layer.
class DemoStart : public QObject
{
    Q_OBJECT

public:
    DemoStart(MainWindow *window, ServerRegistry *registry, Fleet *fleet, QString screenshotFolder,
              QObject *parent = nullptr);

    void start();

private:
    void addServers();
    void onReady();
    void onFailed(const QString &error);

    MainWindow *m_window;
    ServerRegistry *m_registry;
    Fleet *m_fleet;
    QString m_screenshotFolder;
    sim::DemoLab m_lab;
};
