# SPDX-License-Identifier: GPL-3.0-or-later
# The demo layer is optional: configured as on a machine without sdrcomp (openipmi), the
# project still configures, says the lab is not built, and keeps both programs' targets.
set(build "${WORK_DIR}/demo-optional")
file(REMOVE_RECURSE "${build}")
execute_process(COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${build}" -G Ninja
                        -DBMCPILOT_SDRCOMP=/nonexistent/sdrcomp
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(REMOVE_RECURSE "${build}/CMakeFiles")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "configuring without sdrcomp failed:\n${out}\n${err}")
endif()
if(NOT out MATCHES "Demo lab: not built \\(needs sdrcomp")
    message(FATAL_ERROR "the configure output does not say the demo lab is left out:\n${out}")
endif()
file(READ "${build}/build.ninja" ninja)
file(REMOVE_RECURSE "${build}")
foreach(program bmcpilot bmcpilot-cli)
    if(NOT ninja MATCHES "build ${program}:")
        message(FATAL_ERROR "no ${program} target without the demo layer")
    endif()
endforeach()
if(ninja MATCHES "libbmcpilot_demo\\.a")
    message(FATAL_ERROR "the demo layer is built although sdrcomp is missing")
endif()
