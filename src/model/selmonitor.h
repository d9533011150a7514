// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historytypes.h"

#include "ipmi/core/error.h"
#include "ipmi/sdr/records.h"
#include "ipmi/sel/selcommands.h"
#include "ipmi/sel/selrecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class Fleet;
class HistoryService;
class SensorMonitor;

// The System Event Log of each server, kept in memory and followed incrementally.
//
// The first update() of a server reads the whole SEL. Later ones ask Get SEL Info and,
// only when the entry count or the last-add time changed, read just the new records by
// following the next-record IDs from the last record known. The whole SEL is read again
// when the last-erase time changed (a clear or a delete), the last record known is gone
// or holds other bytes, or the server's Bmc was replaced. A re-read that finds the
// known records unchanged at its start reports only the rest as new.
//
// Severity of an entry (severityOf):
//   - a deassertion is Info (the condition went away);
//   - threshold events: Warning for the non-critical offsets (lower/upper non-critical,
//     going low or high), Critical for the critical and non-recoverable ones;
//   - generic "severity" events (reading type 07h): Warning for the transitions to
//     non-critical, Critical for those to critical or non-recoverable;
//   - generic predictive failure, limit exceeded, performance lags, redundancy degraded
//     or lost: Warning; "non-redundant: insufficient resources": Critical;
//   - sensor-specific events (6Fh): failures and faults Critical (power supply failure
//     or input lost, power unit failure, processor IERR/thermal trip/FRB/machine check,
//     uncorrectable ECC, parity, drive fault, drive in failed/critical array, critical
//     interrupts (PCI PERR/SERR, bus fatal), OS critical stop, SEL full, BMC offline,
//     battery failed, ...); degradations and predictive failures Warning (correctable
//     ECC, drive predictive failure, throttling, chassis intrusion, watchdog actions,
//     boot errors, ...); everything else Info (presence, boot, button, session audit);
//   - OEM and unknown records: Info (their meaning is vendor-specific).
//
// History: new system events with a time are written to the history as HistoryEvent
// (chart markers). A pre-init timestamp (seconds since the BMC started, its clock never
// set: what a BMC without a time source, and ipmi_sim, stamp current events with) is
// placed by reading the BMC's clock (Get SEL Time) when such records arrive: while that
// clock still counts from the same start, "now" minus its reading is when it read zero.
// Such times read "≈ <time>" (the event log's tool tip gives the pre-init value) and keep
// the place they got when first read. Records stamped later than the clock reads (another boot), pre-init records
// while the clock is set, and unspecified times cannot be placed and are not written.
//
// Sensor names come from the SDR records the SensorMonitor has loaded; when they arrive
// or change, every entry is described again and eventsDescribed() says so.
//
// Threading contract: a GUI-thread object; the reads run on the session pool, history
// writes on the history thread.
class SelMonitor : public QObject
{
    Q_OBJECT

public:
    struct Event
    {
        ipmi::sel::SelEntry entry;
        HistoryEvent::Severity severity = HistoryEvent::Severity::Info;
        qint64 timestampMs = 0; // 0 when the record cannot be placed in time (see History)
        QString time;           // ISO 8601, local time with its offset; "≈ <ISO>" (placed pre-init);
                                // "pre-init +12s"; "unspecified"
        QString sensor;         // SDR name, else "Temperature #0x30"; empty for OEM records
        QString sensorType;     // "Temperature", "OEM record c1"
        QString event;          // "Upper Critical going high"
        QString detail;         // "Reading 92 > Threshold 90 degrees C", or empty
        QString direction;      // "Asserted" / "Deasserted"; empty for OEM records
    };

    // The number of new entries, or why the update failed.
    using UpdateDone = std::function<void(ipmi::Result<int>)>;

    // history and sensors may be null (nothing is recorded; no sensor names).
    SelMonitor(Fleet *fleet, HistoryService *history, SensorMonitor *sensors, QObject *parent = nullptr);
    ~SelMonitor() override;

    // Brings the server's entries up to date; done gets the number of new entries. A call
    // made while an update of that server runs gets the round that follows it (the
    // running one may have looked before what the caller wants to see).
    void update(const QUuid &server, UpdateDone done = {});
    // Erases the SEL, then reads it again; done gets the number of entries known before.
    void clear(const QUuid &server, std::function<void(ipmi::Result<int>)> done);
    // Deletes records by ID, then reads the SEL again; done gets the IDs deleted.
    void remove(const QUuid &server, std::vector<std::uint16_t> ids,
                std::function<void(ipmi::Result<std::vector<std::uint16_t>>)> done);

    // Oldest first, in the BMC's record order (empty before the first read).
    const std::vector<Event> &events(const QUuid &server) const;
    bool loaded(const QUuid &server) const;
    bool busy(const QUuid &server) const;
    qint64 lastUpdateMs(const QUuid &server) const;
    // Why the latest update failed; empty after a success.
    QString problem(const QUuid &server) const;

    static HistoryEvent::Severity severityOf(const ipmi::sel::SelEntry &entry);
    static QString severityText(HistoryEvent::Severity severity);
    // The text a chart marker shows: "CPU1 Temp: Upper Critical going high (Asserted)".
    static QString historyText(const Event &event);

Q_SIGNALS:
    // Rows [firstNewRow, firstNewRow + count) of events(server) are new.
    void eventsAdded(const QUuid &server, int firstNewRow, int count);
    // events(server) was replaced (cleared, re-read, or the server is gone).
    void eventsReset(const QUuid &server);
    // The texts of every entry changed (sensor names became known).
    void eventsDescribed(const QUuid &server);
    // An update finished (or failed): lastUpdateMs / problem changed.
    void updated(const QUuid &server);

private:
    struct Server;

    void readInfo(const QUuid &server);
    void readAll(const QUuid &server);
    void readAfter(const QUuid &server, const ipmi::sel::SelInfo &info);
    // Reads the BMC's clock first when pre-init records are among the entries.
    void readClockThenMerge(const QUuid &server, std::vector<ipmi::sel::SelEntry> entries, bool replace);
    void merge(const QUuid &server, std::vector<ipmi::sel::SelEntry> entries, bool replace);
    void finish(const QUuid &server, ipmi::Result<int> outcome);
    Event describe(const ipmi::sel::SelEntry &entry, const Server &state) const;
    void refreshDirectory(const QUuid &server, Server &state);
    void record(const QUuid &server, const std::vector<Event> &events, std::size_t from) const;

    Fleet *m_fleet;
    HistoryService *m_history;
    SensorMonitor *m_sensors;
    QHash<QUuid, std::shared_ptr<Server>> m_servers;
};
