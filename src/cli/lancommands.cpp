// SPDX-License-Identifier: GPL-3.0-or-later
#include "lancommands.h"

#include "cli/channelcommands.h"
#include "cli/commandregistry.h"
#include "cli/lanhostsession.h"
#include "cli/operationtask.h"
#include "transport/lanclient.h"

#include "ipmi/lan/lanchange.h"
#include "ipmi/lan/lanconfigwriter.h"
#include "ipmi/lan/lanparameters.h"
#include "ipmi/lan/safelanchange.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

using namespace ipmi::lan;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LanCommands", text);
}

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

QString field(const QString &label, const QString &value)
{
    return QStringLiteral("%1: %2\n").arg(label, -24).arg(value);
}

QString hex2(unsigned value)
{
    return QStringLiteral("0x%1").arg(value, 2, 16, QLatin1Char('0'));
}

QString sourceKey(IpSource source)
{
    switch (source) {
    case IpSource::Static: return QStringLiteral("static");
    case IpSource::Dhcp: return QStringLiteral("dhcp");
    case IpSource::Bios: return QStringLiteral("bios");
    case IpSource::Other: return QStringLiteral("other");
    case IpSource::Unspecified: break;
    }
    return QStringLiteral("unspecified");
}

QJsonArray authNames(std::uint8_t bits)
{
    QJsonArray names;
    for (const QString &name : fromStd(authTypeNames(bits)).split(u' ', Qt::SkipEmptyParts))
        names.append(name);
    return names;
}

template<typename T, typename F>
QJsonValue optionalJson(const std::optional<T> &value, F convert)
{
    return value ? QJsonValue(convert(*value)) : QJsonValue();
}

QString setStateText(std::uint8_t state)
{
    switch (state) {
    case 0: return tr("Set Complete");
    case 1: return tr("Set In Progress");
    case 2: return tr("Commit Write");
    default: break;
    }
    return tr("Reserved");
}

void reportWarnings(const std::vector<std::string> &warnings)
{
    for (const std::string &warning : warnings)
        fprintf(stderr, "warning: %s\n", warning.c_str());
}

// What one "lan set" invocation changes, and ipmitool's confirmation line.
struct SetRequest
{
    LanChange change;
    bool channelAccess = false; // "access on|off": Set Channel Access, not a LAN parameter
    bool accessOn = false;
    QString message;
    std::optional<int> verifySeconds; // --verify: run the verified change with this limit
};

LanVerifySessionFactory &verifySessionFactory()
{
    static LanVerifySessionFactory factory;
    return factory;
}

// Takes --verify and --verify-timeout <s> out of the words.
ipmi::Result<std::optional<int>> takeVerifyOptions(QStringList &words, const QString &synopsis)
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
                return CommandRegistry::usageError(tr("--verify-timeout takes 1-3600 seconds."), synopsis);
            seconds = value;
            words.remove(i, 2);
        } else {
            ++i;
        }
    }
    if (seconds && !verify)
        return CommandRegistry::usageError(tr("--verify-timeout goes with --verify."), synopsis);
    if (verify && !seconds)
        seconds = int(std::chrono::duration_cast<std::chrono::seconds>(SafeLanChange::DefaultTimeout).count());
    return seconds;
}

// One `lan set --verify`: drives SafeLanChange over the present session and new
// sessions from the factory. Lives until done() was called and its sessions are closed.
class VerifiedLanSet : public std::enable_shared_from_this<VerifiedLanSet>
{
public:
    VerifiedLanSet(HostSession &session, QString host, quint16 port, SafeLanChange safe, SetRequest set,
                   TaskDone done)
        : m_session(session), m_host(std::move(host)), m_port(port), m_safe(std::move(safe)), m_set(std::move(set)),
          m_done(std::move(done)), m_context(new QObject)
    {
    }

    void start()
    {
        m_clock.start();
        if (m_safe.action() == SafeLanChange::Action::Finished) {
            finish();
            return;
        }
        reportWarnings(m_safe.warnings());
        auto self = shared_from_this();
        auto writer = std::make_shared<LanConfigWriter>(m_safe.channel(), m_safe.changeWrites());
        runOperation(
            m_session, ipmi::op::OperationPtr<LanWriteOutcome>(writer),
            [self](CommandResult failed) { self->written(failed.error()); },
            [self](LanWriteOutcome outcome) { self->written(std::move(outcome)); });
    }

private:
    SafeLanChange::Duration now() const { return SafeLanChange::Duration(m_clock.elapsed()); }

