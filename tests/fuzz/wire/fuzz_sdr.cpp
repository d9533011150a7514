// SPDX-License-Identifier: GPL-3.0-or-later
// SDR records: any bytes decode or fail cleanly; a decoded record's header agrees with
// the input, conversion of every raw value of a full sensor stays finite or absent, and
// every sensor has a name.
#include "fuzz_check.h"
#include "ipmi/sdr/records.h"
#include "ipmi/sdr/units.h"

#include <cmath>
#include <variant>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ipmi::ByteView input(data, size);
    auto record = ipmi::sdr::decodeRecord(input);
    if (!record) {
        FUZZ_CHECK(!record.error().message.empty());
        return 0;
    }
    const auto &header = ipmi::sdr::headerOf(*record);
    FUZZ_CHECK(size == ipmi::sdr::HeaderSize + header.length);
    if (const auto *full = std::get_if<ipmi::sdr::FullSensor>(&*record)) {
        (void)ipmi::sdr::unitDisplay(full->units.raw, full->units.baseUnit,
                                     full->units.modifierUnit);
        for (unsigned raw = 0; raw < 256; ++raw) {
            const auto value =
                ipmi::sdr::sensorValue(*full, static_cast<std::uint8_t>(raw), full->factors);
            FUZZ_CHECK(!value || std::isfinite(*value));
        }
        if (auto value = ipmi::sdr::sensorValue(*full, full->nominalReading, full->factors))
            FUZZ_CHECK(ipmi::sdr::valueToRaw(*value, full->units.format, full->linearization,
                                             full->factors)
                           .has_value());
    }
    // Every sensor keeps a name: the BMC's, or a stand-in that a problem explains.
    if (const auto *compact = std::get_if<ipmi::sdr::CompactSensor>(&*record)) {
        const auto sensors = ipmi::sdr::expandShared(*compact);
        FUZZ_CHECK(sensors.size() == compact->sharing.shareCount);
        for (const auto &sensor : sensors)
            FUZZ_CHECK(!sensor.name.empty());
    }
    if (const auto *eventOnly = std::get_if<ipmi::sdr::EventOnlySensor>(&*record)) {
        const auto sensors = ipmi::sdr::expandShared(*eventOnly);
        FUZZ_CHECK(sensors.size() == eventOnly->sharing.shareCount);
        for (const auto &sensor : sensors)
            FUZZ_CHECK(!sensor.name.empty());
    }
    if (const auto *full = std::get_if<ipmi::sdr::FullSensor>(&*record))
        FUZZ_CHECK(!full->id.text.empty());
    for (const auto &problem : ipmi::sdr::problemsOf(*record))
        FUZZ_CHECK(problem.rfind("SDR record ", 0) == 0);
    return 0;
}
