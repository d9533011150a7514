// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"
#include "ipmi/op/operation.h"

#include <memory>
#include <utility>

// Drives a multi-command operation (src/ipmi/op) over a HostSession, one request at a
// time. A failure ends the task through done; the value goes on to next(value).
namespace detail {
template<typename T, typename Next>
void stepOperation(HostSession &session, std::shared_ptr<ipmi::op::Operation<T>> operation,
                   TaskDone done, Next next)
{
    auto request = operation->nextRequest();
    if (!request) {
        auto result = operation->takeResult();
        if (!result)
            done(result.error());
        else
            next(std::move(result).value());
        return;
    }
    session.execute(std::move(*request),
                    [&session, operation, done = std::move(done),
                     next = std::move(next)](ipmi::Result<ipmi::Response> response) mutable {
                        operation->onResponse(std::move(response));
                        stepOperation(session, std::move(operation), std::move(done),
                                      std::move(next));
                    });
}
} // namespace detail

template<typename T, typename Next>
void runOperation(HostSession &session, std::shared_ptr<ipmi::op::Operation<T>> operation,
                  TaskDone done, Next next)
{
    detail::stepOperation(session, std::move(operation), std::move(done), std::move(next));
}
