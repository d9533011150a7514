// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcsettingssubcommands.h"

#include "cli/commandregistry.h"
#include "cli/fieldlist.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

using namespace ipmi::cmd;

namespace {

struct McSettingsText
{
    Q_DECLARE_TR_FUNCTIONS(McCommands)
};

const QString SetEnablesSynopsis = QStringLiteral(
    "mc setenables <option>=on|off [...]  (options: recv_msg_intr, event_msg_intr, event_msg, system_event_log, "
    "oem0, oem1, oem2)");
const QString WatchdogSynopsis = QStringLiteral("mc watchdog get|reset|off");

// ipmitool's option words, its labels (shared with scripts: not translated), JSON keys.
struct EnableBit
{
    const char *option;
    const char *label;
    const char *key;
    std::uint8_t bit;
};

constexpr EnableBit EnableBits[] = {
    {"recv_msg_intr", "Receive Message Queue Interrupt", "receive_message_queue_interrupt",
     GlobalEnables::ReceiveMessageQueueInterrupt},
    {"event_msg_intr", "Event Message Buffer Full Interrupt", "event_message_buffer_full_interrupt",
     GlobalEnables::EventMessageBufferFullInterrupt},
    {"event_msg", "Event Message Buffer", "event_message_buffer", GlobalEnables::EventMessageBuffer},
    {"system_event_log", "System Event Logging", "system_event_logging", GlobalEnables::SystemEventLogging},
    {"oem0", "OEM 0", "oem0", GlobalEnables::Oem0},
    {"oem1", "OEM 1", "oem1", GlobalEnables::Oem1},
    {"oem2", "OEM 2", "oem2", GlobalEnables::Oem2},
};

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

ipmi::Result<HostTask> noArguments(const QStringList &arguments, const QString &synopsis, HostTask task)
{
    if (!arguments.isEmpty())
        return CommandRegistry::usageError(McSettingsText::tr("Unexpected argument \"%1\".").arg(arguments.first()),
                                           synopsis);
    return task;
}

HostTask getEnablesTask()
{
    return [](HostSession &session, TaskDone done) {
        exchange(session, getGlobalEnablesRequest(), parseGlobalEnables, done,
                 [done](GlobalEnables enables) { done(globalEnablesOutput(enables)); });
    };
}

// Reads the enables, writes them with the requested bits changed, and reads them back.
HostTask setEnablesTask(std::uint8_t setBits, std::uint8_t clearBits)
{
    return [setBits, clearBits](HostSession &session, TaskDone done) {
        exchange(session, getGlobalEnablesRequest(), parseGlobalEnables, done,
                 [&session, done, setBits, clearBits](GlobalEnables present) {
                     const GlobalEnables wanted{std::uint8_t((present.bits | setBits) & ~clearBits)};
                     if (wanted.bits == present.bits) {
                         CommandOutput output = globalEnablesOutput(present);
                         output.text.prepend(McSettingsText::tr("Nothing to change.\n"));
                         done(output);
                         return;
                     }
                     exchange(session, setGlobalEnablesRequest(wanted), parseSetGlobalEnables, done,
                              [&session, done, wanted] {
                                  exchange(session, getGlobalEnablesRequest(), parseGlobalEnables, done,
                                           [done, wanted](GlobalEnables after) {
                                               const std::uint8_t mask = 0xef; // bit 4 is reserved
                                               if ((after.bits & mask) != (wanted.bits & mask)) {
                                                   done(ipmi::makeError(
                                                       ipmi::ErrorKind::MalformedResponse,
                                                       McSettingsText::tr(
                                                           "The BMC accepted Set BMC Global Enables, but reading "
                                                           "them back gives %1h where %2h was written.")
                                                           .arg(after.bits, 2, 16, QLatin1Char('0'))
                                                           .arg(wanted.bits, 2, 16, QLatin1Char('0'))
                                                           .toStdString()));
                                                   return;
                                               }
                                               done(globalEnablesOutput(after));
                                           });
                              });
                 });
    };
}

ipmi::Result<HostTask> prepareSetEnables(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return CommandRegistry::usageError(McSettingsText::tr("Say which enables to change."), SetEnablesSynopsis);
    std::uint8_t setBits = 0;
    std::uint8_t clearBits = 0;
    for (const QString &argument : arguments) {
        const QString option = argument.section(u'=', 0, 0);
        const QString value = argument.section(u'=', 1);
        const EnableBit *found = nullptr;
        for (const EnableBit &bit : EnableBits) {
            if (option == QLatin1String(bit.option))
                found = &bit;
        }
        if (!found)
            return CommandRegistry::usageError(McSettingsText::tr("Unknown option \"%1\".").arg(option),
                                               SetEnablesSynopsis);
        if (value == QLatin1String("on"))
            setBits |= found->bit;
        else if (value == QLatin1String("off"))
            clearBits |= found->bit;
        else
            return CommandRegistry::usageError(McSettingsText::tr("Say %1=on or %1=off.").arg(option),
                                               SetEnablesSynopsis);
        if (setBits & clearBits)
            return CommandRegistry::usageError(McSettingsText::tr("\"%1\" is given both on and off.").arg(option),
                                               SetEnablesSynopsis);
    }
    return setEnablesTask(setBits, clearBits);
}

HostTask watchdogGetTask()
{
    return [](HostSession &session, TaskDone done) {
        exchange(session, getWatchdogTimerRequest(), parseWatchdogTimer, done,
                 [done](WatchdogTimer timer) { done(watchdogOutput(timer)); });
    };
}

HostTask watchdogResetTask()
{
    return [](HostSession &session, TaskDone done) {
        exchange(session, resetWatchdogTimerRequest(), parseResetWatchdogTimer, done, [done] {
            done(CommandOutput{McSettingsText::tr("IPMI Watchdog Timer Reset -  countdown restarted!\n"),
                               QJsonObject{{"reset", true}}});
        });
    };
}

// Stops the timer and disarms it, then reads it back to make sure.
HostTask watchdogOffTask()
{
    return [](HostSession &session, TaskDone done) {
        exchange(session, getWatchdogTimerRequest(), parseWatchdogTimer, done, [&session, done](WatchdogTimer present) {
            const WatchdogTimer stopped = stoppedWatchdog(present);
            exchange(session, setWatchdogTimerRequest(stopped), parseSetWatchdogTimer, done, [&session, done] {
                exchange(session, getWatchdogTimerRequest(), parseWatchdogTimer, done, [done](WatchdogTimer after) {
                    if (after.running || after.action != 0) {
                        done(ipmi::makeError(ipmi::ErrorKind::MalformedResponse,
                                             McSettingsText::tr("The BMC accepted Set Watchdog Timer, but the timer "
                                                                "still reads as %1 with action \"%2\".")
                                                 .arg(after.running ? QStringLiteral("running")
                                                                    : QStringLiteral("stopped"),
                                                      fromView(watchdogActionName(after.action)))
                                                 .toStdString()));
                        return;
                    }
                    CommandOutput output = watchdogOutput(after);
                    output.text = McSettingsText::tr("Watchdog Timer Shutoff successful -- timer stopped\n");
                    done(output);
                });
            });
        });
    };
}

ipmi::Result<HostTask> prepareWatchdog(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return CommandRegistry::usageError(McSettingsText::tr("Say get, reset or off."), WatchdogSynopsis);
    if (arguments[0] == QLatin1String("get"))
        return watchdogGetTask();
    if (arguments[0] == QLatin1String("reset"))
        return watchdogResetTask();
    if (arguments[0] == QLatin1String("off"))
        return watchdogOffTask();
    return CommandRegistry::usageError(McSettingsText::tr("Unknown watchdog command \"%1\".").arg(arguments[0]),
                                       WatchdogSynopsis);
}

QString hexByte(std::uint8_t value)
{
    return QStringLiteral("0x%1").arg(value, 2, 16, QLatin1Char('0'));
}

// ipmitool's "Label:" padded to 24 columns.
QString watchdogLine(const char *label, const QString &value)
{
    return QString::fromLatin1(label).leftJustified(24) + value + u'\n';
}

} // namespace

