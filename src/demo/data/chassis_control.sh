#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# ipmi_sim chassis_control hook. lan.conf runs it as
#   chassis_control <state-file> get <parm>...        prints "<parm>:<value>" lines
#   chassis_control <state-file> set <parm> <value>...
# with parm power (0/1), reset (1 = pulse), boot (none/pxe/default/cdrom/bios),
# shutdown (1 = soft-off) and identify ("<seconds> <force>"). The state lives in a
# key=value file the test fixture reads and writes, so a test can observe and change
# the simulated machine without IPMI. ipmi_sim reports any output plus a non-zero
# exit status as an error.

state=$1
op=$2
shift 2

# value <key> and store <key> <value> on the state file
. "$(dirname "$0")/state_file.sh"

case $op in
get)
    for parm in "$@"; do
        case $parm in
        power) v=$(value power); echo "power:${v:-0}" ;;
        boot) v=$(value boot); echo "boot:${v:-default}" ;;
        *) echo "Invalid parameter: $parm"; exit 1 ;;
        esac
    done
    ;;
set)
    while [ $# -ge 2 ]; do
        case $1 in
        power) store power "$2" ;;
        reset)
            count=$(value resets)
            store resets $(( ${count:-0} + 1 ))
            ;;
        shutdown) [ "$2" = 1 ] && store power 0 ;;
        boot)
            case $2 in
            none | pxe | default | cdrom | bios) store boot "$2" ;;
            *) echo "Invalid boot value: $2"; exit 1 ;;
            esac
            ;;
        identify) store identify "$2" ;;
        *) echo "Invalid parameter: $1"; exit 1 ;;
        esac
        shift 2
    done
    ;;
*)
    echo "Unknown operation: $op"
    exit 1
    ;;
esac
exit 0
