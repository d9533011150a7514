# SPDX-License-Identifier: GPL-3.0-or-later
# The transport layer against simulated BMCs on loopback addresses.
bmcpilot_add_test(tst_presencescanner
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/transport/tst_presencescanner.cpp
    LIBS bmcpilot::transport bmcpilot::demo
    LABELS integration
    TIMEOUT 60)