CommandOutput globalEnablesOutput(const GlobalEnables &enables)
{
    FieldList fields(41);
    QJsonObject json;
    for (const EnableBit &bit : EnableBits) {
        fields.add(QLatin1String(bit.label),
                   enables.has(bit.bit) ? QStringLiteral("enabled") : QStringLiteral("disabled"));
        json[QLatin1String(bit.key)] = enables.has(bit.bit);
    }
    return CommandOutput{fields.text(), json};
}

CommandOutput watchdogOutput(const WatchdogTimer &timer)
{
    QStringList expired;
    for (std::uint8_t use = 1; use <= 5; ++use) {
        if (timer.expirationFlags & (1u << use))
            expired << fromView(watchdogUseName(use));
    }
    const QString use = fromView(watchdogUseName(timer.use));
    const QString action = fromView(watchdogActionName(timer.action));
    const QString interrupt = fromView(preTimeoutInterruptName(timer.preTimeoutInterrupt));
    const QString present = timer.presentCountdown
        ? QString::fromStdString(countdownSeconds(*timer.presentCountdown)) + QStringLiteral(" sec")
        : QStringLiteral("not reported");
    QString text;
    text += watchdogLine("Watchdog Timer Use:", QStringLiteral("%1 (%2)").arg(use, hexByte(timer.use)));
    text += watchdogLine("Watchdog Timer Is:", timer.running ? QStringLiteral("Started/Running")
                                                             : QStringLiteral("Stopped"));
    text += watchdogLine("Watchdog Timer Logging:", timer.dontLog ? QStringLiteral("Off") : QStringLiteral("On"));
    text += watchdogLine("Watchdog Timer Action:", QStringLiteral("%1 (%2)").arg(action, hexByte(timer.action)));
    text += watchdogLine("Pre-timeout interrupt:", interrupt);
    text += watchdogLine("Pre-timeout interval:", QStringLiteral("%1 seconds").arg(timer.preTimeoutSeconds));
    text += watchdogLine("Timer Expiration Flags:",
                         QStringLiteral("%1 (%2)").arg(expired.isEmpty() ? QStringLiteral("None")
                                                                         : expired.join(QStringLiteral(", ")),
                                                       hexByte(timer.expirationFlags)));
    text += watchdogLine("Initial Countdown:",
                         QString::fromStdString(countdownSeconds(timer.initialCountdown)) + QStringLiteral(" sec"));
    text += watchdogLine("Present Countdown:", present);

    QJsonArray expiredJson;
    for (const QString &name : std::as_const(expired))
        expiredJson.append(name);
    QJsonObject json{
        {"use", use},
        {"running", timer.running},
        {"logging", !timer.dontLog},
        {"action", action},
        {"pretimeout_interrupt", interrupt},
        {"pretimeout_seconds", timer.preTimeoutSeconds},
        {"expired", expiredJson},
        {"initial_countdown_seconds", timer.initialCountdown / 10.0},
        {"present_countdown_seconds",
         timer.presentCountdown ? QJsonValue(*timer.presentCountdown / 10.0) : QJsonValue()},
    };
    return CommandOutput{text, json};
}

void registerMcSettingsCommands(CommandRegistry &registry)
{
    registry.add({{"mc", "getenables"}, QStringLiteral("mc getenables"),
                  McSettingsText::tr("BMC global enables: message queue interrupt, event buffer, event logging, OEM"),
                  [](const QStringList &arguments) {
                      return noArguments(arguments, QStringLiteral("mc getenables"), getEnablesTask());
                  }});
    registry.add({{"mc", "setenables"}, SetEnablesSynopsis,
                  McSettingsText::tr("change BMC global enables, checked by reading them back"), prepareSetEnables});
    registry.add({{"mc", "watchdog"}, WatchdogSynopsis,
                  McSettingsText::tr("the BMC watchdog timer: show it, restart its countdown, or stop it"),
                  prepareWatchdog});
}
