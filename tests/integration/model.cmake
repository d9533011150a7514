# SPDX-License-Identifier: GPL-3.0-or-later
# The model layer (session pool, fleet, poller) against simulated BMCs.
bmcpilot_add_test(tst_poller
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/model/tst_poller.cpp
    LIBS bmcpilot::model bmcpilot::demo
    LABELS integration
    TIMEOUT 120)

bmcpilot_add_test(tst_sensormonitor
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/model/tst_sensormonitor.cpp
    LIBS bmcpilot::model bmcpilot::demo
    LABELS integration
    TIMEOUT 120)

bmcpilot_add_test(tst_selmonitor
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/model/tst_selmonitor.cpp
    LIBS bmcpilot::model bmcpilot::demo
    LABELS integration
    TIMEOUT 180)

bmcpilot_add_test(tst_sessionpool
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/model/tst_sessionpool.cpp
    LIBS bmcpilot::model bmcpilot::demo
    LABELS integration
    TIMEOUT 120)

bmcpilot_add_test(tst_fleetoperation
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/model/tst_fleetoperation.cpp
    LIBS bmcpilot::model bmcpilot::demo
    LABELS integration
    TIMEOUT 180)

bmcpilot_add_test(tst_safelanchange_integration
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/model/tst_safelanchange.cpp
    LIBS bmcpilot::model bmcpilot::demo
    LABELS integration
    TIMEOUT 120)

# lan set --verify of the CLI library, in-process, against ipmi_sim.
bmcpilot_add_test(tst_lanverify_cli
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/model/tst_lanverify_cli.cpp
    LIBS bmcpilot::cli bmcpilot::demo
    LABELS integration
    TIMEOUT 120)

bmcpilot_add_test(tst_securityaudit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/model/tst_securityaudit.cpp
    LIBS bmcpilot::model bmcpilot::demo
    LABELS integration
    TIMEOUT 120)

# sdrcomp-packed names (6-bit, BCD plus): every sensor in the CLI, the sweep and the history
if(TARGET bmcpilot-cli)
    bmcpilot_add_test(tst_packednames
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/model/tst_packednames.cpp
        LIBS bmcpilot::model bmcpilot::demo
        LABELS integration
        TIMEOUT 240)
    target_compile_definitions(tst_packednames PRIVATE BMCPILOT_CLI_PATH="$<TARGET_FILE:bmcpilot-cli>")
    add_dependencies(tst_packednames bmcpilot-cli)
endif()
