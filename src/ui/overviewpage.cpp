// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"
#include "model/coretext.h"

#include "ui_overviewpage.h"

#include "model/bmc.h"
#include "model/fleet.h"
#include "model/ianaregistry.h"
#include "model/serverregistry.h"

#include <QMessageBox>
#include <QRegularExpression>
#include <QTimer>

using namespace ipmi::cmd;

namespace {

QString yesNoList(const QList<std::pair<bool, QString>> &flags, const QString &none)
{
    QStringList set;
    for (const auto &[on, name] : flags)
        if (on)
            set << name;
    return set.isEmpty() ? none : set.join(QStringLiteral(", "));
}

} // namespace

OverviewPage::OverviewPage(Fleet *fleet, QWidget *parent)
    : ServerPage(fleet, parent), m_ui(std::make_unique<Ui::OverviewPage>()), m_service(new ChassisService(fleet, this))
{
    m_ui->setupUi(this);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &OverviewPage::reload);
    connect(m_ui->powerOnButton, &QPushButton::clicked, this, [this] { runPowerAction(PowerAction::On); });
    connect(m_ui->powerOffButton, &QPushButton::clicked, this, [this] { runPowerAction(PowerAction::Off); });
    connect(m_ui->softOffButton, &QPushButton::clicked, this, [this] { runPowerAction(PowerAction::Soft); });
    connect(m_ui->resetButton, &QPushButton::clicked, this, [this] { runPowerAction(PowerAction::Reset); });
    connect(m_ui->cycleButton, &QPushButton::clicked, this, [this] { runPowerAction(PowerAction::Cycle); });
    connect(m_ui->identifyButton, &QPushButton::clicked, this, [this] { runPowerAction(PowerAction::Identify); });
    clearView();
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::clearView()
{
    const ServerEntry *entry = fleet()->registry()->findServer(server());
    m_ui->titleLabel->setText(entry ? entry->name : tr("No server selected"));
    m_ui->refreshButton->setEnabled(entry != nullptr);
    m_ui->resultLabel->clear();
    m_powerOn.reset();
    m_acting = false;
    updatePowerButtons();
    clearValues();
}

void OverviewPage::clearValues()
{
    const QList<QLabel *> values = findChildren<QLabel *>(QRegularExpression(QStringLiteral("Value$")));
    for (QLabel *label : values) {
        label->setText(QStringLiteral("—"));
        label->setToolTip({});
    }
}

void OverviewPage::showError(QLabel *label, const QString &message)
{
    label->setText(tr("unavailable"));
    label->setToolTip(message);
}

void OverviewPage::updatePowerButtons()
{
    const bool known = m_powerOn.has_value() && !m_acting;
    const bool on = known && *m_powerOn;
    m_ui->powerBox->setEnabled(known);
    m_ui->powerOnButton->setEnabled(known && !on);
    for (QPushButton *button : {m_ui->powerOffButton, m_ui->softOffButton, m_ui->resetButton, m_ui->cycleButton})
        button->setEnabled(on);
    m_ui->identifyButton->setEnabled(known);
}

void OverviewPage::load()
{
    QObject *context = loadContext();
    const QString address = currentBmc() ? currentBmc()->displayAddress() : QString();
    emit activity(tr("Reading %1…").arg(address));
    const bool local = currentBmc() && currentBmc()->endpoint().local;
    m_service->openSession(server(), context, [this, local](ipmi::Result<ipmi::SessionInfo> info) {
        if (!info) {
            m_ui->sessionValue->setText(CoreText::error(info.error()));
            emit activity(CoreText::error(info.error()));
            return;
        }
        if (local) { // the kernel driver: no login, so no cipher suite or session privilege to show
            m_ui->sessionValue->setText(tr("Local interface (OpenIPMI driver)"));
            return;
        }
        const QString privilege = CoreText::translate(ipmi::privilegeName(info->privilege));
        m_ui->sessionValue->setText(info->version == ipmi::LanVersion::Lan20
                                        ? tr("IPMI 2.0, cipher suite %1, %2").arg(info->cipherSuite).arg(privilege)
                                        : tr("IPMI 1.5, %1").arg(privilege));
    });
    m_service->readDeviceId(server(), context, [this](ipmi::Result<DeviceId> id) {
        if (!id) {
            for (QLabel *label : {m_ui->deviceIdValue, m_ui->firmwareValue, m_ui->ipmiVersionValue,
                                  m_ui->manufacturerValue, m_ui->productValue})
                showError(label, CoreText::error(id.error()));
            return;
        }
        m_ui->deviceIdValue->setText(tr("%1 (revision %2)").arg(id->deviceId).arg(id->deviceRevision));
        m_ui->firmwareValue->setText(QString::fromStdString(firmwareRevisionText(*id)));
        m_ui->ipmiVersionValue->setText(QString::fromStdString(ipmiVersionText(*id)));
        const auto maker = manufacturerDisplayName(id->manufacturerId);
        m_ui->manufacturerValue->setText(maker ? tr("%1 (%2)").arg(*maker).arg(id->manufacturerId)
                                               : tr("unknown (%1)").arg(id->manufacturerId));
        m_ui->productValue->setText(QStringLiteral("%1 (0x%2)").arg(id->productId).arg(id->productId, 4, 16, QLatin1Char('0')));
        emit activity(tr("Ready"));
    });
    m_service->readGuid(server(), context, [this](ipmi::Result<DeviceGuid> guid) {
        if (!guid)
            showError(m_ui->guidValue, CoreText::error(guid.error()));
        else
            m_ui->guidValue->setText(QString::fromStdString(guid->text()));
    });
    readChassis();
}

