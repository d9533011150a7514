// SPDX-License-Identifier: GPL-3.0-or-later
#include "frupage.h"

#include "ui_frupage.h"

#include "model/fleet.h"
#include "model/fruinventorymodel.h"
#include "model/sensormonitor.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>

FruPage::FruPage(Fleet *fleet, SensorMonitor *sensors, QWidget *parent)
    : ServerPage(fleet, parent), m_ui(std::make_unique<Ui::FruPage>()), m_sensors(sensors),
      m_model(new FruInventoryModel(this))
{
    m_ui->setupUi(this);
    m_ui->fruTree->setModel(m_model);
    m_ui->fruTree->header()->setSectionResizeMode(PropertyTreeModel::NameColumn, QHeaderView::ResizeToContents);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &FruPage::reload);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_model->toText()); });
    connect(m_model, &FruInventoryModel::progress, this, [this](int device, int devices) {
        m_ui->summaryLabel->setText(tr("Reading FRU device %1 of %2…").arg(device + 1).arg(devices));
    });
    connect(m_model, &FruInventoryModel::loaded, this, [this](int devices, int failures) {
        m_ui->fruTree->expandAll();
        m_ui->reloadButton->setEnabled(true);
        m_ui->summaryLabel->setText(failures == 0 ? tr("%n FRU device(s).", nullptr, devices)
                                                  : tr("%n FRU device(s), %1 could not be read.", nullptr, devices)
                                                        .arg(failures));
    });
    m_ui->summaryLabel->setText(tr("Select a server to see its inventory."));
    m_ui->reloadButton->setEnabled(false);
}

FruPage::~FruPage() = default;

void FruPage::clearView()
{
    m_model->cancel();
    m_model->clear();
    m_ui->reloadButton->setEnabled(false);
    m_ui->summaryLabel->setText(server().isNull() ? tr("Select a server to see its inventory.") : QString());
}

void FruPage::load()
{
    QString error;
    Bmc *bmc = currentBmc(&error);
    if (!bmc) {
        m_ui->summaryLabel->setText(error);
        return;
    }
    m_ui->summaryLabel->setText(tr("Reading the FRU inventory…"));
    m_model->load(bmc, m_sensors ? m_sensors->records(server()) : nullptr);
}
