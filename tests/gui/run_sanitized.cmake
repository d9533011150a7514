# SPDX-License-Identifier: GPL-3.0-or-later
# Configures (once) and builds a sanitized copy of the project in BINARY_DIR, then runs
# tst_serverchurn there. Only what that test links is compiled.
set(target tst_serverchurn)
if(NOT EXISTS "${BINARY_DIR}/CMakeCache.txt")
    # No optimisation, line tables only: the quickest to compile, and reports name the
    # file and line.
    execute_process(COMMAND ${CMAKE_COMMAND} -S "${SOURCE_DIR}" -B "${BINARY_DIR}" -G "${GENERATOR}"
                            -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O0 -g1"
                            -DBMCPILOT_SANITIZE=ON -DBMCPILOT_WERROR=OFF
                    RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "configuring the sanitized build in ${BINARY_DIR} failed")
    endif()
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build "${BINARY_DIR}" --target ${target} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "building ${target} with AddressSanitizer failed")
endif()
# Leaks at exit are Qt's and the test framework's business; use after free is ours.
set(ENV{ASAN_OPTIONS} "detect_leaks=0:abort_on_error=1")
set(ENV{UBSAN_OPTIONS} "halt_on_error=1:print_stacktrace=1")
execute_process(COMMAND ${CMAKE_CTEST_COMMAND} --test-dir "${BINARY_DIR}" -R "^${target}$" --output-on-failure
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${target} failed under AddressSanitizer and UBSan (output above)")
endif()