    void written(ipmi::Result<LanWriteOutcome> outcome)
    {
        if (outcome)
            reportWarnings(outcome->warnings);
        m_safe.onChangeWritten(outcome, now());
        if (m_safe.action() == SafeLanChange::Action::ConfirmAtNew) {
            auto self = shared_from_this();
            QTimer::singleShot(m_safe.timeout(), m_context, [self] {
                self->m_safe.onDeadline(self->now());
                self->advance();
            });
        }
        advance();
    }

    std::shared_ptr<HostSession> newSession(const QString &host)
    {
        std::shared_ptr<HostSession> session(verifySessionFactory()(host, m_port));
        m_sessions.push_back(session);
        return session;
    }

    void advance()
    {
        auto self = shared_from_this();
        switch (m_safe.action()) {
        case SafeLanChange::Action::WriteChange: break;
        case SafeLanChange::Action::ConfirmAtNew: {
            if (m_attemptInFlight)
                return;
            m_attemptInFlight = true;
            const int left = m_safe.secondsLeft(now());
            if (left != m_lastReported) {
                m_lastReported = left;
                fprintf(stderr, "%s\n", m_safe.countdownText(now()).c_str());
            }
            auto probe = newSession(QString::fromStdString(m_safe.newAddress()));
            probe->open([self, probe](ipmi::Result<ipmi::SessionInfo> opened) {
                self->m_attemptInFlight = false;
                probe->close([] {});
                if (self->m_safe.action() != SafeLanChange::Action::ConfirmAtNew)
                    return;
                self->m_safe.onConfirmAttempt(opened.ok(), self->now());
                if (self->m_safe.action() == SafeLanChange::Action::ConfirmAtNew)
                    QTimer::singleShot(1000, self->m_context, [self] { self->advance(); });
                else
                    self->advance();
            });
            break;
        }
        case SafeLanChange::Action::ConnectAtOld:
            if (m_old)
                return;
            fprintf(stderr, "%s\n", qPrintable(tr("%1 did not answer; reconnecting at %2")
                                                   .arg(QString::fromStdString(m_safe.newAddress()), m_host)));
            m_old = newSession(m_host);
            m_old->open([self](ipmi::Result<ipmi::SessionInfo> opened) {
                self->m_safe.onOldAddressAnswered(opened.ok());
                self->advance();
            });
            break;
        case SafeLanChange::Action::RestorePrevious: {
            auto writer = std::make_shared<LanConfigWriter>(m_safe.channel(), m_safe.restoreWrites());
            runOperation(
                *m_old, ipmi::op::OperationPtr<LanWriteOutcome>(writer),
                [self](CommandResult failed) {
                    self->m_safe.onRestoreWritten(failed.error());
                    self->advance();
                },
                [self](LanWriteOutcome outcome) {
                    self->m_safe.onRestoreWritten(std::move(outcome));
                    self->advance();
                });
            break;
        }
        case SafeLanChange::Action::Finished: finish(); break;
        }
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        const QString message = QString::fromStdString(m_safe.message());
        if (m_safe.succeeded()) {
            m_done(CommandOutput{m_set.message + message + u'\n',
                                 QJsonObject{{"channel", m_safe.channel()},
                                             {"verified", true},
                                             {"old_address", QString::fromStdString(m_safe.oldAddress())},
                                             {"new_address", QString::fromStdString(m_safe.newAddress())},
                                             {"message", message}}});
        } else {
            const auto kind = m_safe.outcome() == SafeLanChange::Outcome::NotWritten ? ipmi::ErrorKind::InvalidArgument
                                                                                      : ipmi::ErrorKind::Timeout;
            m_done(ipmi::makeError(kind, m_safe.message()));
        }
        // Pending timers go with their context (releasing this run); the sessions are
        // closed from the event loop, never from inside one of their own callbacks.
        m_context->deleteLater();
        auto sessions = std::make_shared<std::vector<std::shared_ptr<HostSession>>>(std::move(m_sessions));
        QTimer::singleShot(0, QCoreApplication::instance(), [sessions] {
            for (const auto &session : *sessions)
                session->close([] {});
            // Released once Close Session had its short wait.
            QTimer::singleShot(1000, QCoreApplication::instance(), [sessions] {});
        });
    }

