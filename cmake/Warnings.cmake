# SPDX-License-Identifier: GPL-3.0-or-later
# One warning set for every target of the project.
add_library(bmcpilot_warnings INTERFACE)
target_compile_options(bmcpilot_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Wunused -Woverloaded-virtual -Wdouble-promotion -Wformat=2
    -Wimplicit-fallthrough -Wmisleading-indentation)
if(BMCPILOT_WERROR)
    target_compile_options(bmcpilot_warnings INTERFACE -Werror)
endif()
if(BMCPILOT_SANITIZE)
    target_compile_options(bmcpilot_warnings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(bmcpilot_warnings INTERFACE -fsanitize=address,undefined)
endif()

# Applies the project's warning set to a target (every target calls this).
function(bmcpilot_warnings target)
    target_link_libraries(${target} PRIVATE bmcpilot_warnings)
endfunction()
