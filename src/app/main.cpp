// SPDX-License-Identifier: GPL-3.0-or-later
// bmcpilot: the desktop application.
#include "model/fleet.h"
#include "model/poller.h"
#include "model/registryfile.h"
#include "model/serverregistry.h"
#include "model/servertreemodel.h"
#include "model/sessionpool.h"
#include "model/translations.h"
#include "sim/demolab.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace {

ServerEntry::Privilege toEntryPrivilege(sim::Privilege privilege)
{
    switch (privilege) {
    case sim::Privilege::User: return ServerEntry::Privilege::User;
    case sim::Privilege::Operator: return ServerEntry::Privilege::Operator;
    default: return ServerEntry::Privilege::Administrator;
    }
}

// Puts the demo lab's BMCs into the (unsaved) registry, with their credentials.
void addDemoServers(const sim::DemoLab &lab, ServerRegistry &registry, Fleet &fleet)
{
    const QUuid group = registry.addGroup(QCoreApplication::translate("main", "Demo lab"));
    for (const sim::DemoServer &demo : lab.servers()) {
        ServerEntry entry;
        entry.name = demo.name;
        entry.address = demo.host;
        entry.port = demo.port;
        entry.interface = ServerEntry::interfaceFromName(demo.interfaceName).value_or(ServerEntry::Interface::LanPlus);
        entry.userName = demo.user;
        entry.privilege = toEntryPrivilege(demo.privilege);
        entry.notes = demo.description;
        const QUuid id = registry.addServer(entry, group);
        fleet.setCredentials(id, {ipmi::SecretBytes(demo.password.toStdString()), {}});
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bmcpilot"));
    QApplication::setApplicationDisplayName(QStringLiteral("BMC Pilot"));
    QApplication::setOrganizationName(QStringLiteral("bmcpilot"));
    QApplication::setApplicationVersion(QStringLiteral(BMCPILOT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.bmcpilot.BmcPilot"));
    installTranslations(app, QSettings().value(QStringLiteral("ui/language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Manage server BMCs over IPMI."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Start the demo lab of simulated BMCs and show them."));
    const QCommandLineOption serversFile(QStringLiteral("servers"),
                                         QCoreApplication::translate("main", "Server list file to use."),
                                         QCoreApplication::translate("main", "file"));
    parser.addOptions({demo, serversFile});
    parser.process(app);

    SessionPool pool;
    ServerRegistry registry;
    ServerTreeModel tree(&registry);
    Fleet fleet(&registry, &pool);
    MainWindow window(&fleet, &tree);
    Poller poller(&fleet, &tree);
    poller.setInterval(std::chrono::seconds(
        std::max(1, QSettings().value(QStringLiteral("poll/intervalSeconds"), 10).toInt())));

    std::unique_ptr<RegistryFile> file;
    QTimer saveTimer;
    sim::DemoLab lab;
    if (parser.isSet(demo)) {
        window.setWindowTitle(QCoreApplication::translate("main", "BMC Pilot — demo lab"));
        window.statusBar()->showMessage(QCoreApplication::translate("main", "Starting the demo lab…"));
        QObject::connect(&lab, &sim::DemoLab::ready, &window, [&] {
            addDemoServers(lab, registry, fleet);
            const QList<QUuid> groups = registry.children();
            if (!groups.isEmpty() && !registry.children(groups.first()).isEmpty())
                window.selectServer(registry.children(groups.first()).first());
            const int count = static_cast<int>(lab.servers().size());
            window.statusBar()->showMessage(
                QCoreApplication::translate("main", "Demo lab ready: %n simulated BMC(s)", "status bar", count),
                10000);
        });
        QObject::connect(&lab, &sim::DemoLab::failed, &window, [&](const QString &error) {
            QMessageBox::critical(&window, QCoreApplication::translate("main", "Demo lab"),
                                  QCoreApplication::translate("main", "The demo lab could not start:\n%1").arg(error));
        });
        lab.startAsync();
    } else {
        const QString path = parser.isSet(serversFile)
                                 ? parser.value(serversFile)
                                 : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                       .filePath(QStringLiteral("servers.json"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        file = std::make_unique<RegistryFile>(path);
        if (file->load(registry) != RegistryFile::Status::Loaded && !file->errorString().isEmpty())
            QMessageBox::warning(&window, QCoreApplication::translate("main", "Server list"), file->errorString());
        // Saved shortly after each change, atomically.
        saveTimer.setSingleShot(true);
        saveTimer.setInterval(500);
        QObject::connect(&saveTimer, &QTimer::timeout, &window, [&] {
            if (file->canSave() && !file->save(registry))
                window.statusBar()->showMessage(file->errorString());
        });
        for (auto signal : {&ServerRegistry::nodeInserted, &ServerRegistry::nodeRemoved})
            QObject::connect(&registry, signal, &saveTimer, qOverload<>(&QTimer::start));
        QObject::connect(&registry, &ServerRegistry::nodeMoved, &saveTimer, qOverload<>(&QTimer::start));
        QObject::connect(&registry, &ServerRegistry::nodeChanged, &saveTimer, qOverload<>(&QTimer::start));
    }

    window.show();
    poller.start();
    const int status = app.exec();
    if (file && saveTimer.isActive() && file->canSave())
        file->save(registry);
    return status;
}
