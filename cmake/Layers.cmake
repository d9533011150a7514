# SPDX-License-Identifier: GPL-3.0-or-later
# Layer libraries. Each layer's headers are reachable only as "<layer>/..." through an
# include root that holds a single link to that layer's source folder. A target sees the
# roots of the layers it links and no others, so a lower layer that includes a higher
# layer's header fails to compile.
#
#   bmcpilot_add_layer(<name> FOLDER <dir> [QT] SOURCES ... LINKS ...)
#
# creates the static library bmcpilot_<name>, include prefix "<name>/".
function(bmcpilot_add_layer name)
    cmake_parse_arguments(ARG "QT" "FOLDER" "SOURCES;LINKS" ${ARGN})
    set(target bmcpilot_${name})
    set(root "${CMAKE_BINARY_DIR}/layers/${name}")
    file(MAKE_DIRECTORY "${root}")
    file(CREATE_LINK "${ARG_FOLDER}" "${root}/${name}" SYMBOLIC)
    add_library(${target} STATIC ${ARG_SOURCES})
    add_library(bmcpilot::${name} ALIAS ${target})
    target_include_directories(${target} PUBLIC "${root}")
    target_link_libraries(${target} PUBLIC ${ARG_LINKS})
    if(NOT ARG_QT)
        set_target_properties(${target} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    endif()
    bmcpilot_warnings(${target})
endfunction()
