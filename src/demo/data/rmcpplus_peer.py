# SPDX-License-Identifier: GPL-3.0-or-later
"""RMCP+ test peer for the cipher suites no packaged BMC offers (15, 16, 17: RAKP-
HMAC-SHA256, HMAC-SHA256-128, AES-CBC-128), next to the SHA-1 ones (1, 2, 3).

pyghmi's ServerSession hard-codes suite 3. This subclass negotiates the suite the
client proposes, keys the session with that suite's hashes, and answers the
pre-session Get Channel Cipher Suites with the suites it offers (ipmitool 1.8.19
picks 17 from that list when no -C is given). Key derivation, as in the protocol
notes: RAKP2 code = full HMAC (20 or 32 bytes), SIK = HMAC_KG(Rm|Rc|role|ulen|name),
K1/K2 = HMAC_SIK(01h x 20)/(02h x 20) even for SHA-256, AES key = K2[0:16], RAKP4
ICV and packet AuthCode truncated to 12 (SHA-1) or 16 (SHA-256) bytes.

It also behaves like a stricter BMC than pyghmi: per-account privilege limits
(RAKP2 status 0Ah), unknown names refused (0Dh), a failed RAKP3 answered (0Fh),
and operator-level commands refused to a USER session (completion code D4h).
"""

import hashlib
import hmac
import os
import struct

import pyghmi.ipmi.private.constants as constants
import pyghmi.ipmi.private.serversession as serversession

AUTH_SHA1, AUTH_SHA256 = 1, 3
INTEGRITY_NONE, INTEGRITY_SHA1_96, INTEGRITY_SHA256_128 = 0, 1, 4
CONF_NONE, CONF_AES = 0, 1

# suite: (authentication, integrity, confidentiality) algorithm numbers
SUITES = {
    1: (AUTH_SHA1, INTEGRITY_NONE, CONF_NONE),
    2: (AUTH_SHA1, INTEGRITY_SHA1_96, CONF_NONE),
    3: (AUTH_SHA1, INTEGRITY_SHA1_96, CONF_AES),
    15: (AUTH_SHA256, INTEGRITY_NONE, CONF_NONE),
    16: (AUTH_SHA256, INTEGRITY_SHA256_128, CONF_NONE),
    17: (AUTH_SHA256, INTEGRITY_SHA256_128, CONF_AES),
}
# Authentication hash and the length RAKP4's ICV is truncated to.
HASHES = {AUTH_SHA1: (hashlib.sha1, 12), AUTH_SHA256: (hashlib.sha256, 16)}
INTEGRITY_HASHES = {INTEGRITY_SHA1_96: (hashlib.sha1, 12),
                    INTEGRITY_SHA256_128: (hashlib.sha256, 16)}

STATUS_UNAUTHORIZED_ROLE = 0x0A
STATUS_UNAUTHORIZED_NAME = 0x0D
STATUS_INVALID_ICV = 0x0F
STATUS_NO_SUITE_MATCH = 0x11

# (netfn, command) a session needs OPERATOR for: chassis control, identify,
# set boot options, cold reset.
OPERATOR_COMMANDS = {(0, 0x02), (0, 0x04), (0, 0x08), (6, 0x02)}


