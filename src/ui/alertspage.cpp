// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertspage.h"

#include "ui_alertspage.h"

#include "model/coretext.h"

#include "solsettingsdialog.h"

#include "model/alertdestinationmodel.h"
#include "model/alertservice.h"
#include "model/eventfiltermodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>

using namespace ipmi;

namespace {

struct ActionBox
{
    QCheckBox *Ui::AlertsPage::*box;
    std::uint8_t bit;
};

constexpr ActionBox ActionBoxes[] = {
    {&Ui::AlertsPage::alertCheck, pef::action::Alert},
    {&Ui::AlertsPage::powerOffCheck, pef::action::PowerOff},
    {&Ui::AlertsPage::resetCheck, pef::action::Reset},
    {&Ui::AlertsPage::powerCycleCheck, pef::action::PowerCycle},
    {&Ui::AlertsPage::diagnosticCheck, pef::action::DiagnosticInterrupt},
};

QString errorText(const Error &error)
{
    return CoreText::error(error);
}

} // namespace

AlertsPage::AlertsPage(Fleet *fleet, QWidget *parent)
    : ServerPage(fleet, parent), m_ui(std::make_unique<Ui::AlertsPage>()), m_service(new AlertService(fleet, this)),
      m_filters(new EventFilterModel(this)), m_destinations(new AlertDestinationModel(this))
{
    m_ui->setupUi(this);
    for (QTableView *table : {m_ui->filterTable, m_ui->destinationTable}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_ui->filterTable->setModel(m_filters);
    m_ui->destinationTable->setModel(m_destinations);
    for (const pef::FilterPreset preset : pef::filterPresets())
        m_ui->presetCombo->addItem(AlertService::presetName(preset), int(preset));
    m_ui->gatewayCombo->addItem(tr("Default gateway"), false);
    m_ui->gatewayCombo->addItem(tr("Backup gateway"), true);

    connect(m_ui->reloadButton, &QPushButton::clicked, this, &AlertsPage::reload);
    connect(m_ui->solButton, &QPushButton::clicked, this, &AlertsPage::openSolSettings);
    connect(m_ui->pefEnabledCheck, &QCheckBox::clicked, this, &AlertsPage::setPefEnabled);
    connect(m_ui->saveActionsButton, &QPushButton::clicked, this, [this] {
        std::uint8_t actions = 0;
        for (const ActionBox &action : ActionBoxes)
            if ((m_ui.get()->*action.box)->isChecked())
                actions |= action.bit;
        m_writing = true;
        updateButtons();
        m_service->setPefActions(server(), actions, loadContext(), [this](Result<QString> done) { finishChange(done); });
    });
    connect(m_ui->enableFilterButton, &QPushButton::clicked, this, [this] { setFilterEnabled(true); });
    connect(m_ui->disableFilterButton, &QPushButton::clicked, this, [this] { setFilterEnabled(false); });
    connect(m_ui->addPresetButton, &QPushButton::clicked, this, &AlertsPage::addPreset);
    connect(m_ui->saveDestinationButton, &QPushButton::clicked, this, &AlertsPage::saveDestination);
    connect(m_ui->testEventButton, &QPushButton::clicked, this, &AlertsPage::sendTestEvent);
    connect(m_ui->filterTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPage::updateButtons);
    connect(m_ui->destinationTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPage::showDestination);
    clearView();
}

AlertsPage::~AlertsPage() = default;

int AlertsPage::selectedRow(QTableView *table) const
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AlertsPage::updateButtons()
{
    const bool idle = !server().isNull() && m_reading == 0 && !m_writing;
    const bool pef = idle && m_pefRead;
    m_ui->reloadButton->setEnabled(idle);
    m_ui->solButton->setEnabled(!server().isNull());
    m_ui->pefEnabledCheck->setEnabled(pef);
    m_ui->saveActionsButton->setEnabled(pef);
    const int filter = selectedRow(m_ui->filterTable);
    const bool filterSelected = pef && filter >= 0;
    const bool enabled = filterSelected && m_filters->filters()[std::size_t(filter)].enabled;
    m_ui->enableFilterButton->setEnabled(filterSelected && !enabled);
    m_ui->disableFilterButton->setEnabled(filterSelected && enabled);
    m_ui->addPresetButton->setEnabled(pef && pef::firstFreeFilter(m_filters->filters()) != 0);
    m_ui->saveDestinationButton->setEnabled(idle && selectedRow(m_ui->destinationTable) >= 0);
    m_ui->testEventButton->setEnabled(idle);
}

void AlertsPage::clearView()
{
    m_filters->clear();
    m_destinations->clear();
    m_reading = 0;
    m_writing = false;
    m_pefRead = false;
    m_notes.clear();
    m_outcome.clear();
    m_ui->headingLabel->setText(serverLabel().isEmpty() ? QStringLiteral("—") : serverLabel());
    m_ui->statusLabel->setText(server().isNull() ? tr("Select a server to see how its BMC reports events.")
                                                 : QString());
    m_ui->pefEnabledCheck->setChecked(false);
    for (const ActionBox &action : ActionBoxes)
        (m_ui.get()->*action.box)->setChecked(false);
    updateButtons();
}

void AlertsPage::load()
{
    m_ui->headingLabel->setText(serverLabel());
    m_notes.clear();
    m_ui->statusLabel->setText(tr("Reading the PEF configuration and the alert destinations…"));
    m_reading = 2;
    updateButtons();
    readPef();
    readDestinations();
}

void AlertsPage::readPef()
{
    m_service->readPef(server(), loadContext(), [this](Result<AlertService::PefSettings> settings) {
        if (!settings) {
            m_pefRead = false;
            m_filters->clear();
            m_notes << tr("PEF: %1").arg(errorText(settings.error()));
        } else {
            m_pefRead = true;
            m_ui->pefEnabledCheck->setChecked(settings->control.pefEnabled);
            for (const ActionBox &action : ActionBoxes) {
                QCheckBox *box = m_ui.get()->*action.box;
                box->setChecked(settings->actionsEnabled & action.bit);
                box->setVisible(settings->capabilities.actions & action.bit); // what this BMC can do
            }
            m_filters->setFilters(settings->filters);
            m_notes << settings->refused;
        }
        finishRead();
    });
}

void AlertsPage::readDestinations()
{
    m_service->readDestinations(server(), loadContext(), [this](Result<AlertService::Destinations> read) {
        if (!read) {
            m_destinations->clear();
            m_ui->destinationBox->setTitle(tr("Alert destinations"));
            m_notes << tr("Alert destinations: %1").arg(errorText(read.error()));
        } else {
            m_channel = read->channel;
            m_destinations->setDestinations(read->destinations);
            m_ui->destinationBox->setTitle(tr("Alert destinations of channel %1").arg(read->channel));
            if (read->destinations.empty())
                m_notes << tr("This BMC has no alert destinations it will show (%1 configured).").arg(read->count);
            m_notes << read->refused;
        }
        finishRead();
    });
}

void AlertsPage::finishRead()
{
    if (m_reading > 0 && --m_reading > 0)
        return;
    // The outcome of the last change first, then what the reads could not show.
    QStringList lines = m_notes;
    if (!m_outcome.isEmpty())
        lines.prepend(m_outcome);
    m_ui->statusLabel->setText(lines.join(u'\n'));
    m_outcome.clear();
    updateButtons();
    emit loaded();
}

void AlertsPage::showDestination()
{
    const int row = selectedRow(m_ui->destinationTable);
    if (row >= 0) {
        const lan::AlertDestination &destination = m_destinations->destinations()[std::size_t(row)];
        m_ui->ipEdit->setText(QString::fromStdString(lan::ipv4Text(destination.ipAddress)));
        m_ui->macEdit->setText(QString::fromStdString(lan::macText(destination.macAddress)));
        m_ui->gatewayCombo->setCurrentIndex(destination.backupGateway ? 1 : 0);
        m_ui->acknowledgeCheck->setChecked(destination.acknowledge);
        m_ui->retriesSpin->setValue(destination.retries);
        m_ui->intervalSpin->setValue(destination.timeoutSeconds);
    }
    updateButtons();
}

void AlertsPage::finishChange(const Result<QString> &outcome)
{
    m_writing = false;
    const QString message = outcome ? outcome.value() : errorText(outcome.error());
    emit activity(message);
    emit changeFinished(outcome.ok(), message);
    // Show what the BMC holds now, whatever the outcome; the sentence stays in sight.
    load();
    m_outcome = message;
}

void AlertsPage::setPefEnabled(bool enabled)
{
    m_writing = true;
    updateButtons();
    m_service->setPefEnabled(server(), enabled, loadContext(), [this](Result<QString> done) { finishChange(done); });
}

void AlertsPage::setFilterEnabled(bool enabled)
{
    const int row = selectedRow(m_ui->filterTable);
    if (row < 0)
        return;
    m_writing = true;
    updateButtons();
    m_service->setFilterEnabled(server(), m_filters->filters()[std::size_t(row)], enabled, loadContext(),
                                [this](Result<QString> done) { finishChange(done); });
}

void AlertsPage::addPreset()
{
    const auto preset = pef::FilterPreset(m_ui->presetCombo->currentData().toInt());
    m_writing = true;
    updateButtons();
    m_service->addPresetFilter(server(), preset, pef::firstFreeFilter(m_filters->filters()), loadContext(),
                               [this](Result<QString> done) { finishChange(done); });
}

void AlertsPage::saveDestination()
{
    const int row = selectedRow(m_ui->destinationTable);
    if (row < 0)
        return;
    const lan::AlertDestination &present = m_destinations->destinations()[std::size_t(row)];
    lan::AlertDestinationChange change;
    const auto ip = lan::parseIpv4(m_ui->ipEdit->text().trimmed().toStdString());
    const auto mac = lan::parseMac(m_ui->macEdit->text().trimmed().toStdString());
    if (!ip || !mac) {
        m_ui->statusLabel->setText(errorText(!ip ? ip.error() : mac.error()));
        return;
    }
    // Only what differs is written.
    if (ip.value() != present.ipAddress)
        change.ipAddress = ip.value();
    if (mac.value() != present.macAddress)
        change.macAddress = mac.value();
    if (m_ui->gatewayCombo->currentData().toBool() != present.backupGateway)
        change.backupGateway = m_ui->gatewayCombo->currentData().toBool();
    if (m_ui->acknowledgeCheck->isChecked() != present.acknowledge)
        change.acknowledge = m_ui->acknowledgeCheck->isChecked();
    if (m_ui->retriesSpin->value() != present.retries)
        change.retries = std::uint8_t(m_ui->retriesSpin->value());
    if (m_ui->intervalSpin->value() != present.timeoutSeconds)
        change.timeoutSeconds = std::uint8_t(m_ui->intervalSpin->value());
    if (change.empty()) {
        m_ui->statusLabel->setText(tr("Nothing to change."));
        return;
    }
    m_writing = true;
    updateButtons();
    m_service->changeDestination(server(), m_channel, present, change, loadContext(),
                                 [this](Result<QString> done) { finishChange(done); });
}

void AlertsPage::sendTestEvent()
{
    m_writing = true;
    updateButtons();
    m_service->sendTestEvent(server(), loadContext(), [this](Result<QString> done) {
        m_writing = false;
        const QString message = done ? done.value() : errorText(done.error());
        m_ui->statusLabel->setText(message);
        updateButtons();
        emit activity(message);
        emit changeFinished(done.ok(), message);
    });
}

void AlertsPage::openSolSettings()
{
    auto *dialog = new SolSettingsDialog(fleet(), server(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
