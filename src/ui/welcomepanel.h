// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePanel;
}
class ServerRegistry;

// What the main window shows while the server list is empty: a sentence and the two ways
// to fill it, "Add server…" and "Discover…". It covers the widget it is given (the page
// tabs, which have nothing to show yet), follows its size, and hides itself as soon as
// the registry holds a server (and comes back when the last one is removed).
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    WelcomePanel(const ServerRegistry *registry, QWidget *covered);
    ~WelcomePanel() override;

Q_SIGNALS:
    void addServerRequested();
    void discoverRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followRegistry();

    std::unique_ptr<Ui::WelcomePanel> m_ui;
    const ServerRegistry *m_registry;
};