class MultiSuiteSession(serversession.ServerSession):
    def __init__(self, authdata, kg, clientaddr, netsocket, request, uuid, bmc):
        self.k1 = None  # no data packet is accepted before RAKP3 sets the keys
        self.suite = None
        self.clientpriv = 2
        super().__init__(authdata, kg, clientaddr, netsocket, request, uuid, bmc)

    def create_open_session_response(self, request):
        tag, wanted = request[0], request[1] & 0x0F
        self.clientsessionid = request[4:8]
        self.managedsessionid = os.urandom(4)
        proposal = (request[12], request[20], request[28]) if len(request) >= 32 else None
        self.suite = next((s for s in self.bmc.suites if SUITES[s] == proposal), None)
        if self.suite is None:
            return bytearray([tag, STATUS_NO_SUITE_MATCH, 0, 0]) + self.clientsessionid
        auth, integrity, conf = SUITES[self.suite]
        self.privlevel = wanted or 4
        return (bytearray([tag, 0, self.privlevel, 0]) + self.clientsessionid
                + self.managedsessionid
                + bytearray([0, 0, 0, 8, auth, 0, 0, 0,
                             1, 0, 0, 8, integrity, 0, 0, 0,
                             2, 0, 0, 8, conf, 0, 0, 0]))

    def _auth_hmac(self, key, data):
        return hmac.new(key, bytes(data), HASHES[SUITES[self.suite][0]][0]).digest()

    def _got_rakp1(self, data):
        if self.suite is None:
            return
        tag = data[0]
        self.Rm = data[8:24]
        self.rolem = data[24]
        self.username = bytes(data[28:28 + data[27]])
        name = self.username.decode("utf-8", "replace")
        status = 0
        if name not in self.authdata:
            status = STATUS_UNAUTHORIZED_NAME
        elif (self.rolem & 0x0F) > self.bmc.privileges.get(name, 4):
            status = STATUS_UNAUTHORIZED_ROLE
        if status:
            self.send_payload(bytearray([tag, status, 0, 0]) + self.clientsessionid,
                              constants.payload_types['rakp2'], retry=False)
            return
        self.maxpriv = self.rolem & 0x0F
        self.kuid = self.authdata[name].encode("utf-8")
        self.kg = self.bmc.kg or self.kuid
        self.Rc = os.urandom(16)
        self.uuiddata = self.uuid.bytes
        code = self._auth_hmac(self.kuid, self.clientsessionid + self.managedsessionid
                               + self.Rm + self.Rc + self.uuiddata
                               + bytearray([self.rolem, len(self.username)])
                               + self.username)
        self.send_payload(bytearray([tag, 0, 0, 0]) + self.clientsessionid + self.Rc
                          + self.uuiddata + code,
                          constants.payload_types['rakp2'], retry=False)

    def _got_rakp3(self, data):
        if getattr(self, "Rc", None) is None or data[1] != 0:
            return
        namepart = struct.pack("2B", self.rolem, len(self.username)) + self.username
        expected = self._auth_hmac(self.kuid, self.Rc + self.clientsessionid + namepart)
        if not hmac.compare_digest(expected, bytes(data[8:])):
            self._send_rakp4(data[0], STATUS_INVALID_ICV)
            return
        self.sik = self._auth_hmac(self.kg, self.Rm + self.Rc + namepart)
        self.k1 = self._auth_hmac(self.sik, b"\x01" * 20)
        self.k2 = self._auth_hmac(self.sik, b"\x02" * 20)
        self.aeskey = self.k2[0:16]
        self.localsid = struct.unpack("<I", self.managedsessionid)[0]
        self.clientpriv = min(self.maxpriv, 2)  # a session starts at USER at most
        self.ipmicallback = self.handle_client_request
        self._send_rakp4(data[0], 0)

    def _send_rakp4(self, tag, status):
        payload = bytearray([tag, status, 0, 0]) + self.clientsessionid
        if status:
            self.send_payload(payload, constants.payload_types['rakp4'], retry=False)
            return
        auth, integrity, conf = SUITES[self.suite]
        icv_len = HASHES[auth][1]
        payload += self._auth_hmac(self.sik, self.Rm + self.managedsessionid
                                   + self.uuiddata)[:icv_len]
        self.send_payload(payload, constants.payload_types['rakp4'], retry=False)
        # From here on every packet is protected with the negotiated algorithms.
        self.integrityalgo = integrity
        if integrity:
            self.currhashlib, self.currhashlen = INTEGRITY_HASHES[integrity]
        self.confalgo = "aes" if conf == CONF_AES else 0
        self.sequencenumber = 1
        self.sessionid = struct.unpack("<I", bytes(self.clientsessionid))[0]

    def _handle_ipmi2_packet(self, data):
        ptype = data[5] & 0x3F
        if ptype in (0, 1) and self.k1 is not None and not self.integrityalgo:
            # Suites 1 and 15 carry no AuthCode; pyghmi would drop such packets.
            if data[5] & 0xC0 or struct.unpack("<I", bytes(data[6:10]))[0] != self.localsid:
                return
            size = data[14] | (data[15] << 8)
            if ptype == 0:
                self._parse_ipmi_payload(data[16:16 + size])
            return
        super()._handle_ipmi2_packet(data)

    def handle_client_request(self, request):
        if ((request["netfn"], request["command"]) in OPERATOR_COMMANDS
                and self.clientpriv < 3):
            self._send_ipmi_net_payload(code=0xD4)  # insufficient privilege
            return
        super().handle_client_request(request)


def _cipher_suite_response(rmcpplus, msg, records):
    """Get Channel Cipher Suites answer to the IPMI message msg, in the framing the
    request came in (ipmitool sends it RMCP+-framed, others IPMI 1.5-framed)."""
    myaddr, mylun = msg[0], msg[1] & 0x03
    clientaddr, seq, clientlun = msg[3], msg[4] >> 2, msg[4] & 0x03
    index = msg[8] & 0x3F if len(msg) > 8 else 0
    chunk = records[index * 16:(index + 1) * 16]
    head = bytearray([clientaddr, (0x07 << 2) | clientlun])
    head.append((-sum(head)) & 0xFF)
    tail = bytearray([myaddr, (seq << 2) | mylun, 0x54, 0x00, 0x01]) + chunk
    tail.append((-sum(tail)) & 0xFF)
    message = head + tail
    if rmcpplus:  # payload type 0, session 0, sequence 0, 2-byte length
        return b"\x06\x00\xff\x07\x06\x00" + bytes(8) + struct.pack("<H", len(message)) + message
    return b"\x06\x00\xff\x07\x00" + bytes(8) + bytes([len(message)]) + message


def peer_bmc_class(base, suites, accounts):
    """A subclass of the given pyghmi Bmc class that serves MultiSuiteSessions."""
    unknown = [s for s in suites if s not in SUITES]
    if unknown:
        raise ValueError(f"unsupported cipher suites: {unknown}")

    class PeerBmc(base):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.suites = list(suites)
            self.privileges = {a["name"]: int(a.get("privilege", 4)) for a in accounts}
            records = bytearray()
            for suite in self.suites:
                auth, integrity, conf = SUITES[suite]
                records += bytes([0xC0, suite, auth, 0x40 | integrity, 0x80 | conf])
            self.suite_records = bytes(records)

        def sessionless_data(self, data, sockaddr):
            raw = bytearray(data)
            if len(raw) < 22 or raw[0] != 6 or raw[2:4] != b"\xff\x07":
                return
            rmcpplus = raw[4] == 6
            if rmcpplus and raw[5] & 0x3F == 0x10:  # Open Session Request
                MultiSuiteSession(self.authdata, self.kg, sockaddr, self.serversocket,
                                  raw[16:], self.uuid, bmc=self)
                return
            msg = raw[16:] if rmcpplus else raw[14:]  # 1.5 header without AuthCode
            if len(msg) >= 7 and msg[1] >> 2 == 0x06 and msg[5] == 0x54:
                packet = _cipher_suite_response(rmcpplus, msg, self.suite_records)
                serversession.ipmisession._io_sendto(self.serversocket, packet, sockaddr)
                return
            super().sessionless_data(data, sockaddr)

    return PeerBmc
