# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file opens with its SPDX licence line.
file(GLOB_RECURSE files
     "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/src/*.cpp"
     "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.py"
     "${SOURCE_DIR}/scripts/*" "${SOURCE_DIR}/CMakeLists.txt" "${SOURCE_DIR}/*/CMakeLists.txt"
     "${SOURCE_DIR}/cmake/*.cmake")
# Build trees may sit inside the source tree (scripts/run and scripts/test use build/) and hold
# generated files, some written while this check runs: only the project's files count.
list(FILTER files EXCLUDE REGEX "^${SOURCE_DIR}/build[^/]*/")
list(FILTER files EXCLUDE REGEX "/CMakeFiles/")
set(missing "")
foreach(file ${files})
    file(STRINGS "${file}" head LIMIT_COUNT 3)
    if(NOT head MATCHES "SPDX-License-Identifier: GPL-3.0-or-later")
        list(APPEND missing "${file}")
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n" text)
    message(FATAL_ERROR "files without an SPDX line:\n${text}")
endif()
