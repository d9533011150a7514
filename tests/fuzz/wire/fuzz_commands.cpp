// SPDX-License-Identifier: GPL-3.0-or-later
// Command response parsers (src/ipmi/cmd) and the session-management decoders: the first
// byte is the completion code, the rest the response data. Every parser must return a
// value or an error, never crash or read out of bounds.
#include "fuzz_check.h"
#include "ipmi/cmd/app.h"
#include "ipmi/cmd/chassis.h"
#include "ipmi/cmd/raw.h"
#include "ipmi/session/sessioncommands.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    using namespace ipmi;
    using namespace ipmi::cmd;
    Response response;
    response.completionCode = data[0];
    response.data.assign(data + 1, data + size);
    const ByteView body(response.data);

    (void)parseDeviceId(response);
    (void)parseDeviceGuid(response);
    (void)parseGlobalEnables(response);
    (void)parseChassisStatus(response);
    (void)parseSetPowerRestorePolicy(response);
    (void)parseSystemRestartCause(response);
    if (auto option = parseGetBootOption(response))
        (void)decodeBootFlags(*option);
    (void)parseRawResponse(Request{0x06, 0x01, {}, 0}, response);
    if (auto id = parseDeviceId(response)) {
        (void)firmwareRevisionText(*id);
        (void)ipmiVersionText(*id);
        (void)additionalDeviceSupportNames(id->additionalDeviceSupport);
    }
    if (auto guid = parseDeviceGuid(response))
        FUZZ_CHECK(guid->text().size() == 36);

    (void)sessioncmd::decodeAuthCapsResponse(body);
    (void)sessioncmd::decodeCipherSuitesResponse(body);
    (void)sessioncmd::decodeCipherSuitesRequest(body);
    (void)sessioncmd::decodeChallengeResponse(body);
    (void)sessioncmd::decodeChallengeRequest(body);
    (void)sessioncmd::decodeActivateResponse(body);
    (void)sessioncmd::decodeActivateRequest(body);
    (void)sessioncmd::decodeSetPrivilegeResponse(body);
    return 0;
}
