# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop's Prometheus history source against Debian's prometheus (tests/prometheus).
if(TARGET bmcpilot_prometheusfixture)
    bmcpilot_add_test(tst_prometheushistory
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/prometheus/tst_prometheushistory.cpp
        LIBS bmcpilot::model bmcpilot_prometheusfixture
        LABELS integration
        TIMEOUT 120)
endif()
