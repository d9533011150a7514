// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/serverstatus.h"

#include "ipmi/core/error.h"
#include "ipmi/sdr/records.h"
#include "ipmi/sensor/sensorview.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>
#include <vector>

class Fleet;
class HistoryService;

// Sensor sweeps per server. The first sweep of a server loads its SDR repository (from
// the on-disk cache when the BMC's repository has not changed, else from the BMC, then
// caches it); every sweep then reads each sensor once over the server's pooled session.
// The latest readings are kept for the pages, written to the history, and summed up as
// the server's worst sensor health for the tree.
//
// The SDR is looked at again after SdrRecheck (a cache check costs three commands), and
// whenever the server's Bmc is replaced (new address or credentials).
//
// Threading contract: a GUI-thread object; SDR loads and sweeps run on the session pool,
// cache files are read and written on pool threads, history writes on the history thread.
class SensorMonitor : public QObject
{
    Q_OBJECT

public:
    using SweepDone = std::function<void(ipmi::Result<ServerStatus::Health>)>;
    static constexpr qint64 SdrRecheckMs = 30LL * 60 * 1000;

    // history may be null (nothing is recorded). cacheDirectory empty: the default.
    SensorMonitor(Fleet *fleet, HistoryService *history, QString cacheDirectory = {}, QObject *parent = nullptr);
    ~SensorMonitor() override;

    // One sweep; done gets the worst health of the sensors that have one, or the error
    // that stopped the sweep. At most one sweep per server runs at a time: a call made
    // meanwhile gets the outcome of the running one (its readings are just as fresh).
    void sweep(const QUuid &server, SweepDone done);

    // The server did not answer at all, or refused the login (the poll failed before
    // any sweep): its known sensors get a gap in the history at this time, and problem()
    // says why there are no readings.
    void recordOutage(const QUuid &server, const QString &reason);

    // The latest sweep's sensors (empty before the first one).
    const std::vector<ipmi::sensor::SensorView> &sensors(const QUuid &server) const;
    qint64 lastSweepMs(const QUuid &server) const;
    // The server's SDR records once loaded (for FRU locators, SEL sensor names), else null.
    std::shared_ptr<const std::vector<ipmi::sdr::Record>> records(const QUuid &server) const;
    // Why the latest SDR load or sweep failed; empty after a success.
    QString problem(const QUuid &server) const;
    // What the latest SDR load could not decode (damaged records, shown under stand-in
    // names), also when the repository came from the cache.
    QStringList sdrWarnings(const QUuid &server) const;

    // The history name of each sensor: its name, with " #<number>" added when the
    // repository has two sensors of that name.
    static std::vector<QString> sensorKeys(const std::vector<ipmi::sensor::SensorView> &sensors);
    static ServerStatus::Health healthOf(const ipmi::sensor::SensorView &view);
    static ServerStatus::Health rollUp(const std::vector<ipmi::sensor::SensorView> &sensors);

Q_SIGNALS:
    void sensorsUpdated(const QUuid &server);
    // Loading an SDR repository from the BMC: records read so far of total.
    void sdrProgress(const QUuid &server, int done, int total);

private:
    struct Server
    {
        std::shared_ptr<const std::vector<ipmi::sdr::Record>> records;
        QElapsedTimer sdrAge; // monotonic, since the SDR was read
        std::vector<std::string> sdrWarnings;
        std::vector<ipmi::sensor::SensorView> sensors;
        qint64 lastSweepMs = 0;
        QString problem;
        bool busy = false;
        std::vector<SweepDone> joined; // calls made while the sweep ran
    };

    void loadSdr(const QUuid &server, SweepDone done);
    void readSensors(const QUuid &server, SweepDone done);
    void recordHistory(const QUuid &server, const std::vector<ipmi::sensor::SensorView> &sensors,
                       qint64 timestampMs, bool failed);
    void fail(const QUuid &server, const ipmi::Error &error, const SweepDone &done);
    // The callbacks that joined the sweep that just ended, taken before any is called (one
    // of them may start the next sweep).
    std::vector<SweepDone> takeJoined(const QUuid &server);

    Fleet *m_fleet;
    HistoryService *m_history;
    QString m_cacheDirectory;
    QHash<QUuid, Server> m_servers;
};
