// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanclient.h"

#include "exchangetimeline.h"
#include "udpport.h"

#include <QHostInfo>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <map>

namespace {

ipmi::TimePoint now()
{
    return std::chrono::steady_clock::now();
}

} // namespace

// Callbacks waiting for the session, in the order they were given.
struct LanClient::Waiting
{
    std::map<ipmi::RequestId, ipmi::ResponseCallback> responses;
    std::vector<ipmi::OpenCallback> opens;
    std::vector<std::function<void()>> closes;
};

LanClient::LanClient(QString host, quint16 port, ipmi::SessionConfig config, QObject *parent)
    : IpmiClient(parent), m_host(std::move(host)), m_port(port), m_version(config.version), m_timer(new QTimer(this)),
      m_waiting(std::make_unique<Waiting>())
{
    if (config.peerName.empty())
        config.peerName = peerName().toStdString();
    m_session = std::make_unique<ipmi::LanSession>(std::move(config));
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &LanClient::onTimer);
}

LanClient::~LanClient()
{
    if (!m_udp)
        return;
    // Best effort: tell the BMC to free its session slot, but never wait for the answer.
    if (m_session->state() == ipmi::LanSession::State::Established) {
        m_session->close(now());
        while (auto datagram = m_session->pollTransmit())
            m_udp->send(m_address, m_port, *datagram);
    }
    m_udp->detach(m_address, m_port);
}

QString LanClient::peerName() const
{
    const bool bareV6 = m_host.contains(QLatin1Char(':'));
    return bareV6 ? QStringLiteral("[%1]:%2").arg(m_host).arg(m_port)
                  : QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

bool LanClient::isOpen() const
{
    return m_session->state() == ipmi::LanSession::State::Established;
}

ipmi::Result<void> LanClient::solAvailable() const
{
    if (m_version != ipmi::LanVersion::Lan20)
        return ipmi::makeError(ipmi::ErrorKind::Unsupported,
                               tr("Serial-over-LAN needs an IPMI 2.0 (lanplus) session.").toStdString());
    return {};
}

ipmi::Result<void> LanClient::sendSolPayload(ipmi::ByteView payload)
{
    if (ipmi::Result<void> available = solAvailable(); !available)
        return available;
    ipmi::Result<void> sent = m_session->sendSolPayload(payload);
    if (sent)
        QTimer::singleShot(0, this, [this] { pump(); }); // not from inside a handler's call
    return sent;
}

void LanClient::setSolPayloadHandler(std::function<void(ipmi::Bytes)> handler)
{
    m_solHandler = std::move(handler);
}

void LanClient::open(ipmi::OpenCallback done)
{
    if (isOpen()) {
        done(m_session->info());
        return;
    }
    m_waiting->opens.push_back(std::move(done));
    resolveThen([this] {
        m_session->open(now());
        pump();
    });
}

ipmi::RequestId LanClient::execute(ipmi::Request request, ipmi::ResponseCallback done)
{
    // The id is taken now so that the caller can cancel before the address is resolved.
    const ipmi::RequestId id = m_session->submit(std::move(request), now());
    m_waiting->responses.emplace(id, std::move(done));
    resolveThen([this] { pump(); });
    return id;
}

void LanClient::cancel(ipmi::RequestId id)
{
    m_session->cancel(id);
    pump();
}

void LanClient::close(std::function<void()> done)
{
    if (done)
        m_waiting->closes.push_back(std::move(done));
    // A session that never reached the BMC closes at once; pump() drops what it would send.
    m_session->close(now());
    pump();
}

void LanClient::resolveThen(std::function<void()> action)
{
    if (m_udp) {
        action();
        return;
    }
    m_afterResolve.push_back(std::move(action));
    if (m_resolving)
        return;

    QHostAddress literal;
    if (!m_address.isNull()) {
        // Resolved already; only the socket is missing.
    } else if (literal.setAddress(m_host)) {
        m_address = literal;
    } else {
        m_resolving = true;
        QHostInfo::lookupHost(m_host, this, [this](const QHostInfo &info) {
            m_resolving = false;
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                failEverything(ipmi::makeError(
                    ipmi::ErrorKind::Network,
                    tr("cannot resolve host name %1: %2").arg(m_host, info.errorString()).toStdString()));
                return;
            }
            m_address = info.addresses().constFirst();
            resolveThen([] {});
        });
        return;
    }
    if (!attachPort())
        return;
    auto actions = std::move(m_afterResolve);
    m_afterResolve.clear();
    for (auto &pending : actions)
        pending();
}

