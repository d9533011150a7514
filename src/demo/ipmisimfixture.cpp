// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmisimfixture.h"

#include "demo/simresources.h"
#include "demo/statefile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUuid>

namespace sim {

namespace {

QString shellQuoted(const QString &path)
{
    return u'\'' + path + u'\'';
}

QString lanConfPrivilege(ipmi::Privilege privilege)
{
    switch (privilege) {
    case ipmi::Privilege::Callback:
        return QStringLiteral("callback");
    case ipmi::Privilege::User:
        return QStringLiteral("user");
    case ipmi::Privilege::Operator:
        return QStringLiteral("operator");
    case ipmi::Privilege::Administrator:
        return QStringLiteral("admin");
    case ipmi::Privilege::Oem:
        return QStringLiteral("oem");
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &contents, QString *error)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) >= 0)
        return true;
    *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return false;
}

QString lanStatePath(const QString &directory, int channel)
{
    return QStringLiteral("%1/state/lan%2.state").arg(directory).arg(channel);
}

// A locally administered MAC address that differs per port, for lan print.
QString macFor(quint16 port)
{
    return QStringLiteral("02:00:7f:00:%1:%2")
        .arg(port >> 8, 2, 16, QChar(u'0'))
        .arg(port & 0xff, 2, 16, QChar(u'0'));
}

// The SDR repository and the SEL go where ipmi_sim looks for its persistent state,
// <state dir>/ipmi_sim/<name>/; the hook scripts next to lan.conf.
bool installFiles(const SimBmc &bmc, QString *error)
{
    const QString persist = bmc.directory + "/persist/ipmi_sim/" + bmc.name;
    if (!QDir().mkpath(persist)) {
        *error = QStringLiteral("cannot create %1").arg(persist);
        return false;
    }
    struct Resource
    {
        QString name;
        QString path;
        bool executable;
    };
    const Resource resources[] = {
        {QStringLiteral("profiles/%1.sdr").arg(bmc.profile), persist + "/sdr.20.main", false},
        {QStringLiteral("profiles/%1.sel").arg(bmc.profile), persist + "/sel.20", false},
        {QStringLiteral("data/chassis_control.sh"), bmc.directory + "/chassis_control.sh", true},
        {QStringLiteral("data/lan_control.sh"), bmc.directory + "/lan_control.sh", true},
        {QStringLiteral("data/state_file.sh"), bmc.directory + "/state_file.sh", false},
    };
    for (const Resource &resource : resources) {
        if (!SimResources::install(resource.name, resource.path, resource.executable, error))
            return false;
    }
    return true;
}

// Power on, default boot device, and per LAN channel settings that match its address.
bool writeStateFiles(const SimBmc &bmc, QString *error)
{
    const QString dir = bmc.directory;
    bool written = StateFile(dir + "/state/chassis.state")
                       .write({{QStringLiteral("power"), QStringLiteral("1")},
                               {QStringLiteral("boot"), QStringLiteral("default")}});
    const QStringList hosts = QStringList{bmc.host} + bmc.extraHosts;
    for (int channel = 1; written && channel <= hosts.size(); ++channel) {
        QMap<QString, QString> lan{
            {QStringLiteral("ip_addr"), hosts.at(channel - 1)},
            {QStringLiteral("ip_addr_src"), QStringLiteral("static")},
            {QStringLiteral("subnet_mask"), QStringLiteral("255.0.0.0")},
            {QStringLiteral("mac_addr"), macFor(quint16(bmc.port + channel - 1))},
            {QStringLiteral("default_gw_ip_addr"), QStringLiteral("127.0.0.254")},
            {QStringLiteral("default_gw_mac_addr"), QStringLiteral("02:00:7f:00:00:fe")},
            {QStringLiteral("backup_gw_ip_addr"), QStringLiteral("0.0.0.0")},
            {QStringLiteral("backup_gw_mac_addr"), QStringLiteral("00:00:00:00:00:00")}};
        written = StateFile(lanStatePath(dir, channel)).write(lan);
    }
    if (!written)
        *error = QStringLiteral("cannot write the state files in %1/state").arg(dir);
    return written;
}

} // namespace

