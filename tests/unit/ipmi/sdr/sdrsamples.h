// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"

// Sensor records built by hand from the IPMI 2.0 chapter 43 layouts, shared by the SDR
// record and SDR cache tests.
namespace sdrsamples {

inline ipmi::Bytes hex(const char *text)
{
    return *ipmi::fromHex(text);
}

// Full sensor (table 43-1), record 0042h, 50 bytes after the header:
//   owner 20h, LUN 0, sensor 30h, entity 03h (processor) logical instance 1,
//   init 7Fh, caps 68h, type 01h (temperature), event/reading 01h (threshold),
//   assertion 0A80h, deassertion 7A80h, readable 3Fh, settable 1Bh,
//   units1 80h (two's complement), base 01h (degrees C), modifier 0, linear,
//   M = 2 (02 00) tolerance 5 (05), B = -10 (F6, C0|accuracy LS 0Ah),
//   accuracy MS 1 / exp 2 / direction 1 (19h), Rexp -1 / Bexp 1 (F1h),
//   flags 07h, nominal 19h, normal max 40h, normal min 05h, max 7Fh, min 80h,
//   UNR 5Ah, UC 55h, UNC 50h, LNR 00h, LC 02h, LNC 04h, hysteresis 2 and 3,
//   reserved 0000, OEM 00, ID C7h = 8-bit, 7 bytes "CPU Tmp".
inline const char *const fullHex = "42 00 51 01 32"
                                   " 20 00 30 03 81 7f 68 01 01 80 0a 80 7a 3f 1b"
                                   " 80 01 00 00 02 05 f6 ca 19 f1"
                                   " 07 19 40 05 7f 80 5a 55 50 00 02 04 02 03 00 00 00"
                                   " c7 43 50 55 20 54 6d 70";

// Compact sensor (table 43-2), record 0007h: owner 20h, channel 2 / LUN 1 (21h),
// sensor 40h, entity 1Dh (fan) instance 1, type 04h (fan), threshold, readable 3Fh,
// units RPM (12h), sharing 14h = numeric, direction 1, 4 sensors; 81h = entity
// instance increments, offset 1; hysteresis 1/1, ID C4h "Fan ".
inline const char *const compactHex = "07 00 51 02 1f"
                                      " 20 21 40 1d 01 67 40 04 01 00 00 00 00 3f 00"
                                      " 00 12 00 14 81 01 01 00 00 00 00"
                                      " c4 46 61 6e 20";

} // namespace sdrsamples
