# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the ipmi_sim hook scripts: reads and replaces keys of the key=value file
# named by $state. A replacement is written aside and renamed, so the test fixture never
# reads half a file.

value() {
    sed -n "s/^$1=//p" "$state" 2>/dev/null | tail -n 1
}

store() {
    tmp="$state.$$"
    { grep -v "^$1=" "$state" 2>/dev/null; printf '%s=%s\n' "$1" "$2"; } > "$tmp" &&
        mv -f "$tmp" "$state"
}
