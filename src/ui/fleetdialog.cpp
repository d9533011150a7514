// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetdialog.h"

#include "ui_fleetdialog.h"

#include "healthdelegate.h"
#include "model/fleet.h"
#include "model/fleetresultsmodel.h"
#include "model/serverregistry.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidgetItemIterator>

namespace {

using ipmi::cmd::ChassisControl;

// actionEdit data beyond the chassis control codes.
constexpr int PasswordItem = 100;
constexpr int SelClearItem = 101;
constexpr int PowerStatusItem = 102;
constexpr int SensorSummaryItem = 103;
constexpr int SelSummaryItem = 104;
constexpr int PefOnItem = 105;
constexpr int PefOffItem = 106;
constexpr int AlertDestinationItem = 107;

constexpr int IdRole = Qt::UserRole;

constexpr int SummaryNames = 5;       // names in the one-line summary
constexpr int ConfirmationNames = 20; // names in the confirmation question

QString nameList(const QStringList &names, int shown)
{
    if (names.size() <= shown)
        return names.join(QStringLiteral(", "));
    return names.mid(0, shown).join(QStringLiteral(", ")) + QStringLiteral(", …");
}

} // namespace

FleetDialog::FleetDialog(Fleet *fleet, const QList<QUuid> &selection, QWidget *parent)
    : FleetDialog(AppServices{fleet}, selection, parent)
{
}

FleetDialog::FleetDialog(const AppServices &services, const QList<QUuid> &selection, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FleetDialog>()), m_services(services), m_fleet(services.fleet),
      m_ticker(new QTimer(this))
{
    m_ui->setupUi(this);
    // Room for the server list and for the results' details without cutting them off,
    // and still inside a 1024x700 screen.
    resize(860, 600);
    m_ui->pages->setCurrentWidget(m_ui->setupPage);
    fillActions();
    m_ui->formEdit->addItem(tr("Automatic (by length)"), 0);
    m_ui->formEdit->addItem(tr("16-byte (IPMI 1.5)"), int(ipmi::user::PasswordSize::Bytes16));
    m_ui->formEdit->addItem(tr("20-byte (IPMI 2.0)"), int(ipmi::user::PasswordSize::Bytes20));

    fillServers({}, nullptr, FleetOperation::serversIn(*m_fleet->registry(), selection));
    m_ui->serverTree->expandAll();
    m_ui->serverTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->serverTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->serverTree->header()->setStretchLastSection(false);
    collectTicked();
    connect(m_ui->serverTree, &QTreeWidget::itemChanged, this, [this] {
        collectTicked();
        validate();
    });

    connect(m_ui->actionEdit, &QComboBox::currentIndexChanged, this, &FleetDialog::updateForm);
    connect(m_ui->formEdit, &QComboBox::currentIndexChanged, this, &FleetDialog::validate);
    connect(m_ui->userIdEdit, &QSpinBox::valueChanged, this, &FleetDialog::validate);
    for (QLineEdit *edit : {m_ui->passwordEdit, m_ui->confirmEdit, m_ui->alertIpEdit, m_ui->alertMacEdit})
        connect(edit, &QLineEdit::textChanged, this, &FleetDialog::validate);
    connect(m_ui->destinationEdit, &QSpinBox::valueChanged, this, &FleetDialog::validate);
    connect(m_ui->runButton, &QPushButton::clicked, this, &FleetDialog::run);
    connect(m_ui->cancelRunButton, &QPushButton::clicked, this, [this] {
        if (m_operation)
            m_operation->cancel();
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, &FleetDialog::copyResults);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        if (m_results)
            m_results->refreshRunningTimes();
    });

    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
               == QMessageBox::Yes;
    };
    updateForm();
}

FleetDialog::~FleetDialog() = default;

