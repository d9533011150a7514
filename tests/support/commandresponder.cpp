// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandresponder.h"

#include <algorithm>

namespace ipmi::test {

void CommandResponder::on(std::uint8_t netFn, std::uint8_t cmd, Handler handler)
{
    m_handlers[{netFn, cmd}] = std::move(handler);
}

Result<Response> CommandResponder::operator()(const Request &request)
{
    m_log.push_back(request);
    const auto found = m_handlers.find({request.netFn, request.cmd});
    if (found == m_handlers.end())
        return Response{0xC1, {}};
    return found->second(request);
}

int CommandResponder::count(std::uint8_t netFn, std::uint8_t cmd) const
{
    return static_cast<int>(std::count_if(m_log.begin(), m_log.end(), [&](const Request &r) {
        return r.netFn == netFn && r.cmd == cmd;
    }));
}

} // namespace ipmi::test
