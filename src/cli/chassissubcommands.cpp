// SPDX-License-Identifier: GPL-3.0-or-later
#include "chassissubcommands.h"

#include "cli/bootdevtask.h"
#include "cli/commandregistry.h"
#include "cli/fieldlist.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace ipmi::cmd;

namespace {


QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Words ipmitool prints for flags; scripts match them, so they stay the same in JSON.
QString trueFalse(bool value)
{
    return value ? QCoreApplication::translate("ChassisCommands", "true") : QCoreApplication::translate("ChassisCommands", "false");
}

QString activeInactive(bool value)
{
    return value ? QCoreApplication::translate("ChassisCommands", "active") : QCoreApplication::translate("ChassisCommands", "inactive");
}

QString allowed(bool value)
{
    return value ? QCoreApplication::translate("ChassisCommands", "allowed") : QCoreApplication::translate("ChassisCommands", "not allowed");
}

struct PowerVerb
{
    const char *word;
    ChassisControl control;
    const char *ipmitoolName; // as in "Chassis Power Control: Up/On"
    const char *jsonName;
};

// ipmitool's verbs and aliases.
constexpr PowerVerb PowerVerbs[] = {
    {"on", ChassisControl::PowerUp, QT_TRANSLATE_NOOP("ChassisCommands", "Up/On"), "on"},
    {"up", ChassisControl::PowerUp, QT_TRANSLATE_NOOP("ChassisCommands", "Up/On"), "on"},
    {"off", ChassisControl::PowerDown, QT_TRANSLATE_NOOP("ChassisCommands", "Down/Off"), "off"},
    {"down", ChassisControl::PowerDown, QT_TRANSLATE_NOOP("ChassisCommands", "Down/Off"), "off"},
    {"cycle", ChassisControl::PowerCycle, QT_TRANSLATE_NOOP("ChassisCommands", "Cycle"), "cycle"},
    {"reset", ChassisControl::HardReset, QT_TRANSLATE_NOOP("ChassisCommands", "Reset"), "reset"},
    {"diag", ChassisControl::DiagnosticInterrupt, QT_TRANSLATE_NOOP("ChassisCommands", "Diag"), "diag"},
    {"soft", ChassisControl::SoftShutdown, QT_TRANSLATE_NOOP("ChassisCommands", "Soft"), "soft"},
    {"acpi", ChassisControl::SoftShutdown, QT_TRANSLATE_NOOP("ChassisCommands", "Soft"), "soft"},
};

const PowerVerb &verbFor(ChassisControl control)
{
    for (const PowerVerb &verb : PowerVerbs) {
        if (verb.control == control)
            return verb;
    }
    return PowerVerbs[0];
}

struct BootDeviceName
{
    const char *word;
    BootDevice device;
};

constexpr BootDeviceName BootDevices[] = {
    {"none", BootDevice::NoOverride}, {"pxe", BootDevice::Pxe},     {"disk", BootDevice::Disk},
    {"safe", BootDevice::Safe},       {"diag", BootDevice::Diag},   {"cdrom", BootDevice::Cdrom},
    {"bios", BootDevice::Bios},       {"floppy", BootDevice::Floppy},
};

const QString PowerSynopsis = QStringLiteral("chassis power status|on|off|cycle|reset|soft|diag");
const QString PolicySynopsis = QStringLiteral("chassis policy list|always-on|always-off|previous");
const QString IdentifySynopsis = QStringLiteral("chassis identify [<seconds 0-255>|force]");
const QString BootdevSynopsis = QStringLiteral(
    "chassis bootdev none|pxe|disk|safe|diag|cdrom|bios|floppy [options=efiboot,persistent]");

template<typename Value, typename Parse>
HostTask simpleTask(ipmi::Request request, Parse parse, std::function<CommandOutput(Value)> render)
{
    return [request, parse, render](HostSession &session, TaskDone done) {
        exchange(session, request, parse, done, [done, render](Value value) { done(render(std::move(value))); });
    };
}

HostTask controlTask(ipmi::Request request, ipmi::Result<void> (*parse)(const ipmi::Response &), CommandOutput output)
{
    return [request, parse, output](HostSession &session, TaskDone done) {
        exchange(session, request, parse, done, [done, output] { done(output); });
    };
}

ipmi::Result<HostTask> prepareStatus(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return CommandRegistry::usageError(QCoreApplication::translate("ChassisCommands", "Unexpected argument \"%1\".").arg(arguments.first()),
                                           QStringLiteral("chassis status"));
    return simpleTask<ChassisStatus>(getChassisStatusRequest(), parseChassisStatus, chassisStatusOutput);
}

ipmi::Result<HostTask> preparePower(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return CommandRegistry::usageError(QCoreApplication::translate("ChassisCommands", "Say what to do with the power."), PowerSynopsis);
    if (arguments[0] == QLatin1String("status"))
        return simpleTask<ChassisStatus>(getChassisStatusRequest(), parseChassisStatus,
                                         [](const ChassisStatus &status) { return powerStatusOutput(status.powerOn); });
    for (const PowerVerb &verb : PowerVerbs) {
        if (arguments[0] == QLatin1String(verb.word))
            return controlTask(chassisControlRequest(verb.control), parseChassisControl,
                               powerControlOutput(verb.control));
    }
    return CommandRegistry::usageError(QCoreApplication::translate("ChassisCommands", "Invalid chassis power command \"%1\".").arg(arguments[0]), PowerSynopsis);
}

ipmi::Result<HostTask> prepareRestartCause(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return CommandRegistry::usageError(QCoreApplication::translate("ChassisCommands", "Unexpected argument \"%1\".").arg(arguments.first()),
                                           QStringLiteral("chassis restart_cause"));
    return simpleTask<RestartCause>(getSystemRestartCauseRequest(), parseSystemRestartCause, restartCauseOutput);
}

ipmi::Result<HostTask> preparePolicy(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return CommandRegistry::usageError(QCoreApplication::translate("ChassisCommands", "Say which policy, or list."), PolicySynopsis);
    if (arguments[0] == QLatin1String("list"))
        return simpleTask<SupportedRestorePolicies>(setPowerRestorePolicyRequest(PowerRestorePolicy::Unknown),
                                                    parseSupportedRestorePolicies, policyListOutput);
    for (const PowerRestorePolicy policy :
         {PowerRestorePolicy::AlwaysOn, PowerRestorePolicy::AlwaysOff, PowerRestorePolicy::Previous}) {
        if (arguments[0] == fromView(powerRestorePolicyName(policy)))
            return simpleTask<SupportedRestorePolicies>(
                setPowerRestorePolicyRequest(policy), parseSetPowerRestorePolicy,
                [policy](const SupportedRestorePolicies &) { return policySetOutput(policy); });
    }
    return CommandRegistry::usageError(QCoreApplication::translate("ChassisCommands", "Invalid policy \"%1\".").arg(arguments[0]), PolicySynopsis);
}

ipmi::Result<HostTask> prepareIdentify(const QStringList &arguments)
{
    if (arguments.size() > 1)
        return CommandRegistry::usageError(QCoreApplication::translate("ChassisCommands", "Too many arguments."), IdentifySynopsis);
    std::optional<std::uint8_t> interval;
    bool force = false;
    if (arguments.size() == 1) {
        bool ok = false;
        const uint seconds = arguments[0].toUInt(&ok, 10);
        if (arguments[0] == QLatin1String("force"))
            force = true;
        else if (ok && seconds <= 255)
            interval = std::uint8_t(seconds);
        else
            return CommandRegistry::usageError(QCoreApplication::translate("ChassisCommands", "Invalid interval \"%1\".").arg(arguments[0]), IdentifySynopsis);
    }
    return controlTask(chassisIdentifyRequest(interval, force), parseChassisIdentify, identifyOutput(interval, force));
}

ipmi::Result<HostTask> prepareBootdev(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.size() > 2)
        return CommandRegistry::usageError(QCoreApplication::translate("ChassisCommands", "Say which device to boot from."), BootdevSynopsis);
    BootFlags flags;
    const BootDeviceName *found = nullptr;
    for (const BootDeviceName &candidate : BootDevices) {
        // ipmitool also takes the force_ spelling of bootparam.
        if (arguments[0] == QLatin1String(candidate.word)
            || arguments[0] == QLatin1String("force_") + QLatin1String(candidate.word))
            found = &candidate;
    }
    if (!found)
        return CommandRegistry::usageError(QCoreApplication::translate("ChassisCommands", "Invalid boot device \"%1\".").arg(arguments[0]), BootdevSynopsis);
    flags.device = found->device;
    if (arguments.size() == 2) {
        const QString prefix = QStringLiteral("options=");
        if (!arguments[1].startsWith(prefix))
            return CommandRegistry::usageError(QCoreApplication::translate("ChassisCommands", "Expected options=..., not \"%1\".").arg(arguments[1]), BootdevSynopsis);
        for (const QString &option : arguments[1].mid(prefix.size()).split(u',', Qt::SkipEmptyParts)) {
            if (option == QLatin1String("efiboot"))
                flags.efi = true;
            else if (option == QLatin1String("persistent"))
                flags.persistent = true;
            else
                return CommandRegistry::usageError(QCoreApplication::translate("ChassisCommands", "Unknown boot option \"%1\".").arg(option), BootdevSynopsis);
        }
    }
    return bootDeviceTask(flags, QLatin1String(found->word));
}

} // namespace

