// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/safelanchangedriver.h"

#include "model/coretext.h"

using ipmi::lan::LanConfigWriter;
using ipmi::lan::LanWriteOutcome;
using ipmi::lan::SafeLanChange;

namespace {
constexpr int RetryPauseMs = 1000; // between unanswered attempts at the new address
}

SafeLanChangeDriver::SafeLanChangeDriver(std::shared_ptr<SessionOpener> opener, std::uint8_t channel,
                                         ipmi::lan::LanChange change, ipmi::lan::LanConfig current,
                                         std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent), m_opener(std::move(opener)), m_login(m_opener->lanLogin()),
      m_safe(channel, std::move(change), std::move(current),
             m_login ? m_login->endpoint.host.toStdString() : std::string(), timeout)
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
    if (!m_login) {
        // New sessions log in as the own one does; without a LAN login there is none to copy.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_announcedFinish = true;
                emit finished(false, tr("A verified change needs a LAN session; nothing was changed."));
            },
            Qt::QueuedConnection);
        return;
    }
    if (isFinished()) { // refused before anything was sent
        QMetaObject::invokeMethod(this, &SafeLanChangeDriver::advance, Qt::QueuedConnection);
        return;
    }
    for (const std::string &text : m_safe.warnings())
        emit warning(CoreText::translate(text));
    emit stepChanged(tr("Writing the new settings to %1").arg(m_login->endpoint.host));
    m_opener->run<LanWriteOutcome>(
        SessionOpener::OwnSession, std::make_shared<LanConfigWriter>(m_safe.channel(), m_safe.changeWrites()), this,
        [this](ipmi::Result<LanWriteOutcome> written) {
            if (written) {
                for (const std::string &text : written->warnings)
                    emit warning(CoreText::translate(text));
            }
            m_safe.onChangeWritten(written, now());
            // The session the change was written over may now point at an address the
            // BMC left; the next user opens a fresh one.
            m_opener->renewOwnSession();
            if (m_safe.action() == SafeLanChange::Action::ConfirmAtNew) {
                m_deadline.start(static_cast<int>(m_safe.timeout().count()));
                m_ticker.start();
                tick();
            }
            advance();
        });
}

QString SafeLanChangeDriver::resultingAddress() const
{
    return QString::fromStdString(m_safe.succeeded() ? m_safe.newAddress() : m_safe.oldAddress());
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
    m_attempt = m_opener->openSession(QString::fromStdString(m_safe.newAddress()), m_login->config, this,
                                      [this](ipmi::Result<ipmi::SessionInfo> opened) {
                                          m_attemptInFlight = false;
                                          m_opener->closeSession(m_attempt);
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
                         .arg(QString::fromStdString(m_safe.newAddress()), m_login->endpoint.host));
    m_oldSession = m_opener->openSession(m_login->endpoint.host, m_login->config, this,
                                         [this](ipmi::Result<ipmi::SessionInfo> opened) {
                                             if (!opened)
                                                 m_opener->closeSession(m_oldSession);
                                             m_safe.onOldAddressAnswered(opened.ok());
                                             advance();
                                         });
}

void SafeLanChangeDriver::restorePrevious()
{
    emit stepChanged(tr("Restoring the previous settings at %1").arg(m_login->endpoint.host));
    m_opener->run<LanWriteOutcome>(m_oldSession,
                                   std::make_shared<LanConfigWriter>(m_safe.channel(), m_safe.restoreWrites()), this,
                                   [this](ipmi::Result<LanWriteOutcome> written) {
                                       m_opener->closeSession(m_oldSession);
                                       m_safe.onRestoreWritten(written);
                                       advance();
                                   });
}
