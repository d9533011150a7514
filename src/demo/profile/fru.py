# SPDX-License-Identifier: GPL-3.0-or-later
"""FRU inventory images per the IPMI Platform Management FRU Information Storage
Definition v1.0: common header, chassis, board and product info areas, each padded
to a multiple of 8 bytes and closed by a zero checksum."""

from datetime import datetime, timezone

FRU_EPOCH = datetime(1996, 1, 1, tzinfo=timezone.utc)
END_OF_FIELDS = 0xC1


def checksum(data):
    """Zero checksum: the byte that makes the sum of all bytes 0 modulo 256."""
    return (-sum(data)) & 0xFF


def type_length(text):
    """8-bit ASCII+Latin1 field (type bits 11b), at most 63 bytes."""
    raw = text.encode("latin-1")
    if len(raw) > 63:
        raise ValueError(f"FRU field too long: {text!r}")
    return bytes([0xC0 | len(raw)]) + raw


def _area(body):
    """Version 1, length in multiples of 8, fields, padding and checksum."""
    data = bytearray([0x01, 0x00]) + body + bytes([END_OF_FIELDS])
    data += bytes((-(len(data) + 1)) % 8)
    data[1] = (len(data) + 1) // 8
    data.append(checksum(data))
    return bytes(data)


def chassis_area(chassis_type, part, serial, custom=()):
    body = bytearray([chassis_type]) + type_length(part) + type_length(serial)
    for text in custom:
        body += type_length(text)
    return _area(body)


def board_area(made, manufacturer, product, serial, part, file_id="", custom=()):
    minutes = int((made - FRU_EPOCH).total_seconds() // 60)
    body = bytearray([0x00]) + minutes.to_bytes(3, "little")  # language 0 = English
    for text in (manufacturer, product, serial, part, file_id, *custom):
        body += type_length(text)
    return _area(body)


def product_area(manufacturer, name, part, version, serial, asset, file_id="", custom=()):
    body = bytearray([0x00])
    for text in (manufacturer, name, part, version, serial, asset, file_id, *custom):
        body += type_length(text)
    return _area(body)


def image(chassis=None, board=None, product=None, size=256):
    """Common header plus the given areas, padded with 0xFF (erased EEPROM) to size."""
    offset = 1  # in 8-byte units; the header itself is the first unit
    offsets = []
    for area in (chassis, board, product):
        offsets.append(offset if area else 0)
        offset += len(area) // 8 if area else 0
    header = bytearray([0x01, 0x00, *offsets, 0x00, 0x00])  # no internal use, no multirecord
    header.append(checksum(header))
    data = bytes(header) + b"".join(a for a in (chassis, board, product) if a)
    if len(data) > size:
        raise ValueError("FRU image larger than its device")
    return data + b"\xff" * (size - len(data))
