// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/simfixture.h"

namespace sim {

// admin/ADMINISTRATOR, operator/OPERATOR and user/USER, each with its own password.
QList<Account> defaultIpmiSimAccounts();

struct IpmiSimOptions
{
    int count = 1;
    // Server profiles (profile/profiles.py); instance i runs profiles[i % size].
    QStringList profiles{QStringLiteral("r2u")};
    // Instances are named <prefix>-01, <prefix>-02, ...; letters, digits, '-', '_'.
    QString namePrefix = QStringLiteral("sim");
    QString host = QStringLiteral("127.0.0.1");
    // Up to 3 further loopback addresses each instance also listens on, same port.
    // ipmi_sim 2.0.33 takes one address per LAN channel, so host is channel 1 and
    // extraHosts[i] channel i + 2, each with its own LAN settings.
    QStringList extraHosts;
    // Names of at most 16 bytes, passwords of at most 19: ipmi_sim refuses RMCP+
    // logins with a 20-byte password (that is the pyghmi fixture's job), and IPMI 1.5
    // logins use the first 16 bytes of a longer one.
    QList<Account> accounts = defaultIpmiSimAccounts();
    // A SOL serial port: ipmi_sim then answers SOL configuration parameters 0, 1, 5
    // and 6 (enable, bit rates); without one it refuses them all (C1h).
    bool serialOverLan = false;
    // When non-zero, instance 0 also serves a QEMU guest's system interface: it listens
    // on TCP 127.0.0.1:<kcsPort> for QEMU's ipmi-bmc-extern ("serial kcs ... codec VM"),
    // so what the guest's driver changes is seen over LAN and in the state files.
    quint16 kcsPort = 0;
};

// OpenIPMI ipmi_sim instances (always run with -n), each a complete server: the
// sensors, SDR repository, FRU and SEL of its profile, the accounts of the options,
// IPMI 1.5 MD5 and straight-password logins, RMCP+ suites 3, 2, 1, 6 and 0 (which
// admits any password), chassis control and LAN configuration through hook scripts
// whose state is readable here. SEL time stamps are real dates, but Get SEL Time
// reports the simulator's clock: seconds since the host booted.
//
// Tools that work against it (see tests/demo/tst_fixtures.cpp):
//   ipmitool -I lanplus -C 3 -H <host> -p <port> -U admin -P <password> ...
//   ipmitool -I lan -A MD5 -H <host> -p <port> -U admin -P <password> ...
//   ipmi-sensors -h <host>:<port> -u admin -p <password> --driver-type=LAN_2_0
//                -W opensesspriv --sdr-cache-directory=<tmp> --quiet-cache
class IpmiSimFixture : public SimFixture
{
    Q_OBJECT

public:
    explicit IpmiSimFixture(IpmiSimOptions options = {}, QObject *parent = nullptr);

    // The profiles this build carries ("r2u", "r1u", "edge").
    static QStringList profiles();
    const IpmiSimOptions &options() const { return m_options; }

    // LAN parameters ipmi_sim leaves to its lan_config_program hook: ip_addr,
    // ip_addr_src, subnet_mask, mac_addr, default_gw_ip_addr, default_gw_mac_addr,
    // backup_gw_ip_addr, backup_gw_mac_addr. ipmi_sim reads them back on demand.
    QString lanSetting(int index, const QString &key, int channel = 1) const;
    void setLanSetting(int index, const QString &key, const QString &value, int channel = 1);
    QString lanStateFile(int index, int channel = 1) const;

protected:
    int plannedCount() const override { return m_options.count; }
    QString instanceName(int index) const override;
    QStringList addresses(int index) const override;
    bool reportsOwnPort() const override { return false; }
    std::optional<Launch> prepare(int index, SimBmc &bmc, QString *error) override;

private:
    bool checkOptions(QString *error) const;
    QByteArray lanConf(const SimBmc &bmc, const QString &guid) const;

    IpmiSimOptions m_options;
    QString m_program;
};

} // namespace sim
