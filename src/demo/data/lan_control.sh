#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# ipmi_sim lan_config_program hook. lan.conf runs it as
#   lan_control <state-file> get <parm>...           prints "<parm>:<value>" lines
#   lan_control <state-file> set <parm> <value>...
#   lan_control <state-file> check <parm> <value>... exit status says if valid
# for the LAN parameters ipmi_sim delegates (IP address and source, netmask, MAC,
# gateways). Instead of touching a real interface it keeps them in a key=value file
# the test fixture reads, so `ipmitool lan set 1 ipaddr ...` is observable.

state=$1
op=$2
shift 2

# value <key> and store <key> <value> on the state file
. "$(dirname "$0")/state_file.sh"

known() {
    case $1 in
    ip_addr | ip_addr_src | mac_addr | subnet_mask | default_gw_ip_addr | \
        default_gw_mac_addr | backup_gw_ip_addr | backup_gw_mac_addr) return 0 ;;
    esac
    return 1
}

fallback() {
    case $1 in
    ip_addr_src) echo static ;;
    *mac_addr) echo 00:00:00:00:00:00 ;;
    *) echo 0.0.0.0 ;;
    esac
}

case $op in
get)
    for parm in "$@"; do
        known "$parm" || { echo "Invalid parameter: $parm"; exit 1; }
        v=$(value "$parm")
        echo "$parm:${v:-$(fallback "$parm")}"
    done
    ;;
set)
    while [ $# -ge 2 ]; do
        known "$1" || { echo "Invalid parameter: $1"; exit 1; }
        store "$1" "$2"
        shift 2
    done
    ;;
check)
    while [ $# -ge 2 ]; do
        case $1 in
        ip_addr_src)
            case $2 in
            static | dhcp) ;;
            *) echo "Invalid ip_addr_src: $2"; exit 1 ;;
            esac
            ;;
        *) known "$1" || { echo "Invalid parameter: $1"; exit 1; } ;;
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
