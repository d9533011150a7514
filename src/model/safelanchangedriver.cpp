// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/safelanchangedriver.h"

#include "model/coretext.h"
#include "model/sessionpool.h"

#include <QUuid>

using ipmi::lan::LanConfigWriter;
using ipmi::lan::LanWriteOutcome;
using ipmi::lan::SafeLanChange;

namespace {
constexpr int RetryPauseMs = 1000; // between unanswered attempts at the new address
}

SafeLanChangeDriver::SafeLanChangeDriver(SessionPool *pool, BmcEndpoint endpoint, std::uint8_t channel,
                                         ipmi::lan::LanChange change, ipmi::lan::LanConfig current,
                                         std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent), m_pool(pool), m_endpoint(std::move(endpoint)),
      m_safe(channel, std::move(change), std::move(current), m_endpoint.host.toStdString(), timeout)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_safe.onDeadline(now());
        // An attempt still in flight reports later and is ignored by the transaction.
        if (m_safe.action() != SafeLanChange::Action::ConfirmAtNew)
            advance();
        else // the clock ran a hair slow: look again shortly
            m_deadline.start(50);
    });
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &SafeLanChangeDriver::tick);
}

SafeLanChangeDriver::~SafeLanChangeDriver() = default;

SafeLanChange::Duration SafeLanChangeDriver::now() const
{
    return SafeLanChange::Duration(m_clock.isValid() ? m_clock.elapsed() : 0);
}

void SafeLanChangeDriver::start()
{
    m_clock.start();
    if (isFinished()) { // refused before anything was sent
        QMetaObject::invokeMethod(this, &SafeLanChangeDriver::advance, Qt::QueuedConnection);
        return;
    }
    emit stepChanged(tr("Writing the new settings to %1").arg(m_endpoint.host));
    auto writer = std::make_shared<LanConfigWriter>(m_safe.channel(), m_safe.changeWrites());
    m_pool->run(m_endpoint, writer, this, {}, [this, writer](std::optional<ipmi::Error> stopped) {
        if (stopped)
            m_safe.onChangeWritten(*stopped, now());
        else
            m_safe.onChangeWritten(writer->takeResult(), now());
        // The session the change was written over may now point at an address the BMC
        // left; the next user opens a fresh one.
        m_pool->forget(m_endpoint);
        if (m_safe.action() == SafeLanChange::Action::ConfirmAtNew) {
            m_deadline.start(static_cast<int>(m_safe.timeout().count()));
            m_ticker.start();
            tick();
        }
        advance();
    });
}

BmcEndpoint SafeLanChangeDriver::resultingEndpoint() const
{
    BmcEndpoint endpoint = m_endpoint;
    if (m_safe.succeeded())
        endpoint.host = QString::fromStdString(m_safe.newAddress());
    return endpoint;
}

BmcEndpoint SafeLanChangeDriver::isolated(const QString &host, const QString &purpose)
{
    BmcEndpoint endpoint = m_endpoint;
    endpoint.host = host;
    endpoint.isolation = QStringLiteral("safe-lan-change/%1/%2").arg(purpose, QUuid::createUuid().toString());
    return endpoint;
}

void SafeLanChangeDriver::tick()
{
    if (m_safe.action() != SafeLanChange::Action::ConfirmAtNew) {
        m_ticker.stop();
        return;
    }
    emit countdown(m_safe.secondsLeft(now()), tr("Waiting for %1 to answer: %2 s")
                                                  .arg(QString::fromStdString(m_safe.newAddress()))
                                                  .arg(m_safe.secondsLeft(now())));
}

void SafeLanChangeDriver::advance()
{
    switch (m_safe.action()) {
    case SafeLanChange::Action::WriteChange: break; // start() does it
    case SafeLanChange::Action::ConfirmAtNew: attemptAtNew(); break;
    case SafeLanChange::Action::ConnectAtOld: connectAtOld(); break;
    case SafeLanChange::Action::RestorePrevious: restorePrevious(); break;
    case SafeLanChange::Action::Finished:
        m_deadline.stop();
        m_ticker.stop();
        if (!m_announcedFinish) {
            m_announcedFinish = true;
            emit finished(m_safe.succeeded(), CoreText::translate(m_safe.message()));
        }
        break;
    }
}

void SafeLanChangeDriver::attemptAtNew()
{
    if (m_attemptInFlight)
        return;
    m_attemptInFlight = true;
    ++m_attempts;
    const BmcEndpoint target = isolated(QString::fromStdString(m_safe.newAddress()), QStringLiteral("confirm"));
    m_pool->open(target, this, [this, target](ipmi::Result<ipmi::SessionInfo> opened) {
        m_attemptInFlight = false;
        m_pool->forget(target);
        if (m_safe.action() != SafeLanChange::Action::ConfirmAtNew)
            return; // the deadline passed meanwhile; the transaction has moved on
        m_safe.onConfirmAttempt(opened.ok(), now());
        if (m_safe.action() == SafeLanChange::Action::ConfirmAtNew)
            QTimer::singleShot(RetryPauseMs, this, [this] {
                if (m_safe.action() == SafeLanChange::Action::ConfirmAtNew)
                    attemptAtNew();
            });
        else
            advance();
    });
}

void SafeLanChangeDriver::connectAtOld()
{
    m_ticker.stop();
    emit stepChanged(tr("%1 did not answer; reconnecting at %2")
                         .arg(QString::fromStdString(m_safe.newAddress()), m_endpoint.host));
    m_oldSession = isolated(m_endpoint.host, QStringLiteral("restore"));
    m_pool->open(m_oldSession, this, [this](ipmi::Result<ipmi::SessionInfo> opened) {
        if (!opened)
            m_pool->forget(m_oldSession);
        m_safe.onOldAddressAnswered(opened.ok());
        advance();
    });
}

void SafeLanChangeDriver::restorePrevious()
{
    emit stepChanged(tr("Restoring the previous settings at %1").arg(m_endpoint.host));
    auto writer = std::make_shared<LanConfigWriter>(m_safe.channel(), m_safe.restoreWrites());
    m_pool->run(m_oldSession, writer, this, {}, [this, writer](std::optional<ipmi::Error> stopped) {
        m_pool->forget(m_oldSession);
        if (stopped)
            m_safe.onRestoreWritten(*stopped);
        else
            m_safe.onRestoreWritten(writer->takeResult());
        advance();
    });
}
