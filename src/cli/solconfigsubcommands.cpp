// SPDX-License-Identifier: GPL-3.0-or-later
#include "solconfigsubcommands.h"

#include "cli/channelsubcommands.h"
#include "cli/commandregistry.h"
#include "cli/operationtask.h"
#include "cli/terminaltext.h"
#include "ipmi/core/privilege.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <memory>

using namespace ipmi::sol;

namespace {

struct SolText
{
    Q_DECLARE_TR_FUNCTIONS(SolCommands)
};

const QString InfoSynopsis = QStringLiteral("sol info [channel]");
const QString SetSynopsis = QStringLiteral(
    "sol set enabled|force-encryption|force-authentication true|false [channel] | "
    "sol set privilege-level user|operator|admin|oem [channel] | "
    "sol set character-accumulate-level <in 5 ms increments> [channel] | sol set character-send-threshold <N> "
    "[channel] | sol set retry-count <0-7> [channel] | sol set retry-interval <in 10 ms increments> [channel] | "
    "sol set non-volatile-bit-rate|volatile-bit-rate serial|9.6|19.2|38.4|57.6|115.2 [channel]");

QString line(const QString &name, const QString &value)
{
    return QStringLiteral("%1: %2\n").arg(name.leftJustified(32), value);
}

QString trueFalse(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

quint16 sessionPort(HostSession &session)
{
    const std::optional<HostSession::LanLogin> login = session.lanLogin();
    return login ? login->endpoint.port : 623;
}

std::optional<std::uint8_t> channelArgument(const QStringList &arguments, qsizetype index, const QString &synopsis,
                                            ipmi::Error *error)
{
    if (arguments.size() <= index)
        return std::uint8_t(kCurrentChannel);
    auto parsed = parseChannelWord(arguments[index], synopsis);
    if (!parsed) {
        *error = parsed.error();
        return std::nullopt;
    }
    return parsed.value();
}

// Reads the configuration; the parameters the BMC lacks are named on standard error,
// as ipmitool does.
template<typename Next>
void readSettings(HostSession &session, std::uint8_t channel, TaskDone done, Next next)
{
    runOperation(session, ipmi::op::OperationPtr<SolSettings>(std::make_shared<SolConfigReader>(channel)), done,
                 std::move(next));
}

void warnUnsupported(const SolSettings &settings)
{
    for (const SolParameter parameter : settings.unsupported)
        printWarning(SolText::tr("the BMC does not support SOL parameter \"%1\" (80h); it shows as its default.")
                         .arg(QString::fromUtf8(solParameterName(parameter).data())));
}

HostTask infoTask(std::uint8_t channel)
{
    return [channel](HostSession &session, TaskDone done) {
        readSettings(session, channel, done, [&session, done, channel](SolSettings settings) {
            warnUnsupported(settings);
            done(solInfoOutput(settings.config, channel, sessionPort(session)));
        });
    };
}

// Reads the configuration (the packed parameters need their other settings), writes the
// change with set in progress, and reads it back.
HostTask setTask(SolChange change, std::uint8_t channel)
{
    return [change, channel](HostSession &session, TaskDone done) {
        readSettings(session, channel, done, [&session, done, change, channel](SolSettings present) {
            const auto writes = solChangeWrites(change, present.config);
            for (const auto &write : writes) {
                const auto parameter = SolParameter(write.parameter);
                if (std::find(present.unsupported.begin(), present.unsupported.end(), parameter)
                    != present.unsupported.end()) {
                    done(ipmi::makeError(ipmi::ErrorKind::Unsupported,
                                         SolText::tr("The BMC does not support SOL parameter \"%1\" (80h), which "
                                                     "holds this setting. Nothing was changed.")
                                             .arg(QString::fromUtf8(solParameterName(parameter).data()))
                                             .toStdString()));
                    return;
                }
            }
            auto writer = std::make_shared<ipmi::op::ParameterWriter>(std::make_shared<SolParameterSpace>(channel), writes);
            runOperation(
                session, ipmi::op::OperationPtr<ipmi::op::ParameterWriteOutcome>(writer), done,
                [&session, done, change, channel](ipmi::op::ParameterWriteOutcome outcome) {
                    printWarnings(outcome.warnings);
                    readSettings(session, channel, done, [&session, done, change, channel](SolSettings after) {
                        const auto mismatches = solChangeMismatches(change, after.config);
                        if (!mismatches.empty()) {
                            QStringList names;
                            for (const std::string &name : mismatches)
                                names << QString::fromStdString(name);
                            done(ipmi::makeError(ipmi::ErrorKind::MalformedResponse,
                                                 SolText::tr("The BMC accepted the SOL change, but reading it back "
                                                             "shows a different %1.")
                                                     .arg(names.join(QStringLiteral(", ")))
                                                     .toStdString()));
                            return;
                        }
                        // ipmitool prints nothing on success; the JSON has the settings.
                        CommandOutput output = solInfoOutput(after.config, channel, sessionPort(session));
                        output.text.clear();
                        done(output);
                    });
                });
        });
    };
}

std::optional<bool> trueOrFalse(const QString &word)
{
    if (word == QLatin1String("true"))
        return true;
    if (word == QLatin1String("false"))
        return false;
    return std::nullopt;
}

ipmi::Result<HostTask> prepareSet(const QStringList &arguments)
{
    auto usage = [](const QString &message) { return CommandRegistry::usageError(message, SetSynopsis); };
    if (arguments.size() < 2 || arguments.size() > 3)
        return usage(SolText::tr("Give a parameter, its value and optionally a channel."));
    const QString &name = arguments[0];
    const QString &value = arguments[1];
    SolChange change;
    auto number = [&value](int low, int high) -> std::optional<int> {
        bool ok = false;
        const int parsed = value.toInt(&ok, 0);
        return ok && parsed >= low && parsed <= high ? std::optional<int>(parsed) : std::nullopt;
    };
    if (name == QLatin1String("enabled") || name == QLatin1String("force-encryption")
        || name == QLatin1String("force-authentication")) {
        const auto flag = trueOrFalse(value);
        if (!flag)
            return usage(SolText::tr("Say %1 true or %1 false.").arg(name));
        if (name == QLatin1String("enabled"))
            change.enabled = flag;
        else if (name == QLatin1String("force-encryption"))
            change.forceEncryption = flag;
        else
            change.forceAuthentication = flag;
    } else if (name == QLatin1String("privilege-level")) {
        const QStringList levels{"user", "operator", "admin", "oem"};
        if (!levels.contains(value))
            return usage(SolText::tr("Invalid privilege level \"%1\".").arg(value));
        change.privilege = std::uint8_t(2 + levels.indexOf(value));
    } else if (name == QLatin1String("character-accumulate-level")) {
        const auto steps = number(1, 255);
        if (!steps)
            return usage(SolText::tr("The character accumulate level is 1-255, in 5 ms increments."));
        change.accumulateMs = std::uint16_t(*steps * 5);
    } else if (name == QLatin1String("character-send-threshold")) {
        const auto threshold = number(1, 255);
        if (!threshold)
            return usage(SolText::tr("The character send threshold is 1-255."));
        change.sendThreshold = std::uint8_t(*threshold);
    } else if (name == QLatin1String("retry-count")) {
        const auto count = number(0, 7);
        if (!count)
            return usage(SolText::tr("The retry count is 0-7."));
        change.retryCount = std::uint8_t(*count);
    } else if (name == QLatin1String("retry-interval")) {
        const auto steps = number(0, 255);
        if (!steps)
            return usage(SolText::tr("The retry interval is 0-255, in 10 ms increments."));
        change.retryIntervalMs = std::uint16_t(*steps * 10);
    } else if (name == QLatin1String("non-volatile-bit-rate") || name == QLatin1String("volatile-bit-rate")) {
        const auto code = bitRateCode(value.toStdString());
        if (!code)
            return usage(SolText::tr("Invalid bit rate \"%1\".").arg(value));
        if (name == QLatin1String("volatile-bit-rate"))
            change.volatileBitRate = code;
        else
            change.nonVolatileBitRate = code;
    } else {
        return usage(SolText::tr("Unknown SOL parameter \"%1\"; set in progress is managed by sol set itself.")
                         .arg(name));
    }
    if (const std::string problem = validateSolChange(change); !problem.empty())
        return usage(QString::fromStdString(problem));
    ipmi::Error error;
    const auto channel = channelArgument(arguments, 2, SetSynopsis, &error);
    if (!channel)
        return error;
    return setTask(change, *channel);
}

} // namespace

CommandOutput solInfoOutput(const SolConfiguration &config, std::uint8_t channel, quint16 port)
{
    static const char *const progress[] = {"set-complete", "set-in-progress", "commit-write", "reserved"};
    const std::uint8_t payloadChannel = config.channel.value_or(channel);
    const quint16 payloadPort = config.port.value_or(port);
    QString text;
    text += line(QStringLiteral("Set in progress"), QString::fromLatin1(progress[config.setInProgress & 3]));
    text += line(QStringLiteral("Enabled"), trueFalse(config.enabled));
    text += line(QStringLiteral("Force Encryption"), trueFalse(config.forceEncryption));
    text += line(QStringLiteral("Force Authentication"), trueFalse(config.forceAuthentication));
    text += line(QStringLiteral("Privilege Level"), QString::fromStdString(ipmi::privilegeName(config.privilege)));
    text += line(QStringLiteral("Character Accumulate Level (ms)"), QString::number(config.accumulateMs));
    text += line(QStringLiteral("Character Send Threshold"), QString::number(config.sendThreshold));
    text += line(QStringLiteral("Retry Count"), QString::number(config.retryCount));
    text += line(QStringLiteral("Retry Interval (ms)"), QString::number(config.retryIntervalMs));
    text += line(QStringLiteral("Volatile Bit Rate (kbps)"), QString::fromStdString(bitRateText(config.volatileBitRate)));
    text += line(QStringLiteral("Non-Volatile Bit Rate (kbps)"),
                 QString::fromStdString(bitRateText(config.nonVolatileBitRate)));
    text += line(QStringLiteral("Payload Channel"),
                 QStringLiteral("%1 (0x%2)").arg(payloadChannel).arg(payloadChannel, 2, 16, QLatin1Char('0')));
    text += line(QStringLiteral("Payload Port"), QString::number(payloadPort));
    const QJsonObject json{{"setInProgress", QString::fromLatin1(progress[config.setInProgress & 3])},
                           {"enabled", config.enabled},
                           {"forceEncryption", config.forceEncryption},
                           {"forceAuthentication", config.forceAuthentication},
                           {"privilege", QString::fromStdString(ipmi::privilegeName(config.privilege))},
                           {"characterAccumulateMs", config.accumulateMs},
                           {"characterSendThreshold", config.sendThreshold},
                           {"retryCount", config.retryCount},
                           {"retryIntervalMs", config.retryIntervalMs},
                           {"volatileBitRate", QString::fromStdString(bitRateText(config.volatileBitRate))},
                           {"nonVolatileBitRate", QString::fromStdString(bitRateText(config.nonVolatileBitRate))},
                           {"payloadChannel", payloadChannel},
                           {"payloadPort", payloadPort}};
    return CommandOutput{text, json};
}

void registerSolConfigCommands(CommandRegistry &registry)
{
    registry.add({{"sol", "info"}, InfoSynopsis, SolText::tr("Serial-over-LAN configuration parameters"),
                  [](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      if (arguments.size() > 1)
                          return CommandRegistry::usageError(
                              SolText::tr("Unexpected argument \"%1\".").arg(arguments.last()), InfoSynopsis);
                      ipmi::Error error;
                      const auto channel = channelArgument(arguments, 0, InfoSynopsis, &error);
                      if (!channel)
                          return error;
                      return infoTask(*channel);
                  }});
    registry.add({{"sol", "set"}, SetSynopsis,
                  SolText::tr("change a Serial-over-LAN setting (e.g. enable SOL before activating it), checked by "
                              "reading it back"),
                  prepareSet});
}
