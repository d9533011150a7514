// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/lan/alertdestination.h"
#include "ipmi/op/parameterwriter.h"
#include "ipmi/pef/filterpresets.h"
#include "ipmi/pef/pefcommands.h"
#include "ipmi/pef/peftables.h"

#include <QObject>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>
#include <vector>

class Fleet;

// How a server's BMC reports events to an administrator: Platform Event Filtering (on or
// off, the actions it may take, the event filter table) and the alert destinations of
// its LAN channel (where the SNMP traps go), for the alerts page and anyone else.
//
// Every write goes through set in progress (where the BMC has it), is rolled back when
// a part is refused, and is read back: done gets the sentence to show, or an Error
// saying what was refused and that nothing else changed. Callbacks run in the context
// object's thread and are dropped once it is gone. The service looks the server's Bmc up
// at every step and never keeps it.
class AlertService : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(ipmi::Result<T>)>;

    struct PefSettings
    {
        ipmi::pef::Capabilities capabilities;
        ipmi::pef::Control control;
        std::uint8_t actionsEnabled = 0; // PEF action global control (parameter 2)
        std::vector<ipmi::pef::EventFilter> filters;
        QStringList refused; // filter entries the BMC would not give, as sentences
    };
    struct Destinations
    {
        std::uint8_t channel = 0;
        std::uint8_t count = 0;
        std::vector<ipmi::lan::AlertDestination> destinations;
        QStringList refused;
    };

    explicit AlertService(Fleet *fleet, QObject *parent = nullptr);

    void readPef(const QUuid &server, QObject *context, Done<PefSettings> done);
    void setPefEnabled(const QUuid &server, bool enabled, QObject *context, Done<QString> done);
    void setPefActions(const QUuid &server, std::uint8_t actions, QObject *context, Done<QString> done);
    void setFilterEnabled(const QUuid &server, const ipmi::pef::EventFilter &filter, bool enabled,
                          QObject *context, Done<QString> done);
    // Writes the preset into entry `number` (see ipmi::pef::firstFreeFilter).
    void addPresetFilter(const QUuid &server, ipmi::pef::FilterPreset preset, std::uint8_t number,
                         QObject *context, Done<QString> done);

    // The destinations of the server's LAN channel.
    void readDestinations(const QUuid &server, QObject *context, Done<Destinations> done);
    void changeDestination(const QUuid &server, std::uint8_t channel, const ipmi::lan::AlertDestination &present,
                           const ipmi::lan::AlertDestinationChange &change, QObject *context, Done<QString> done);
    // A platform event as a temperature sensor above its upper critical threshold
    // (ipmi::sel::testPlatformEvent): with PEF on and a filter matching it, the BMC
    // alerts its destinations.
    void sendTestEvent(const QUuid &server, QObject *context, Done<QString> done);

    // The name of a filter preset, translated.
    static QString presetName(ipmi::pef::FilterPreset preset);

private:
    void write(const QUuid &server, std::shared_ptr<const ipmi::op::ParameterSpace> space,
               std::vector<ipmi::op::ParameterWrite> writes, const QString &success, QObject *context,
               Done<QString> done);
    void readPefParameter(const QUuid &server, std::uint8_t parameter, QObject *context, Done<std::uint8_t> done);

    Fleet *m_fleet;
};
