// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "daemon/exposition.h"
#include "daemon/targetsnapshot.h"

#include <QSet>

#include <bitset>

// Writes one target's snapshot as the ipmi_exporter's families into an Exposition: ipmi_up
// per enabled collector that has been polled, the scrape duration, and each collector's
// metrics when its latest poll succeeded; nothing for a target not polled yet. extraLabels (target, server, group in /metrics; none in /ipmi)
// go on every sample.
class SnapshotMetrics
{
public:
    using Collectors = std::bitset<TargetSnapshot::CollectorCount>;

    // Sensors whose SDR record id is in excludedSensorIds are left out.
    static void write(const TargetSnapshot &snapshot, Collectors collectors, const Exposition::Labels &extraLabels,
                      Exposition &out, const QSet<quint16> &excludedSensorIds = {});

    // Sensor identity labels as the exporter prints them: id (SDR record id, decimal),
    // name, and type for the generic families.
    static Exposition::Labels sensorLabels(const ipmi::sensor::SensorView &sensor, bool withType);
};
