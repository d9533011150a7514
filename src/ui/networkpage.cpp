// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkpage.h"
#include "model/coretext.h"

#include "ui_networkpage.h"

#include "lanconfigdialog.h"

#include "model/channelsmodel.h"
#include "model/lanconfigmodel.h"
#include "model/safelanchangedriver.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

using namespace ipmi::lan;
using namespace ipmi::channel;

namespace {
constexpr int VerifySeconds = int(std::chrono::duration_cast<std::chrono::seconds>(SafeLanChange::DefaultTimeout).count());
}

NetworkPage::NetworkPage(Fleet *fleet, QWidget *parent)
    : ServerPage(fleet, parent), m_ui(std::make_unique<Ui::NetworkPage>()), m_service(new NetworkService(fleet, this)),
      m_lanModel(new LanConfigModel(this)), m_channelsModel(new ChannelsModel(this))
{
    m_ui->setupUi(this);
    m_ui->lanTree->setModel(m_lanModel);
    m_ui->lanTree->header()->setSectionResizeMode(PropertyTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_ui->channelsTable->setModel(m_channelsModel);
    m_ui->channelsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->channelsTable->verticalHeader()->hide();
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &NetworkPage::reload);
    connect(m_ui->editButton, &QPushButton::clicked, this, &NetworkPage::openEditor);
    connect(m_service, &NetworkService::changeStep, this, [this](const QUuid &changed, const QString &text) {
        if (changed == server())
            m_ui->progressLabel->setText(tr("%1: %2").arg(serverLabel(), text));
    });
    connect(m_service, &NetworkService::changeFinished, this,
            [this](const QUuid &changed, bool ok, const QString &message) {
                if (changed != server())
                    return;
                emit activity(message);
                emit changeFinished(ok, message);
                reload(); // what the BMC holds now, through the address it answers at
            });
    clearView();
}

NetworkPage::~NetworkPage() = default;

void NetworkPage::clearView()
{
    m_lanModel->clearConfig();
    m_channelsModel->clear();
    m_reachedHere = false;
    const QString label = serverLabel();
    m_ui->serverNameLabel->setText(label);
    m_ui->serverNameLabel->setVisible(!label.isEmpty());
    m_ui->summaryLabel->setText(server().isNull() ? tr("Select a server to see its network settings.") : QString());
    showChangeState();
    setBusy(true);
}

// The progress or the outcome of this server's change; never another server's.
void NetworkPage::showChangeState()
{
    const QString outcome = m_service->lastOutcome(server());
    const bool running = m_service->isChanging(server());
    m_ui->progressLabel->setText(running ? tr("%1: a network change is running…").arg(serverLabel())
                                         : outcome);
    m_ui->progressLabel->setVisible(running || !outcome.isEmpty());
}

void NetworkPage::setBusy(bool busy)
{
    const bool changing = m_service->isChanging(server());
    m_ui->reloadButton->setEnabled(!busy && !server().isNull());
    m_ui->editButton->setEnabled(!busy && !changing && m_lanModel->hasConfig());
}

void NetworkPage::load()
{
    QObject *context = loadContext();
    const QUuid shown = server();
    m_service->readLan(
        shown, context, [this](const QString &text) { m_ui->summaryLabel->setText(text); },
        [this, shown, context](ipmi::Result<NetworkService::LanSettings> settings) {
            if (!settings) {
                m_ui->summaryLabel->setText(CoreText::error(settings.error()));
                setBusy(false);
                emit loaded();
                return;
            }
            m_lanModel->setConfig(settings->channel, settings->read);
            m_ui->lanTree->expandAll();
            m_ui->summaryLabel->setText(tr("LAN channel %1.").arg(settings->channel));
            const auto finish = [this](bool ours) {
                m_reachedHere = ours;
                setBusy(false);
                emit loaded();
            };
            if (m_lanModel->config().ipAddress)
                m_service->isReachedAt(shown, *m_lanModel->config().ipAddress, context, finish);
            else
                finish(false);
        });
    m_service->readChannels(
        shown, context, [this](const ChannelInfo &info) { m_channelsModel->addChannel(info); },
        [this](std::uint8_t channel, Storage storage, const ChannelAccess &access) {
            m_channelsModel->setAccess(channel, storage, access);
        });
}

void NetworkPage::openEditor()
{
    if (!m_lanModel->hasConfig())
        return;
    auto *dialog = new LanConfigDialog(m_lanModel->config(), this);
    dialog->setWindowTitle(tr("LAN configuration of %1").arg(serverLabel()));
    if (m_reachedHere)
        dialog->setVerifiedAddressChange(VerifySeconds);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid editing = server();
    connect(dialog, &QDialog::accepted, this, [this, dialog, editing] {
        if (editing != server())
            return; // the dialog was about a server no longer shown
        const LanChange change = dialog->change();
        if (!confirmRisk(change))
            return;
        applyChange(change, dialog->keepWithoutCheck() ? NetworkService::Verification::KeepWithoutCheck
                                                       : NetworkService::Verification::Verify);
    });
    dialog->open();
}

bool NetworkPage::confirmRisk(const LanChange &change)
{
    const bool toDhcp = change.ipSource == IpSource::Dhcp && m_lanModel->config().ipSource != IpSource::Dhcp;
    if (!toDhcp)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Switch to DHCP"), tr("Let %1 take its address from DHCP?").arg(serverLabel()),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("The BMC takes an address from a DHCP server, which BMC Pilot cannot know in advance. "
                              "It may stop answering at %1 until you find its new address, for example in the DHCP "
                              "server's leases or on the server's own console.")
                               .arg(m_lanModel->config().ipAddress
                                        ? QString::fromStdString(ipv4Text(*m_lanModel->config().ipAddress))
                                        : tr("its present address")));
    QPushButton *go = box.addButton(tr("Switch to DHCP"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

void NetworkPage::applyChange(const LanChange &change, NetworkService::Verification verification)
{
    if (server().isNull() || !m_lanModel->hasConfig()) {
        emit changeFinished(false, tr("Nothing to change."));
        return;
    }
    m_service->apply(server(), m_lanModel->channel(), change, m_lanModel->config(), verification);
    showChangeState();
    setBusy(true);
}

SafeLanChangeDriver *NetworkPage::safeChange() const
{
    return m_service->verifiedChange(server());
}
