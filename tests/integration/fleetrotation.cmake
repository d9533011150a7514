# SPDX-License-Identifier: GPL-3.0-or-later
# Password rotation of the fleet's own login account, with the vault, against ipmi_sim.
bmcpilot_add_test(tst_fleetpasswordrotation
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/model/tst_fleetpasswordrotation.cpp
    LIBS bmcpilot::model bmcpilot::demo
    LABELS integration
    TIMEOUT 180)
