# SPDX-License-Identifier: GPL-3.0-or-later
"""System Event Log records.

ipmi_sim's `sel_add` command stamps every record with the simulator's own clock
(seconds since the host booted, which clients show as "Pre-Init"), so a log with
a realistic history cannot be built with it. Instead the fixture installs the SEL
persistence file (`<state>/ipmi_sim/<name>/sel.20`, see persist.py), which
ipmi_sim loads at `sel_enable`.
"""

BMC_GENERATOR = 0x0020  # IPMB slave address 20h, LUN 0
BIOS_GENERATOR = 0x0001  # software ID 00h (system BIOS)
EVM_REV = 0x04  # IPMI 1.5+ event message format

ASSERT = 0x00
DEASSERT = 0x80

# Threshold event offsets (IPMI 2.0 table 42-2, event/reading type 01h).
OFFSET = {"lnc": 0x00, "lc": 0x02, "lnr": 0x04, "unc": 0x07, "uc": 0x09, "unr": 0x0B}


def system_event(timestamp, sensor_type, sensor, event_type, data,
                 direction=ASSERT, generator=BMC_GENERATOR):
    """Record type 02h; data is event data 1..3."""
    body = bytearray(timestamp.to_bytes(4, "little"))
    body += generator.to_bytes(2, "little")
    body += bytes([EVM_REV, sensor_type, sensor, direction | event_type, *data])
    return 0x02, bytes(body)


def threshold_event(timestamp, sensor, threshold, direction=ASSERT):
    """Threshold crossing of an Analog sensor: trigger reading in data 2 and the
    crossed threshold in data 3 (data 1 bits 7:4 = 0101b say so). An assertion
    reads beyond the threshold, a deassertion back inside it past the hysteresis."""
    raw_limit = sensor.raw_thresholds()[threshold]
    step = -1 if threshold in ("lnc", "lc", "lnr") else 1
    if direction == DEASSERT:
        step = -step * (sensor.hysteresis + 1)
    reading = max(0, min(255, raw_limit + step * 2))
    if sensor.conv.fmt != "unsigned" and (raw_limit >= 0x80) != (reading >= 0x80):
        reading = raw_limit  # stay on the threshold's side of zero
    data = (0x50 | OFFSET[threshold], reading, raw_limit)
    return system_event(timestamp, sensor.type_code, sensor.number, 0x01, data, direction)


def oem_timestamped(timestamp, record_type, manufacturer, payload):
    """Record types C0h-DFh: timestamp, 3-byte IANA number, 6 OEM bytes."""
    if not 0xC0 <= record_type <= 0xDF or len(payload) != 6:
        raise ValueError("bad timestamped OEM record")
    body = timestamp.to_bytes(4, "little") + manufacturer.to_bytes(3, "little") + payload
    return record_type, body


def oem_plain(record_type, payload):
    """Record types E0h-FFh: 13 OEM bytes, no timestamp."""
    if not 0xE0 <= record_type <= 0xFF or len(payload) != 13:
        raise ValueError("bad non-timestamped OEM record")
    return record_type, bytes(payload)


def raw(record_id, record):
    """The 16-byte SEL entry: record ID, record type, 13-byte body."""
    record_type, body = record
    if len(body) != 13:
        raise ValueError("a SEL record body is 13 bytes")
    return record_id.to_bytes(2, "little") + bytes([record_type]) + body


def timestamp(record):
    """Seconds since 1970 of a timestamped record, 0 for E0h-FFh OEM records."""
    record_type, body = record
    return int.from_bytes(body[0:4], "little") if record_type < 0xE0 else 0