    HostSession &m_session;
    QString m_host;
    quint16 m_port;
    SafeLanChange m_safe;
    SetRequest m_set;
    TaskDone m_done;
    QObject *m_context; // owner of the timers; deleted (later) by finish()
    QElapsedTimer m_clock;
    std::vector<std::shared_ptr<HostSession>> m_sessions;
    std::shared_ptr<HostSession> m_old;
    bool m_attemptInFlight = false;
    bool m_finished = false;
    int m_lastReported = -1;
};

void runVerified(HostSession &session, std::uint8_t channel, const SetRequest &set, const LanConfig &current,
                 TaskDone done)
{
    auto *lan = dynamic_cast<LanHostSession *>(&session);
    if (!lan || !lan->client() || !verifySessionFactory()) {
        done(ipmi::makeError(ipmi::ErrorKind::Unsupported,
                             tr("--verify needs a LAN session (-H host); nothing was changed.").toStdString()));
        return;
    }
    const QString host = lan->client()->host();
    SafeLanChange safe(channel, set.change, current, host.toStdString(), std::chrono::seconds(*set.verifySeconds));
    auto run = std::make_shared<VerifiedLanSet>(session, host, lan->client()->port(), std::move(safe), set,
                                                std::move(done));
    run->start();
}

ipmi::Result<SetRequest> parseSet(const QStringList &words, const QString &synopsis)
{
    auto usage = [&synopsis](const QString &message) { return CommandRegistry::usageError(message, synopsis); };
    auto invalid = [](const ipmi::Error &error) {
        return ipmi::makeError(ipmi::ErrorKind::InvalidArgument, error.message);
    };
    SetRequest set;
    const QString what = words.value(0);
    const QString value = words.value(1);
    if (words.size() < 2)
        return usage(tr("Give a parameter and its value."));
    if (what == QLatin1String("ipsrc") && words.size() == 2) {
        static const std::pair<const char *, IpSource> sources[] = {
            {"static", IpSource::Static}, {"dhcp", IpSource::Dhcp}, {"bios", IpSource::Bios}, {"none", IpSource::Unspecified}};
        for (const auto &[word, source] : sources)
            if (value == QLatin1String(word))
                set.change.ipSource = source;
        if (!set.change.ipSource)
            return usage(tr("ipsrc takes static, dhcp, bios or none."));
        return set;
    }
    if ((what == QLatin1String("ipaddr") || what == QLatin1String("netmask")) && words.size() == 2) {
        auto address = parseIpv4(value.toStdString());
        if (!address)
            return invalid(address.error());
        if (what == QLatin1String("ipaddr")) {
            set.change.ipAddress = address.value();
            set.message = tr("Setting LAN IP Address to %1\n").arg(value);
        } else {
            set.change.subnetMask = address.value();
            set.message = tr("Setting LAN Subnet Mask to %1\n").arg(value);
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
            set.message = (backup ? tr("Setting LAN Backup Gateway IP to %1\n") : tr("Setting LAN Default Gateway IP to %1\n"))
                              .arg(address);
            return set;
        }
        if (value == QLatin1String("macaddr")) {
            auto mac = parseMac(address.toStdString());
            if (!mac)
                return invalid(mac.error());
            (backup ? set.change.backupGatewayMac : set.change.defaultGatewayMac) = mac.value();
            set.message = (backup ? tr("Setting LAN Backup Gateway MAC to %1\n") : tr("Setting LAN Default Gateway MAC to %1\n"))
                              .arg(address);
            return set;
        }
        return usage(tr("%1 takes ipaddr <address> or macaddr <address>.").arg(what));
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
                return usage(tr("The VLAN ID is 1-4094, or off."));
            set.change.vlan = Vlan{true, std::uint16_t(id)};
            return set;
        }
        if (value == QLatin1String("priority")) {
            bool ok = false;
            const uint priority = words[2].toUInt(&ok);
            if (!ok || priority > 7)
                return usage(tr("The VLAN priority is 0-7."));
            set.change.vlanPriority = std::uint8_t(priority);
            return set;
        }
        return usage(tr("vlan takes id <off|1-4094> or priority <0-7>."));
    }
    if (what == QLatin1String("access") && words.size() == 2) {
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return usage(tr("access takes on or off."));
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
    return usage(tr("Unknown or incomplete setting \"%1\".").arg(words.join(u' ')));
}

