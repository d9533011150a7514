// SPDX-License-Identifier: GPL-3.0-or-later
#include "discoverydialog.h"

#include "ui_discoverydialog.h"

#include "model/appsettings.h"
#include "model/hostlist.h"
#include "model/serverregistry.h"

#include <QHostInfo>
#include <QPushButton>

namespace {

enum Column { AddressColumn, PortColumn, IpmiColumn, TimeColumn, ListedColumn };

// The sweep addresses hosts by number: names would mean DNS lookups per address.
constexpr qsizetype MaxSweep = 65536;

} // namespace

DiscoveryDialog::DiscoveryDialog(const AppServices &services, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DiscoveryDialog>()), m_services(services),
      m_scanner(new PresenceScanner(this))
{
    m_ui->setupUi(this);
    m_ui->problemLabel->hide();
    const AppSettings defaults = AppSettings::load();
    m_ui->userEdit->setText(defaults.defaultUser);
    m_ui->groupEdit->addItem(tr("(top level)"), QUuid().toString());
    ServerRegistry *registry = m_services.fleet->registry();
    const std::function<void(const QUuid &, int)> addGroups = [&](const QUuid &parentGroup, int depth) {
        for (const QUuid &child : registry->children(parentGroup)) {
            if (!registry->isGroup(child))
                continue;
            m_ui->groupEdit->addItem(QString(depth * 3 + 3, QLatin1Char(' ')) + registry->group(child)->name,
                                     child.toString());
            addGroups(child, depth + 1);
        }
    };
    addGroups({}, 0);
    m_ui->addButton->setEnabled(false);

    connect(m_ui->startButton, &QPushButton::clicked, this, [this] {
        if (m_scanner->isRunning()) {
            m_scanner->cancel();
            onFinished(m_ui->resultsTree->topLevelItemCount(), -1);
        } else {
            startSweep();
        }
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &DiscoveryDialog::addChecked);
    connect(m_scanner, &PresenceScanner::found, this, &DiscoveryDialog::onFound);
    connect(m_scanner, &PresenceScanner::finished, this, &DiscoveryDialog::onFinished);
    connect(m_scanner, &PresenceScanner::progress, this, [this](int pinged, int total) {
        m_ui->progressBar->setMaximum(total);
        m_ui->progressBar->setValue(pinged);
    });
    connect(m_ui->resultsTree, &QTreeWidget::itemChanged, this, [this] {
        bool any = false;
        for (int i = 0; i < m_ui->resultsTree->topLevelItemCount(); ++i)
            any = any || m_ui->resultsTree->topLevelItem(i)->checkState(AddressColumn) == Qt::Checked;
        m_ui->addButton->setEnabled(any);
    });
}

DiscoveryDialog::~DiscoveryDialog() = default;

void DiscoveryDialog::showProblem(const QString &text)
{
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
}

bool DiscoveryDialog::startSweep()
{
    showProblem({});
    HostList hosts(quint16(m_ui->portEdit->value()), MaxSweep);
    if (!hosts.add(m_ui->targetsEdit->text())) {
        showProblem(hosts.errorString());
        return false;
    }
    QList<PresenceScanner::Target> targets;
    for (const HostEndpoint &host : hosts.hosts()) {
        const QHostAddress address(host.host);
        if (address.isNull() || address.protocol() != QAbstractSocket::IPv4Protocol) {
            showProblem(tr("\"%1\" is not an IPv4 address; a sweep takes addresses, not names.").arg(host.host));
            return false;
        }
        targets.append({address, host.port});
    }
    m_ui->resultsTree->clear();
    m_scanner->setRate(m_ui->rateEdit->value());
    if (!m_scanner->start(targets)) {
        showProblem(m_scanner->errorString());
        return false;
    }
    m_ui->progressBar->setMaximum(int(targets.size()));
    m_ui->progressBar->setValue(0);
    m_ui->startButton->setText(tr("Stop"));
    return true;
}

bool DiscoveryDialog::alreadyListed(const QString &address, quint16 port) const
{
    bool listed = false;
    m_services.fleet->registry()->forEachServer([&](const ServerEntry &entry, const QUuid &) {
        listed = listed || (entry.address == address && entry.port == port);
    });
    return listed;
}

void DiscoveryDialog::onFound(const PresenceScanner::Found &bmc)
{
    const QSignalBlocker blocker(m_ui->resultsTree);
    auto *item = new QTreeWidgetItem(m_ui->resultsTree);
    const QString address = bmc.address.toString();
    const bool listed = alreadyListed(address, bmc.port);
    item->setText(AddressColumn, address);
    item->setData(PortColumn, Qt::DisplayRole, bmc.port);
    item->setText(IpmiColumn, bmc.pong.ipmiSupported() ? tr("yes") : tr("no (ASF only)"));
    item->setText(TimeColumn, tr("%1 ms").arg(bmc.roundTripMs));
    item->setText(ListedColumn, listed ? tr("already listed") : QString());
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(AddressColumn, listed || !bmc.pong.ipmiSupported() ? Qt::Unchecked : Qt::Checked);
    m_ui->addButton->setEnabled(true);
}

void DiscoveryDialog::onFinished(int answered, int total)
{
    m_ui->startButton->setText(tr("Start sweep"));
    if (total < 0)
        showProblem(tr("Stopped: %n BMC(s) found so far.", nullptr, answered));
    else if (answered == 0)
        showProblem(tr("No BMC answered among %n address(es).", nullptr, total));
}

int DiscoveryDialog::addChecked()
{
    ServerRegistry *registry = m_services.fleet->registry();
    const AppSettings defaults = AppSettings::load();
    const QUuid group = QUuid::fromString(m_ui->groupEdit->currentData().toString());
    const QByteArray password = m_ui->passwordEdit->text().toUtf8();
    int added = 0;
    for (int i = 0; i < m_ui->resultsTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->resultsTree->topLevelItem(i);
        if (item->checkState(AddressColumn) != Qt::Checked)
            continue;
        ServerEntry entry;
        entry.address = item->text(AddressColumn);
        entry.port = quint16(item->data(PortColumn, Qt::DisplayRole).toUInt());
        entry.name = entry.port == ServerEntry::DefaultPort ? entry.address
                                                            : QStringLiteral("%1:%2").arg(entry.address).arg(entry.port);
        entry.userName = m_ui->userEdit->text();
        // A BMC found on the network is reached over the network, whatever new servers
        // default to.
        entry.interface = defaults.defaultInterface == ServerEntry::Interface::Open ? ServerEntry::Interface::LanPlus
                                                                                    : defaults.defaultInterface;
        entry.privilege = defaults.defaultPrivilege;
        entry.cipherSuite = entry.interface == ServerEntry::Interface::LanPlus ? defaults.defaultCipherSuite : std::nullopt;
        QString error;
        const QUuid id = registry->addServer(entry, group, &error);
        if (id.isNull()) {
            showProblem(error);
            continue;
        }
        if (!password.isEmpty())
            storeCredentials(m_services, id,
                             {ipmi::SecretBytes(std::string_view(password.constData(), std::size_t(password.size()))), {}});
        item->setCheckState(AddressColumn, Qt::Unchecked);
        item->setText(ListedColumn, tr("added"));
        ++added;
    }
    return added;
}
