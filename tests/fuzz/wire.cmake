# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzz targets for the IPMI wire decoders, one per decoder.
#
# Always: fuzz_replay_<target> runs the target's seed corpus (tests/data/fuzz-corpus/<target>)
# through the same entry point with the normal build, as a CTest test labelled "fuzz".
# With BMCPILOT_FUZZ (clang): fuzz_<target> is a libFuzzer binary built with
# -fsanitize=fuzzer,address,undefined against a sanitizer-flavoured copy of the IPMI core.
# See tests/fuzz/README.md for a bounded run.
set(WIRE_FUZZ_TARGETS rmcp message session15 rmcpplus rakp ciphersuite commands session sdr sdrreader fru idstring solpacket selrecord seltail lanparam userchannel settings)
set(WIRE_FUZZ_DIR "${CMAKE_CURRENT_LIST_DIR}/wire")
set(WIRE_FUZZ_CORPUS "${PROJECT_SOURCE_DIR}/tests/data/fuzz-corpus")

foreach(target ${WIRE_FUZZ_TARGETS})
    add_executable(fuzz_replay_${target} "${CMAKE_CURRENT_LIST_DIR}/fuzz_replay.cpp"
                   "${WIRE_FUZZ_DIR}/fuzz_${target}.cpp")
    target_link_libraries(fuzz_replay_${target} PRIVATE bmcpilot::ipmi)
    set_target_properties(fuzz_replay_${target} PROPERTIES AUTOMOC OFF)
    bmcpilot_warnings(fuzz_replay_${target})
    add_test(NAME fuzz_replay_${target}
             COMMAND fuzz_replay_${target} "${WIRE_FUZZ_CORPUS}/${target}")
    set_tests_properties(fuzz_replay_${target} PROPERTIES LABELS fuzz TIMEOUT 60)
endforeach()

if(BMCPILOT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "BMCPILOT_FUZZ needs clang++ (-DCMAKE_CXX_COMPILER=clang++)")
    endif()
    set(WIRE_FUZZ_FLAGS -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer -g -O1)
    # The IPMI core again, instrumented for coverage and the sanitizers.
    get_target_property(ipmi_sources bmcpilot_ipmi SOURCES)
    get_target_property(ipmi_includes bmcpilot_ipmi INTERFACE_INCLUDE_DIRECTORIES)
    add_library(bmcpilot_ipmi_fuzz STATIC ${ipmi_sources})
    target_include_directories(bmcpilot_ipmi_fuzz PUBLIC ${ipmi_includes})
    target_link_libraries(bmcpilot_ipmi_fuzz PUBLIC OpenSSL::Crypto)
    target_compile_options(bmcpilot_ipmi_fuzz PRIVATE ${WIRE_FUZZ_FLAGS})
    set_target_properties(bmcpilot_ipmi_fuzz PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    bmcpilot_warnings(bmcpilot_ipmi_fuzz)

    foreach(target ${WIRE_FUZZ_TARGETS})
        add_executable(fuzz_${target} "${WIRE_FUZZ_DIR}/fuzz_${target}.cpp")
        target_link_libraries(fuzz_${target} PRIVATE bmcpilot_ipmi_fuzz)
        target_compile_options(fuzz_${target} PRIVATE ${WIRE_FUZZ_FLAGS})
        target_link_options(fuzz_${target} PRIVATE -fsanitize=fuzzer,address,undefined)
        set_target_properties(fuzz_${target} PROPERTIES AUTOMOC OFF)
        bmcpilot_warnings(fuzz_${target})
    endforeach()
endif()
