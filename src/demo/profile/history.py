# SPDX-License-Identifier: GPL-3.0-or-later
"""A few months of event history for a simulated server, generated from its own
sensors so every record points at a sensor the SDR repository describes (plus a
few BIOS and OEM records that, as on real machines, point at nothing)."""

import sel
from model import Analog, EventOnly

HOUR = 3600


class Lcg:
    """Tiny deterministic generator (Numerical Recipes constants): the history must
    not depend on the Python version's random module."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next(self, bound):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 8) % bound


def _find(sensors, name):
    for s in sensors:  # a profile with upper_names stores "CPU2 TEMP"
        if s.name.upper() == name.upper():
            return s
    return None


def _discrete(t, sensor, offset, data=(0xFF, 0xFF), direction=sel.ASSERT, index=0):
    return sel.system_event(t, sensor.type_code, sensor.number + index, sensor.event_type,
                            (offset, *data), direction)


def _incidents(sensors, knobs):
    """Generators of record lists, each one a plausible thing that happened."""
    fans = [s for s in sensors if isinstance(s, Analog) and s.sensor_type == "Fan"]
    hot = _find(sensors, "CPU2 Temp") or _find(sensors, "CPU1 Temp")
    inlet = _find(sensors, "Inlet Temp")
    outside = _find(sensors, "Outside Air Temp")
    vbat = _find(sensors, "VBAT")
    psu = _find(sensors, f"PSU{knobs['psus']} Status")
    vin = _find(sensors, f"PSU{knobs['psus']} Vin")
    dimms = _find(sensors, "DIMM A")
    drives = _find(sensors, "Drive")
    intrusion = _find(sensors, "Intrusion")
    watchdog = _find(sensors, "Watchdog")

    def pair(t, sensor, threshold, gap):
        return [sel.threshold_event(t, sensor, threshold),
                sel.threshold_event(t + gap, sensor, threshold, sel.DEASSERT)]

    incidents = [
        lambda t, r: pair(t, fans[r.next(len(fans))], "lnc", 40 + r.next(600)),
        lambda t, r: pair(t, hot, "unc", 300 + r.next(3000)),
        lambda t, r: pair(t, inlet, "unc", 900 + r.next(HOUR)),
        lambda t, r: pair(t, outside, "lnc", 4 * HOUR + r.next(8 * HOUR)),
        lambda t, r: [_discrete(t, dimms, 0x30, (0xFF, 2), index=2)],  # correctable ECC
        lambda t, r: [_discrete(t, psu, 0x03),  # AC lost, then the input voltage drop
                      sel.threshold_event(t + 2, vin, "lc"),
                      sel.threshold_event(t + 95, vin, "lc", sel.DEASSERT),
                      _discrete(t + 96, psu, 0x03, direction=sel.DEASSERT)],
        lambda t, r: [_discrete(t, intrusion, 0x00),
                      _discrete(t + 600 + r.next(HOUR), intrusion, 0x00,
                                direction=sel.DEASSERT)],
        lambda t, r: [_discrete(t, watchdog, 0x01)],  # watchdog hard reset
        lambda t, r: [sel.system_event(t + 5, 0x1D, 0x8F, 0x6F, (0x01, 0xFF, 0xFF),
                                       generator=sel.BIOS_GENERATOR)],  # boot initiated
        lambda t, r: [sel.threshold_event(t, vbat, "lnc")],
    ]
    if knobs.get("faulty_drives"):
        slot = sorted(knobs["faulty_drives"])[0]
        incidents.append(lambda t, r: [_discrete(t, drives, 0x01, index=slot)])
    return incidents


def build(profile, sensors, seed):
    """The profile's SEL as (record type, 13-byte body) tuples, oldest first."""
    knobs = profile["knobs"]
    rng = Lcg(seed)
    t = int(profile["history_start"].timestamp())
    log_sensor = next(s for s in sensors if isinstance(s, EventOnly)
                      and s.sensor_type == "Event_Logging_Disabled")
    records = [_discrete(t, log_sensor, 0x02)]  # log area reset/cleared
    incidents = _incidents(sensors, knobs)
    while len(records) < profile["events"]:
        t += HOUR + rng.next(30 * HOUR)
        choice = rng.next(len(incidents) + 2)
        if choice == len(incidents):  # an OEM record from the BMC firmware
            payload = bytes([0x42, 0x50, rng.next(256), rng.next(256), 0x00, 0x01])
            records.append(sel.oem_timestamped(t, 0xC1, 0x001291, payload))
        elif choice == len(incidents) + 1:
            body = bytes([0x50, 0x49, 0x4C, 0x4F, 0x54]) + t.to_bytes(4, "little") + bytes(4)
            records.append(sel.oem_plain(0xE1, body))
        else:
            records.extend(incidents[choice](t, rng))
    return records[:profile["events"]]