CommandOutput chassisStatusOutput(const ChassisStatus &status)
{
    // Built the way ipmitool builds it, trailing spaces included.
    QString lastEvent;
    QJsonArray lastEvents;
    const std::pair<bool, const char *> events[] = {{status.lastEvent.acFailed, "ac-failed"},
                                                    {status.lastEvent.overload, "overload"},
                                                    {status.lastEvent.interlock, "interlock"},
                                                    {status.lastEvent.fault, "fault"},
                                                    {status.lastEvent.command, "command"}};
    for (const auto &[happened, name] : events) {
        if (!happened)
            continue;
        lastEvents.append(QLatin1String(name));
        lastEvent += QLatin1String(name) + (std::string_view(name) == "command" ? QString() : QStringLiteral(" "));
    }
    const QString policy = fromView(powerRestorePolicyName(status.restorePolicy));

    FieldList fields(21);
    fields.add(QCoreApplication::translate("ChassisCommands", "System Power"), status.powerOn ? QCoreApplication::translate("ChassisCommands", "on") : QCoreApplication::translate("ChassisCommands", "off"))
        .add(QCoreApplication::translate("ChassisCommands", "Power Overload"), trueFalse(status.powerOverload))
        .add(QCoreApplication::translate("ChassisCommands", "Power Interlock"), activeInactive(status.powerInterlock))
        .add(QCoreApplication::translate("ChassisCommands", "Main Power Fault"), trueFalse(status.mainPowerFault))
        .add(QCoreApplication::translate("ChassisCommands", "Power Control Fault"), trueFalse(status.powerControlFault))
        .add(QCoreApplication::translate("ChassisCommands", "Power Restore Policy"), policy)
        .add(QCoreApplication::translate("ChassisCommands", "Last Power Event"), lastEvent)
        .add(QCoreApplication::translate("ChassisCommands", "Chassis Intrusion"), activeInactive(status.intrusion))
        .add(QCoreApplication::translate("ChassisCommands", "Front-Panel Lockout"), activeInactive(status.frontPanelLockout))
        .add(QCoreApplication::translate("ChassisCommands", "Drive Fault"), trueFalse(status.driveFault))
        .add(QCoreApplication::translate("ChassisCommands", "Cooling/Fan Fault"), trueFalse(status.coolingFault));
    QJsonObject json{{"power", status.powerOn ? "on" : "off"},
                     {"power_overload", status.powerOverload},
                     {"power_interlock", status.powerInterlock},
                     {"main_power_fault", status.mainPowerFault},
                     {"power_control_fault", status.powerControlFault},
                     {"power_restore_policy", policy},
                     {"last_power_event", lastEvents},
                     {"intrusion", status.intrusion},
                     {"front_panel_lockout", status.frontPanelLockout},
                     {"drive_fault", status.driveFault},
                     {"cooling_fault", status.coolingFault},
                     {"front_panel", QJsonValue()}};
    if (const auto &panel = status.frontPanel) {
        if (panel->bits == 0) {
            fields.add(QCoreApplication::translate("ChassisCommands", "Front Panel Control"), QCoreApplication::translate("ChassisCommands", "none"));
        } else {
            fields.add(QCoreApplication::translate("ChassisCommands", "Sleep Button Disable"), allowed(panel->sleepDisableAllowed()))
                .add(QCoreApplication::translate("ChassisCommands", "Diag Button Disable"), allowed(panel->diagDisableAllowed()))
                .add(QCoreApplication::translate("ChassisCommands", "Reset Button Disable"), allowed(panel->resetDisableAllowed()))
                .add(QCoreApplication::translate("ChassisCommands", "Power Button Disable"), allowed(panel->powerDisableAllowed()))
                .add(QCoreApplication::translate("ChassisCommands", "Sleep Button Disabled"), trueFalse(panel->sleepDisabled()))
                .add(QCoreApplication::translate("ChassisCommands", "Diag Button Disabled"), trueFalse(panel->diagDisabled()))
                .add(QCoreApplication::translate("ChassisCommands", "Reset Button Disabled"), trueFalse(panel->resetDisabled()))
                .add(QCoreApplication::translate("ChassisCommands", "Power Button Disabled"), trueFalse(panel->powerDisabled()));
        }
        json["front_panel"] = QJsonObject{
            {"sleep_disable_allowed", panel->sleepDisableAllowed()},
            {"diag_disable_allowed", panel->diagDisableAllowed()},
            {"reset_disable_allowed", panel->resetDisableAllowed()},
            {"power_disable_allowed", panel->powerDisableAllowed()},
            {"sleep_disabled", panel->sleepDisabled()},
            {"diag_disabled", panel->diagDisabled()},
            {"reset_disabled", panel->resetDisabled()},
            {"power_disabled", panel->powerDisabled()},
        };
    }
    return CommandOutput{fields.text(), json};
}