void FleetDialog::fillActions()
{
    // Reads first: the action the dialog opens with changes nothing.
    m_ui->actionEdit->addItem(FleetOperation::Action::powerStatus().title(), PowerStatusItem);
    if (m_services.sensors)
        m_ui->actionEdit->addItem(FleetOperation::Action::sensorSummary().title(), SensorSummaryItem);
    if (m_services.sel)
        m_ui->actionEdit->addItem(FleetOperation::Action::selSummary().title(), SelSummaryItem);
    m_ui->actionEdit->insertSeparator(m_ui->actionEdit->count());
    for (ChassisControl control : {ChassisControl::PowerDown, ChassisControl::PowerUp, ChassisControl::PowerCycle,
                                   ChassisControl::HardReset, ChassisControl::SoftShutdown})
        m_ui->actionEdit->addItem(FleetOperation::Action::powerAction(control).title(), int(control));
    m_ui->actionEdit->addItem(tr("Set a user's password"), PasswordItem);
    m_ui->actionEdit->addItem(tr("Clear the SEL"), SelClearItem);
    m_ui->actionEdit->addItem(FleetOperation::Action::pef(true).title(), PefOnItem);
    m_ui->actionEdit->addItem(FleetOperation::Action::pef(false).title(), PefOffItem);
    m_ui->actionEdit->addItem(tr("Set an alert destination"), AlertDestinationItem);
    m_ui->actionEdit->setCurrentIndex(0);
}

