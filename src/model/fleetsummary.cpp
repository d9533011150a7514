// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetsummary.h"

#include "sensormonitor.h"

#include <QStringList>

#include <algorithm>

QString FleetSummary::power(const ipmi::cmd::ChassisStatus &status)
{
    QStringList faults;
    if (status.mainPowerFault)
        faults << tr("main power fault");
    if (status.powerControlFault)
        faults << tr("power control fault");
    if (status.powerOverload)
        faults << tr("power overload");
    if (status.powerInterlock)
        faults << tr("interlock active");
    const QString state = status.powerOn ? tr("Power is on") : tr("Power is off");
    return faults.isEmpty() ? tr("%1.").arg(state) : tr("%1; %2.").arg(state, faults.join(tr(", ")));
}

QString FleetSummary::sensors(const std::vector<ipmi::sensor::SensorView> &sensors)
{
    int ok = 0, warning = 0, critical = 0;
    QStringList named;
    for (const ipmi::sensor::SensorView &view : sensors) {
        const ServerStatus::Health health = SensorMonitor::healthOf(view);
        ok += health == ServerStatus::Health::Ok;
        warning += health == ServerStatus::Health::Warning;
        critical += health == ServerStatus::Health::Critical;
        if (health == ServerStatus::Health::Warning || health == ServerStatus::Health::Critical)
            named << QString::fromStdString(view.name);
    }
    // Spelled out rather than %n: without an English translation loaded %n reads "sensor(s)".
    const int count = int(sensors.size());
    QString text = (count == 1 ? tr("1 sensor") : tr("%1 sensors").arg(count))
                   + tr(": %1 ok, %2 warning, %3 critical").arg(ok).arg(warning).arg(critical);
    if (!named.isEmpty()) {
        QString list = named.mid(0, NamedSensors).join(tr(", "));
        if (named.size() > NamedSensors)
            list += tr(", …");
        text += tr(" (%1)").arg(list);
    }
    return text;
}

QString FleetSummary::sel(const std::vector<SelMonitor::Event> &events)
{
    if (events.empty())
        return tr("The SEL is empty.");
    int warning = 0, critical = 0;
    for (const SelMonitor::Event &event : events) {
        warning += event.severity == HistoryEvent::Severity::Warning;
        critical += event.severity == HistoryEvent::Severity::Critical;
    }
    const int count = int(events.size());
    const QString counts = (count == 1 ? tr("1 entry") : tr("%1 entries").arg(count))
                           + tr(": %1 critical, %2 warning").arg(critical).arg(warning);
    // The newest entry that says when it happened (the BMC's record order: newest last);
    // OEM records without a time say nothing a person can use here.
    const auto latest = std::find_if(events.rbegin(), events.rend(),
                                     [](const SelMonitor::Event &event) { return !event.time.isEmpty(); });
    if (latest == events.rend())
        return counts;
    return counts + tr("; latest %1 (%2)").arg(latest->time, SelMonitor::historyText(*latest));
}
