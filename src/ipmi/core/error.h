// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cassert>
#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace ipmi {

// What went wrong, in a form callers can branch on. The message is a sentence a person
// can act on ("wrong user name or password"), never a raw code alone, and never holds
// a secret.
enum class ErrorKind
{
    Timeout,                // no answer after the configured tries
    Network,                // the socket or the local device failed
    AuthenticationFailed,   // wrong user name or password, or a wrong K_g
    UnknownUser,            // the BMC has no such user name
    PrivilegeUnavailable,   // the user may not hold the requested privilege level
    CipherSuiteUnavailable, // the BMC refuses or lacks the requested cipher suite
    AuthTypeUnavailable,    // IPMI 1.5 authentication type not offered or not allowed
    BmcNotAuthenticated,    // the BMC failed to prove it knows the password (RAKP2/RAKP4)
    InsecureRefused,        // suite 0, straight password or no authentication, not forced
    NoSessionSlot,          // the BMC has no free session
    SessionLost,            // the BMC dropped the session and it could not be re-opened
    CompletionCode,         // the BMC answered with a non-zero completion code
    MalformedResponse,      // the BMC's answer does not decode
    InvalidArgument,        // bad input from the user or the caller
    Unsupported,            // the BMC or this build does not support the operation
    Cancelled,              // the caller cancelled the request
};

struct Error
{
    ErrorKind kind = ErrorKind::MalformedResponse;
    std::string message;
    std::uint8_t completionCode = 0; // meaningful for ErrorKind::CompletionCode only
};

// A value or an Error. (std::expected arrives with C++23.)
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() &
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    const T &value() const &
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    T &&value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_state));
    }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const
    {
        assert(!ok());
        return std::get<1>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const
    {
        assert(!m_ok);
        return m_error;
    }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorKind kind, std::string message, std::uint8_t completionCode = 0)
{
    return Error{kind, std::move(message), completionCode};
}

// The generic completion codes of IPMI 2.0 table 5-2, as a sentence ("node busy").
std::string completionCodeText(std::uint8_t code);

// Error for a non-zero completion code, e.g. "Get Device ID failed: node busy (C0h)".
Error completionCodeError(std::string_view what, std::uint8_t code);

} // namespace ipmi
