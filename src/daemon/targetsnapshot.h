// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/cmd/app.h"
#include "ipmi/cmd/chassis.h"
#include "ipmi/sel/selcommands.h"
#include "ipmi/sensor/sensorview.h"

#include <QString>

#include <optional>
#include <vector>

// What the latest background poll of one BMC found, per collector: a plain value, copied
// out to whoever writes metrics. A collector whose latest attempt failed has no value
// and its error says why (ipmi_up 0).
struct TargetSnapshot
{
    enum Collector { Ipmi, Bmc, Chassis, Sel, CollectorCount };
    static constexpr const char *collectorName(Collector c)
    {
        constexpr const char *names[] = {"ipmi", "bmc", "chassis", "sel"};
        return names[c];
    }

    struct Outcome
    {
        bool attempted = false; // false until the collector's first poll ended
        bool ok = false;
        QString error;
        qint64 finishedMs = 0;
    };
    Outcome outcomes[CollectorCount];

    std::vector<ipmi::sensor::SensorView> sensors;
    std::optional<ipmi::cmd::DeviceId> deviceId;
    QString manufacturer; // the IANA name of deviceId's manufacturer, when known
    std::optional<ipmi::cmd::ChassisStatus> chassis;
    std::optional<ipmi::sel::SelInfo> sel;
    double pollSeconds = 0; // how long the latest poll took, from start to last answer
};
