# SPDX-License-Identifier: GPL-3.0-or-later
# bmcpilot-cli against OpenIPMI ipmi_sim (tests/sim), compared with ipmitool's output.
if(TARGET bmcpilot-cli AND TARGET bmcpilot_sim)
    bmcpilot_add_test(tst_cli_vs_ipmitool
        SOURCES "${CMAKE_CURRENT_LIST_DIR}/cli/tst_cli_vs_ipmitool.cpp"
        LIBS bmcpilot::sim Qt6::Core
        LABELS integration
        TIMEOUT 180)
    target_compile_definitions(tst_cli_vs_ipmitool PRIVATE BMCPILOT_CLI_PATH="$<TARGET_FILE:bmcpilot-cli>")
    add_dependencies(tst_cli_vs_ipmitool bmcpilot-cli)
endif()
