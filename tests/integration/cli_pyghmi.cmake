# SPDX-License-Identifier: GPL-3.0-or-later
# bmcpilot-cli's mc info, lan print, channel info, user list and audit against
# pyghmi's BMC, which answers few commands: compared with ipmitool where it answers,
# a clear error (and a report that says what it could not check) where it does not.
# Uses bmcpilot_add_cli_test from cli.cmake (included before this file).
if(COMMAND bmcpilot_add_cli_test AND TARGET bmcpilot-cli AND TARGET bmcpilot_demo)
    bmcpilot_add_cli_test(tst_cli_pyghmi_unsupported TIMEOUT 120)
endif()
