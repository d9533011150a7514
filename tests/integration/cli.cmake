# SPDX-License-Identifier: GPL-3.0-or-later
# bmcpilot-cli against OpenIPMI ipmi_sim (src/demo), compared with the reference tools
# (ipmitool, FreeIPMI). Each test runs the built CLI, named by BMCPILOT_CLI_PATH.
function(bmcpilot_add_cli_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "LIBS" ${ARGN})
    bmcpilot_add_test(${name}
        SOURCES "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/cli/${name}.cpp"
        LIBS bmcpilot::demo Qt6::Core ${ARG_LIBS}
        LABELS integration
        TIMEOUT ${ARG_TIMEOUT})
    target_compile_definitions(${name} PRIVATE BMCPILOT_CLI_PATH="$<TARGET_FILE:bmcpilot-cli>")
    add_dependencies(${name} bmcpilot-cli)
endfunction()

if(TARGET bmcpilot-cli AND TARGET bmcpilot_demo)
    # mc, chassis and power, byte for byte with ipmitool
    bmcpilot_add_cli_test(tst_cli_vs_ipmitool TIMEOUT 180)
    # fru print, with ipmitool and ipmi-fru
    bmcpilot_add_cli_test(tst_cli_fru_vs_reference TIMEOUT 180)
    # sdr info/list/elist/dump with ipmitool and ipmi-sensors, and the SDR cache
    bmcpilot_add_cli_test(tst_cli_sdr_vs_reference LIBS bmcpilot::model TIMEOUT 300)
    # sel info/list/elist/get/delete/clear with ipmitool and ipmi-sel
    bmcpilot_add_cli_test(tst_cli_sel_vs_reference TIMEOUT 300)
    # lan print/set and channel info/getaccess/setaccess with ipmitool
    bmcpilot_add_cli_test(tst_cli_lan_vs_ipmitool TIMEOUT 300)
    # user list/summary/set/enable/disable/priv/test with ipmitool
    bmcpilot_add_cli_test(tst_cli_user_vs_ipmitool TIMEOUT 300)
    # mc getenables/setenables/watchdog, sol info/set, pef (with filter/policy switches), lan alert,
    # sensor thresh --force
    bmcpilot_add_cli_test(tst_cli_settings_vs_ipmitool TIMEOUT 300)
    # a hostile user name reaches the terminal inert, prefixes intact; --json keeps it
    bmcpilot_add_cli_test(tst_cli_hostile_text TIMEOUT 120)
    # audit: findings on ipmi_sim, --try-defaults, --fix and a second audit
    bmcpilot_add_cli_test(tst_cli_audit TIMEOUT 300)
endif()
