# SPDX-License-Identifier: GPL-3.0-or-later
"""The simulated server models. Each profile is a machine a lab might own: its
sensors (through the knobs of sensors.py), identity, FRU text and event history."""

from datetime import datetime, timezone

PROFILES = {
    "r2u": dict(
        description="2U dual-socket rack server",
        product="Pilot R240", product_id=0x0240, firmware=(2, 0x41),
        # Drive 3 failed, CPU2 runs hot, fan 5B is slowing down.
        knobs=dict(cpus=2, fans=6, rotors=2, psus=2, drives=8, faulty_drives={3},
                   readings={"CPU2 Temp": 87, "Fan5B": 720}),
        serial="R240-7Q3K9", board_serial="BQ2310-04417",
        made=datetime(2023, 11, 14, 9, 30, tzinfo=timezone.utc),
        history_start=datetime(2024, 5, 1, tzinfo=timezone.utc), events=120),
    "r1u": dict(
        description="1U single-socket rack server",
        product="Pilot R120", product_id=0x0120, firmware=(1, 0x17),
        # PSU2 lost its AC feed (redundancy lost), the CMOS battery runs low.
        knobs=dict(cpus=1, fans=8, rotors=1, psus=2, drives=4, redundancy=1,
                   psu_states={2: {0, 3}},
                   readings={"VBAT": 2.62, "PSU2 Vin": 100, "PSU2 Iin": 0, "PSU2 Iout": 0,
                             "PSU2 Pin": 0, "PSU2 Pout": 0}),
        serial="R120-2M8D1", board_serial="BQ2209-11873",
        made=datetime(2022, 9, 2, 14, 5, tzinfo=timezone.utc),
        history_start=datetime(2024, 2, 12, tzinfo=timezone.utc), events=104),
    "edge": dict(
        description="edge node in an outdoor cabinet",
        product="Pilot E10", product_id=0x0e10, firmware=(3, 0x02),
        # Winter outside, the cabinet door open.
        # Its firmware stores names as OpenIPMI's sdrcomp does by default: upper-case
        # names in 6-bit packed ASCII, digit-only names in BCD plus, both with the
        # length counted in characters.
        packed_names=True,
        knobs=dict(cpus=1, fans=4, rotors=2, psus=1, drives=2, intrusion={0}, bare_rail_name=True,
                   readings={"Outside Air Temp": -22, "Intake Duct Temp": -12.5,
                             "Inlet Temp": 8, "Exhaust Temp": 24}),
        serial="E010-5T6Z4", board_serial="BQ2402-00291",
        made=datetime(2024, 1, 22, 6, 45, tzinfo=timezone.utc),
        history_start=datetime(2024, 6, 10, tzinfo=timezone.utc), events=110),
    "b2u": dict(
        description="2U blade chassis node",
        product="Pilot B220", product_id=0x0b22, firmware=(4, 0x10),
        # Its firmware keeps every sensor in a full record (discrete ones too, one record
        # per sensor, never shared) and stores upper-case names, which sdrcomp packs as
        # 6-bit ASCII, as many BMCs do.
        full_records=True, packed_names=True, upper_names=True,
        knobs=dict(cpus=2, fans=4, rotors=2, psus=2, drives=4, faulty_drives={2},
                   readings={"CPU1 Temp": 71, "Fan3A": 1100}),
        serial="B220-8H2L5", board_serial="BQ2405-30118",
        made=datetime(2024, 5, 7, 11, 20, tzinfo=timezone.utc),
        history_start=datetime(2024, 9, 1, tzinfo=timezone.utc), events=96),
}

MANUFACTURER = "BMC Pilot Test Lab"
MONTAVISTA_IANA = 0x001291  # ipmi_sim reports OpenIPMI's (MontaVista's) number
