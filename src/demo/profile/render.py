# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders a profile as sdrcomp source (the SDR repository) and as ipmi_sim emulator
commands (the live sensor state: readings, thresholds, event support, FRU data)."""

from model import THRESHOLDS, Analog, Discrete, EventOnly

BMC = 0x20

_ASSERT_NAMES = {"lnc": "lncgl", "lc": "lcgl", "lnr": "lnrgl",
                 "unc": "uncgh", "uc": "ucgh", "unr": "unrgh"}
# Threshold event bits in the 15-bit assertion masks of sensor_set_event_support.
_EVENT_BIT = {"lnc": 0, "lc": 2, "lnr": 4, "unc": 7, "uc": 9, "unr": 11}


def _sdr(kind, fields):
    lines = [f"sdr type {kind}"]
    lines += [f"\t{name:<24}{value}" for name, value in fields]
    lines.append("endsdr")
    return "\n".join(lines) + "\n"


def _common(sensor):
    return [("sensor_owner_id", f"0x{BMC:02x}"), ("sensor_owner_lun", 0),
            ("channel_number", 0), ("sensor_number", f"0x{sensor.number:02x}"),
            ("entity_id", sensor.entity), ("entity_instance", sensor.instance)]


def _init_flags(thresholds):
    names = ["init_scanning", "init_events", "init_sensor_type", "default_event_gen_on",
             "default_sensor_scan_on", "sensor_auto_rearm"]
    if thresholds:
        names += ["init_thresholds", "init_hysteresis"]
    return [(name, "true") for name in names]


def analog_sdr(s: Analog):
    raw = s.raw_thresholds()
    fields = _common(s) + _init_flags(True) + [
        ("sensor_hysteresis", "settable"), ("sensor_threshold_access", "settable"),
        ("sensor_event_msg_ctrl", "per_state"), ("sensor_type", s.sensor_type),
        ("event_reading_type_code", 1)]
    for name in THRESHOLDS:
        if name in raw:
            fields += [(f"assert_{_ASSERT_NAMES[name]}", "true"),
                       (f"deassert_{_ASSERT_NAMES[name]}", "true"),
                       (f"{name}_thrsh_readable", "true"),
                       (f"{name}_thrsh_settable", "true")]
    conv = s.conv
    fields += [("analog_data_format", conv.fmt), ("rate_unit", "none"),
               ("modifier_unit", "none"), ("percentage", "false"),
               ("base_unit", s.unit), ("linearization", "linear"),
               ("m", conv.m), ("tolerance", 0), ("b", conv.b), ("accuracy", 0),
               ("accuracy_exp", 0), ("sensor_direction", "input"),
               ("r_exp", conv.r_exp), ("b_exp", conv.b_exp),
               ("nominal_specified", "true"), ("nominal_reading", s.raw_reading()),
               ("sensor_maximum", 0xFF if conv.fmt == "unsigned" else 0x7F),
               ("sensor_minimum", 0x00 if conv.fmt == "unsigned" else 0x80)]
    fields += [(f"{name}_thresh", raw[name]) for name in THRESHOLDS if name in raw]
    fields += [("positive_hysteresis", s.hysteresis), ("negative_hysteresis", s.hysteresis),
               ("id_string", f'"{s.name}"')]
    return _sdr(1, fields)


def discrete_sdr(s: Discrete):
    fields = _common(s) + _init_flags(False) + [
        ("sensor_event_msg_ctrl", "per_state"), ("sensor_type", s.sensor_type),
        ("event_reading_type_code", f"0x{s.event_type:02x}")]
    for offset in s.offsets:
        fields += [(f"assert_event{offset}", "true"), (f"deassert_event{offset}", "true"),
                   (f"event{offset}_state_ret", "true")]
    if s.share_count > 1:
        fields += [("id_string_modifier", "numeric"), ("share_count", s.share_count),
                   ("entity_instance_incr", "true"),
                   ("instance_modifier_off", s.first_modifier)]
    fields.append(("id_string", f'"{s.name}"'))
    return _sdr(2, fields)


def discrete_full_sdrs(s: Discrete):
    """The discrete sensor as full (type 01h) records, one per shared sensor, as BMCs that
    store every sensor in a full record do: no analog reading (data format 11b)."""
    records = []
    for index in range(s.share_count):
        fields = _common(s)
        fields[3] = ("sensor_number", f"0x{s.number + index:02x}")
        if s.share_count > 1:
            fields[5] = ("entity_instance", s.instance + index)
        fields += _init_flags(False) + [
            ("sensor_event_msg_ctrl", "per_state"), ("sensor_type", s.sensor_type),
            ("event_reading_type_code", f"0x{s.event_type:02x}")]
        for offset in s.offsets:
            fields += [(f"assert_event{offset}", "true"), (f"deassert_event{offset}", "true"),
                       (f"event{offset}_state_ret", "true")]
        name = s.name if s.share_count == 1 else f"{s.name}{s.first_modifier + index}"
        fields += [("analog_data_format", 3), ("base_unit", "unspecified"), ("id_string", f'"{name}"')]
        records.append(_sdr(1, fields))
    return records


def event_only_sdr(s: EventOnly):
    fields = _common(s) + [("sensor_type", s.sensor_type),
                           ("event_reading_type_code", f"0x{s.event_type:02x}"),
                           ("id_string", f'"{s.name}"')]
    return _sdr(3, fields)


def fru_locator_sdr(device_id, name, entity, instance):
    return _sdr(0x11, [("device_access_address", f"0x{BMC:02x}"),
                       ("fru_device_address", device_id), ("logical_fru", "true"),
                       ("lun", 0), ("channel_number", 0), ("device_type", "0x10"),
                       ("device_type_modifier", 0), ("fru_entity_id", entity),
                       ("fru_entity_instance", instance), ("id_string", f'"{name}"')])


def mc_locator_sdr(name):
    return _sdr(0x12, [("device_slave_address", f"0x{BMC:02x}"),
                       ("device_channel_number", 0), ("chassis", "true"),
                       ("ipmb_event_gen", "false"), ("ipmb_event_recv", "true"),
                       ("fru_inventory", "true"), ("sel", "true"), ("sdr", "true"),
                       ("sensor", "true"), ("entity_id", "system_management_module"),
                       ("entity_instance", 1), ("id_string", f'"{name}"')])


def _mask(bits):
    """15-character 0/1 string, bit 0 rightmost, as sensor_set_event_support wants."""
    return "".join("1" if bit in bits else "0" for bit in range(14, -1, -1))


def analog_commands(s: Analog):
    raw = s.raw_thresholds()
    enabled = "".join("1" if name in raw else "0" for name in reversed(THRESHOLDS))
    values = " ".join(f"0x{raw.get(name, 0):02x}" for name in reversed(THRESHOLDS))
    events = _mask({_EVENT_BIT[name] for name in raw})
    n = f"0x{s.number:02x}"
    return [f"sensor_add 0x{BMC:02x} 0 {n} 0x{s.type_code:02x} 0x01",
            f"sensor_set_threshold 0x{BMC:02x} 0 {n} settable {enabled} {values}",
            f"sensor_set_hysteresis 0x{BMC:02x} 0 {n} settable {s.hysteresis} {s.hysteresis}",
            f"sensor_set_event_support 0x{BMC:02x} 0 {n} enable scanning per-state "
            f"{events} {events} {events} {events}",
            f"sensor_set_value 0x{BMC:02x} 0 {n} 0x{s.raw_reading():02x} 0"]


def discrete_commands(s: Discrete):
    lines = []
    events = _mask(set(s.offsets))
    for index, states in enumerate(s.asserted):
        n = f"0x{s.number + index:02x}"
        lines += [f"sensor_add 0x{BMC:02x} 0 {n} 0x{s.type_code:02x} 0x{s.event_type:02x}",
                  f"sensor_set_event_support 0x{BMC:02x} 0 {n} enable scanning per-state "
                  f"{events} {events} {events} {events}"]
        lines += [f"sensor_set_bit 0x{BMC:02x} 0 {n} {bit} 1 0" for bit in sorted(states)]
    return lines


def event_only_commands(s: EventOnly):
    return [f"sensor_add 0x{BMC:02x} 0 0x{s.number:02x} 0x{s.type_code:02x} "
            f"0x{s.event_type:02x} event-only"]


def fru_command(device_id, data):
    body = " ".join(f"0x{b:02x}" for b in data)
    return f"mc_add_fru_data 0x{BMC:02x} {device_id} {len(data)} data {body}"
