# SPDX-License-Identifier: GPL-3.0-or-later
# bmcpilotd, the program, against simulated BMCs: /metrics and /ipmi?target= compared
# with the model's own readings of the same BMCs, a dead target, the exporter's YAML, and
# Debian's Prometheus scraping both forms, read back through the desktop's history source.
if(TARGET bmcpilotd AND TARGET bmcpilot_prometheusfixture)
    bmcpilot_add_test(tst_bmcpilotd
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/daemon/tst_bmcpilotd.cpp
                ${CMAKE_CURRENT_LIST_DIR}/daemon/metricsscrape.cpp
                ${CMAKE_CURRENT_LIST_DIR}/daemon/metricsscrape.h
        LIBS bmcpilot::daemon bmcpilot::model bmcpilot::demo bmcpilot_prometheusfixture Qt6::Network
        LABELS integration daemon
        TIMEOUT 120)
    add_dependencies(tst_bmcpilotd bmcpilotd)
endif()
