// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"
#include "ipmi/wire/ciphersuite.h"

#include <array>
#include <cstdint>
#include <string>

namespace ipmi {

// RMCP+ Open Session and RAKP messages 1-4 (IPMI 2.0 section 13.17-13.23): payload
// bodies only; the RMCP+ wrapper is encodeRmcpPlus's job. Each has a console side
// (encode request / decode reply) and a BMC side for the in-memory fake BMC.

using Nonce16 = std::array<std::uint8_t, 16>;

struct OpenSessionRequest
{
    std::uint8_t tag = 0;
    std::uint8_t requestedPrivilege = 0; // 0 = highest the user may have
    std::uint32_t consoleSessionId = 0;
    AuthAlgorithm auth = AuthAlgorithm::None;
    IntegrityAlgorithm integrity = IntegrityAlgorithm::None;
    ConfidentialityAlgorithm confidentiality = ConfidentialityAlgorithm::None;
};

struct OpenSessionResponse
{
    std::uint8_t tag = 0;
    std::uint8_t status = 0; // RMCP+ status code, 0 = success
    std::uint8_t maximumPrivilege = 0;
    std::uint32_t consoleSessionId = 0;
    std::uint32_t bmcSessionId = 0;
    AuthAlgorithm auth = AuthAlgorithm::None;
    IntegrityAlgorithm integrity = IntegrityAlgorithm::None;
    ConfidentialityAlgorithm confidentiality = ConfidentialityAlgorithm::None;
};

struct Rakp1
{
    std::uint8_t tag = 0;
    std::uint32_t bmcSessionId = 0;
    Nonce16 consoleRandom{};
    std::uint8_t role = 0; // privilege | 10h for name-only lookup
    std::string username;  // at most 16 bytes, sent at its real length
};

struct Rakp2
{
    std::uint8_t tag = 0;
    std::uint8_t status = 0;
    std::uint32_t consoleSessionId = 0;
    Nonce16 bmcRandom{};
    Nonce16 bmcGuid{};
    Bytes authCode; // 0, 20 (SHA1) or 32 (SHA256) bytes
};

struct Rakp3
{
    std::uint8_t tag = 0;
    std::uint8_t status = 0;
    std::uint32_t bmcSessionId = 0;
    Bytes authCode;
};

struct Rakp4
{
    std::uint8_t tag = 0;
    std::uint8_t status = 0;
    std::uint32_t consoleSessionId = 0;
    Bytes integrityCheck; // 0, 12 (SHA1-96) or 16 (SHA256-128) bytes
};

Bytes encodeOpenSessionRequest(const OpenSessionRequest &message);
Result<OpenSessionResponse> decodeOpenSessionResponse(ByteView payload);
Bytes encodeRakp1(const Rakp1 &message);
// The auth code length must match the negotiated algorithm exactly (a short or long
// RAKP2 is an error); an error status carries no auth code and is accepted as such.
Result<Rakp2> decodeRakp2(ByteView payload, AuthAlgorithm auth);
Bytes encodeRakp3(const Rakp3 &message);
Result<Rakp4> decodeRakp4(ByteView payload, AuthAlgorithm auth);

// BMC side.
Result<OpenSessionRequest> decodeOpenSessionRequest(ByteView payload);
Bytes encodeOpenSessionResponse(const OpenSessionResponse &message);
Result<Rakp1> decodeRakp1(ByteView payload);
Bytes encodeRakp2(const Rakp2 &message);
Result<Rakp3> decodeRakp3(ByteView payload, AuthAlgorithm auth);
Bytes encodeRakp4(const Rakp4 &message);

// RMCP+ status codes (IPMI 2.0 table 13-15) as a sentence: "invalid name", ...
std::string rmcpPlusStatusText(std::uint8_t status);

} // namespace ipmi