void FleetDialog::fillServers(const QUuid &parent, QTreeWidgetItem *parentItem, const QList<QUuid> &ticked)
{
    const ServerRegistry *registry = m_fleet->registry();
    for (const QUuid &id : registry->children(parent)) {
        auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_ui->serverTree);
        item->setData(0, IdRole, id);
        if (registry->isGroup(id)) {
            item->setText(0, registry->group(id)->name);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            item->setCheckState(0, Qt::Unchecked);
            fillServers(id, item, ticked);
        } else if (const ServerEntry *entry = registry->findServer(id)) {
            item->setText(0, entry->name);
            item->setText(1, entry->port == ServerEntry::DefaultPort
                                 ? entry->address
                                 : QStringLiteral("%1:%2").arg(entry->address).arg(entry->port));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, ticked.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void FleetDialog::collectTicked()
{
    m_servers.clear();
    for (QTreeWidgetItemIterator it(m_ui->serverTree); *it; ++it) {
        const QUuid id = (*it)->data(0, IdRole).toUuid();
        if ((*it)->checkState(0) == Qt::Checked && m_fleet->registry()->isServer(id))
            m_servers << id;
    }
}

void FleetDialog::setTicked(const QUuid &id, bool ticked)
{
    for (QTreeWidgetItemIterator it(m_ui->serverTree); *it; ++it)
        if ((*it)->data(0, IdRole).toUuid() == id)
            (*it)->setCheckState(0, ticked ? Qt::Checked : Qt::Unchecked);
}

std::optional<FleetOperation::Action> FleetDialog::action() const
{
    const int item = m_ui->actionEdit->currentData().toInt();
    if (item == PowerStatusItem)
        return FleetOperation::Action::powerStatus();
    if (item == SensorSummaryItem)
        return FleetOperation::Action::sensorSummary();
    if (item == SelSummaryItem)
        return FleetOperation::Action::selSummary();
    if (item == SelClearItem)
        return FleetOperation::Action::selClear();
    if (item == PefOnItem || item == PefOffItem)
        return FleetOperation::Action::pef(item == PefOnItem);
    if (item == AlertDestinationItem)
        return alertDestinationAction();
    if (item != PasswordItem)
        return FleetOperation::Action::powerAction(ChassisControl(item));
    const QByteArray password = m_ui->passwordEdit->text().toUtf8();
    if (password.isEmpty() || m_ui->passwordEdit->text() != m_ui->confirmEdit->text())
        return std::nullopt;
    const std::string_view text(password.constData(), std::size_t(password.size()));
    const int form = m_ui->formEdit->currentData().toInt();
    const auto size = form == 0 ? ipmi::user::passwordSizeFor(text) : ipmi::user::PasswordSize(form);
    return FleetOperation::Action::passwordRotation(std::uint8_t(m_ui->userIdEdit->value()), ipmi::SecretBytes(text),
                                                    size);
}

std::optional<FleetOperation::Action> FleetDialog::alertDestinationAction() const
{
    ipmi::lan::AlertDestinationChange change;
    const auto address = ipmi::lan::parseIpv4(m_ui->alertIpEdit->text().trimmed().toStdString());
    if (!address)
        return std::nullopt;
    change.ipAddress = *address;
    if (const QString typed = m_ui->alertMacEdit->text().trimmed(); !typed.isEmpty()) {
        const auto mac = ipmi::lan::parseMac(typed.toStdString());
        if (!mac)
            return std::nullopt;
        change.macAddress = *mac;
    }
    return FleetOperation::Action::alertDestination(std::uint8_t(m_ui->destinationEdit->value()), change);
}

QString FleetDialog::problem() const
{
    if (m_servers.isEmpty())
        return tr("No server is ticked. Tick servers or a group in the list above.");
    if (m_ui->actionEdit->currentData().toInt() == PasswordItem) {
        if (m_ui->passwordEdit->text().isEmpty())
            return tr("Type the new password twice.");
        if (m_ui->passwordEdit->text() != m_ui->confirmEdit->text())
            return tr("The two passwords differ.");
    }
    if (m_ui->actionEdit->currentData().toInt() == AlertDestinationItem) {
        if (!ipmi::lan::parseIpv4(m_ui->alertIpEdit->text().trimmed().toStdString()))
            return tr("Type the IPv4 address of the trap receiver, such as 192.0.2.10.");
        if (const QString mac = m_ui->alertMacEdit->text().trimmed();
            !mac.isEmpty() && !ipmi::lan::parseMac(mac.toStdString()))
            return tr("\"%1\" is not a MAC address such as 00:1a:2b:3c:4d:5e.").arg(mac);
    }
    const auto chosen = action();
    return chosen ? chosen->problem() : QString();
}

QString FleetDialog::summary() const
{
    QStringList names;
    for (const QUuid &id : m_servers)
        if (const ServerEntry *entry = m_fleet->registry()->findServer(id))
            names << entry->name;
    const int count = int(m_servers.size());
    const QString what = m_ui->actionEdit->currentData().toInt() == PasswordItem
                             ? tr("Set the password of user %1 on").arg(m_ui->userIdEdit->value())
                             : m_ui->actionEdit->currentText();
    // Spelled out rather than %n: without an English translation loaded %n reads "server(s)".
    const QString servers = count == 1 ? tr("1 server") : tr("%1 servers").arg(count);
    const auto chosen = action();
    if (chosen && chosen->isReadOnly()) // "Read the power status of 3 servers: …"
        return tr("%1 of %2: %3").arg(what, servers, nameList(names, SummaryNames));
    return tr("%1 %2: %3").arg(what, servers, nameList(names, SummaryNames));
}

QString FleetDialog::confirmationText() const
{
    QStringList names;
    for (const QUuid &id : m_servers)
        if (const ServerEntry *entry = m_fleet->registry()->findServer(id))
            names << entry->name;
    QString list = names.mid(0, ConfirmationNames).join(QStringLiteral(", "));
    if (names.size() > ConfirmationNames)
        list += tr(" and %1 more").arg(names.size() - ConfirmationNames);
    const int item = m_ui->actionEdit->currentData().toInt();
    QString consequence;
    if (item == SelClearItem)
        consequence = tr("Every event in their System Event Logs is erased.");
    else if (item == PefOnItem)
        consequence = tr("Their event filters start acting on events: alerts, and any power actions the filters hold.");
    else if (item == PefOffItem)
        consequence = tr("They stop sending alerts and taking filter actions on events.");
    else if (item == AlertDestinationItem)
        consequence = tr("Alerts sent to destination %1 go to %2 from then on.")
                          .arg(m_ui->destinationEdit->value())
                          .arg(m_ui->alertIpEdit->text().trimmed());
    else if (item == PasswordItem)
        consequence = tr("User %1 can no longer log in with the old password; sessions and scripts that use it will fail.")
                          .arg(m_ui->userIdEdit->value());
    else
        consequence = tr("Running operating systems are interrupted.");
    const QString servers = m_servers.size() == 1 ? tr("1 server") : tr("%1 servers").arg(m_servers.size());
    return tr("%1 on %2?").arg(m_ui->actionEdit->currentText(), servers)
           + QStringLiteral("\n\n") + list + QStringLiteral("\n\n") + consequence;
}

void FleetDialog::updateForm()
{
    m_ui->passwordBox->setVisible(m_ui->actionEdit->currentData().toInt() == PasswordItem);
    m_ui->alertBox->setVisible(m_ui->actionEdit->currentData().toInt() == AlertDestinationItem);
    validate();
}

void FleetDialog::validate()
{
    const QString text = problem();
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
    m_ui->runButton->setEnabled(text.isEmpty());
    m_ui->summaryLabel->setText(m_servers.isEmpty() ? QString() : summary());
    const qsizetype bytes = m_ui->passwordEdit->text().toUtf8().size();
    m_ui->ruleLabel->setText(tr("Length: %1 bytes. Up to 16 bytes fit either form; 17 to 20 need the 20-byte form "
                                "(IPMI 2.0), which some BMCs lack.")
                                 .arg(bytes));
}

bool FleetDialog::run()
{
    if (m_operation)
        return false;
    validate();
    auto chosen = action();
    if (!problem().isEmpty() || !chosen)
        return false;
    if (chosen->isDestructive() && !m_confirm(windowTitle(), confirmationText()))
        return false;

    m_operation = new FleetOperation(m_fleet, m_servers, std::move(*chosen), this);
    m_operation->setMonitors(m_services.sensors, m_services.sel);
    m_ui->passwordEdit->clear(); // the operation holds the only copy now
    m_ui->confirmEdit->clear();
    m_results = new FleetResultsModel(m_operation, this);
    m_ui->resultsView->setModel(m_results);
    m_ui->resultsView->setItemDelegateForColumn(FleetResultsModel::StateColumn,
                                                new HealthDelegate(FleetResultsModel::HealthRole, this));
    // Every column but the detail as wide as its contents; the detail takes the rest and
    // wraps, and each row grows to show all of it.
    QHeaderView *header = m_ui->resultsView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FleetResultsModel::DetailColumn, QHeaderView::Stretch);
    m_ui->resultsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->resultsView->verticalHeader()->hide();
    m_ui->runTitleLabel->setText(summary());
    m_ui->progressBar->setRange(0, m_operation->hostCount());
    m_ui->progressBar->setValue(0);
    m_ui->pages->setCurrentWidget(m_ui->resultsPage);
    connect(m_operation, &FleetOperation::hostChanged, this, &FleetDialog::onHostChanged);
    connect(m_operation, &FleetOperation::finished, this, &FleetDialog::onFinished);
    m_ticker->start();
    if (!m_operation->start()) // checked above; kept for safety
        return false;
    return true;
}

void FleetDialog::onHostChanged()
{
    const FleetOperation::Summary now = m_operation->summary();
    m_ui->progressBar->setValue(now.done + now.failed + now.cancelled);
    m_ui->statusLabel->setText(FleetOperation::summaryText(now));
}

void FleetDialog::onFinished(const FleetOperation::Summary &summary)
{
    m_ticker->stop();
    m_ui->progressBar->setValue(summary.total);
    m_ui->statusLabel->setText(tr("Finished: %1").arg(FleetOperation::summaryText(summary)));
    m_ui->cancelRunButton->setEnabled(false);
}

void FleetDialog::copyResults()
{
    if (m_results)
        QGuiApplication::clipboard()->setText(m_results->toText());
}

void FleetDialog::reject()
{
    if (m_operation && m_operation->isRunning())
        m_operation->cancel();
    QDialog::reject();
}
