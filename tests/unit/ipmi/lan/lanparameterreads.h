// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandresponder.h"

#include "ipmi/cmd/netfn.h"

#include <cstdint>
#include <map>

// A scripted BMC answers Get LAN Configuration Parameters from `parameters` (parameter ->
// data after the revision byte, 80h for one it lacks). The map is read at each request,
// so the test can change it between them; it must outlive the responder's use.
inline void answerLanParameterReads(ipmi::test::CommandResponder &bmc,
                                    const std::map<std::uint8_t, ipmi::Bytes> &parameters)
{
    using namespace ipmi;
    bmc.on(netfn::Transport, 0x02, [&parameters](const Request &request) -> Result<Response> {
        const auto found = parameters.find(request.data.at(1));
        if (found == parameters.end())
            return Response{0x80, {}};
        Bytes data{0x11};
        data.insert(data.end(), found->second.begin(), found->second.end());
        return Response{0x00, data};
    });
}