CommandOutput writtenOutput(std::uint8_t channel, const SetRequest &set, const LanWriteOutcome &outcome)
{
    QJsonArray written;
    for (const std::uint8_t parameter : outcome.written)
        written.append(fromStd(std::string(parameterName(parameter))));
    QJsonArray warnings;
    for (const std::string &warning : outcome.warnings)
        warnings.append(fromStd(warning));
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
            done(CommandOutput{tr("Set Channel Access for channel %1 was successful.\n").arg(channel),
                               QJsonObject{{"channel", channel}, {"access", on}}});
        });
    });
}

HostTask printTask(std::optional<std::uint8_t> channel)
{
    return [channel](HostSession &session, TaskDone done) {
        withLanChannel(session, channel, done, [&session, done](std::uint8_t lanChannel) {
            runOperation(session, ipmi::op::OperationPtr<LanConfigRead>(std::make_shared<LanConfigReader>(lanChannel)),
                         done, [done, lanChannel](LanConfigRead read) { done(lanPrintOutput(lanChannel, read)); });
        });
    };
}

HostTask setTask(std::uint8_t channel, SetRequest set)
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
                             runVerified(session, channel, set, read.config, done);
                             return;
                         }
                         reportWarnings(validation.warnings);
                         auto writer = std::make_shared<LanConfigWriter>(channel, lanChangeWrites(set.change));
                         runOperation(session, ipmi::op::OperationPtr<LanWriteOutcome>(writer), done,
                                      [done, channel, set](LanWriteOutcome outcome) {
                                          reportWarnings(outcome.warnings);
                                          done(writtenOutput(channel, set, outcome));
                                      });
                     });
    };
}

} // namespace

