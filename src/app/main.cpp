// SPDX-License-Identifier: GPL-3.0-or-later
// bmcpilot: the desktop application.
#include "model/appsettings.h"
#include "model/credentialstore.h"
#include "model/fleet.h"
#include "model/historyservice.h"
#include "model/historysources.h"
#include "model/keychainstore.h"
#include "model/localhistorysource.h"
#include "model/poller.h"
#include "model/privatefiles.h"
#include "model/registryfile.h"
#include "model/selmonitor.h"
#include "model/sensormonitor.h"
#include "model/serverregistry.h"
#include "model/servertreemodel.h"
#include "model/sessionpool.h"
#include "model/translations.h"
#include "model/vault.h"
#include "ui/mainwindow.h"
#include "ui/vaultunlockdialog.h"
#ifdef BMCPILOT_HAVE_DEMO
#include "demostart.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList unprotected = makeProcessPrivate();
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
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "With --demo: save a picture of every page and dialog in this folder, then quit."),
        QCoreApplication::translate("main", "folder"));
    parser.addOptions({demo, serversFile, screenshots});
    parser.process(app);
#ifndef BMCPILOT_HAVE_DEMO
    if (parser.isSet(demo) || parser.isSet(screenshots)) {
        // The demo layer needs OpenIPMI's sdrcomp and python3 at build time.
        const QString text = QCoreApplication::translate("main", "This build of %1 has no demo lab: it was built without "
                                                                 "%2. Install openipmi and python3, then build again.")
                                 .arg(QApplication::applicationDisplayName(), QStringLiteral(BMCPILOT_DEMO_MISSING));
        QTextStream(stderr) << text << '\n';
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Demo lab"), text);
        return 1;
    }
#endif

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
    // The demo lab's history goes to a scratch folder, away from the user's own.
    QTemporaryDir demoData;
    const QString historyPath = QDir(parser.isSet(demo) ? demoData.path() : dataDir).filePath(QStringLiteral("history.db"));
    HistoryService history(settings.retentionPolicy());
    // Per group: the local history or a Prometheus server (the demo lab's choices last one run).
    LocalHistorySource localHistory(&history);
    HistorySources historySources(&registry, &localHistory);
    historySources.setVault(vault.get());
    SensorMonitor sensors(&fleet, &history);
    Poller poller(&fleet, &tree);
    poller.setInterval(settings.pollInterval());
    if (parser.isSet(demo)) // the simulated lab is local and cheap: keep its charts lively
        poller.setInterval(std::min<std::chrono::milliseconds>(settings.pollInterval(), std::chrono::seconds(3)));
    poller.setSensorMonitor(&sensors);
    SelMonitor sel(&fleet, &history, &sensors);
    poller.setSelMonitor(&sel);
    MainWindow window(
        AppServices{&fleet, &tree, credentials.get(), vault.get(), &sensors, &history, &historySources, &poller, &sel});
    history.open(historyPath, &window, [&window](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(&window, QCoreApplication::translate("main", "Sensor history"),
                                 QCoreApplication::translate("main", "The sensor history cannot be kept: %1").arg(error));
    });
    QObject::connect(&window, &MainWindow::settingsChanged, &poller,
                     [&poller, &history](const AppSettings &changed) {
                         poller.setInterval(changed.pollInterval());
                         history.setRetention(changed.retentionPolicy());
                     });

    if (!unprotected.isEmpty())
        window.statusBar()->showMessage(unprotected.join(u' '), 30000);

    std::unique_ptr<RegistryFile> file;
    QTimer saveTimer;
#ifdef BMCPILOT_HAVE_DEMO
    DemoStart demoStart(&window, &registry, &fleet, parser.value(screenshots));
#endif
    if (parser.isSet(demo)) {
#ifdef BMCPILOT_HAVE_DEMO
        demoStart.start();
#endif
    } else {
        const QString path = parser.isSet(serversFile)
                                 ? parser.value(serversFile)
                                 : QDir(dataDir).filePath(QStringLiteral("servers.json"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        file = std::make_unique<RegistryFile>(path);
        if (file->load(registry) != RegistryFile::Status::Loaded && !file->errorString().isEmpty())
            QMessageBox::warning(&window, QCoreApplication::translate("main", "Server list"), file->errorString());
        // After the server list: sources of groups it no longer has are dropped.
        QString sourcesError;
        if (!historySources.load(QDir(QFileInfo(path).absolutePath()).filePath(QStringLiteral("history-sources.json")),
                                 &sourcesError))
            QMessageBox::warning(&window, QCoreApplication::translate("main", "History sources"), sourcesError);
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
    QObject::connect(&historySources, &HistorySources::problem, &window,
                     [&window](const QString &text) { window.statusBar()->showMessage(text, 15000); });
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
