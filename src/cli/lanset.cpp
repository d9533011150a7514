// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanset.h"

#include "cli/channelsubcommands.h"
#include "cli/commandregistry.h"
#include "cli/terminaltext.h"
#include "cli/lanverifiedset.h"
#include "cli/operationtask.h"

#include "ipmi/lan/lanconfigreader.h"
#include "ipmi/lan/lanconfigwriter.h"
#include "ipmi/lan/lanparameters.h"
#include "ipmi/lan/safelanchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace ipmi::lan;

namespace {

// The strings of every lan file share the "LanCommands" context; a holder per file
// because lupdate must see it from the file that calls LanText::tr().
struct LanText
{
    Q_DECLARE_TR_FUNCTIONS(LanCommands)
};

CommandOutput writtenOutput(std::uint8_t channel, const LanSetRequest &set, const LanWriteOutcome &outcome)
{
    QJsonArray written;
    for (const std::uint8_t parameter : outcome.written)
        written.append(bmcText(std::string(parameterName(parameter))));
    QJsonArray warnings;
    for (const std::string &warning : outcome.warnings)
        warnings.append(bmcText(warning));
    return CommandOutput{set.message, QJsonObject{{"channel", channel},
                                                  {"written", written},
                                                  {"set_in_progress_used", outcome.setInProgressSupported},
                                                  {"warnings", warnings}}};
}

// Set Channel Access, both stored and active: "always available" or "disabled", the
// other settings kept as they are.
void setAccess(HostSession &session, std::uint8_t channel, bool on, TaskDone done)
{
    using namespace ipmi::channel;
    const AccessMode mode = on ? AccessMode::AlwaysAvailable : AccessMode::Disabled;
    auto writeOne = [&session, channel, mode](Storage storage, TaskDone failed, std::function<void()> next) {
        exchange(session, getChannelAccessRequest(channel, storage), parseChannelAccess, failed,
                 [&session, channel, mode, storage, failed, next](ChannelAccess access) {
                     access.mode = mode;
                     exchange(session, setChannelAccessRequest(channel, storage, access), parseSetChannelAccess, failed,
                              next);
                 });
    };
    writeOne(Storage::NonVolatile, done, [writeOne, done, channel, on]() {
        writeOne(Storage::Volatile, done, [done, channel, on]() {
            done(CommandOutput{LanText::tr("Set Channel Access for channel %1 was successful.\n").arg(channel),
                               QJsonObject{{"channel", channel}, {"access", on}}});
        });
    });
}

} // namespace

// Takes --verify and --verify-timeout <s> out of the words.
ipmi::Result<std::optional<int>> takeLanVerifyOptions(QStringList &words, const QString &synopsis)
{
    std::optional<int> seconds;
    bool verify = false;
    for (int i = 0; i < words.size();) {
        if (words[i] == QLatin1String("--verify")) {
            verify = true;
            words.removeAt(i);
        } else if (words[i] == QLatin1String("--verify-timeout")) {
            bool ok = false;
            const int value = words.value(i + 1).toInt(&ok);
            if (!ok || value < 1 || value > 3600)
                return CommandRegistry::usageError(LanText::tr("--verify-timeout takes 1-3600 seconds."), synopsis);
            seconds = value;
            words.remove(i, 2);
        } else {
            ++i;
        }
    }
    if (seconds && !verify)
        return CommandRegistry::usageError(LanText::tr("--verify-timeout goes with --verify."), synopsis);
    if (verify && !seconds)
        seconds = int(std::chrono::duration_cast<std::chrono::seconds>(SafeLanChange::DefaultTimeout).count());
    return seconds;
}

