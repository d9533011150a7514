// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historysource.h"

class HistoryService;

// The history this desktop recorded itself (HistoryService, SQLite): the default source.
// A series without data answers nothing and no error, exactly as before sources existed.
//
// Threading contract: as HistorySource. The service must outlive this object.
class LocalHistorySource : public HistorySource
{
    Q_OBJECT

public:
    explicit LocalHistorySource(HistoryService *history, QObject *parent = nullptr);

    void query(const QList<HistorySeriesKey> &series, qint64 fromMs, qint64 toMs, int maxPoints, QObject *context,
               QueryCallback done) override;
    void events(const QUuid &host, qint64 fromMs, qint64 toMs, QObject *context, EventsCallback done) override;

    HistoryService *service() const { return m_history; }

private:
    HistoryService *m_history;
};
