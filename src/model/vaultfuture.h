// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/vaultkey.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

// Calls done(reply) in context's thread when a vault future finishes; nothing when the
// context is gone first.
template<typename Done>
void whenVaultFinished(QObject *context, const QFuture<VaultReply> &future, Done done)
{
    auto *watcher = new QFutureWatcher<VaultReply>(context);
    QObject::connect(watcher, &QFutureWatcher<VaultReply>::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(future);
}
