// SPDX-License-Identifier: GPL-3.0-or-later
#include "addresslookup.h"

#include <QHostInfo>

AddressLookup::AddressLookup(QObject *parent) : QObject(parent)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, &AddressLookup::start);
}

AddressLookup::~AddressLookup()
{
    abort();
}

void AddressLookup::abort()
{
    m_pause.stop();
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
}

void AddressLookup::setHost(const QString &host)
{
    if (host == m_host)
        return;
    abort();
    m_host = host;
    m_addresses.clear();
    m_error.clear();
    const QHostAddress literal(host);
    if (host.isEmpty()) {
        m_state = State::Empty;
    } else if (!literal.isNull()) {
        m_state = State::Resolved;
        m_addresses = {literal};
    } else {
        m_state = State::Pending;
        m_pause.start();
    }
    emit changed();
}

void AddressLookup::start()
{
    m_lookupId = QHostInfo::lookupHost(m_host, this, &AddressLookup::onResult);
}

void AddressLookup::onResult(const QHostInfo &info)
{
    if (info.lookupId() != m_lookupId)
        return; // an answer for a name typed earlier
    m_lookupId = -1;
    if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty()) {
        m_state = State::Resolved;
        m_addresses = info.addresses();
    } else {
        m_state = State::Failed;
        m_error = info.error() == QHostInfo::NoError ? tr("no address was found") : info.errorString();
    }
    emit changed();
}