CommandOutput lanPrintOutput(std::uint8_t channel, const LanConfigRead &read)
{
    const LanConfig &config = read.config;
    QString text;
    QJsonObject json{{"channel", channel}};
    auto ipJson = [](const Ipv4Address &address) { return fromStd(ipv4Text(address)); };
    auto macJson = [](const MacAddress &address) { return fromStd(macText(address)); };

    if (config.setInProgress)
        text += field(tr("Set in Progress"), setStateText(*config.setInProgress));
    json.insert("set_in_progress", optionalJson(config.setInProgress, [](std::uint8_t state) {
                    return state == 0 ? QStringLiteral("complete") : state == 1 ? QStringLiteral("in_progress")
                                                                    : QStringLiteral("commit_write");
                }));
    if (config.authTypeSupport)
        text += field(tr("Auth Type Support"), fromStd(authTypeNames(*config.authTypeSupport)));
    json.insert("auth_type_support", optionalJson(config.authTypeSupport, authNames));
    if (config.authTypeEnables) {
        const AuthTypeEnables &enables = *config.authTypeEnables;
        text += field(tr("Auth Type Enable"), QStringLiteral("Callback : ") + fromStd(authTypeNames(enables.callback)));
        text += field(QString(), QStringLiteral("User     : ") + fromStd(authTypeNames(enables.user)));
        text += field(QString(), QStringLiteral("Operator : ") + fromStd(authTypeNames(enables.operatorLevel)));
        text += field(QString(), QStringLiteral("Admin    : ") + fromStd(authTypeNames(enables.admin)));
        text += field(QString(), QStringLiteral("OEM      : ") + fromStd(authTypeNames(enables.oem)));
        json.insert("auth_type_enables", QJsonObject{{"callback", authNames(enables.callback)},
                                                     {"user", authNames(enables.user)},
                                                     {"operator", authNames(enables.operatorLevel)},
                                                     {"admin", authNames(enables.admin)},
                                                     {"oem", authNames(enables.oem)}});
    } else {
        json.insert("auth_type_enables", QJsonValue());
    }
    if (config.ipSource)
        text += field(tr("IP Address Source"), fromStd(ipSourceName(*config.ipSource)));
    json.insert("ip_source", optionalJson(config.ipSource, sourceKey));
    if (config.ipAddress)
        text += field(tr("IP Address"), ipJson(*config.ipAddress));
    json.insert("ip_address", optionalJson(config.ipAddress, ipJson));
    if (config.subnetMask)
        text += field(tr("Subnet Mask"), ipJson(*config.subnetMask));
    json.insert("subnet_mask", optionalJson(config.subnetMask, ipJson));
    if (config.macAddress)
        text += field(tr("MAC Address"), macJson(*config.macAddress));
    json.insert("mac_address", optionalJson(config.macAddress, macJson));
    if (config.community)
        text += field(tr("SNMP Community String"), fromStd(*config.community));
    json.insert("snmp_community", optionalJson(config.community, fromStd));
    if (config.ipHeader) {
        const IpHeader &header = *config.ipHeader;
        text += field(tr("IP Header"), QStringLiteral("TTL=%1 Flags=%2 Precedence=%3 TOS=%4")
                                           .arg(hex2(header.ttl), hex2(header.flags & 0xe0u),
                                                hex2(header.precedenceTos & 0xe0u), hex2(header.precedenceTos & 0x1eu)));
        json.insert("ip_header", QJsonObject{{"ttl", header.ttl},
                                             {"flags", header.flags >> 5},
                                             {"precedence", header.precedenceTos >> 5},
                                             {"tos", (header.precedenceTos >> 1) & 0x0f}});
    }
    if (config.arpControl) {
        text += field(tr("BMC ARP Control"),
                      tr("ARP Responses %1, Gratuitous ARP %2")
                          .arg(config.arpControl->responses ? tr("Enabled") : tr("Disabled"),
                               config.arpControl->gratuitous ? tr("Enabled") : tr("Disabled")));
        json.insert("arp_responses", config.arpControl->responses);
        json.insert("gratuitous_arp", config.arpControl->gratuitous);
    }
    if (config.gratuitousArpInterval) {
        const double seconds = (*config.gratuitousArpInterval + 1) / 2.0;
        text += field(tr("Gratituous ARP Intrvl"), tr("%1 seconds").arg(seconds, 0, 'f', 1));
        json.insert("gratuitous_arp_interval_ms", *config.gratuitousArpInterval * 500);
    }
    if (config.defaultGatewayIp)
        text += field(tr("Default Gateway IP"), ipJson(*config.defaultGatewayIp));
    json.insert("default_gateway_ip", optionalJson(config.defaultGatewayIp, ipJson));
    if (config.defaultGatewayMac)
        text += field(tr("Default Gateway MAC"), macJson(*config.defaultGatewayMac));
    json.insert("default_gateway_mac", optionalJson(config.defaultGatewayMac, macJson));
    if (config.backupGatewayIp)
        text += field(tr("Backup Gateway IP"), ipJson(*config.backupGatewayIp));
    json.insert("backup_gateway_ip", optionalJson(config.backupGatewayIp, ipJson));
    if (config.backupGatewayMac)
        text += field(tr("Backup Gateway MAC"), macJson(*config.backupGatewayMac));
    json.insert("backup_gateway_mac", optionalJson(config.backupGatewayMac, macJson));
    if (config.vlan)
        text += field(tr("802.1q VLAN ID"), config.vlan->enabled ? QString::number(config.vlan->id) : tr("Disabled"));
    // null when tagging is off (or the parameter is missing), else the ID.
    json.insert("vlan_id", config.vlan && config.vlan->enabled ? QJsonValue(config.vlan->id) : QJsonValue());
    if (config.vlanPriority)
        text += field(tr("802.1q VLAN Priority"), QString::number(*config.vlanPriority));
    json.insert("vlan_priority", optionalJson(config.vlanPriority, [](std::uint8_t p) { return int(p); }));
    QJsonArray suites;
    if (config.cipherSuites) {
        QStringList numbers;
        for (const std::uint8_t suite : *config.cipherSuites) {
            numbers.append(QString::number(suite));
            suites.append(suite);
        }
        text += field(tr("RMCP+ Cipher Suites"), numbers.join(u','));
    }
    json.insert("cipher_suites", config.cipherSuites ? QJsonValue(suites) : QJsonValue());
    if (config.cipherSuitePrivileges) {
        text += field(tr("Cipher Suite Priv Max"), fromStd(cipherPrivilegeText(*config.cipherSuitePrivileges)));
        for (const char *legend : {"    X=Cipher Suite Unused", "    c=CALLBACK", "    u=USER", "    o=OPERATOR",
                                   "    a=ADMIN", "    O=OEM"})
            text += field(QString(), QString::fromLatin1(legend));
        QJsonArray levels;
        for (const std::uint8_t level : *config.cipherSuitePrivileges)
            levels.append(level);
        json.insert("cipher_suite_privileges", fromStd(cipherPrivilegeText(*config.cipherSuitePrivileges)));
        json.insert("cipher_suite_privilege_levels", levels);
    } else {
        json.insert("cipher_suite_privileges", QJsonValue());
    }
    if (config.badPasswordThreshold) {
        const BadPasswordThreshold &bad = *config.badPasswordThreshold;
        text += field(tr("Bad Password Threshold"), QString::number(bad.threshold));
        text += field(tr("Invalid password disable"), bad.generateEvent ? tr("yes") : tr("no"));
        text += field(tr("Attempt Count Reset Int."), QString::number(bad.resetInterval * 10));
        text += field(tr("User Lockout Interval"), QString::number(bad.lockoutInterval * 10));
        json.insert("bad_password_threshold", bad.threshold);
    } else {
        text += field(tr("Bad Password Threshold"), tr("Not Available"));
    }
    QJsonArray unsupported;
    for (const std::uint8_t parameter : read.unsupported)
        unsupported.append(parameter);
    json.insert("unsupported_parameters", unsupported);
    return CommandOutput{text, json};
}

