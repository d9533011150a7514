# SPDX-License-Identifier: GPL-3.0-or-later
# Translations: translations/bmcpilot_<lang>.ts cover every user-visible string of the Qt
# layers and both front ends. `cmake --build <dir> --target update_translations` refreshes
# the .ts files from the sources; each front end embeds the compiled .qm files under
# :/i18n, where i18n.cpp-style loaders find them.
set(BMCPILOT_LANGUAGES zh_CN)
set(BMCPILOT_TS_FILES "")
foreach(lang ${BMCPILOT_LANGUAGES})
    list(APPEND BMCPILOT_TS_FILES "${PROJECT_SOURCE_DIR}/translations/bmcpilot_${lang}.ts")
endforeach()

function(bmcpilot_translatable_sources out)
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS
         "${PROJECT_SOURCE_DIR}/src/transport/*.cpp" "${PROJECT_SOURCE_DIR}/src/transport/*.h"
         "${PROJECT_SOURCE_DIR}/src/model/*.cpp" "${PROJECT_SOURCE_DIR}/src/model/*.h"
         "${PROJECT_SOURCE_DIR}/src/ui/*.cpp" "${PROJECT_SOURCE_DIR}/src/ui/*.h"
         "${PROJECT_SOURCE_DIR}/src/cli/*.cpp" "${PROJECT_SOURCE_DIR}/src/cli/*.h"
         "${PROJECT_SOURCE_DIR}/src/daemon/*.cpp" "${PROJECT_SOURCE_DIR}/src/daemon/*.h"
         "${PROJECT_SOURCE_DIR}/src/app/*.cpp" "${PROJECT_SOURCE_DIR}/forms/*.ui")
    set(${out} ${sources} PARENT_SCOPE)
endfunction()

# Embeds the compiled translations into a front end. With UPDATE, also defines the
# update_translations target (once for the project).
function(bmcpilot_add_translations target)
    cmake_parse_arguments(ARG "UPDATE" "" "" ${ARGN})
    set(existing "")
    foreach(ts ${BMCPILOT_TS_FILES})
        if(EXISTS "${ts}")
            list(APPEND existing "${ts}")
        endif()
    endforeach()
    if(ARG_UPDATE)
        bmcpilot_translatable_sources(sources)
        qt_add_lupdate(${target} TS_FILES ${BMCPILOT_TS_FILES} SOURCES ${sources}
                       OPTIONS -no-obsolete -locations none)
    endif()
    if(existing)
        qt_add_lrelease(${target} TS_FILES ${existing} QM_FILES_OUTPUT_VARIABLE qm_files)
        qt_add_resources(${target} "${target}_translations" PREFIX "/i18n"
                         BASE "${CMAKE_CURRENT_BINARY_DIR}" FILES ${qm_files})
    endif()
endfunction()
