// SPDX-License-Identifier: GPL-3.0-or-later
#include "demostart.h"
#include "screenshottour.h"

#include "model/fleet.h"
#include "model/serverregistry.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextStream>

DemoStart::DemoStart(MainWindow *window, ServerRegistry *registry, Fleet *fleet, QString screenshotFolder,
                     QObject *parent)
    : QObject(parent), m_window(window), m_registry(registry), m_fleet(fleet),
      m_screenshotFolder(std::move(screenshotFolder))
{
    connect(&m_lab, &sim::DemoLab::ready, this, &DemoStart::onReady);
    connect(&m_lab, &sim::DemoLab::failed, this, &DemoStart::onFailed);
}

void DemoStart::start()
{
    m_window->setWindowTitle(QCoreApplication::translate("main", "BMC Pilot — demo lab"));
    m_window->statusBar()->showMessage(QCoreApplication::translate("main", "Starting the demo lab…"));
    m_lab.startAsync();
}

void DemoStart::addServers()
{
    const QUuid group = m_registry->addGroup(QCoreApplication::translate("main", "Demo lab"));
    for (const sim::DemoServer &demo : m_lab.servers()) {
        ServerEntry entry;
        entry.name = demo.name;
        entry.address = demo.host;
        entry.port = demo.port;
        entry.interface = ServerEntry::interfaceFromName(demo.interfaceName).value_or(ServerEntry::Interface::LanPlus);
        entry.userName = demo.user;
        entry.privilege = demo.privilege;
        entry.notes = demo.description;
        const QUuid id = m_registry->addServer(entry, group);
        m_fleet->setCredentials(id, {ipmi::SecretBytes(demo.password.toStdString()), {}});
    }
}

void DemoStart::onReady()
{
    addServers();
    const QList<QUuid> groups = m_registry->children();
    if (!groups.isEmpty() && !m_registry->children(groups.first()).isEmpty())
        m_window->selectServer(m_registry->children(groups.first()).first());
    const int count = static_cast<int>(m_lab.servers().size());
    m_window->statusBar()->showMessage(
        QCoreApplication::translate("main", "Demo lab ready: %n simulated BMC(s)", "status bar", count), 10000);
    if (m_screenshotFolder.isEmpty() || groups.isEmpty())
        return;
    auto *tour = new ScreenshotTour(m_window, m_screenshotFolder, this);
    connect(tour, &ScreenshotTour::finished, this, [](int written, const QString &error) {
        QTextStream(stderr) << written << " screenshots written" << (error.isEmpty() ? QString() : ": " + error) << '\n';
        QCoreApplication::exit(written > 0 && error.isEmpty() ? 0 : 1);
    });
    tour->start(m_registry->children(groups.first()).first());
}

void DemoStart::onFailed(const QString &error)
{
    if (!m_screenshotFolder.isEmpty()) { // unattended: no one would close a message box
        QTextStream(stderr) << "The demo lab could not start: " << error << '\n';
        QCoreApplication::exit(1);
        return;
    }
    QMessageBox::critical(m_window, QCoreApplication::translate("main", "Demo lab"),
                          QCoreApplication::translate("main", "The demo lab could not start:\n%1").arg(error));
}