CommandOutput powerStatusOutput(bool powerOn)
{
    return CommandOutput{powerOn ? QCoreApplication::translate("ChassisCommands", "Chassis Power is on\n") : QCoreApplication::translate("ChassisCommands", "Chassis Power is off\n"),
                         QJsonObject{{"power", powerOn ? "on" : "off"}}};
}

CommandOutput powerControlOutput(ChassisControl control)
{
    const PowerVerb &verb = verbFor(control);
    return CommandOutput{QCoreApplication::translate("ChassisCommands", "Chassis Power Control: %1\n").arg(QCoreApplication::translate("ChassisCommands", verb.ipmitoolName)),
                         QJsonObject{{"power_control", QLatin1String(verb.jsonName)}}};
}

CommandOutput restartCauseOutput(const RestartCause &cause)
{
    const QString text = fromView(restartCauseText(cause.cause));
    return CommandOutput{QCoreApplication::translate("ChassisCommands", "System restart cause: %1\n").arg(text),
                         QJsonObject{{"restart_cause", text}, {"cause_code", cause.cause}, {"channel", cause.channel}}};
}

CommandOutput policyListOutput(const SupportedRestorePolicies &supported)
{
    // ipmitool's order and spacing: "always-off always-on previous".
    QString text = QCoreApplication::translate("ChassisCommands", "Supported chassis power policy:  ");
    QJsonArray names;
    const std::pair<bool, PowerRestorePolicy> order[] = {{supported.alwaysOff, PowerRestorePolicy::AlwaysOff},
                                                          {supported.alwaysOn, PowerRestorePolicy::AlwaysOn},
                                                          {supported.previous, PowerRestorePolicy::Previous}};
    for (const auto &[isSupported, policy] : order) {
        if (!isSupported)
            continue;
        const QString name = fromView(powerRestorePolicyName(policy));
        names.append(name);
        text += name + (policy == PowerRestorePolicy::Previous ? QString() : QStringLiteral(" "));
    }
    return CommandOutput{text + u'\n', QJsonObject{{"supported_policies", names}}};
}

