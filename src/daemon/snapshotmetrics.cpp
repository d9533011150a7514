// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/snapshotmetrics.h"

#include "daemon/exporternames.h"

namespace {

Exposition::Labels with(Exposition::Labels labels, const Exposition::Labels &extra)
{
    labels.append(extra);
    return labels;
}

void writeSensors(const TargetSnapshot &snapshot, const Exposition::Labels &extra, Exposition &out,
                  const QSet<quint16> &excluded)
{
    for (const ipmi::sensor::SensorView &sensor : snapshot.sensors) {
        if (excluded.contains(sensor.recordId))
            continue;
        const ExporterNames::SensorFamily family = ExporterNames::familyOf(sensor);
        const Exposition::Labels labels = with(SnapshotMetrics::sensorLabels(sensor, family.withType), extra);
        out.declare(family.valueName, family.valueHelp);
        out.declare(family.stateName, family.stateHelp);
        out.add(family.valueName, labels, ExporterNames::valueOf(sensor));
        out.add(family.stateName, labels, ExporterNames::stateOf(sensor));
    }
}

void writeBmc(const TargetSnapshot &snapshot, const Exposition::Labels &extra, Exposition &out)
{
    const ipmi::cmd::DeviceId &id = *snapshot.deviceId;
    QByteArray manufacturer = snapshot.manufacturer.toUtf8();
    manufacturer += (manufacturer.isEmpty() ? "(" : " (") + QByteArray::number(id.manufacturerId) + ')';
    out.declare(ExporterNames::BmcInfo, ExporterNames::BmcInfoHelp);
    // The system firmware version is read by FreeIPMI from the system info parameters,
    // which many BMCs do not keep; the exporter then prints N/A, as here.
    out.add(ExporterNames::BmcInfo,
            with({{"firmware_revision", QByteArray::fromStdString(ipmi::cmd::firmwareRevisionText(id))},
                  {"manufacturer_id", manufacturer},
                  {"system_firmware_version", "N/A"}},
                 extra),
            1);
}

void writeChassis(const TargetSnapshot &snapshot, const Exposition::Labels &extra, Exposition &out)
{
    const ipmi::cmd::ChassisStatus &status = *snapshot.chassis;
    out.declare(ExporterNames::PowerState, ExporterNames::PowerStateHelp);
    out.add(ExporterNames::PowerState, extra, status.powerOn ? 1 : 0);
    out.declare(ExporterNames::DriveFault, ExporterNames::DriveFaultHelp);
    out.add(ExporterNames::DriveFault, extra, status.driveFault ? 0 : 1);
    out.declare(ExporterNames::CoolingFault, ExporterNames::CoolingFaultHelp);
    out.add(ExporterNames::CoolingFault, extra, status.coolingFault ? 0 : 1);
}

void writeSel(const TargetSnapshot &snapshot, const Exposition::Labels &extra, Exposition &out)
{
    out.declare(ExporterNames::SelCount, ExporterNames::SelCountHelp);
    out.add(ExporterNames::SelCount, extra, snapshot.sel->entries);
    out.declare(ExporterNames::SelFree, ExporterNames::SelFreeHelp);
    out.add(ExporterNames::SelFree, extra, snapshot.sel->freeBytes);
}

} // namespace

Exposition::Labels SnapshotMetrics::sensorLabels(const ipmi::sensor::SensorView &sensor, bool withType)
{
    Exposition::Labels labels{{"id", QByteArray::number(sensor.recordId)},
                              {"name", QByteArray::fromStdString(sensor.name)}};
    if (withType)
        labels.append({"type", ExporterNames::sensorTypeName(sensor.sensorType)});
    return labels;
}

void SnapshotMetrics::write(const TargetSnapshot &snapshot, Collectors collectors,
                            const Exposition::Labels &extraLabels, Exposition &out,
                            const QSet<quint16> &excludedSensorIds)
{
    // A collector whose first poll has not ended yet is left out rather than reported
    // down: a restart of the service must not look like BMCs failing.
    bool any = false;
    for (int c = 0; c < TargetSnapshot::CollectorCount; ++c)
        any = any || (collectors.test(std::size_t(c)) && snapshot.outcomes[c].attempted);
    if (!any)
        return;
    out.declare(ExporterNames::Up, ExporterNames::UpHelp);
    for (int c = 0; c < TargetSnapshot::CollectorCount; ++c) {
        if (!collectors.test(std::size_t(c)) || !snapshot.outcomes[c].attempted)
            continue;
        const auto collector = TargetSnapshot::Collector(c);
        const bool ok = snapshot.outcomes[c].ok;
        out.add(ExporterNames::Up, with({{"collector", TargetSnapshot::collectorName(collector)}}, extraLabels),
                ok ? 1 : 0);
        if (!ok)
            continue;
        switch (collector) {
        case TargetSnapshot::Ipmi:
            writeSensors(snapshot, extraLabels, out, excludedSensorIds);
            break;
        case TargetSnapshot::Bmc:
            if (snapshot.deviceId)
                writeBmc(snapshot, extraLabels, out);
            break;
        case TargetSnapshot::Chassis:
            if (snapshot.chassis)
                writeChassis(snapshot, extraLabels, out);
            break;
        case TargetSnapshot::Sel:
            if (snapshot.sel)
                writeSel(snapshot, extraLabels, out);
            break;
        case TargetSnapshot::CollectorCount:
            break;
        }
    }
    out.declare(ExporterNames::ScrapeDuration, ExporterNames::ScrapeDurationHelp);
    out.add(ExporterNames::ScrapeDuration, extraLabels, snapshot.pollSeconds);
}
