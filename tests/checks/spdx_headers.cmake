# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file opens with its SPDX licence line.
file(GLOB_RECURSE files
     "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/src/*.cpp"
     "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.py"
     "${SOURCE_DIR}/scripts/*" "${SOURCE_DIR}/CMakeLists.txt" "${SOURCE_DIR}/*/CMakeLists.txt"
     "${SOURCE_DIR}/cmake/*.cmake")
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
