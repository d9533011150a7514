# SPDX-License-Identifier: GPL-3.0-or-later
# The model layer (session pool, fleet, poller) against simulated BMCs.
bmcpilot_add_test(tst_poller
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/model/tst_poller.cpp
    LIBS bmcpilot::model bmcpilot::sim
    LABELS integration
    TIMEOUT 120)
