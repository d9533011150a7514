# SPDX-License-Identifier: GPL-3.0-or-later
# The IPMI core library must not reference a single Qt symbol.
execute_process(COMMAND ${NM} -C --undefined-only ${LIBRARY}
                OUTPUT_VARIABLE symbols RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "nm failed on ${LIBRARY}")
endif()
string(REGEX MATCHALL "[^\n]*(Q[A-Z][A-Za-z]+::|qt_)[^\n]*" qt "${symbols}")
if(qt)
    list(JOIN qt "\n" text)
    message(FATAL_ERROR "the IPMI core references Qt:\n${text}")
endif()
