// SPDX-License-Identifier: GPL-3.0-or-later
#include "bmc.h"

Bmc::Bmc(BmcEndpoint endpoint, SessionPool *pool, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_pool(pool)
{
}

Bmc::~Bmc()
{
    // The session itself stays pooled for other users until it idles out.
}

QString Bmc::displayAddress() const
{
    if (m_endpoint.local)
        return tr("this machine's BMC");
    return m_endpoint.port == 623 ? m_endpoint.host
                                  : QStringLiteral("%1:%2").arg(m_endpoint.host).arg(m_endpoint.port);
}

void Bmc::open(QObject *context, ipmi::OpenCallback done)
{
    m_pool->open(m_endpoint, context, std::move(done));
}

void Bmc::cancel(quint64 ticket)
{
    m_pool->cancel(m_endpoint, ticket);
}
