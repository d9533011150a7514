# SPDX-License-Identifier: GPL-3.0-or-later
# Compiles a one-line probe that includes a header of HIGHER: it must fail with the lower
# layer's include root and succeed with the higher layer's own root.
file(GLOB_RECURSE headers RELATIVE "${SOURCE_DIR}/src/${HIGHER}" "${SOURCE_DIR}/src/${HIGHER}/*.h")
list(GET headers 0 header)
set(probe "${CMAKE_CURRENT_BINARY_DIR}/layer_probe_${HIGHER}.cpp")
file(WRITE "${probe}" "#include \"${HIGHER}/${header}\"\n")
execute_process(COMMAND ${COMPILER} -std=c++20 -fsyntax-only -I${INCLUDE_ROOT} ${probe}
                RESULT_VARIABLE lower_result OUTPUT_QUIET ERROR_QUIET)
if(lower_result EQUAL 0)
    message(FATAL_ERROR "${HIGHER}/${header} compiled with the include root ${INCLUDE_ROOT}")
endif()
# The control needs only to find the header; its own dependencies may be absent here.
execute_process(COMMAND ${COMPILER} -std=c++20 -E -I${CONTROL_ROOT} ${probe}
                RESULT_VARIABLE control_result OUTPUT_QUIET ERROR_VARIABLE control_error)
if(NOT control_result EQUAL 0 AND control_error MATCHES "${HIGHER}/${header}: No such file")
    message(FATAL_ERROR "control failed: ${control_error}")
endif()
message(STATUS "${HIGHER}/${header} is unreachable from ${INCLUDE_ROOT}")