QList<Account> defaultIpmiSimAccounts()
{
    return {{QStringLiteral("admin"), QStringLiteral("sim-admin-pw"), ipmi::Privilege::Administrator},
            {QStringLiteral("operator"), QStringLiteral("sim-oper-pw"), ipmi::Privilege::Operator},
            {QStringLiteral("user"), QStringLiteral("sim-user-pw"), ipmi::Privilege::User}};
}

IpmiSimFixture::IpmiSimFixture(IpmiSimOptions options, QObject *parent)
    : SimFixture(parent), m_options(std::move(options))
{}

QStringList IpmiSimFixture::profiles()
{
    return SimResources::profileSummary().keys();
}

QString IpmiSimFixture::instanceName(int index) const
{
    return QStringLiteral("%1-%2").arg(m_options.namePrefix).arg(index + 1, 2, 10, QChar(u'0'));
}

QStringList IpmiSimFixture::addresses(int) const
{
    return QStringList{m_options.host} + m_options.extraHosts;
}

QString IpmiSimFixture::lanStateFile(int index, int channel) const
{
    return lanStatePath(bmc(index).directory, channel);
}

QString IpmiSimFixture::lanSetting(int index, const QString &key, int channel) const
{
    return StateFile(lanStateFile(index, channel)).value(key);
}

void IpmiSimFixture::setLanSetting(int index, const QString &key, const QString &value, int channel)
{
    StateFile(lanStateFile(index, channel)).setValue(key, value);
}

bool IpmiSimFixture::checkOptions(QString *error) const
{
    static const QRegularExpression safeName(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!safeName.match(m_options.namePrefix).hasMatch()) {
        *error = QStringLiteral("name prefix \"%1\" must be letters, digits, '-' or '_'")
                     .arg(m_options.namePrefix);
        return false;
    }
    if (m_options.extraHosts.size() > 3) {
        *error = QStringLiteral("at most 3 extra addresses (one LAN channel each)");
        return false;
    }
    if (m_options.profiles.isEmpty() || m_options.accounts.isEmpty() ||
        m_options.accounts.size() > 62) {
        *error = QStringLiteral("need at least one profile and 1 to 62 accounts");
        return false;
    }
    for (const Account &account : m_options.accounts) {
        const QByteArray user = account.user.toUtf8();
        const QByteArray password = account.password.toUtf8();
        if (user.isEmpty() || user.size() > 16 || password.size() > 19 || user.contains('"') ||
            password.contains('"')) {
            *error = QStringLiteral("account \"%1\": ipmi_sim needs a name of 1 to 16 bytes, "
                                    "a password of at most 19, and no '\"'")
                         .arg(account.user);
            return false;
        }
    }
    return true;
}

