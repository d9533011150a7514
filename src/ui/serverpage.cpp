// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverpage.h"

#include "model/bmc.h"
#include "model/fleet.h"
#include "model/serverregistry.h"

ServerPage::ServerPage(Fleet *fleet, QWidget *parent) : QWidget(parent), m_fleet(fleet)
{
    renewContext();
    // An edited entry is announced twice (the registry's change, then the Fleet's new
    // Bmc): one reload, once both have arrived.
    const auto replaced = [this](const QUuid &server) {
        if (server != m_server)
            return;
        m_stale = true;
        renewContext();
        if (m_reloadQueued)
            return;
        m_reloadQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_reloadQueued = false;
                if (m_stale && isVisible())
                    reload();
            },
            Qt::QueuedConnection);
    };
    // Edited entries and new credentials: the Fleet rebuilds the Bmc, the page reads anew.
    connect(fleet, &Fleet::bmcReplaced, this, replaced);
    connect(fleet->registry(), &ServerRegistry::nodeChanged, this, replaced);
    connect(fleet->registry(), &ServerRegistry::nodeRemoved, this, [this](const QUuid &, int, const QUuid &id) {
        if (id == m_server)
            setServer({});
    });
}

ServerPage::~ServerPage() = default;

void ServerPage::renewContext()
{
    delete m_context;
    m_context = new QObject(this);
}

void ServerPage::setServer(const QUuid &server)
{
    if (server == m_server && !m_stale)
        return;
    m_server = server;
    m_stale = true;
    renewContext();
    clearView();
    if (isVisible())
        reload();
}

void ServerPage::reload()
{
    renewContext();
    m_stale = false;
    clearView();
    if (!m_server.isNull())
        load();
}

void ServerPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ServerPage::linkTo(const QList<QWidget *> &)
{
}

Bmc *ServerPage::currentBmc(QString *error) const
{
    if (m_server.isNull()) {
        if (error)
            *error = tr("No server is selected.");
        return nullptr;
    }
    return m_fleet->bmc(m_server, error);
}

QString ServerPage::serverLabel() const
{
    const ServerEntry *entry = m_fleet->registry()->findServer(m_server);
    if (!entry)
        return {};
    if (entry->interface == ServerEntry::Interface::Open)
        return entry->name;
    return tr("%1 (%2)").arg(entry->name, entry->address);
}
