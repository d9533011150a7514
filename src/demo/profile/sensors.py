# SPDX-License-Identifier: GPL-3.0-or-later
"""The sensor set of the simulated servers.

One function builds the sensors of a whole machine from a few knobs, so the
profiles differ the way real models do (socket count, fans, PSUs, faults) while
sharing one sensor numbering. Conversion factors are deliberately varied: M != 1,
negative B, positive and negative exponents, and both signed raw formats.
"""

from model import Analog, Conversion, Discrete, EventOnly

DEG = dict(sensor_type="Temperature", type_code=0x01, unit="degrees_C")
VOLT = dict(sensor_type="Voltage", type_code=0x02, unit="Volts")
AMP = dict(sensor_type="Current", type_code=0x03, unit="Amps")
FAN = dict(sensor_type="Fan", type_code=0x04, unit="RPM")
PSU_WATT = dict(sensor_type="Power_Supply", type_code=0x08, unit="Watts")
WATT = dict(sensor_type="Other_Units_Based_Sensor", type_code=0x0B, unit="Watts")

ONE = Conversion()
HALF_DEGREE = Conversion(m=5, b=-20, r_exp=-1)  # 0.5 degC steps, -2 degC offset
TWO_DEGREE = Conversion(m=2)
OUTSIDE_AIR = Conversion(fmt="1s_complement")
DUCT_AIR = Conversion(m=5, r_exp=-1, fmt="2s_complement")
INLET = Conversion(fmt="2s_complement")
FAN_RPM = Conversion(m=120)
RAIL_12V = Conversion(m=63, r_exp=-3)
RAIL_5V = Conversion(m=27, r_exp=-3)
RAIL_3V3 = Conversion(m=18, r_exp=-3)
RAIL_1V8 = Conversion(m=8, r_exp=-3)
RAIL_VDDQ = Conversion(m=6, r_exp=-3)
RAIL_VCCIO = Conversion(m=5, b=30, b_exp=1, r_exp=-3)  # (5x + 300) mV
RAIL_VBAT = Conversion(m=16, r_exp=-3)
AC_INPUT = Conversion(b=100)  # 100..355 V
AMPS_IN = Conversion(m=2, r_exp=-2)
AMPS_OUT = Conversion(m=5, r_exp=-1)
WATTS_8 = Conversion(m=8)
WATTS_10 = Conversion(m=10)
WATTS_2 = Conversion(m=2)


def _limits(upper=None, lower=None):
    """(unc, uc, unr) and (lnc, lc, lnr) tuples to a threshold dict."""
    result = {}
    if upper:
        result.update(zip(("unc", "uc", "unr"), upper))
    if lower:
        result.update(zip(("lnc", "lc", "lnr"), lower))
    return result


