# SPDX-License-Identifier: GPL-3.0-or-later
#   bmcpilot_add_test(<name> SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s])
# builds a Qt Test executable and registers it with CTest. Tests find their data files
# through BMCPILOT_TEST_DATA_DIR and the source tree through BMCPILOT_SOURCE_DIR; each
# runs with XDG_DATA_HOME in a folder of its own under the build folder.
function(bmcpilot_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        BMCPILOT_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        BMCPILOT_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        BMCPILOT_BINARY_DIR="${PROJECT_BINARY_DIR}")
    bmcpilot_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    # A data folder of the test's own: what the programs remember (learned cipher suites)
    # stays out of the user's home and out of the other tests.
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-homes/${name}/data")
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
endfunction()