void OverviewPage::readChassis()
{
    QObject *context = loadContext();
    m_service->readStatus(server(), context, [this](ipmi::Result<ChassisStatus> status) {
        if (!status) {
            for (QLabel *label : {m_ui->powerValue, m_ui->policyValue, m_ui->lastEventValue, m_ui->faultsValue})
                showError(label, CoreText::error(status.error()));
            // Unknown power state: no power button can be trusted to do what it says.
            m_powerOn.reset();
            m_ui->resultLabel->setText(tr("Power control is unavailable: %1")
                                           .arg(CoreText::error(status.error())));
            updatePowerButtons();
            return;
        }
        m_powerOn = status->powerOn;
        updatePowerButtons();
        m_ui->powerValue->setText(status->powerOn ? tr("on") : tr("off"));
        m_ui->policyValue->setText(CoreText::translate(powerRestorePolicyName(status->restorePolicy)));
        const auto &e = status->lastEvent;
        m_ui->lastEventValue->setText(yesNoList({{e.acFailed, tr("AC failed")},
                                                 {e.overload, tr("power overload")},
                                                 {e.interlock, tr("interlock")},
                                                 {e.fault, tr("power fault")},
                                                 {e.command, tr("power on by command")}},
                                                tr("none recorded")));
        m_ui->faultsValue->setText(yesNoList({{status->intrusion, tr("chassis intrusion")},
                                              {status->frontPanelLockout, tr("front panel locked out")},
                                              {status->driveFault, tr("drive fault")},
                                              {status->coolingFault, tr("cooling or fan fault")},
                                              {status->mainPowerFault, tr("main power fault")}},
                                             tr("none")));
    });
    m_service->readRestartCause(server(), context, [this](ipmi::Result<RestartCause> cause) {
        if (!cause)
            showError(m_ui->restartCauseValue, CoreText::error(cause.error()));
        else
            m_ui->restartCauseValue->setText(CoreText::translate(restartCauseText(cause->cause)));
    });
    readSettings();
}

void OverviewPage::readSettings()
{
    QObject *context = loadContext();
    m_service->readGlobalEnables(server(), context, [this](ipmi::Result<GlobalEnables> enables) {
        if (!enables) {
            showError(m_ui->globalEnablesValue, CoreText::error(enables.error()));
            return;
        }
        QStringList on;
        if (enables->has(GlobalEnables::SystemEventLogging))
            on << tr("event logging");
        if (enables->has(GlobalEnables::EventMessageBuffer))
            on << tr("event message buffer");
        if (enables->has(GlobalEnables::ReceiveMessageQueueInterrupt))
            on << tr("receive queue interrupt");
        if (enables->has(GlobalEnables::EventMessageBufferFullInterrupt))
            on << tr("buffer full interrupt");
        m_ui->globalEnablesValue->setText(on.isEmpty() ? tr("none") : on.join(QStringLiteral(", ")));
    });
    m_service->readWatchdog(server(), context, [this](ipmi::Result<WatchdogTimer> timer) {
        if (!timer) {
            showError(m_ui->watchdogValue, CoreText::error(timer.error()));
            return;
        }
        const QString countdown = QString::fromStdString(countdownSeconds(timer->initialCountdown));
        m_ui->watchdogValue->setText(timer->running
                                         ? tr("running: %1 after %2 s").arg(CoreText::translate(watchdogActionName(timer->action)), countdown)
                                         : tr("stopped"));
    });
}

bool OverviewPage::confirm(PowerAction action, const QString &serverName, const QString &address)
{
    QString question;
    QString consequence;
    switch (action) {
    case PowerAction::Off:
        question = tr("Power off %1 (%2)?").arg(serverName, address);
        consequence = tr("The server loses power at once; its operating system is not shut down and unsaved work is lost.");
        break;
    case PowerAction::Soft:
        question = tr("Shut down %1 (%2)?").arg(serverName, address);
        consequence = tr("The BMC asks the operating system to shut down cleanly; the server then powers off.");
        break;
    case PowerAction::Reset:
        question = tr("Reset %1 (%2)?").arg(serverName, address);
        consequence = tr("The server restarts at once without shutting down its operating system.");
        break;
    case PowerAction::Cycle:
        question = tr("Power cycle %1 (%2)?").arg(serverName, address);
        consequence = tr("The server is switched off and on again without shutting down its operating system.");
        break;
    case PowerAction::On:
    case PowerAction::Identify:
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("Confirm power action"), question,
                    QMessageBox::Cancel, this);
    box.setInformativeText(consequence);
    QPushButton *go = box.addButton(tr("Yes, do it"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

void OverviewPage::runPowerAction(PowerAction action)
{
    const ServerEntry *entry = fleet()->registry()->findServer(server());
    QString error;
    Bmc *bmc = currentBmc(&error);
    if (!entry || !bmc) {
        m_ui->resultLabel->setText(error);
        return;
    }
    const QString name = entry->name;
    if (!confirm(action, name, bmc->displayAddress()))
        return;
    m_ui->resultLabel->setText(tr("Sending to %1…").arg(name));
    emit activity(tr("Sending a power command to %1…").arg(bmc->displayAddress()));
    m_acting = true;
    updatePowerButtons();
    m_service->power(server(), action, loadContext(), [this](ipmi::Result<QString> result) {
        m_acting = false;
        const QString text = result ? *result : CoreText::error(result.error());
        m_ui->resultLabel->setText(text);
        emit activity(text);
        emit powerActionFinished(result.ok(), text);
        readChassis();
    });
}
