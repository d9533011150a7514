// SPDX-License-Identifier: GPL-3.0-or-later
#include "solclient.h"

#include "ipmi/cmd/app.h"
#include "ipmi/wire/ciphersuite.h"

#include <QTimer>

#include <chrono>

namespace {

ipmi::TimePoint now()
{
    return std::chrono::steady_clock::now();
}

QString text(const ipmi::Error &error)
{
    return QString::fromStdString(error.message);
}

} // namespace

SolClient::SolClient(IpmiClient *client, QObject *parent) : SolClient(client, Settings{}, parent) {}

SolClient::SolClient(IpmiClient *client, Settings settings, QObject *parent)
    : QObject(parent), m_client(client), m_settings(std::move(settings)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_sol)
            return;
        m_sol->handleTimeout(now());
        pump();
    });
    if (!client)
        return;
    // A new login has no SOL payload active; a lost session has none at all.
    connect(client, &IpmiClient::loggedInAgain, this, [this](const ipmi::SessionInfo &info) {
        m_session = info;
        if (m_state == State::Active)
            lost(tr("The session to the BMC was lost."));
    });
    connect(client, &IpmiClient::failed, this, [this](const ipmi::Error &error) {
        if (m_state == State::Active)
            lost(text(error));
    });
}

SolClient::~SolClient()
{
    if (m_client) {
        m_client->setSolPayloadHandler({});
        if (m_state == State::Active) // free the BMC's SOL instance; nobody waits for it
            m_client->execute(ipmi::sol::deactivatePayloadRequest(), [](ipmi::Result<ipmi::Response>) {});
    }
}

ipmi::sol::Stats SolClient::stats() const
{
    return m_sol ? m_sol->stats() : ipmi::sol::Stats{};
}

void SolClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SolClient::activate()
{
    if (!m_client || m_state == State::Active || m_state == State::Activating)
        return;
    setState(State::Activating);
    openThen([this] { checkSupport(); });
}

void SolClient::openThen(std::function<void()> next)
{
    QPointer<SolClient> self(this);
    if (ipmi::Result<void> available = m_client->solAvailable(); !available) {
        // Signals come from the event loop, never from inside activate().
        QTimer::singleShot(0, this, [this, error = available.error()] { fail(error); });
        return;
    }
    m_client->open([self, next = std::move(next)](ipmi::Result<ipmi::SessionInfo> info) {
        if (!self)
            return;
        if (!info) {
            self->fail(info.error());
            return;
        }
        self->m_session = info.value();
        next();
    });
}

void SolClient::checkSupport()
{
    QPointer<SolClient> self(this);
    m_client->execute(ipmi::sol::getChannelPayloadSupportRequest(), [self](ipmi::Result<ipmi::Response> response) {
        if (!self)
            return;
        if (!response) {
            self->fail(response.error());
            return;
        }
        // A BMC without the command (C1h) may still run SOL: go on and ask.
        if (const auto supported = ipmi::sol::parseSolSupported(response.value()); supported && !supported.value()) {
            self->fail(tr("The BMC does not offer Serial-over-LAN on this channel."), false);
            return;
        }
        self->checkStatus();
    });
}

void SolClient::checkStatus()
{
    QPointer<SolClient> self(this);
    m_client->execute(ipmi::sol::getPayloadActivationStatusRequest(), [self](ipmi::Result<ipmi::Response> response) {
        if (!self)
            return;
        if (!response) {
            self->fail(response.error());
            return;
        }
        const auto status = ipmi::sol::parseActivationStatus(response.value());
        if (status && status->instanceActive(1)) {
            if (self->m_settings.takeOver) {
                self->deactivateThen([self] {
                    if (self)
                        self->activatePayload();
                });
            } else {
                self->setState(State::Idle);
                emit self->alreadyActive();
            }
            return;
        }
        self->activatePayload();
    });
}

void SolClient::takeOver()
{
    if (!m_client || m_state == State::Active || m_state == State::Activating)
        return;
    setState(State::Activating);
    openThen([this] {
        QPointer<SolClient> self(this);
        deactivateThen([self] {
            if (self)
                self->activatePayload();
        });
    });
}

void SolClient::deactivateThen(std::function<void()> next)
{
    m_client->execute(ipmi::sol::deactivatePayloadRequest(),
                      [next = std::move(next)](ipmi::Result<ipmi::Response>) { next(); });
}

void SolClient::activatePayload()
{
    ipmi::sol::ActivateOptions options;
    const auto suite = ipmi::supportedCipherSuite(m_session.cipherSuite);
    options.encrypt = suite && suite->confidentiality != ipmi::ConfidentialityAlgorithm::None;
    options.authenticate = suite && suite->integrity != ipmi::IntegrityAlgorithm::None;
    QPointer<SolClient> self(this);
    m_client->execute(ipmi::sol::activatePayloadRequest(options), [self](ipmi::Result<ipmi::Response> response) {
        if (!self)
            return;
        if (!response) {
            self->fail(response.error());
            return;
        }
        const auto activation = ipmi::sol::parseActivation(response.value());
        if (!activation) {
            if (activation.error().completionCode == ipmi::sol::kAlreadyActive
                && activation.error().kind == ipmi::ErrorKind::CompletionCode) {
                if (self->m_settings.takeOver) {
                    self->deactivateThen([self] {
                        if (self)
                            self->activatePayload();
                    });
                    return;
                }
                self->setState(State::Idle);
                emit self->alreadyActive();
                return;
            }
            self->fail(activation.error());
            return;
        }
        self->onActivated(activation.value());
    });
}