QByteArray IpmiSimFixture::lanConf(const SimBmc &bmc, const QString &guid) const
{
    const QString dir = bmc.directory;
    QString channelTemplate =
        QString::fromUtf8(SimResources::read(QStringLiteral("data/lan-channel.conf.in")));
    channelTemplate.remove(QRegularExpression(QStringLiteral("^# SPDX[^\\n]*\\n")));
    QStringList channels;
    const QStringList hosts = QStringList{bmc.host} + bmc.extraHosts;
    for (int channel = 1; channel <= hosts.size(); ++channel) {
        channels << QString(channelTemplate)
                        .replace(QStringLiteral("@CHANNEL@"), QString::number(channel))
                        .replace(QStringLiteral("@ADDRESS@"), hosts.at(channel - 1))
                        .replace(QStringLiteral("@PORT@"), QString::number(bmc.port))
                        .replace(QStringLiteral("@GUID@"), guid)
                        .replace(QStringLiteral("@LAN_CONTROL@"),
                                 shellQuoted(dir + "/lan_control.sh") + u' ' +
                                     shellQuoted(lanStatePath(dir, channel)));
    }
    QStringList users;
    int number = 2; // user 1 is IPMI's anonymous user
    for (const Account &account : bmc.accounts) {
        users << QStringLiteral("  user %1 true \"%2\" \"%3\" %4 10 md5 straight")
                     .arg(number++)
                     .arg(account.user, account.password, lanConfPrivilege(account.privilege));
    }
    const bool servesGuest = m_options.kcsPort != 0 && bmc.name == instanceName(0);
    const QString serial = servesGuest ? QStringLiteral("serial kcs %1 %2 codec VM").arg(m_options.host).arg(m_options.kcsPort)
                                       : QString();
    QString text = QString::fromUtf8(SimResources::read(QStringLiteral("data/lan.conf.in")));
    text.replace(QStringLiteral("@NAME@"), bmc.name)
        .replace(QStringLiteral("@SERIAL@"), serial)
        .replace(QStringLiteral("@LAN_CHANNELS@"), channels.join(QString()))
        .replace(QStringLiteral("@CHASSIS_CONTROL@"), shellQuoted(dir + "/chassis_control.sh") +
                                                          u' ' +
                                                          shellQuoted(dir + "/state/chassis.state"))
        .replace(QStringLiteral("@USERS@"), users.join(u'\n'));
    // The serial port behind SOL: a TCP port nobody listens on (discard), which
    // ipmi_sim keeps retrying; its SOL configuration parameters answer all the same.
    if (m_options.serialOverLan)
        text += QStringLiteral("\n  sol \"tcp:127.0.0.1:9\" 115200\n");
    return text.toUtf8();
}

std::optional<SimFixture::Launch> IpmiSimFixture::prepare(int index, SimBmc &bmc, QString *error)
{
    if (!checkOptions(error))
        return std::nullopt;
    if (m_program.isEmpty()) {
        m_program = SimResources::findProgram(QStringLiteral("ipmi_sim"), "BMCPILOT_IPMI_SIM", {},
                                              QStringLiteral("openipmi"), error);
        if (m_program.isEmpty())
            return std::nullopt;
    }
    // Paths end up inside double-quoted lan.conf strings run by /bin/sh.
    const QString dir = bmc.directory;
    if (dir.contains(u'\'') || dir.contains(u'"')) {
        *error = QStringLiteral("the temporary folder %1 contains a quote").arg(dir);
        return std::nullopt;
    }
    const QString profile = m_options.profiles.at(index % m_options.profiles.size());
    const QByteArray emu = SimResources::read(QStringLiteral("profiles/%1.emu").arg(profile));
    if (emu.isEmpty()) {
        *error = QStringLiteral("unknown profile \"%1\" (this build has: %2)")
                     .arg(profile, profiles().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    bmc.kind = BmcKind::IpmiSim;
    bmc.profile = profile;
    bmc.accounts = m_options.accounts;
    // It lists 0-11, but 4/5 (xRC4) and 7/8/11 (MD5 integrity) fail with ipmitool.
    // Suite 0 lets anyone in whatever the password, as on affected real BMCs.
    bmc.cipherSuites = {3, 2, 1, 6, 0};

    // One GUID per instance: RAKP2 carries it (lan.conf), Get Device GUID returns it
    // (mc_set_guid), and clients may key caches on it.
    const QString guid = QUuid::createUuid().toString(QUuid::Id128);
    if (!writeFile(dir + "/lan.conf", lanConf(bmc, guid), error) ||
        !writeFile(dir + "/sim.emu", emu + "mc_set_guid 0x20 " + guid.toLatin1() + '\n', error) ||
        !installFiles(bmc, error) || !writeStateFiles(bmc, error))
        return std::nullopt;
    return Launch{m_program,
                  {QStringLiteral("-n"), QStringLiteral("-c"), dir + "/lan.conf",
                   QStringLiteral("-f"), dir + "/sim.emu", QStringLiteral("-s"), dir + "/persist"}};
}

} // namespace sim
