# SPDX-License-Identifier: GPL-3.0-or-later
"""Sensor model of a simulated server: analog conversion and sensor records.

A profile lists sensors in engineering units (degrees, volts, RPM). This module turns
them into the raw bytes an IPMI BMC stores: the SDR conversion factors, the raw
reading and the raw thresholds. Everything is exact (Fraction) so the generated
data is byte-for-byte reproducible.
"""

from dataclasses import dataclass, field
from fractions import Fraction

THRESHOLDS = ("lnc", "lc", "lnr", "unc", "uc", "unr")  # ipmi_sim's threshold order 0..5


@dataclass(frozen=True)
class Conversion:
    """y = (M*x + B*10^Bexp) * 10^Rexp for raw x in the given analog data format."""

    m: int = 1
    b: int = 0
    b_exp: int = 0
    r_exp: int = 0
    fmt: str = "unsigned"  # unsigned | 1s_complement | 2s_complement

    def __post_init__(self):
        if not -512 <= self.m < 512 or self.m == 0 or not -512 <= self.b < 512:
            raise ValueError(f"M/B out of 10-bit range: {self}")
        if not -8 <= self.b_exp < 8 or not -8 <= self.r_exp < 8:
            raise ValueError(f"exponent out of 4-bit range: {self}")

    def _range(self):
        if self.fmt == "unsigned":
            return 0, 255
        if self.fmt == "2s_complement":
            return -128, 127
        if self.fmt == "1s_complement":
            return -127, 127
        raise ValueError(self.fmt)

    def raw(self, value):
        """Nearest raw byte for an engineering value; fails when it is out of range."""
        scaled = Fraction(str(value)) / Fraction(10) ** self.r_exp
        x = (scaled - self.b * Fraction(10) ** self.b_exp) / self.m
        x = int(x.numerator * 2 + x.denominator) // (2 * x.denominator)  # round half up
        low, high = self._range()
        if not low <= x <= high:
            raise ValueError(f"{value} is raw {x}, outside {low}..{high} for {self}")
        if x >= 0:
            return x
        return (256 + x) if self.fmt == "2s_complement" else (255 + x)  # ones' complement

    def signed(self, raw):
        """Raw byte back to the signed integer x the formula uses."""
        if self.fmt == "unsigned" or raw < 0x80:
            return raw
        return raw - 256 if self.fmt == "2s_complement" else raw - 255

    def value(self, raw):
        x = self.signed(raw)
        return float((self.m * x + self.b * Fraction(10) ** self.b_exp)
                     * Fraction(10) ** self.r_exp)


@dataclass
class Analog:
    """A threshold-based sensor with a full (type 01h) SDR."""

    number: int
    name: str
    sensor_type: str  # sdrcomp sensor type name, e.g. Temperature
    type_code: int  # the same type as a number, for the emulator commands
    unit: str  # sdrcomp base unit name
    entity: str
    instance: int
    conv: Conversion
    reading: float
    thresholds: dict  # subset of THRESHOLDS -> engineering value
    hysteresis: int = 1  # raw counts, both directions

    def __post_init__(self):
        if not self.thresholds:
            raise ValueError(f"{self.name}: an analog sensor needs thresholds")
        if self.conv.fmt != "unsigned":
            # ipmi_sim compares raw bytes as unsigned numbers, so signed readings and
            # their thresholds must all sit on one side of zero to get correct states.
            values = [self.reading, *self.thresholds.values()]
            if min(values) < 0 <= max(values):
                raise ValueError(f"{self.name}: signed values straddle zero")

    def raw_reading(self):
        return self.conv.raw(self.reading)

    def raw_thresholds(self):
        return {name: self.conv.raw(v) for name, v in self.thresholds.items()}


@dataclass
class Discrete:
    """A discrete sensor with a compact (type 02h) SDR, possibly shared by several
    sensor numbers (share count > 1, e.g. one record for eight drive slots)."""

    number: int
    name: str  # for a shared record, the prefix the instance number is appended to
    sensor_type: str
    type_code: int
    event_type: int  # 6Fh sensor-specific, 0Bh redundancy, 03h digital ...
    entity: str
    instance: int
    offsets: tuple  # event offsets the sensor supports
    asserted: list = field(default_factory=list)  # per shared sensor: set of offsets
    share_count: int = 1
    first_modifier: int = 1  # numeric suffix of the first shared sensor

    def __post_init__(self):
        if not self.asserted:
            self.asserted = [set() for _ in range(self.share_count)]
        if len(self.asserted) != self.share_count:
            raise ValueError(f"{self.name}: one asserted set per shared sensor")
        for states in self.asserted:
            if not set(states) <= set(self.offsets):
                raise ValueError(f"{self.name}: asserted offset not supported")


@dataclass
class EventOnly:
    """A sensor that only logs events (type 03h SDR), e.g. the event log itself."""

    number: int
    name: str
    sensor_type: str
    type_code: int
    event_type: int
    entity: str
    instance: int