void setLanVerifySessionFactory(LanVerifySessionFactory factory)
{
    verifySessionFactory() = std::move(factory);
}

void registerLanCommands(CommandRegistry &registry)
{
    const QString printSynopsis = QStringLiteral("lan print [channel]");
    registry.add({{"lan", "print"}, printSynopsis, tr("LAN configuration of a channel (the LAN channel when omitted)"),
                  [printSynopsis](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      if (arguments.size() > 1)
                          return CommandRegistry::usageError(tr("Give at most one channel."), printSynopsis);
                      std::optional<std::uint8_t> channel;
                      if (!arguments.isEmpty()) {
                          auto parsed = parseChannelWord(arguments[0], printSynopsis);
                          if (!parsed)
                              return parsed.error();
                          channel = parsed.value();
                      }
                      return printTask(channel);
                  }});
    const QString setSynopsis = QStringLiteral(
        "lan set <channel> ipsrc <static|dhcp|bios|none> | ipaddr <x.x.x.x> | netmask <x.x.x.x> | "
        "defgw ipaddr <x.x.x.x> | defgw macaddr <xx:xx:xx:xx:xx:xx> | bakgw ipaddr <x.x.x.x> | "
        "bakgw macaddr <xx:xx:xx:xx:xx:xx> | vlan id <off|1-4094> | vlan priority <0-7> | access <on|off> | "
        "cipher_privs <XaaaXXaaaXXaaXX>  [--verify [--verify-timeout <seconds>]]");
    registry.add({{"lan", "set"}, setSynopsis, tr("change one LAN parameter, checked before it is sent"),
                  [setSynopsis](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      QStringList words = arguments;
                      auto verify = takeVerifyOptions(words, setSynopsis);
                      if (!verify)
                          return verify.error();
                      if (words.size() < 3)
                          return CommandRegistry::usageError(tr("Give a channel, a parameter and its value."),
                                                             setSynopsis);
                      auto channel = parseChannelWord(words[0], setSynopsis);
                      if (!channel)
                          return channel.error();
                      auto set = parseSet(words.mid(1), setSynopsis);
                      if (!set)
                          return set.error();
                      set->verifySeconds = verify.value();
                      if (set->verifySeconds && set->channelAccess)
                          return CommandRegistry::usageError(tr("--verify applies to LAN parameters, not access."),
                                                             setSynopsis);
                      // The checks that need no BMC run now, before any host is contacted.
                      const LanValidation syntax = validateLanChange(set->change);
                      if (!syntax.ok())
                          return ipmi::makeError(ipmi::ErrorKind::InvalidArgument, syntax.errorText());
                      return setTask(channel.value(), set.value());
                  }});
}
