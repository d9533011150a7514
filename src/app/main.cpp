// SPDX-License-Identifier: GPL-3.0-or-later
// bmcpilot: the desktop application.
#include "model/appsettings.h"
#include "model/credentialstore.h"
#include "model/fleet.h"
#include "model/keychainstore.h"
#include "model/poller.h"
#include "model/registryfile.h"
#include "model/serverregistry.h"
#include "model/servertreemodel.h"
#include "model/sessionpool.h"
#include "model/translations.h"
#include "model/vault.h"
#include "sim/demolab.h"
#include "ui/mainwindow.h"
#include "ui/vaultunlockdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
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
    const AppSettings settings = AppSettings::load();
    installTranslations(app, settings.language);

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
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    // The demo lab brings its own credentials and stores nothing.
    std::unique_ptr<Vault> vault;
    std::unique_ptr<CredentialStore> credentials;
    if (!parser.isSet(demo)) {
        vault = std::make_unique<Vault>(QDir(dataDir).filePath(QStringLiteral("vault.bin")),
                                        std::make_unique<KeychainStore>());
        credentials = std::make_unique<CredentialStore>(vault.get(), &fleet, &registry);
    }
    MainWindow window(&fleet, &tree, credentials.get());
    Poller poller(&fleet, &tree);
    poller.setInterval(settings.pollInterval());
    window.setVault(vault.get());
    QObject::connect(&window, &MainWindow::settingsChanged, &poller,
                     [&poller](const AppSettings &changed) { poller.setInterval(changed.pollInterval()); });

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
                                 : QDir(dataDir).filePath(QStringLiteral("servers.json"));
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
    if (vault) {
        QObject::connect(credentials.get(), &CredentialStore::problem, &window,
                         [&window](const QString &text) { window.statusBar()->showMessage(text, 15000); });
        QObject::connect(vault.get(), &Vault::stateChanged, &window, [&](Vault::State state) {
            if (state != Vault::State::NeedsSetup && state != Vault::State::Locked)
                return;
            VaultUnlockDialog dialog(vault.get(), VaultUnlockDialog::Mode::Open, &window);
            if (dialog.exec() != QDialog::Accepted)
                window.statusBar()->showMessage(
                    QCoreApplication::translate("main", "The password vault stays locked: passwords typed now "
                                                        "are used this session only."));
        }, Qt::QueuedConnection);
        vault->start();
    }
    poller.start();
    const int status = app.exec();
    if (file && saveTimer.isActive() && file->canSave())
        file->save(registry);
    return status;
}