def analog_sensors(knobs):
    """knobs: dict with cpus, fans, rotors, readings (name -> value overrides)."""
    s = []
    number = iter(range(1, 0x40))

    def add(name, kind, entity, instance, conv, reading, limits, hyst=1):
        value = knobs.get("readings", {}).get(name, reading)
        s.append(Analog(next(number), name, entity=entity, instance=instance, conv=conv,
                        reading=value, thresholds=limits, hysteresis=hyst, **kind))

    cpus = range(1, knobs["cpus"] + 1)
    add("Inlet Temp", DEG, "system_chassis", 1, INLET, 23, _limits((40, 45, 50), (3, 1)))
    add("Exhaust Temp", DEG, "system_chassis", 2, ONE, 38, _limits((70, 75, 80)))
    add("Outside Air Temp", DEG, "external_environment", 1, OUTSIDE_AIR, -7,
        _limits(lower=(-20, -30, -40)))
    add("Intake Duct Temp", DEG, "external_environment", 2, DUCT_AIR, -3,
        _limits(lower=(-10, -15, -20)))
    for cpu in cpus:
        add(f"CPU{cpu} Temp", DEG, "processor", cpu, ONE, 50 + 4 * cpu, _limits((85, 90, 95)))
        add(f"CPU{cpu} VR Temp", DEG, "power_module", cpu, ONE, 46 + 2 * cpu,
            _limits((100, 105, 110)))
        add(f"DIMM Zone{cpu} Temp", DEG, "memory_device", cpu, HALF_DEGREE, 40 + 1.5 * cpu,
            _limits((80, 85, 95)))
    add("PCH Temp", DEG, "system_board", 1, ONE, 52, _limits((80, 85, 90)))
    add("NIC Temp", DEG, "add-in_card", 1, ONE, 61, _limits((95, 100, 105)))
    add("RAID Temp", DEG, "add-in_card", 2, ONE, 67, _limits((90, 95, 100)))
    add("M.2 Temp", DEG, "disk_or_disk_bay", 9, ONE, 44, _limits((70, 75, 80)))
    for psu in range(1, knobs["psus"] + 1):
        add(f"PSU{psu} Temp", DEG, "power_supply", psu, TWO_DEGREE, 34 + 2 * psu,
            _limits((70, 80, 90)))

    for fan in range(1, knobs["fans"] + 1):
        for rotor in "AB"[:knobs["rotors"]]:
            name = f"Fan{fan}{rotor}" if knobs["rotors"] > 1 else f"Fan{fan}"
            rpm = 7200 + 240 * fan + (360 if rotor == "B" else 0)
            add(name, FAN, "fan_cooling_device", fan, FAN_RPM, rpm,
                _limits(lower=(840, 600, 360)), hyst=2)

    add("P12V", VOLT, "system_board", 1, RAIL_12V, 12.1, _limits((12.6, 13.2, 13.8),
                                                                  (11.4, 10.8, 10.2)))
    add("P5V", VOLT, "system_board", 1, RAIL_5V, 5.02, _limits((5.25, 5.5, 5.75),
                                                                (4.75, 4.5, 4.25)))
    add("P3V3", VOLT, "system_board", 1, RAIL_3V3, 3.31, _limits((3.47, 3.63, 3.8),
                                                                  (3.14, 2.97, 2.8)))
    add("P5V_STBY", VOLT, "system_board", 1, RAIL_5V, 4.97, _limits((5.25, 5.5),
                                                                     (4.75, 4.5)))
    add("P3V3_STBY", VOLT, "system_board", 1, RAIL_3V3, 3.29, _limits((3.47, 3.63),
                                                                       (3.14, 2.97)))
    add("P1V8_PCH", VOLT, "system_board", 1, RAIL_1V8, 1.8, _limits((1.89, 1.98),
                                                                     (1.71, 1.62)))
    add("VBAT", VOLT, "battery", 1, RAIL_VBAT, 3.04, _limits(lower=(2.7, 2.5)))
    for cpu in cpus:
        add(f"CPU{cpu} VCCIO", VOLT, "processor", cpu, RAIL_VCCIO, 1.0,
            _limits((1.1, 1.15), (0.9, 0.85)))
        for bank in ("ABC", "DEF"):
            add(f"CPU{cpu} VDDQ {bank}", VOLT, "memory_device", cpu, RAIL_VDDQ, 1.2,
                _limits((1.26, 1.32), (1.14, 1.08)))
    for psu in range(1, knobs["psus"] + 1):
        add(f"PSU{psu} Vin", VOLT, "power_supply", psu, AC_INPUT, 231 - 2 * psu,
            _limits((264, 270), (190, 180)))

    for psu in range(1, knobs["psus"] + 1):
        add(f"PSU{psu} Iin", AMP, "power_supply", psu, AMPS_IN, 1.3 - 0.06 * psu,
            _limits((4.0, 4.5, 5.0)))
        add(f"PSU{psu} Iout", AMP, "power_supply", psu, AMPS_OUT, 23.0 - psu,
            _limits((60, 66, 70)))
        add(f"PSU{psu} Pin", PSU_WATT, "power_supply", psu, WATTS_8, 296 - 8 * psu,
            _limits((800, 880)))
        add(f"PSU{psu} Pout", PSU_WATT, "power_supply", psu, WATTS_8, 272 - 8 * psu,
            _limits((760, 800)))
    add("Total Power", WATT, "system_chassis", 1, WATTS_10, 540, _limits((1400, 1500)))
    add("CPU Power", WATT, "processor", 1, WATTS_2, 106 * knobs["cpus"], _limits((400, 450)))
    add("Memory Power", WATT, "memory_device", 1, ONE, 38, _limits((90, 100)))
    # Some firmware names a rail by its voltage alone: sdrcomp writes that in BCD plus.
    if knobs.get("bare_rail_name"):
        add("1.05", VOLT, "system_board", 1, RAIL_1V8, 1.05, _limits((1.1, 1.16), (1.0, 0.95)))
    return s


def discrete_sensors(knobs):
    psu_states = knobs.get("psu_states", {})
    s = []
    for psu in range(1, knobs["psus"] + 1):  # 0 presence, 1 failure, 3 AC lost
        s.append(Discrete(0x40 + psu - 1, f"PSU{psu} Status", "Power_Supply", 0x08, 0x6F,
                          "power_supply", psu, (0, 1, 3), [psu_states.get(psu, {0})]))
    s.append(Discrete(0x44, "PS Redundancy", "Power_Unit", 0x09, 0x0B, "power_unit", 1,
                      (0, 1, 2), [{knobs.get("redundancy", 0)}]))
    s.append(Discrete(0x45, "Intrusion", "Physical_Security", 0x05, 0x6F,
                      "system_chassis", 1, (0,), [knobs.get("intrusion", set())]))
    for cpu in range(1, 3):  # socket 2 exists on every board; it may be empty
        present = {7} if cpu <= knobs["cpus"] else set()
        s.append(Discrete(0x46 + cpu - 1, f"CPU{cpu} Status", "Processor", 0x07, 0x6F,
                          "processor", cpu, (0, 1, 7), [present]))
    drives = knobs["drives"]
    faulty = knobs.get("faulty_drives", set())
    s.append(Discrete(0x60, "Drive", "Drive_Slot", 0x0D, 0x6F, "disk_or_disk_bay", 1,
                      (0, 1, 2), [({0, 1} if d in faulty else {0}) for d in range(drives)],
                      share_count=drives, first_modifier=0))
    for bank, base in (("A", 0x70), ("B", 0x78))[:knobs["cpus"]]:
        s.append(Discrete(base, f"DIMM {bank}", "Memory", 0x0C, 0x6F, "memory_device",
                          1 if bank == "A" else 9, (0, 1, 6), [{6}] * 8, share_count=8))
    return s


def event_only_sensors():
    return [EventOnly(0x50, "Event Log", "Event_Logging_Disabled", 0x10, 0x6F,
                      "system_management_module", 1),
            EventOnly(0x51, "Watchdog", "Watchdog_2", 0x23, 0x6F,
                      "system_management_module", 1)]
