# SPDX-License-Identifier: GPL-3.0-or-later
# Serial-over-LAN (SolClient over LanClient) against pyghmi's BMC, directly and through
# the loopback fault proxy.
bmcpilot_add_test(tst_sol_pyghmi
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/sol/tst_sol_pyghmi.cpp
    LIBS bmcpilot::transport bmcpilot::demo bmcpilot_faultproxy
    LABELS integration
    TIMEOUT 180)
# `bmcpilot-cli sol activate|deactivate` with stdin as a pipe.
if(TARGET bmcpilot-cli)
    target_compile_definitions(tst_sol_pyghmi PRIVATE BMCPILOT_CLI_PATH="$<TARGET_FILE:bmcpilot-cli>")
    add_dependencies(tst_sol_pyghmi bmcpilot-cli)
endif()
