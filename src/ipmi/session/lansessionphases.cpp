// SPDX-License-Identifier: GPL-3.0-or-later
//
// The established phase shared by IPMI 1.5 and RMCP+: one request in flight with
// retransmission (Exchange), the keepalive, re-login after the BMC dropped the session,
// and what happens when a login ends. Every step change goes through enter(), which
// checks it against the table in sessionstate.cpp.
#include "ipmi/session/lansessionimpl.h"

namespace ipmi {

using namespace sessioncmd;

void LanSession::Impl::onPayload(InboundPayload payload, TimePoint now)
{
    if (payload.type == PayloadType::Sol && m_step == Step::Established) {
        m_solInbound.push_back(std::move(payload.payload)); // for pollSolPayload()
        return;
    }
    if (payload.type != PayloadType::Ipmi)
        return;
    const Result<ResponseMessage> message = decodeResponseMessage(payload.payload);
    if (!message) {
        ++m_stats.droppedMalformed;
        return;
    }
    if (m_step == Step::CloseSent) {
        if (message->cmd == kCloseSession)
            finishClose();
        return;
    }
    onReply(message.value(), now);
}

void LanSession::Impl::onReply(const ResponseMessage &message, TimePoint now)
{
    bool duplicate = false;
    std::optional<RequestQueue::Reply> reply = m_queue.onReply(message, now, &duplicate);
    if (duplicate)
        ++m_stats.duplicateRequestReplies;
    if (!reply) {
        if (!duplicate)
            ++m_stats.staleReplies;
        return;
    }
    m_lastActivity = now;
    switch (reply->request.purpose) {
    case RequestPurpose::SetPrivilege:
        onPrivilegeSet(reply->response, now);
        break;
    case RequestPurpose::Keepalive:
        break; // any answer proves the session is alive
    case RequestPurpose::User:
        if (!reply->request.cancelled)
            m_events.push_back(session_event::Completed{reply->request.id, std::move(reply->response)});
        break;
    }
}

void LanSession::Impl::onPrivilegeSet(const Response &response, TimePoint now)
{
    const Privilege asked = m_info.privilege;
    if (response.completionCode != 0) {
        if ((response.completionCode == 0x80 || response.completionCode == 0x81)
            && asked == Privilege::Administrator && m_config.privilegeFallback) {
            note("ADMINISTRATOR refused by Set Session Privilege Level; using OPERATOR");
            m_info.privilege = Privilege::Operator;
            m_queue.push(PendingRequest{0, RequestPurpose::SetPrivilege,
                                        Request{kNetFnApp, kSetSessionPrivilege,
                                                encodeSetPrivilegeRequest(Privilege::Operator)}},
                         true);
            enter(Step::PrivilegeSent);
            if (std::optional<Bytes> message = m_queue.startNext(requestPolicy(), now))
                sendMessage(std::move(*message), now);
            return;
        }
        loginFailed(sessionCommandError(kSetSessionPrivilege, response.completionCode, peer(),
                                        m_config.username));
        return;
    }
    // The level in force is what the BMC says it set (some grant more than the account's).
    if (const Result<std::uint8_t> level = decodeSetPrivilegeResponse(response.data);
        level && level.value() >= 2 && level.value() <= 4)
        m_info.privilege = static_cast<Privilege>(level.value());
    const bool relogged = m_relogging;
    const bool announce = !relogged || m_announceRelogin;
    m_relogging = false;
    m_announceRelogin = false;
    enter(Step::Established);
    if (announce)
        m_events.push_back(session_event::Established{m_info});
    if (relogged)
        m_events.push_back(session_event::LoggedInAgain{m_info});
}

void LanSession::Impl::onRequestExhausted(TimePoint now)
{
    const int tries = m_queue.sends();
    PendingRequest request = m_queue.takeInFlight();
    const Error timeout = makeError(ErrorKind::Timeout,
                                    "no answer from " + peer() + " after " + std::to_string(tries)
                                        + (tries == 1 ? " try" : " tries"));
    if (request.purpose == RequestPurpose::SetPrivilege) {
        loginFailed(makeError(ErrorKind::Timeout, timeout.message + " (Set Session Privilege Level)"));
        return;
    }
    // The session answered before; silence now most likely means the BMC forgot it
    // (reboot, `mc reset`). Log in again and re-send, once per request.
    const bool retry = request.purpose == RequestPurpose::User && !request.cancelled
                       && !request.resentAfterRelogin;
    if (m_config.timing.reopenAttempts > 0 && (retry || request.purpose == RequestPurpose::Keepalive)) {
        if (retry) {
            request.resentAfterRelogin = true;
            m_queue.push(std::move(request), true);
        }
        m_reloginsLeft = m_config.timing.reopenAttempts;
        relogin(now);
        return;
    }
    if (request.purpose == RequestPurpose::User && !request.cancelled)
        m_events.push_back(session_event::Failed{request.id, timeout});
    if (request.purpose == RequestPurpose::Keepalive)
        failSession(makeError(ErrorKind::SessionLost,
                              timeout.message + " to a keepalive; the session is lost"));
}

void LanSession::Impl::relogin(TimePoint now)
{
    ++m_stats.relogins;
    --m_reloginsLeft;
    m_relogging = true;
    note("logged in again after the BMC dropped the session");
    startLogin(now);
}

void LanSession::Impl::pump(TimePoint now)
{
    if (m_step != Step::Established || m_queue.busy())
        return;
    if (std::optional<Bytes> message = m_queue.startNext(requestPolicy(), now))
        sendMessage(std::move(*message), now);
}

void LanSession::Impl::sendMessage(Bytes ipmiMessage, TimePoint now)
{
    m_lastActivity = now;
    const Result<void> sent = sendPayload(PayloadType::Ipmi, ipmiMessage);
    if (!sent) // only a bug in the wire layer gets here; do not spin on it
        failSession(sent.error());
}

Result<void> LanSession::Impl::sendPayload(PayloadType type, ByteView payload)
{
    // The one way out for payloads inside the session; SOL will use it with type 01h.
    if (!m_framing)
        return makeError(ErrorKind::InvalidArgument, "no session to send in");
    Result<Bytes> datagram = m_framing->wrap(type, payload);
    if (!datagram)
        return datagram.error();
    send(std::move(datagram).value());
    return {};
}

RetryPolicy LanSession::Impl::requestPolicy() const
{
    return {m_config.timing.requestTimeout, m_config.timing.backoffStep,
            m_config.timing.requestAttempts, 2 * m_config.timing.requestTimeout};
}

void LanSession::Impl::send(Bytes datagram)
{
    ++m_stats.datagramsSent;
    m_transmit.push_back(std::move(datagram));
}

void LanSession::Impl::enter(Step step)
{
    if (!transitionAllowed(m_step, step)) {
        // A bug, never the peer's doing: report it rather than continue in a bad state.
        const std::string what = "internal error: " + std::string(stepName(step))
                                 + " cannot follow " + std::string(stepName(m_step));
        m_step = Step::Failed;
        m_events.push_back(session_event::SessionFailed{makeError(ErrorKind::Unsupported, what)});
        return;
    }
    m_step = step;
}

void LanSession::Impl::note(std::string text)
{
    if (m_notes.find(text) != std::string::npos)
        return;
    m_notes += (m_notes.empty() ? "" : "; ") + text;
    m_info.notes = m_notes;
}

void LanSession::Impl::loggedIn(std::unique_ptr<SessionFraming> framing, SessionInfo info)
{
    m_info = std::move(info);
    m_info.notes = m_notes;
    m_framing = std::move(framing);
    retireHandshake();
    enter(Step::PrivilegeSent);
    m_queue.push(PendingRequest{0, RequestPurpose::SetPrivilege,
                                Request{kNetFnApp, kSetSessionPrivilege,
                                        encodeSetPrivilegeRequest(m_info.privilege)}},
                 true);
    if (std::optional<Bytes> message = m_queue.startNext(requestPolicy(), m_now))
        sendMessage(std::move(*message), m_now);
}

bool LanSession::Impl::sendCloseSession()
{
    RequestMessage message;
    message.netFn = kNetFnApp;
    message.cmd = kCloseSession;
    message.rqSeq = m_rqSeq.next();
    message.data = encodeCloseSessionRequest(m_info.bmcSessionId);
    return sendPayload(PayloadType::Ipmi, encodeRequestMessage(message)).ok();
}

void LanSession::Impl::loginFailed(Error error)
{
    retireHandshake();
    if (m_framing && m_step == Step::PrivilegeSent)
        sendCloseSession(); // the BMC holds a session for us: free its slot
    m_framing.reset();
    if (!m_relogging) {
        failSession(std::move(error));
        return;
    }
    if (m_reloginsLeft > 0) {
        relogin(m_now);
        return;
    }
    m_relogging = false;
    failSession(makeError(ErrorKind::SessionLost, "the BMC at " + peer()
                                                      + " dropped the session and logging in "
                                                        "again failed: " + error.message));
}

void LanSession::Impl::failRequests(const Error &error)
{
    for (PendingRequest &request : m_queue.takeAll()) {
        if (request.purpose == RequestPurpose::User && !request.cancelled)
            m_events.push_back(session_event::Failed{request.id, error});
    }
}

void LanSession::Impl::failSession(Error error)
{
    retireHandshake();
    m_framing.reset();
    m_relogging = false;
    enter(Step::Failed);
    m_events.push_back(session_event::SessionFailed{error});
    failRequests(error);
}

} // namespace ipmi
