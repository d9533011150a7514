#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A simulated BMC on pyghmi's BMC class (python3-pyghmi), for tests and the demo lab.

    pyghmi_bmc.py --state FILE --users FILE [--address A] [--port P] [--suites LIST]

Binds UDP address:port (port 0 lets the kernel choose) and prints "READY <port>"
on stdout once it listens. The chassis state (power, boot device, identify, reset
count) lives in a key=value file that is re-read on every request, so the test
fixture can observe and change it without IPMI.

Without --suites this is plain pyghmi: cipher suite 3 only, every account acts as
ADMINISTRATOR, unknown users get no answer. With --suites (e.g. 17,16,15,3) the
sessions come from rmcpplus_peer.py instead: the SHA-256 suites no packaged BMC
offers, per-account privilege limits and RMCP+ error statuses.
"""

import argparse
import json
import os
import signal
import sys

import pyghmi.ipmi.bmc as bmc

SOL_GREETING = b"\r\nBMC Pilot simulated console (pyghmi). Input is echoed.\r\n"


class StateFile:
    """key=value lines; replaced atomically so readers never see half a file."""

    def __init__(self, path):
        self.path = path

    def get(self, key, default=""):
        try:
            with open(self.path, encoding="utf-8") as f:
                for line in f:
                    name, _, value = line.rstrip("\n").partition("=")
                    if name == key:
                        default = value
        except FileNotFoundError:
            pass
        return default

    def set(self, key, value):
        lines = []
        try:
            with open(self.path, encoding="utf-8") as f:
                lines = [line for line in f if not line.startswith(key + "=")]
        except FileNotFoundError:
            pass
        lines.append(f"{key}={value}\n")
        tmp = f"{self.path}.{os.getpid()}"
        with open(tmp, "w", encoding="utf-8") as f:
            f.writelines(lines)
        os.replace(tmp, self.path)


class SimBmc(bmc.Bmc):
    def __init__(self, authdata, address, port, state):
        super().__init__(authdata, port=port, address=address)
        # With port 0 the kernel picked one; sessions are keyed by the real port.
        self.port = self.serversocket.getsockname()[1]
        self.state = state
        self.firmwaremajor, self.firmwareminor = 1, 0x05
        self.iohandler = self.sol_input  # SOL hook: echo what the console types

    def get_power_state(self):
        return "on" if self.state.get("power", "0") == "1" else "off"

    def power_on(self):
        self.state.set("power", 1)

    def power_off(self):
        self.state.set("power", 0)

    def power_shutdown(self):
        self.state.set("power", 0)

    def power_cycle(self):
        self.state.set("power", 1)
        self.count_reset()

    def power_reset(self):
        if self.get_power_state() != "on":
            return 0xD5  # not supported in the present state
        self.count_reset()
        return 0

    def count_reset(self):
        self.state.set("resets", int(self.state.get("resets", "0") or 0) + 1)

    def get_boot_device(self):
        return self.state.get("boot", "default")

    def set_boot_device(self, bootdevice):
        self.state.set("boot", bootdevice)

    def is_active(self):
        return self.get_power_state() == "on"

    def activate_payload(self, request, session):
        super().activate_payload(request, session)
        if self.sol is not None:
            self.sol.send_data(SOL_GREETING)

    def sol_input(self, data):
        if self.sol is not None and isinstance(data, bytes):
            self.sol.send_data(data)

    def handle_raw_request(self, request, session):
        if request["netfn"] == 0 and request["command"] == 4:  # chassis identify
            data = request["data"]
            interval = data[0] if data else 15
            force = data[1] & 1 if len(data) > 1 else 0
            self.state.set("identify", f"{interval} {force}")
            return session.send_ipmi_response()
        return super().handle_raw_request(request, session)


def main():
    parser = argparse.ArgumentParser(description="simulated BMC on pyghmi")
    parser.add_argument("--state", required=True, help="chassis state file")
    parser.add_argument("--users", required=True,
                        help='JSON: [{"name": ..., "password": ..., "privilege": 2..4}]')
    parser.add_argument("--address", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--suites", default="",
                        help="comma-separated cipher suites (switches to rmcpplus_peer)")
    args = parser.parse_args()

    with open(args.users, encoding="utf-8") as f:
        accounts = json.load(f)
    authdata = {a["name"]: a["password"] for a in accounts}
    state = StateFile(args.state)

    if args.suites:
        import rmcpplus_peer  # next to this script

        suites = [int(s) for s in args.suites.split(",")]
        peer_class = rmcpplus_peer.peer_bmc_class(SimBmc, suites, accounts)
        server = peer_class(authdata, args.address, args.port, state)
    else:
        server = SimBmc(authdata, args.address, args.port, state)

    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    print(f"READY {server.port}", flush=True)
    try:
        server.listen()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
