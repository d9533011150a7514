// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/lanconfigmodel.h"
#include "coretext.h"

#include "ipmi/user/usercommands.h"

using namespace ipmi::lan;

namespace {

QString authText(std::uint8_t bits)
{
    const QString names = QString::fromStdString(authTypeNames(bits)).trimmed();
    return names.isEmpty() ? LanConfigModel::tr("none enabled") : names;
}

} // namespace

LanConfigModel::LanConfigModel(QObject *parent) : PropertyTreeModel(parent) {}

void LanConfigModel::clearConfig()
{
    m_config = {};
    m_loaded = false;
    clear();
}

void LanConfigModel::setConfig(std::uint8_t channel, const LanConfigRead &read)
{
    m_config = read.config;
    m_channel = channel;
    m_loaded = true;
    const LanConfig &config = read.config;
    auto root = std::make_unique<Node>();
    Node *address = root->add(tr("Address (channel %1)").arg(channel));
    if (config.ipSource)
        address->add(tr("IP address source"), CoreText::translate(ipSourceName(*config.ipSource)));
    const std::pair<QString, const std::optional<Ipv4Address> *> ips[] = {
        {tr("IP address"), &config.ipAddress},
        {tr("Subnet mask"), &config.subnetMask},
        {tr("Default gateway"), &config.defaultGatewayIp},
        {tr("Backup gateway"), &config.backupGatewayIp}};
    for (const auto &[name, value] : ips)
        if (*value)
            address->add(name, QString::fromStdString(ipv4Text(**value)));
    const std::pair<QString, const std::optional<MacAddress> *> macs[] = {
        {tr("MAC address"), &config.macAddress},
        {tr("Default gateway MAC"), &config.defaultGatewayMac},
        {tr("Backup gateway MAC"), &config.backupGatewayMac}};
    for (const auto &[name, value] : macs)
        if (*value)
            address->add(name, QString::fromStdString(macText(**value)));
    if (config.vlan)
        address->add(tr("VLAN"), config.vlan->enabled ? tr("ID %1").arg(config.vlan->id) : tr("off"));
    if (config.vlanPriority)
        address->add(tr("VLAN priority"), QString::number(*config.vlanPriority));

    if (config.cipherSuites) {
        Node *suites = root->add(tr("RMCP+ cipher suites"));
        for (std::size_t i = 0; i < config.cipherSuites->size(); ++i) {
            const std::uint8_t suite = (*config.cipherSuites)[i];
            QString limit = tr("unknown");
            if (config.cipherSuitePrivileges && suite < config.cipherSuitePrivileges->size()) {
                const std::uint8_t level = (*config.cipherSuitePrivileges)[suite];
                limit = level == 0 ? tr("unused") : CoreText::translate(ipmi::privilegeName(level));
            }
            Node *row = suites->add(tr("Suite %1").arg(suite), limit);
            // Suite 0 logs in without checking any password.
            row->problem = suite == 0 && limit != tr("unused");
        }
    }
    if (config.authTypeEnables) {
        Node *auth = root->add(tr("IPMI 1.5 authentication types"));
        const AuthTypeEnables &enables = *config.authTypeEnables;
        auth->add(tr("Callback"), authText(enables.callback));
        auth->add(tr("User"), authText(enables.user));
        auth->add(tr("Operator"), authText(enables.operatorLevel));
        auth->add(tr("Administrator"), authText(enables.admin));
        auth->add(tr("OEM"), authText(enables.oem));
    }
    setTree(std::move(root));
}