void SolClient::onActivated(const ipmi::sol::Activation &activation)
{
    m_activation = activation;
    ipmi::sol::Options options;
    options.charactersPerPacket = activation.charactersPerPacket();
    options.zeroCountMeansAll = m_settings.zeroCountMeansAll;
    options.timing = m_settings.timing;
    m_sol = std::make_unique<ipmi::sol::Session>(options);
    QPointer<SolClient> self(this);
    m_client->setSolPayloadHandler([self](ipmi::Bytes payload) {
        if (self)
            self->onPayload(std::move(payload));
    });
    m_sol->start(now());
    setState(State::Active);
    emit activated();
    pump();
}

void SolClient::onPayload(ipmi::Bytes payload)
{
    if (!m_sol || m_state != State::Active)
        return;
    m_sol->handlePayload(payload, now());
    pump();
}

void SolClient::send(const QByteArray &characters)
{
    if (!m_sol || m_state != State::Active || characters.isEmpty())
        return;
    m_sol->send(ipmi::ByteView(reinterpret_cast<const std::uint8_t *>(characters.constData()),
                               static_cast<std::size_t>(characters.size())),
                now());
    pump();
}

void SolClient::sendBreak()
{
    if (!m_sol || m_state != State::Active)
        return;
    m_sol->sendBreak(now());
    pump();
}

void SolClient::deactivate()
{
    m_timer->stop();
    if (m_sol)
        m_sol->stop();
    if (!m_client || m_state != State::Active) {
        setState(State::Idle);
        emit deactivated(QString());
        return;
    }
    setState(State::Deactivating);
    m_client->setSolPayloadHandler({});
    QPointer<SolClient> self(this);
    deactivateThen([self] {
        if (!self)
            return;
        self->setState(State::Idle);
        emit self->deactivated(QString());
    });
}

void SolClient::pump()
{
    if (!m_sol || !m_client)
        return;
    QPointer<SolClient> self(this);
    while (auto payload = m_sol->pollTransmit()) {
        if (const auto sent = m_client->sendSolPayload(*payload); !sent) {
            lost(text(sent.error()));
            return;
        }
    }
    while (auto event = m_sol->pollEvent()) {
        namespace ev = ipmi::sol::event;
        if (auto *data = std::get_if<ev::Data>(&*event)) {
            emit received(QByteArray(reinterpret_cast<const char *>(data->characters.data()),
                                     static_cast<qsizetype>(data->characters.size())));
        } else if (std::holds_alternative<ev::BreakDetected>(*event)) {
            emit breakDetected();
        } else if (std::holds_alternative<ev::KeepaliveDue>(*event)) {
            sendKeepalive();
        } else if (std::holds_alternative<ev::Deactivated>(*event)) {
            lost(tr("The BMC deactivated Serial-over-LAN."));
            return;
        } else if (auto *failure = std::get_if<ev::Failed>(&*event)) {
            const QString message = text(failure->error);
            lost(message);
            return;
        }
        if (!self)
            return;
    }
    if (const auto deadline = m_sol->pollTimeout()) {
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(*deadline - now());
        m_timer->start(static_cast<int>(std::max<std::chrono::milliseconds::rep>(0, wait.count())));
    } else {
        m_timer->stop();
    }
}

void SolClient::sendKeepalive()
{
    QPointer<SolClient> self(this);
    m_client->execute(ipmi::cmd::getDeviceIdRequest(), [self](ipmi::Result<ipmi::Response> response) {
        if (!self || self->m_state != State::Active)
            return;
        if (!response) {
            self->lost(tr("The BMC stopped answering: %1").arg(text(response.error())));
            return;
        }
        self->pump();
    });
}

void SolClient::lost(const QString &reason)
{
    m_timer->stop();
    if (m_sol)
        m_sol->stop();
    if (m_client)
        m_client->setSolPayloadHandler({});
    setState(State::Idle);
    emit deactivated(reason);
}

void SolClient::fail(const ipmi::Error &error)
{
    // Worth another try: silence, a lost session, no free session or SOL instance (82h).
    bool transient = false;
    switch (error.kind) {
    case ipmi::ErrorKind::Timeout:
    case ipmi::ErrorKind::Network:
    case ipmi::ErrorKind::SessionLost:
    case ipmi::ErrorKind::NoSessionSlot:
        transient = true;
        break;
    case ipmi::ErrorKind::CompletionCode:
        transient = error.completionCode == ipmi::sol::kActivationLimitReached;
        break;
    default:
        break;
    }
    fail(text(error), transient);
}

void SolClient::fail(const QString &error, bool worthRetrying)
{
    setState(State::Idle);
    emit failed(error, worthRetrying);
}