bool LanClient::attachPort()
{
    const auto receive = [this](ipmi::ByteView datagram) { onDatagram(datagram); };
    QString error;
    std::shared_ptr<UdpPort> port = UdpPort::shared(m_address, &error);
    if (port && !port->attach(m_address, m_port, receive)) {
        // This thread's socket already talks to that BMC for another client.
        port = UdpPort::create(m_address, &error);
        if (port)
            port->attach(m_address, m_port, receive);
    }
    if (!port) {
        failEverything(ipmi::makeError(ipmi::ErrorKind::Network,
                                       tr("cannot open a UDP socket: %1").arg(error).toStdString()));
        return false;
    }
    m_udp = std::move(port);
    return true;
}

void LanClient::failEverything(const ipmi::Error &error)
{
    m_afterResolve.clear();
    auto waiting = std::move(m_waiting);
    m_waiting = std::make_unique<Waiting>();
    for (auto &[id, callback] : waiting->responses)
        m_session->cancel(id);
    // Drain the cancellations so they are not reported a second time.
    while (m_session->pollEvent()) {
    }
    emit failed(error); // the callbacks are taken: they run even if a receiver deletes us
    for (auto &[id, callback] : waiting->responses)
        callback(error);
    for (auto &callback : waiting->opens)
        callback(error);
    for (auto &callback : waiting->closes)
        callback();
}

void LanClient::pump()
{
    QPointer<LanClient> self(this);
    for (;;) {
        while (auto datagram = m_session->pollTransmit()) {
            if (!m_udp)
                continue; // unreachable peer; the session's own deadline reports it
            if (ExchangeTimeline::enabled())
                ExchangeTimeline::record(peerName(), ExchangeTimeline::Event::Send, datagram->size());
            m_udp->send(m_address, m_port, *datagram);
        }
        while (auto sol = m_session->pollSolPayload()) {
            if (m_solHandler)
                m_solHandler(std::move(*sol));
            if (!self)
                return;
        }
        auto event = m_session->pollEvent();
        if (!event)
            break;
        dispatch(std::move(*event));
        if (!self)
            return; // a callback destroyed this client
    }
    if (const auto deadline = m_session->pollTimeout()) {
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(*deadline - now());
        m_timer->start(static_cast<int>(std::max<std::chrono::milliseconds::rep>(0, wait.count())));
    } else {
        m_timer->stop();
    }
}

void LanClient::dispatch(ipmi::SessionEvent event)
{
    namespace ev = ipmi::session_event;
    // The waiting callbacks are taken first: they run even if a receiver deletes this client.
    if (auto *established = std::get_if<ev::Established>(&event)) {
        auto opens = std::move(m_waiting->opens);
        m_waiting->opens.clear();
        emit opened(established->info);
        for (auto &callback : opens)
            callback(established->info);
    } else if (auto *again = std::get_if<ev::LoggedInAgain>(&event)) {
        emit loggedInAgain(again->info);
    } else if (auto *completed = std::get_if<ev::Completed>(&event)) {
        auto found = m_waiting->responses.find(completed->id);
        if (found == m_waiting->responses.end())
            return;
        auto callback = std::move(found->second);
        m_waiting->responses.erase(found);
        callback(std::move(completed->response));
    } else if (auto *requestFailed = std::get_if<ev::Failed>(&event)) {
        auto found = m_waiting->responses.find(requestFailed->id);
        if (found == m_waiting->responses.end())
            return;
        auto callback = std::move(found->second);
        m_waiting->responses.erase(found);
        callback(requestFailed->error);
    } else if (auto *sessionFailed = std::get_if<ev::SessionFailed>(&event)) {
        auto opens = std::move(m_waiting->opens);
        m_waiting->opens.clear();
        emit failed(sessionFailed->error);
        for (auto &callback : opens)
            callback(sessionFailed->error);
    } else if (std::holds_alternative<ev::Closed>(event)) {
        auto closes = std::move(m_waiting->closes);
        m_waiting->closes.clear();
        for (auto &callback : closes)
            callback();
    }
}

void LanClient::onDatagram(ipmi::ByteView datagram)
{
    // The port hands over only what came from this client's BMC address and port.
    if (ExchangeTimeline::enabled())
        ExchangeTimeline::record(peerName(), ExchangeTimeline::Event::Receive, datagram.size());
    m_session->handleDatagram(datagram, now());
    pump();
}

void LanClient::onTimer()
{
    if (ExchangeTimeline::enabled())
        ExchangeTimeline::record(peerName(), ExchangeTimeline::Event::Timer);
    m_session->handleTimeout(now());
    pump();
}