CommandOutput policySetOutput(PowerRestorePolicy policy)
{
    const QString name = fromView(powerRestorePolicyName(policy));
    return CommandOutput{QCoreApplication::translate("ChassisCommands", "Set chassis power restore policy to %1\n").arg(name),
                         QJsonObject{{"power_restore_policy", name}}};
}

CommandOutput identifyOutput(std::optional<std::uint8_t> intervalSeconds, bool force)
{
    QString interval;
    QJsonValue seconds;
    if (force) {
        interval = QCoreApplication::translate("ChassisCommands", "indefinite");
    } else if (!intervalSeconds) {
        interval = QCoreApplication::translate("ChassisCommands", "default (15 seconds)");
        seconds = 15;
    } else if (*intervalSeconds == 0) {
        interval = QCoreApplication::translate("ChassisCommands", "off");
        seconds = 0;
    } else {
        interval = QCoreApplication::translate("ChassisCommands", "%1 seconds").arg(*intervalSeconds);
        seconds = *intervalSeconds;
    }
    return CommandOutput{QCoreApplication::translate("ChassisCommands", "Chassis identify interval: %1\n").arg(interval),
                         QJsonObject{{"identify_seconds", seconds}, {"force", force}}};
}

void registerChassisCommands(CommandRegistry &registry)
{
    registry.add({{"chassis", "status"}, QStringLiteral("chassis status"),
                  QCoreApplication::translate("ChassisCommands", "power state, restore policy, last power event, faults"), prepareStatus});
    registry.add({{"chassis", "power"}, PowerSynopsis, QCoreApplication::translate("ChassisCommands", "show or change the host's power"), preparePower});
    registry.add({{"power"}, QStringLiteral("power status|on|off|cycle|reset|soft|diag"),
                  QCoreApplication::translate("ChassisCommands", "the same as chassis power"), preparePower});
    registry.add({{"chassis", "restart_cause"}, QStringLiteral("chassis restart_cause"),
                  QCoreApplication::translate("ChassisCommands", "why the host last started"), prepareRestartCause});
    registry.add({{"chassis", "policy"}, PolicySynopsis, QCoreApplication::translate("ChassisCommands", "what the host does when AC power returns"),
                  preparePolicy});
    registry.add({{"chassis", "identify"}, IdentifySynopsis, QCoreApplication::translate("ChassisCommands", "blink the identify light (default 15 s, 0 = off)"),
                  prepareIdentify});
    registry.add({{"chassis", "bootdev"}, BootdevSynopsis, QCoreApplication::translate("ChassisCommands", "boot device for the next (or every) boot"),
                  prepareBootdev});
}
