// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkpage.h"

#include "ui_networkpage.h"

#include "lanconfigdialog.h"

#include "model/bmc.h"
#include "model/channelsmodel.h"
#include "model/fleet.h"
#include "model/lanconfigmodel.h"
#include "model/safelanchange.h"
#include "model/serverregistry.h"

#include "ipmi/channel/lanchannelfinder.h"
#include "ipmi/lan/lanconfigwriter.h"

#include <QHeaderView>

using namespace ipmi::lan;
using namespace ipmi::channel;

NetworkPage::NetworkPage(Fleet *fleet, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::NetworkPage>()), m_fleet(fleet),
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
    m_ui->summaryLabel->setText(tr("Select a server to see its network settings."));
    m_ui->progressLabel->hide();
    setBusy(true);
}

NetworkPage::~NetworkPage() = default;

void NetworkPage::setServer(const QUuid &server)
{
    m_server = server;
    if (isVisible() && server != m_loadedFor)
        reload();
}

void NetworkPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_server != m_loadedFor)
        reload();
}

void NetworkPage::setBusy(bool busy)
{
    m_ui->reloadButton->setEnabled(!busy && !m_server.isNull());
    m_ui->editButton->setEnabled(!busy && m_lanModel->hasConfig());
}

void NetworkPage::reload()
{
    if (m_safeChange)
        return; // the page follows the transaction until it ends
    m_loadedFor = m_server;
    delete m_readContext;
    m_readContext = new QObject(this);
    m_lanModel->clearConfig();
    m_channelsModel->clear();
    setBusy(true);
    if (m_server.isNull())
        return;
    QString error;
    Bmc *bmc = m_fleet->bmc(m_server, &error);
    if (!bmc) {
        m_ui->summaryLabel->setText(error);
        return;
    }
    m_ui->summaryLabel->setText(tr("Looking for the LAN channel…"));
    readLanChannel(bmc);
    readChannel(bmc, 0);
}

void NetworkPage::readLanChannel(Bmc *bmc)
{
    auto finder = std::make_shared<LanChannelFinder>(true);
    QObject *context = m_readContext;
    bmc->run<std::vector<ChannelInfo>>(finder, context, [this, bmc, context](ipmi::Result<std::vector<ChannelInfo>> found) {
        if (!found) {
            m_ui->summaryLabel->setText(QString::fromStdString(found.error().message));
            setBusy(false);
            return;
        }
        const std::uint8_t channel = found->front().channel;
        m_ui->summaryLabel->setText(tr("Reading the LAN configuration of channel %1…").arg(channel));
        auto reader = std::make_shared<LanConfigReader>(channel);
        bmc->run<LanConfigRead>(reader, context, [this, channel](ipmi::Result<LanConfigRead> read) {
            if (!read) {
                m_ui->summaryLabel->setText(QString::fromStdString(read.error().message));
            } else {
                m_lanModel->setConfig(channel, *read);
                m_ui->lanTree->expandAll();
                m_ui->summaryLabel->setText(tr("LAN channel %1.").arg(channel));
            }
            setBusy(false);
            emit loaded();
        });
    });
}

// Channels 0-Bh one after the other; a channel the BMC lacks is skipped.
void NetworkPage::readChannel(Bmc *bmc, std::uint8_t channel)
{
    if (channel > MaxChannel)
        return;
    QObject *context = m_readContext;
    bmc->call<ChannelInfo>(getChannelInfoRequest(channel), parseChannelInfo, context,
                           [this, bmc, channel](ipmi::Result<ChannelInfo> info) {
                               if (info) {
                                   m_channelsModel->addChannel(*info);
                                   if (info->sessionSupport != 0)
                                       readAccess(bmc, channel);
                               }
                               readChannel(bmc, std::uint8_t(channel + 1));
                           });
}

void NetworkPage::readAccess(Bmc *bmc, std::uint8_t channel)
{
    for (const Storage storage : {Storage::Volatile, Storage::NonVolatile})
        bmc->call<ChannelAccess>(getChannelAccessRequest(channel, storage), parseChannelAccess, m_readContext,
                                 [this, channel, storage](ipmi::Result<ChannelAccess> access) {
                                     if (access)
                                         m_channelsModel->setAccess(channel, storage, *access);
                                 });
}

void NetworkPage::openEditor()
{
    if (!m_lanModel->hasConfig())
        return;
    auto *dialog = new LanConfigDialog(m_lanModel->config(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyChange(dialog->change()); });
    dialog->open();
}

void NetworkPage::applyChange(const LanChange &change)
{
    QString error;
    Bmc *bmc = m_server.isNull() ? nullptr : m_fleet->bmc(m_server, &error);
    if (!bmc || change.empty() || !m_lanModel->hasConfig()) {
        emit changeFinished(false, bmc ? tr("Nothing to change.") : error);
        return;
    }
    // The address we reach the BMC at is the one being changed: verify the change.
    const LanConfig &current = m_lanModel->config();
    const bool ourAddress = current.ipAddress
                            && bmc->endpoint().host == QString::fromStdString(ipv4Text(*current.ipAddress));
    if (ourAddress && change.ipAddress && change.ipAddress != current.ipAddress)
        runSafeChange(bmc, change);
    else
        writeDirectly(bmc, change);
}

void NetworkPage::writeDirectly(Bmc *bmc, const LanChange &change)
{
    const LanValidation validation = validateLanChange(change, &m_lanModel->config());
    if (!validation.ok()) {
        emit changeFinished(false, QString::fromStdString(validation.errorText()));
        return;
    }
    setBusy(true);
    m_ui->summaryLabel->setText(tr("Writing the LAN configuration…"));
    auto writer = std::make_shared<LanConfigWriter>(m_lanModel->channel(), lanChangeWrites(change));
    bmc->run<LanWriteOutcome>(writer, this, [this](ipmi::Result<LanWriteOutcome> written) {
        const QString message = written ? tr("The LAN configuration was written.")
                                        : QString::fromStdString(written.error().message);
        m_ui->summaryLabel->setText(message);
        emit changeFinished(written.ok(), message);
        m_loadedFor = {};
        reload();
    });
}

void NetworkPage::runSafeChange(Bmc *bmc, const LanChange &change)
{
    setBusy(true);
    const QUuid server = m_server;
    m_safeChange = new SafeLanChangeDriver(m_fleet->pool(), bmc->endpoint(), m_lanModel->channel(), change,
                                           m_lanModel->config(), SafeLanChange::DefaultTimeout, this);
    m_ui->progressLabel->show();
    connect(m_safeChange, &SafeLanChangeDriver::stepChanged, m_ui->progressLabel, &QLabel::setText);
    connect(m_safeChange, &SafeLanChangeDriver::countdown, this,
            [this](int, const QString &text) { m_ui->progressLabel->setText(text); });
    connect(m_safeChange, &SafeLanChangeDriver::finished, this, [this, server](bool confirmed, const QString &message) {
        SafeLanChangeDriver *driver = m_safeChange;
        m_ui->progressLabel->setText(message);
        if (confirmed) {
            // The registry follows the BMC to its new address (the Fleet rebuilds its Bmc).
            if (const ServerEntry *found = m_fleet->registry()->findServer(server)) {
                ServerEntry entry = *found;
                entry.address = driver->resultingEndpoint().host;
                QString error;
                if (!m_fleet->registry()->updateServer(entry, &error))
                    m_ui->progressLabel->setText(message + u' ' + error);
            }
        }
        driver->deleteLater();
        m_safeChange = nullptr;
        emit changeFinished(confirmed, message);
        m_loadedFor = {};
        reload();
    });
    m_safeChange->start();
}
