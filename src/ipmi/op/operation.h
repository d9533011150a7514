// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>

// Procedures of many commands (read the SDR repository, the SEL, a FRU, sweep the
// sensors) written as state machines with no I/O, so that every driver runs the same
// logic: the CLI's event loop, a session-pool worker, a unit test's scripted BMC.
//
// The driver loop is:
//     while (auto request = op.nextRequest())
//         op.onResponse(send(*request));      // the answer or the transport error
//     result = op.takeResult();
// nextRequest() returns one request at a time and must not be called again before its
// answer was given to onResponse(). Requests go to one BMC over one session, in order.
namespace ipmi::op {

struct Progress
{
    std::size_t done = 0;
    std::size_t total = 0; // 0 while unknown
};

class OperationBase
{
public:
    virtual ~OperationBase() = default;

    // The next request to send, or nothing once the outcome is known.
    virtual std::optional<Request> nextRequest() = 0;
    // The answer to the request nextRequest() gave last, or why none came.
    virtual void onResponse(Result<Response> response) = 0;
    virtual Progress progress() const { return {}; }
    // A short description for progress displays and error prefixes ("reading the SDR").
    virtual const char *description() const = 0;
};

template<typename T>
class Operation : public OperationBase
{
public:
    using Value = T;
    // Valid once nextRequest() has returned nothing; called at most once.
    virtual Result<T> takeResult() = 0;
};

template<typename T>
using OperationPtr = std::shared_ptr<Operation<T>>;

// For a driver that reports how an operation ended (nothing when it ran to its end, else
// why it stopped): the callback that hands done the operation's result, or that error.
template<typename T>
std::function<void(std::optional<Error>)> deliverResult(OperationPtr<T> operation,
                                                        std::function<void(Result<T>)> done)
{
    return [operation = std::move(operation), done = std::move(done)](std::optional<Error> stopped) {
        if (stopped)
            done(*stopped);
        else
            done(operation->takeResult());
    };
}

} // namespace ipmi::op
