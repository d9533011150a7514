// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace ipmi {

// Whether sending a request twice leaves the BMC as sending it once: reads, and the few
// writes whose repetition is harmless (Set Session Privilege Level to the same level,
// Reserve SDR Repository, whose second reservation only cancels the first: readers
// reserve again on CCh/C5h). Only these are retransmitted on the measured round-trip
// time; any other command (chassis control, every Set, OEM and raw commands) waits the
// fixed schedule before a copy is sent, since a BMC that does not detect duplicates
// would carry it out twice.
bool repeatableCommand(std::uint8_t netFn, std::uint8_t cmd);

} // namespace ipmi
