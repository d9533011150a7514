# SPDX-License-Identifier: GPL-3.0-or-later
# The pure LanSession (src/ipmi/session) against BMCs no one here wrote: OpenIPMI's
# ipmi_sim and pyghmi, driven by a minimal blocking UDP loop in the test itself.
bmcpilot_add_test(tst_session_interop
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_session_interop.cpp
    LIBS bmcpilot::ipmi bmcpilot::demo Qt6::Network
    LABELS integration
    TIMEOUT 180)
