// SPDX-License-Identifier: GPL-3.0-or-later
//
// LanSession's inputs and outputs: opening (which version's login to run), submitting,
// cancelling, closing, and routing datagrams and timeouts to the login or to the
// established phase (lansessionphases.cpp). The login itself is Handshake15's or
// Handshake20's; the allowed moves between steps, and the theory of operation, are in
// sessionstate.cpp.
#include "ipmi/session/lansession.h"

#include "ipmi/session/handshake15.h"
#include "ipmi/session/handshake20.h"
#include "ipmi/session/lansessionimpl.h"

namespace ipmi {

using namespace sessioncmd;

bool LanSession::Impl::inLogin() const
{
    switch (m_step) {
    case Step::AuthCapsSent:
    case Step::CipherSuitesSent:
    case Step::OpenSessionSent:
    case Step::Rakp1Sent:
    case Step::Rakp3Sent:
    case Step::ChallengeSent:
    case Step::ActivateSent:
        return true;
    default:
        return false;
    }
}

LanSession::State LanSession::Impl::publicState() const
{
    switch (m_step) {
    case Step::Idle: return State::Idle;
    case Step::Established: return State::Established;
    case Step::CloseSent: return State::Closing;
    case Step::Closed: return State::Closed;
    case Step::Failed: return State::Failed;
    default: return State::Handshaking;
    }
}

std::optional<Error> LanSession::Impl::validateConfig() const
{
    const bool lan15 = m_config.version == LanVersion::Lan15;
    const std::size_t maxPassword = lan15 ? 16 : 20;
    if (m_config.username.size() > 16)
        return makeError(ErrorKind::InvalidArgument, "the user name is longer than 16 bytes");
    if (m_config.password.size() > maxPassword)
        return makeError(ErrorKind::InvalidArgument,
                         std::string("the password is longer than ") + std::to_string(maxPassword)
                             + " bytes" + (lan15 ? ", the IPMI 1.5 limit; use IPMI 2.0 (lanplus)" : ""));
    if (m_config.kg.size() > 20)
        return makeError(ErrorKind::InvalidArgument, "the BMC key (K_g) is longer than 20 bytes");
    const Privilege level = m_config.privilege;
    if (level != Privilege::User && level != Privilege::Operator && level != Privilege::Administrator)
        return makeError(ErrorKind::InvalidArgument,
                         "the privilege level must be USER, OPERATOR or ADMINISTRATOR");
    return std::nullopt;
}

void LanSession::Impl::startLogin(TimePoint now)
{
    if (!m_relogging) {
        m_notes.clear();
        if (const std::optional<Error> invalid = validateConfig()) {
            failSession(*invalid);
            return;
        }
    }
    m_framing.reset();
    retireHandshake();
    if (m_config.version == LanVersion::Lan15)
        m_handshake = std::make_unique<Handshake15>(*this, m_config, m_random, m_rqSeq, m_rtt);
    else
        m_handshake = std::make_unique<Handshake20>(*this, m_config, m_random, m_rqSeq, m_rtt);
    m_handshake->start(now);
}

void LanSession::Impl::open(TimePoint now)
{
    m_now = now;
    if (m_step == Step::Idle || m_step == Step::Closed || m_step == Step::Failed)
        startLogin(now);
    else if (m_relogging)
        m_announceRelogin = true; // the caller waits for Established: give it one
}

RequestId LanSession::Impl::submit(Request request, TimePoint now)
{
    m_now = now;
    const RequestId id = m_nextId++;
    if (m_step == Step::CloseSent) {
        m_events.push_back(session_event::Failed{
            id, makeError(ErrorKind::Cancelled, "the session is closing")});
        return id;
    }
    m_queue.push(PendingRequest{id, RequestPurpose::User, std::move(request)});
    if (m_step == Step::Idle || m_step == Step::Closed || m_step == Step::Failed)
        startLogin(now);
    else
        pump(now);
    return id;
}

void LanSession::Impl::cancel(RequestId id)
{
    if (const std::optional<PendingRequest> request = m_queue.cancel(id))
        m_events.push_back(session_event::Failed{
            id, makeError(ErrorKind::Cancelled, "the request was cancelled")});
}

void LanSession::Impl::close(TimePoint now)
{
    m_now = now;
    failRequests(makeError(ErrorKind::Cancelled, "the session was closed"));
    if (m_step == Step::CloseSent || m_step == Step::Closed)
        return;
    if ((m_step == Step::Established || m_step == Step::PrivilegeSent) && m_framing) {
        // Sent once and waited on briefly: some BMCs never answer it (Intel Tiger4).
        enter(Step::CloseSent);
        m_closeDeadline = now + m_config.timing.closeTimeout;
        if (!sendCloseSession())
            finishClose();
        return;
    }
    retireHandshake();
    finishClose();
}

void LanSession::Impl::finishClose()
{
    m_closeDeadline.reset();
    m_framing.reset();
    m_relogging = false;
    enter(Step::Closed);
    m_events.push_back(session_event::Closed{});
}

void LanSession::Impl::handleDatagram(ByteView datagram, TimePoint now)
{
    m_now = now;
    m_retired.clear();
    if (inLogin() && m_handshake) {
        m_handshake->handleDatagram(datagram, now);
    } else if (m_framing
               && (m_step == Step::PrivilegeSent || m_step == Step::Established
                   || m_step == Step::CloseSent)) {
        SessionFraming::Unwrapped unwrapped = m_framing->unwrap(datagram);
        if (unwrapped.payload) {
            onPayload(std::move(*unwrapped.payload), now);
        } else {
            switch (unwrapped.dropped) {
            case DropReason::Malformed: ++m_stats.droppedMalformed; break;
            case DropReason::WrongSession: ++m_stats.droppedWrongSession; break;
            case DropReason::Unauthenticated: ++m_stats.droppedUnauthenticated; break;
            case DropReason::Replayed: ++m_stats.droppedReplayed; break;
            }
        }
    }
    pump(now);
    m_stats.smoothedRtt = m_rtt.smoothed();
}

void LanSession::Impl::handleTimeout(TimePoint now)
{
    m_now = now;
    m_retired.clear();
    if (inLogin() && m_handshake) {
        m_handshake->handleTimeout(now);
    } else if (m_step == Step::CloseSent) {
        if (m_closeDeadline && now >= *m_closeDeadline)
            finishClose();
    } else if (m_step == Step::PrivilegeSent || m_step == Step::Established) {
        const std::optional<TimePoint> deadline = m_queue.deadline();
        if (m_queue.busy() && deadline && now >= *deadline) {
            if (std::optional<Bytes> again = m_queue.retransmit(now)) {
                ++m_stats.retransmissions;
                sendMessage(std::move(*again), now);
            } else {
                onRequestExhausted(now);
            }
        } else if (m_step == Step::Established && !m_queue.busy() && !m_queue.hasWaiting()
                   && m_config.timing.keepaliveIdle.count() > 0
                   && now >= m_lastActivity + m_config.timing.keepaliveIdle) {
            ++m_stats.keepalives;
            m_queue.push(PendingRequest{0, RequestPurpose::Keepalive,
                                        Request{kNetFnApp, kGetDeviceId, {}}});
        }
    }
    pump(now);
    m_stats.smoothedRtt = m_rtt.smoothed();
}

std::optional<TimePoint> LanSession::Impl::pollTimeout() const
{
    if (inLogin())
        return m_handshake ? m_handshake->deadline() : std::nullopt;
    if (m_step == Step::CloseSent)
        return m_closeDeadline;
    if (m_step != Step::PrivilegeSent && m_step != Step::Established)
        return std::nullopt;
    if (m_queue.busy())
        return m_queue.deadline();
    if (m_step == Step::Established && m_config.timing.keepaliveIdle.count() > 0)
        return m_lastActivity + m_config.timing.keepaliveIdle;
    return std::nullopt;
}

// --- LanSession ------------------------------------------------------------------------

LanSession::LanSession(SessionConfig config) : m_impl(std::make_unique<Impl>(std::move(config))) {}
LanSession::~LanSession() = default;

void LanSession::open(TimePoint now)
{
    m_impl->m_lastActivity = now;
    m_impl->open(now);
}

RequestId LanSession::submit(Request request, TimePoint now)
{
    return m_impl->submit(std::move(request), now);
}

void LanSession::cancel(RequestId id) { m_impl->cancel(id); }
void LanSession::close(TimePoint now) { m_impl->close(now); }

void LanSession::handleDatagram(ByteView datagram, TimePoint now)
{
    m_impl->handleDatagram(datagram, now);
}

void LanSession::handleTimeout(TimePoint now) { m_impl->handleTimeout(now); }

std::optional<Bytes> LanSession::pollTransmit()
{
    if (m_impl->m_transmit.empty())
        return std::nullopt;
    Bytes datagram = std::move(m_impl->m_transmit.front());
    m_impl->m_transmit.pop_front();
    return datagram;
}

std::optional<TimePoint> LanSession::pollTimeout() const { return m_impl->pollTimeout(); }

std::optional<SessionEvent> LanSession::pollEvent()
{
    if (m_impl->m_events.empty())
        return std::nullopt;
    SessionEvent event = std::move(m_impl->m_events.front());
    m_impl->m_events.pop_front();
    return event;
}

Result<void> LanSession::sendSolPayload(ByteView payload)
{
    if (m_impl->m_step != Step::Established || m_impl->m_config.version != LanVersion::Lan20)
        return makeError(ErrorKind::InvalidArgument, "SOL needs an established IPMI 2.0 (lanplus) session");
    return m_impl->sendSol(payload);
}

std::optional<Bytes> LanSession::pollSolPayload()
{
    if (m_impl->m_solInbound.empty())
        return std::nullopt;
    Bytes payload = std::move(m_impl->m_solInbound.front());
    m_impl->m_solInbound.pop_front();
    return payload;
}

LanSession::State LanSession::state() const { return m_impl->publicState(); }
const SessionInfo &LanSession::info() const { return m_impl->m_info; }
std::size_t LanSession::pendingRequests() const { return m_impl->m_queue.callerRequests(); }
const SessionStats &LanSession::stats() const { return m_impl->m_stats; }

} // namespace ipmi
