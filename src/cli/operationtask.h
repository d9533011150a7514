// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"
#include "ipmi/op/operation.h"

#include <functional>
#include <memory>
#include <utility>

// Drives a multi-command operation (src/ipmi/op) over a HostSession, one request at a
// time, until it asks for no more; then finished() runs. The session must outlive it.
inline void driveOperation(HostSession &session, std::shared_ptr<ipmi::op::OperationBase> operation,
                           std::function<void()> finished)
{
    auto request = operation->nextRequest();
    if (!request) {
        finished();
        return;
    }
    session.execute(std::move(*request), [&session, operation, finished = std::move(finished)](
                                             ipmi::Result<ipmi::Response> response) mutable {
        operation->onResponse(std::move(response));
        driveOperation(session, std::move(operation), std::move(finished));
    });
}

// driveOperation() for a command's task: a failure ends the task through done; the
// value goes on to next(value).
template<typename T, typename Next>
void runOperation(HostSession &session, std::shared_ptr<ipmi::op::Operation<T>> operation,
                  TaskDone done, Next next)
{
    driveOperation(session, operation,
                   [operation, done = std::move(done), next = std::move(next)]() mutable {
                       auto result = operation->takeResult();
                       if (!result)
                           done(result.error());
                       else
                           next(std::move(result).value());
                   });
}
