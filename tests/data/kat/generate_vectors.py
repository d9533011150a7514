#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Known-answer vectors for the IPMI crypto and wire layers.

Computed independently of the C++ code with Python's hmac/hashlib and
python3-cryptography, from fixed inputs (no randomness), so the output is
reproducible:  /usr/bin/python3 generate_vectors.py > vectors.txt

With --corpus DIR it instead writes fuzz seed corpora (valid packets from the same
vectors) to DIR/<target>/, one file per seed.

Format: one vector per line, "<kind> <field>=<hex> ...". Text fields (user
names) are hex too. Empty value = empty byte string.
"""
import contextlib
import hashlib
import hmac
import io
import os
import struct
import sys

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

HASHES = {"sha1": hashlib.sha1, "sha256": hashlib.sha256, "md5": hashlib.md5}
RMCP = bytes([0x06, 0x00, 0xFF, 0x07])


def pattern(length, start=0, step=1):
    return bytes((start + i * step) & 0xFF for i in range(length))


def emit(kind, **fields):
    print(kind + "".join(" %s=%s" % (k, v.hex()) for k, v in fields.items()))


def le32(value):
    return struct.pack("<I", value)


def checksum(data):
    return bytes([(-sum(data)) & 0xFF])


def hmac_vectors():
    cases = [
        (b"key", b"The quick brown fox jumps over the lazy dog"),
        (b"", b""),
        (pattern(20, 1), pattern(50, 0xDD, 0)),
        (pattern(131, 0xAA, 0), b"Test Using Larger Than Block-Size Key - Hash Key First"),
        # Keys at the block size (64) and one over; messages over several blocks.
        (pattern(64, 3), pattern(64, 5)),
        (pattern(65, 9), pattern(300, 1, 7)),
        (pattern(32, 0x40), pattern(119, 2, 3)),
    ]
    for alg in ("sha1", "sha256", "md5"):
        for key, data in cases:
            emit("hmac", alg=alg.encode(), key=key, data=data, mac=hmac.new(key, data, HASHES[alg]).digest())
    for data in (b"", b"abc", pattern(200)):
        emit("md5", data=data, digest=hashlib.md5(data).digest())


def aes_encrypt(key, iv, plain):
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(plain) + encryptor.finalize()


def aes_vectors():
    # NIST SP 800-38A F.2.1 first, then a few made-up ones.
    emit("aes", key=bytes.fromhex("2b7e151628aed2a6abf7158809cf4f3c"),
         iv=bytes.fromhex("000102030405060708090a0b0c0d0e0f"),
         plain=bytes.fromhex("6bc1bee22e409f96e93d7e117393172a"),
         cipher=aes_encrypt(bytes.fromhex("2b7e151628aed2a6abf7158809cf4f3c"),
                            bytes.fromhex("000102030405060708090a0b0c0d0e0f"),
                            bytes.fromhex("6bc1bee22e409f96e93d7e117393172a")))
    for blocks in (1, 2, 5):
        key, iv, plain = pattern(16, 0x10), pattern(16, 0xF0, 3), pattern(16 * blocks, 7, 11)
        emit("aes", key=key, iv=iv, plain=plain, cipher=aes_encrypt(key, iv, plain))


def rakp_keys(alg, password, kg, sidm, sidc, rm, rc, guid, role, user):
    h = HASHES[alg]
    name = bytes([role, len(user)]) + user
    rakp2 = hmac.new(password, le32(sidm) + le32(sidc) + rm + rc + guid + name, h).digest()
    rakp3 = hmac.new(password, rc + le32(sidm) + name, h).digest()
    sik = hmac.new(kg if kg else password, rm + rc + name, h).digest()
    icv = hmac.new(sik, rm + le32(sidc) + guid, h).digest()[: 12 if alg == "sha1" else 16]
    k1 = hmac.new(sik, b"\x01" * 20, h).digest()
    k2 = hmac.new(sik, b"\x02" * 20, h).digest()
    return rakp2, rakp3, sik, icv, k1, k2


RAKP_CASES = [
    # password, kg, user, role
    (b"secret", b"", b"admin", 0x14),
    (b"secret", pattern(20, 0x30), b"admin", 0x14),
    (pattern(20, 0x41), b"", b"operator", 0x03),
    (b"", b"", b"", 0x14),
    (b"p@ss", pattern(20, 0x90), b"sixteen-chars-xx", 0x04),
]


def rakp_vectors():
    for alg in ("sha1", "sha256"):
        for index, (password, kg, user, role) in enumerate(RAKP_CASES):
            sidm, sidc = 0xA0A2A3A4 + index, 0x02000000 + index * 0x101
            rm, rc, guid = pattern(16, 0x11 + index), pattern(16, 0x80, 5), pattern(16, 0xC0, 7)
            rakp2, rakp3, sik, icv, k1, k2 = rakp_keys(alg, password, kg, sidm, sidc, rm, rc, guid, role, user)
            emit("rakpkeys", alg=alg.encode(), password=password, kg=kg, sidm=le32(sidm), sidc=le32(sidc),
                 rm=rm, rc=rc, guid=guid, role=bytes([role]), user=user, rakp2=rakp2, rakp3=rakp3, sik=sik,
                 rakp4=icv, k1=k1, k2=k2)


SUITES = {
    # id: (hash, code length, encrypted)
    2: ("sha1", 12, False),
    3: ("sha1", 12, True),
    16: ("sha256", 16, False),
    17: ("sha256", 16, True),
}


def rmcpplus_packet(suite, k1, k2, iv, sid, seq, ptype, payload):
    alg, codelen, encrypted = SUITES[suite]
    body = payload
    if encrypted:
        padlen = (16 - (len(payload) + 1) % 16) % 16
        body = iv + aes_encrypt(k2[:16], iv, payload + bytes(range(1, padlen + 1)) + bytes([padlen]))
    typebyte = ptype | 0x40 | (0x80 if encrypted else 0)
    session = bytes([0x06, typebyte]) + le32(sid) + le32(seq) + struct.pack("<H", len(body)) + body
    pad = (-(len(session) + 2)) % 4
    session += b"\xff" * pad + bytes([pad, 0x07])
    return RMCP + session + hmac.new(k1, session, HASHES[alg]).digest()[:codelen]


def rmcpplus_vectors():
    get_device_id = ipmi_request(0x20, 0x06, 0, 0x81, 1, 0, 0x01, b"")
    for suite in (2, 3, 16, 17):
        alg = SUITES[suite][0]
        sik = pattern(32 if alg == "sha256" else 20, 0x5A, 3)
        k1 = hmac.new(sik, b"\x01" * 20, HASHES[alg]).digest()
        k2 = hmac.new(sik, b"\x02" * 20, HASHES[alg]).digest()
        for index, payload in enumerate((get_device_id, b"", pattern(15, 1), pattern(16, 2), pattern(33, 3))):
            iv = pattern(16, 0xA0 + index, 1) if SUITES[suite][2] else b""
            sid, seq = 0x0300C0DE + index, 1 + index * 1000
            ptype = 0x01 if index == 4 else 0x00
            emit("rmcpplus", suite=bytes([suite]), k1=k1, k2=k2, iv=iv, sid=le32(sid), seq=le32(seq),
                 ptype=bytes([ptype]), payload=payload,
                 packet=rmcpplus_packet(suite, k1, k2, iv, sid, seq, ptype, payload))
    # Handshake payloads go out in the clear: header, payload, nothing else.
    open_request = open_session_request(0x01, 0x04, 0xA0A2A3A4, 3, 4, 1)
    emit("rmcpplusclear", ptype=bytes([0x10]), payload=open_request,
         packet=RMCP + bytes([0x06, 0x10]) + le32(0) + le32(0) + struct.pack("<H", len(open_request)) + open_request)


def ipmi_request(rs_addr, netfn, rs_lun, rq_addr, rq_seq, rq_lun, cmd, data):
    head = bytes([rs_addr, (netfn << 2) | rs_lun])
    tail = bytes([rq_addr, (rq_seq << 2) | rq_lun, cmd]) + data
    return head + checksum(head) + tail + checksum(tail)


def message_vectors():
    for fields in ((0x20, 0x06, 0, 0x81, 1, 0, 0x01, b""),
                   (0x20, 0x06, 0, 0x81, 63, 2, 0x38, bytes([0x8E, 0x04])),
                   (0x20, 0x0A, 1, 0x81, 17, 0, 0x23, bytes([0x00, 0x00, 0x34, 0x12, 0x00, 0xFF]))):
        emit("request", fields=bytes(fields[:7]), data=fields[7], bytes=ipmi_request(*fields))
    for fields in ((0x81, 0x07, 0, 0x20, 1, 0, 0x01, 0x00, pattern(15, 0x20)),
                   (0x81, 0x0B, 2, 0x20, 42, 1, 0x2D, 0xCB, b""),
                   (0x81, 0x07, 0, 0x20, 63, 3, 0x38, 0x00, bytes([0x01, 0x97, 0x04, 0x03, 0, 0, 0, 0]))):
        emit("response", fields=bytes(fields[:8]), data=fields[8], bytes=ipmi_request(*fields[:7], bytes([fields[7]]) + fields[8]))


def session15_packet(authtype, password, sid, seq, payload):
    pw16 = password[:16].ljust(16, b"\x00")
    code = b""
    if authtype == 2:
        code = hashlib.md5(pw16 + le32(sid) + payload + le32(seq) + pw16).digest()
    elif authtype == 4:
        code = pw16
    packet = RMCP + bytes([authtype]) + le32(seq) + le32(sid) + code + bytes([len(payload)]) + payload
    # Legacy pad on the datagram length (see session15.cpp).
    if len(packet) in (56, 84, 112, 128, 156):
        packet += b"\x00"
    return code, packet


def session15_vectors():
    get_device_id = ipmi_request(0x20, 0x06, 0, 0x81, 5, 0, 0x01, b"")
    cases = [
        (0, b"", 0, 0, ipmi_request(0x20, 0x06, 0, 0x81, 0, 0, 0x38, bytes([0x0E, 0x04]))),
        (2, b"password", 0x1234ABCD, 0x00000102, get_device_id),
        (2, b"", 0xDEADBEEF, 0xFFFFFFFF, get_device_id),
        (2, pattern(16, 0x61), 0x01020304, 7, pattern(26, 0x31)),   # 30 + 26 = 56: padded
        (2, pattern(16, 0x61), 0x01020304, 8, pattern(54, 0x31)),   # 30 + 54 = 84: padded
        (4, b"straight", 0x55AA55AA, 3, get_device_id),
        (0, b"", 0, 0, pattern(42, 0x02)),                          # 14 + 42 = 56: padded
        (0, b"", 0, 0, pattern(43, 0x02)),                          # 57: no pad
    ]
    for authtype, password, sid, seq, payload in cases:
        code, packet = session15_packet(authtype, password, sid, seq, payload)
        emit("session15", authtype=bytes([authtype]), password=password, sid=le32(sid), seq=le32(seq),
             payload=payload, authcode=code, packet=packet)


def algorithm_records(auth, integrity, conf):
    return (bytes([0x00, 0, 0, 8, auth, 0, 0, 0]) + bytes([0x01, 0, 0, 8, integrity, 0, 0, 0])
            + bytes([0x02, 0, 0, 8, conf, 0, 0, 0]))


def open_session_request(tag, privilege, sidm, auth, integrity, conf):
    return bytes([tag, privilege, 0, 0]) + le32(sidm) + algorithm_records(auth, integrity, conf)


def rakp_message_vectors():
    for tag, priv, sidm, auth, integ, conf in ((0x01, 0x04, 0xA0A2A3A4, 3, 4, 1), (0x7F, 0x00, 0x11223344, 1, 1, 1),
                                               (0x02, 0x02, 0x00000001, 0, 0, 0)):
        emit("opensessionrequest", tag=bytes([tag]), privilege=bytes([priv]), sidm=le32(sidm),
             algorithms=bytes([auth, integ, conf]), bytes=open_session_request(tag, priv, sidm, auth, integ, conf))
    for tag, status, priv, sidm, sidc, algs in ((0x01, 0, 4, 0xA0A2A3A4, 0x0400ABCD, (3, 4, 1)),
                                                (0x02, 0, 3, 0x11223344, 0x00000201, (1, 1, 1))):
        emit("opensessionresponse", tag=bytes([tag]), status=bytes([status]), privilege=bytes([priv]),
             sidm=le32(sidm), sidc=le32(sidc), algorithms=bytes(algs),
             bytes=bytes([tag, status, priv, 0]) + le32(sidm) + le32(sidc) + algorithm_records(*algs))
    for tag, sidc, rm, role, user in ((0x03, 0x0400ABCD, pattern(16, 0x11), 0x14, b"admin"),
                                      (0x04, 0x00000201, pattern(16, 0xF0, 1), 0x04, b""),
                                      (0x05, 0xFFFFFFFF, pattern(16, 0x00, 0), 0x13, b"sixteen-chars-xx")):
        emit("rakp1", tag=bytes([tag]), sidc=le32(sidc), rm=rm, role=bytes([role]), user=user,
             bytes=bytes([tag, 0, 0, 0]) + le32(sidc) + rm + bytes([role, 0, 0, len(user)]) + user)
    for alg, codelen in (("none", 0), ("sha1", 20), ("sha256", 32)):
        code = pattern(codelen, 0x70)
        emit("rakp2", alg=alg.encode(), tag=bytes([0x03]), status=b"\x00", sidm=le32(0xA0A2A3A4),
             rc=pattern(16, 0x80, 5), guid=pattern(16, 0xC0, 7), code=code,
             bytes=bytes([0x03, 0, 0, 0]) + le32(0xA0A2A3A4) + pattern(16, 0x80, 5) + pattern(16, 0xC0, 7) + code)
        emit("rakp3", alg=alg.encode(), tag=bytes([0x04]), status=b"\x00", sidc=le32(0x0400ABCD), code=code,
             bytes=bytes([0x04, 0, 0, 0]) + le32(0x0400ABCD) + code)
        icv = pattern({"none": 0, "sha1": 12, "sha256": 16}[alg], 0x55)
        emit("rakp4", alg=alg.encode(), tag=bytes([0x04]), status=b"\x00", sidm=le32(0xA0A2A3A4), code=icv,
             bytes=bytes([0x04, 0, 0, 0]) + le32(0xA0A2A3A4) + icv)


def asf_vectors():
    emit("asfping", tag=b"\x2a", bytes=bytes([6, 0, 0xFF, 6]) +
         struct.pack(">I", 4542) + bytes([0x80, 0x2A, 0x00, 0x00]))
    data = struct.pack(">I", 4542) + struct.pack(">I", 0) + bytes([0x81, 0x00]) + bytes(6)
    emit("asfpong", tag=b"\x2a", iana=struct.pack(">I", 4542), oem=bytes(4), entities=b"\x81", interactions=b"\x00",
         bytes=bytes([6, 0, 0xFF, 6]) + struct.pack(">I", 4542) + bytes([0x40, 0x2A, 0x00, len(data)]) + data)


def pack_6bit(text):
    """6-bit packed ASCII (IPMI 2.0 section 43.15): each character is its ASCII code less
    20h, packed least significant bits first."""
    bits, count, out = 0, 0, bytearray()
    for ch in text:
        bits |= (ord(ch) - 0x20) << count
        count += 6
        while count >= 8:
            out.append(bits & 0xFF)
            bits >>= 8
            count -= 8
    if count:
        out.append(bits & 0xFF)
    return bytes(out)


BCD_PLUS = "0123456789 -.:,_"


def pack_bcd_plus(text, pad=" "):
    """BCD plus, low nibble first (the order OpenIPMI's sdrcomp writes)."""
    digits = [BCD_PLUS.index(c) for c in text]
    if len(digits) % 2:
        digits.append(BCD_PLUS.index(pad))
    return bytes(digits[i] | (digits[i + 1] << 4) for i in range(0, len(digits), 2))


def idstring_vectors():
    """ID strings with both readings of the length: tl is the type/length byte, rest the
    record's bytes after it, unit the reading that must win, text the decoded name."""
    six, bcd, unicode, latin1 = 0x80, 0x40, 0x00, 0xC0

    def case(tl, rest, unit, text):
        emit("idstring", tl=bytes([tl]), rest=rest, unit=unit.encode(), text=text.encode())

    for name in ["FAN1", "12V", "3.3VCC", "P1 DIMM VDDQ0", "CPU0 VCORE", "ABCDEFGHIJKLMNOP", "A"]:
        packed = pack_6bit(name)
        # sdrcomp and OpenIPMI: the length counts characters.
        case(six | len(name), packed, "characters" if len(packed) != len(name) else "bytes", name)
        # ipmitool and FreeIPMI: the length counts bytes.
        case(six | len(packed), packed, "bytes", name)
        # A record padded after the name: neither reading ends at the end.
        padded = packed + bytes(3)
        case(six | len(name), padded, "bytes" if len(name) <= len(padded) else "characters", name)
    for name in ["1.05", "12 34", "0", "-12:30,5_0", "1234567890123456"]:
        packed = pack_bcd_plus(name)
        case(bcd | len(name), packed, "characters" if len(packed) != len(name) else "bytes", name)
        case(bcd | len(packed), packed, "bytes", name)
    case(latin1 | 16, b"Processor 1 Temp", "bytes", "Processor 1 Temp")
    case(latin1 | 6, b"Bo\xe9rd\x00", "bytes", "Bo\u00e9rd")
    case(latin1 | 4, b"CPU" + bytes(4), "bytes", "CPU")
    case(unicode | 5, b"CPU 1", "bytes", "CPU 1")
    case(latin1, b"", "bytes", "")
    case(six, b"\x00\x00", "bytes", "")
    # No reading fits: the decoder must say so rather than read past the record.
    emit("idstringtoolong", tl=bytes([six | 4]), rest=pack_6bit("FAN1")[:2])
    emit("idstringtoolong", tl=bytes([latin1 | 8]), rest=b"CPU")
    emit("idstringtoolong", tl=bytes([bcd | 6]), rest=pack_bcd_plus("12")[:1])


def write_corpus(directory, lines):
    """Seeds per fuzz target, taken from the vectors' wire-format fields."""
    seeds = {"rmcp": [], "message": [], "session15": [], "rmcpplus": [], "rakp": [], "ciphersuite": [],
             "idstring": []}
    auth_byte = {b"none": 0, b"sha1": 1, b"sha256": 3}
    for line in lines:
        words = line.split()
        if not words or words[0].startswith("#"):
            continue
        kind, fields = words[0], dict(w.split("=", 1) for w in words[1:])
        field = {k: bytes.fromhex(v) for k, v in fields.items()}
        if kind in ("asfping", "asfpong"):
            seeds["rmcp"].append(field["bytes"])
        elif kind in ("request", "response"):
            seeds["message"].append(field["bytes"])
        elif kind == "session15":
            seeds["session15"].append(field["packet"])
        elif kind in ("rmcpplus", "rmcpplusclear"):
            seeds["rmcpplus"].append(field["packet"])
        elif kind in ("opensessionrequest", "opensessionresponse", "rakp1"):
            seeds["rakp"].append(b"\x01" + field["bytes"])
        elif kind in ("rakp2", "rakp3", "rakp4"):
            seeds["rakp"].append(bytes([auth_byte[field["alg"]]]) + field["bytes"])
        elif kind in ("idstring", "idstringtoolong"):
            seeds["idstring"].append(field["tl"] + field["rest"])
    seeds["ciphersuite"] = [bytes.fromhex("c00000 4080 c0030141 81 c0110344 81"),
                            bytes.fromhex("c0010140 80 c1305701 00014180"),
                            bytes.fromhex("c0020141 80 000000")]
    for target, items in seeds.items():
        os.makedirs(os.path.join(directory, target), exist_ok=True)
        for index, seed in enumerate(items):
            with open(os.path.join(directory, target, "seed-%03d" % index), "wb") as out:
                out.write(seed)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--corpus":
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            emit_all()
        write_corpus(sys.argv[2], buffer.getvalue().splitlines())
        return
    emit_all()


def emit_all():
    print("# Generated by generate_vectors.py; do not edit.")
    hmac_vectors()
    aes_vectors()
    rakp_vectors()
    rmcpplus_vectors()
    message_vectors()
    session15_vectors()
    rakp_message_vectors()
    asf_vectors()
    idstring_vectors()


if __name__ == "__main__":
    main()
