// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/lan/lanconfigreader.h"
#include "model/propertytreemodel.h"

// The LAN configuration of one channel as name/value rows: addresses, VLAN, the cipher
// suites with their privilege limits and the authentication types enabled per privilege.
// Parameters the BMC lacks are left out.
class LanConfigModel : public PropertyTreeModel
{
    Q_OBJECT

public:
    explicit LanConfigModel(QObject *parent = nullptr);

    void setConfig(std::uint8_t channel, const ipmi::lan::LanConfigRead &read);
    const ipmi::lan::LanConfig &config() const { return m_config; }
    std::uint8_t channel() const { return m_channel; }
    bool hasConfig() const { return m_loaded; }
    void clearConfig();

private:
    ipmi::lan::LanConfig m_config;
    std::uint8_t m_channel = 0;
    bool m_loaded = false;
};
