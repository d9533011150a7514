// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/cmd/chassis.h"

// `chassis bootdev`: the same sequence of Set System Boot Options writes that ipmitool
// sends, so BMCs that work with ipmitool work with us:
//   1. parameter 0 = set in progress (if the BMC refuses, steps 4-5 are skipped),
//   2. parameter 4 = clear the BIOS/POST "boot info handled" bit (a refusal is ignored),
//   3. parameter 5 = the boot flags (a refusal fails the command),
//   4. parameter 0 = commit write, after a successful step 3,
//   5. parameter 0 = set complete, always, also after a failed step 3.
// Only a lost session stops the sequence early.
HostTask bootDeviceTask(ipmi::cmd::BootFlags flags, QString deviceName);