ipmi::Result<LanSetRequest> parseLanSet(const QStringList &words, const QString &synopsis)
{
    auto usage = [&synopsis](const QString &message) { return CommandRegistry::usageError(message, synopsis); };
    auto invalid = [](const ipmi::Error &error) {
        return ipmi::makeError(ipmi::ErrorKind::InvalidArgument, error.message);
    };
    LanSetRequest set;
    const QString what = words.value(0);
    const QString value = words.value(1);
    if (words.size() < 2)
        return usage(LanText::tr("Give a parameter and its value."));
    if (what == QLatin1String("ipsrc") && words.size() == 2) {
        static const std::pair<const char *, IpSource> sources[] = {
            {"static", IpSource::Static}, {"dhcp", IpSource::Dhcp}, {"bios", IpSource::Bios}, {"none", IpSource::Unspecified}};
        for (const auto &[word, source] : sources)
            if (value == QLatin1String(word))
                set.change.ipSource = source;
        if (!set.change.ipSource)
            return usage(LanText::tr("ipsrc takes static, dhcp, bios or none."));
        return set;
    }
    if ((what == QLatin1String("ipaddr") || what == QLatin1String("netmask")) && words.size() == 2) {
        auto address = parseIpv4(value.toStdString());
        if (!address)
            return invalid(address.error());
        if (what == QLatin1String("ipaddr")) {
            set.change.ipAddress = address.value();
            set.message = LanText::tr("Setting LAN IP Address to %1\n").arg(value);
        } else {
            set.change.subnetMask = address.value();
            set.message = LanText::tr("Setting LAN Subnet Mask to %1\n").arg(value);
        }
        return set;
    }
    if ((what == QLatin1String("defgw") || what == QLatin1String("bakgw")) && words.size() == 3) {
        const bool backup = what == QLatin1String("bakgw");
        const QString address = words[2];
        if (value == QLatin1String("ipaddr")) {
            auto ip = parseIpv4(address.toStdString());
            if (!ip)
                return invalid(ip.error());
            (backup ? set.change.backupGatewayIp : set.change.defaultGatewayIp) = ip.value();
            set.message = (backup ? LanText::tr("Setting LAN Backup Gateway IP to %1\n") : LanText::tr("Setting LAN Default Gateway IP to %1\n"))
                              .arg(address);
            return set;
        }
        if (value == QLatin1String("macaddr")) {
            auto mac = parseMac(address.toStdString());
            if (!mac)
                return invalid(mac.error());
            (backup ? set.change.backupGatewayMac : set.change.defaultGatewayMac) = mac.value();
            set.message = (backup ? LanText::tr("Setting LAN Backup Gateway MAC to %1\n") : LanText::tr("Setting LAN Default Gateway MAC to %1\n"))
                              .arg(address);
            return set;
        }
        return usage(LanText::tr("%1 takes ipaddr <address> or macaddr <address>.").arg(what));
    }
    if (what == QLatin1String("vlan") && words.size() == 3) {
        if (value == QLatin1String("id")) {
            if (words[2] == QLatin1String("off")) {
                set.change.vlan = Vlan{false, 0};
                return set;
            }
            bool ok = false;
            const uint id = words[2].toUInt(&ok);
            if (!ok || id < 1 || id > 4094)
                return usage(LanText::tr("The VLAN ID is 1-4094, or off."));
            set.change.vlan = Vlan{true, std::uint16_t(id)};
            return set;
        }
        if (value == QLatin1String("priority")) {
            bool ok = false;
            const uint priority = words[2].toUInt(&ok);
            if (!ok || priority > 7)
                return usage(LanText::tr("The VLAN priority is 0-7."));
            set.change.vlanPriority = std::uint8_t(priority);
            return set;
        }
        return usage(LanText::tr("vlan takes id <off|1-4094> or priority <0-7>."));
    }
    if (what == QLatin1String("access") && words.size() == 2) {
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return usage(LanText::tr("access takes on or off."));
        set.channelAccess = true;
        set.accessOn = value == QLatin1String("on");
        return set;
    }
    if (what == QLatin1String("cipher_privs") && words.size() == 2) {
        auto privileges = parseCipherPrivileges(value.toStdString());
        if (!privileges)
            return invalid(privileges.error());
        set.change.cipherSuitePrivileges = privileges.value();
        return set;
    }
    return usage(LanText::tr("Unknown or incomplete setting \"%1\".").arg(words.join(u' ')));
}

HostTask lanSetTask(std::uint8_t channel, LanSetRequest set)
{
    return [channel, set](HostSession &session, TaskDone done) {
        if (set.channelAccess) {
            setAccess(session, channel, set.accessOn, done);
            return;
        }
        // Read what the checks depend on, check, and only then write.
        const std::vector<std::uint8_t> context{param::IpSource, param::IpAddress, param::SubnetMask,
                                                param::DefaultGatewayIp, param::BackupGatewayIp};
        runOperation(session, ipmi::op::OperationPtr<LanConfigRead>(std::make_shared<LanConfigReader>(channel, context)),
                     done, [&session, done, channel, set](LanConfigRead read) {
                         const LanValidation validation = validateLanChange(set.change, &read.config);
                         if (!validation.ok()) {
                             done(ipmi::makeError(ipmi::ErrorKind::InvalidArgument,
                                                  validation.errorText() + " Nothing was changed."));
                             return;
                         }
                         if (set.verifySeconds) {
                             runVerifiedLanSet(session, channel, set, read.config, done);
                             return;
                         }
                         printWarnings(validation.warnings);
                         auto writer = std::make_shared<LanConfigWriter>(channel, lanChangeWrites(set.change));
                         runOperation(session, ipmi::op::OperationPtr<LanWriteOutcome>(writer), done,
                                      [done, channel, set](LanWriteOutcome outcome) {
                                          printWarnings(outcome.warnings);
                                          done(writtenOutput(channel, set, outcome));
                                      });
                     });
    };
}
