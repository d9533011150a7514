// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A BMC at the command level, for testing operations (src/ipmi/op) without sessions:
// handlers per NetFn/command, a log of what was asked, and a synchronous driver.

#include "ipmi/op/operation.h"

#include <cstdint>
#include <functional>
#include <map>
#include <utility>
#include <vector>

namespace ipmi::test {

class CommandResponder
{
public:
    using Handler = std::function<Result<Response>(const Request &)>;

    void on(std::uint8_t netFn, std::uint8_t cmd, Handler handler);
    // Answers with the handler for the request's command; C1h (invalid command) if none.
    Result<Response> operator()(const Request &request);

    const std::vector<Request> &log() const { return m_log; }
    int count(std::uint8_t netFn, std::uint8_t cmd) const;
    void clearLog() { m_log.clear(); }

private:
    std::map<std::pair<std::uint8_t, std::uint8_t>, Handler> m_handlers;
    std::vector<Request> m_log;
};

// Runs an operation to its end against `bmc`. More than maxRequests requests means the
// operation does not terminate: that ends the run with an error instead of hanging.
template<typename T>
Result<T> runOperation(op::Operation<T> &operation,
                       const std::function<Result<Response>(const Request &)> &bmc,
                       std::size_t maxRequests = 100000)
{
    std::size_t sent = 0;
    while (auto request = operation.nextRequest()) {
        if (++sent > maxRequests)
            return Error{ErrorKind::InvalidArgument, "operation did not finish"};
        operation.onResponse(bmc(*request));
    }
    return operation.takeResult();
}

} // namespace ipmi::test
