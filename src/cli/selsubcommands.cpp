// SPDX-License-Identifier: GPL-3.0-or-later
#include "selsubcommands.h"

#include "cli/commandregistry.h"
#include "cli/fieldlist.h"
#include "cli/operationtask.h"
#include "cli/sdrloader.h"

#include "ipmi/core/bytes.h"
#include "ipmi/sel/selclear.h"
#include "ipmi/sel/seldelete.h"
#include "ipmi/sensor/eventtext.h"
#include "cli/terminaltext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>

using namespace ipmi::sel;

namespace {

QString hex(unsigned value, int width)
{
    return QStringLiteral("%1").arg(value, width, 16, QLatin1Char('0'));
}

// The local offset at that moment, so the ISO text says which clock it is.
std::int32_t localOffset(std::uint32_t seconds)
{
    return std::int32_t(QDateTime::fromSecsSinceEpoch(seconds).offsetFromUtc());
}

QString isoText(Timestamp timestamp)
{
    return QString::fromStdString(isoTimestamp(timestamp, timestamp.absolute() ? localOffset(timestamp.raw) : 0));
}

// ipmitool's "05/01/24 | 00:00:00 UTC | ", or " Pre-Init  |0000000123| " for pre-init
// time, each with the separator to the next column.
QString ipmitoolDateTime(Timestamp timestamp)
{
    if (timestamp.unspecified())
        return QCoreApplication::translate("SelCommands", "Unspecified") + QStringLiteral(" | ") + QCoreApplication::translate("SelCommands", "Unspecified") + QStringLiteral(" | ");
    if (timestamp.preInit())
        return QStringLiteral(" Pre-Init  |%1| ").arg(timestamp.raw, 10, 10, QLatin1Char('0'));
    const QDateTime local = QDateTime::fromSecsSinceEpoch(timestamp.raw);
    return local.toString(QStringLiteral("MM/dd/yy | HH:mm:ss ")) + local.timeZoneAbbreviation() + QStringLiteral(" | ");
}

QString infoTime(std::uint32_t raw)
{
    const Timestamp timestamp{raw};
    if (timestamp.unspecified() || raw == 0)
        return QCoreApplication::translate("SelCommands", "Not Available");
    if (timestamp.preInit())
        return QString::fromStdString(isoTimestamp(timestamp, 0));
    const QDateTime local = QDateTime::fromSecsSinceEpoch(raw);
    return local.toString(QStringLiteral("MM/dd/yy HH:mm:ss ")) + local.timeZoneAbbreviation();
}

QString sensorLabel(const SystemEvent &event, const EventDescription &description, bool named)
{
    if (named && !description.sensorName.empty())
        return bmcText(description.sensorType) + u' ' + bmcText(description.sensorName);
    return bmcText(description.sensorType) + QStringLiteral(" #0x") + hex(event.sensorNumber, 2);
}

// ipmitool's texts for the lower "going low" thresholds (offsets 0, 2, 4) end in a
// space; scripts that split its list on " | " see it, so the text keeps it (JSON does not).
QString ipmitoolEventPad(const SystemEvent &event)
{
    const bool lowerGoingLow = event.threshold() && event.offset() <= 4 && (event.offset() & 1) == 0;
    return lowerGoingLow ? QStringLiteral(" ") : QString();
}

QString rawHex(ipmi::ByteView bytes)
{
    return QString::fromStdString(ipmi::toHex(bytes));
}

struct Rendered
{
    QString line;
    QJsonObject json;
};

Rendered renderEntry(const SelEntry &entry, const SensorDirectory *directory)
{
    Rendered out;
    const QString id = QStringLiteral("%1").arg(entry.recordId, 4, 16, QLatin1Char(' '));
    out.json = QJsonObject{{"id", int(entry.recordId)},
                           {"type", int(entry.recordType)},
                           {"raw", rawHex(entry.raw)}};
    const Timestamp timestamp = entry.timestamp();
    if (std::holds_alternative<SystemEvent>(entry.body) || std::holds_alternative<OemTimestamped>(entry.body))
        out.json.insert("timestamp", isoText(timestamp));

    if (const auto *event = std::get_if<SystemEvent>(&entry.body)) {
        const EventDescription description = describeEvent(*event, directory);
        QString line = id + QStringLiteral(" | ") + ipmitoolDateTime(timestamp)
                       + sensorLabel(*event, description, directory != nullptr) + QStringLiteral(" | ")
                       + bmcText(description.event) + ipmitoolEventPad(*event) + QStringLiteral(" | ")
                       + bmcText(description.direction);
        if (directory && event->threshold() && !description.detail.empty())
            line += QStringLiteral(" | ") + bmcText(description.detail);
        out.line = line;
        out.json.insert("sensor", sensorLabel(*event, description, true));
        out.json.insert("sensor_name", description.sensorName.empty() ? QJsonValue() : QJsonValue(jsonText(description.sensorName)));
        out.json.insert("sensor_type", jsonText(description.sensorType));
        out.json.insert("sensor_number", int(event->sensorNumber));
        out.json.insert("event", jsonText(description.event));
        out.json.insert("direction", event->deassertion ? "deasserted" : "asserted");
        out.json.insert("event_reading_type", int(event->eventReadingType));
        out.json.insert("event_data", rawHex(event->eventData));
        out.json.insert("generator", int(event->generator.raw));
        out.json.insert("detail", description.detail.empty() ? QJsonValue() : QJsonValue(jsonText(description.detail)));
    } else if (const auto *oem = std::get_if<OemTimestamped>(&entry.body)) {
        out.line = id + QStringLiteral(" | ") + ipmitoolDateTime(timestamp)
                   + bmcText(oemTypeText(entry.recordType)) + QStringLiteral(" | ") + hex(oem->manufacturerId, 6)
                   + QStringLiteral(" | ") + rawHex(oem->data);
        out.json.insert("manufacturer_id", qint64(oem->manufacturerId));
        out.json.insert("oem_data", rawHex(oem->data));
    } else if (const auto *plain = std::get_if<OemNonTimestamped>(&entry.body)) {
        out.line = id + QStringLiteral(" | ") + bmcText(oemTypeText(entry.recordType)) + QStringLiteral(" | ")
                   + rawHex(plain->data);
        out.json.insert("oem_data", rawHex(plain->data));
    } else {
        const auto &unknown = std::get<UnknownRecord>(entry.body);
        out.line = id + QStringLiteral(" | ") + QCoreApplication::translate("SelCommands", "Unknown record type %1").arg(hex(entry.recordType, 2))
                   + QStringLiteral(" | ") + rawHex(unknown.data);
    }
    return out;
}

ipmi::Result<std::uint16_t> parseId(const QString &word, const QString &synopsis)
{
    bool ok = false;
    const uint value = word.toUInt(&ok, 0);
    if (!ok || value > 0xFFFE)
        return CommandRegistry::usageError(QCoreApplication::translate("SelCommands", "\"%1\" is not a SEL record ID (0-65534, or 0x... in hex).").arg(word),
                                           synopsis);
    return std::uint16_t(value);
}

HostTask infoTask()
{
    return [](HostSession &session, TaskDone done) {
        exchange(session, getSelInfoRequest(), parseSelInfo, done,
                 [done](SelInfo info) { done(selInfoOutput(info)); });
    };
}

HostTask listTask(bool extended)
{
    return [extended](HostSession &session, TaskDone done) {
        auto readSel = [&session, done](std::shared_ptr<SensorDirectory> directory) {
            runOperation(session, ipmi::op::OperationPtr<SelLog>(std::make_shared<SelReader>()), done, [done, directory](SelLog log) {
                printWarnings(log.warnings);
                if (log.entries.empty()) // as ipmitool: a notice on stderr, nothing to parse on stdout
                    fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("SelCommands", "SEL has no entries")));
                done(selListOutput(log.entries, directory.get()));
            });
        };
        if (!extended) {
            readSel(nullptr);
            return;
        }
        loadSdr(session, done, [readSel](ipmi::sdr::SdrRepository repository) {
            readSel(std::make_shared<SensorDirectory>(repository.records));
        });
    };
}

HostTask getTask(std::uint16_t id)
{
    return [id](HostSession &session, TaskDone done) {
        exchange(session, getSelEntryRequest(0, id), parseSelEntry, done, [done](SelEntryData data) {
            auto entry = decodeEntry(data.record);
            if (!entry) {
                done(entry.error());
                return;
            }
            done(selEntryOutput(entry.value(), data.nextRecordId));
        });
    };
}

HostTask clearTask()
{
    return [](HostSession &session, TaskDone done) {
        runOperation(session, ipmi::op::OperationPtr<SelClearOutcome>(std::make_shared<SelClear>()), done, [done](SelClearOutcome outcome) {
            done(CommandOutput{QCoreApplication::translate("SelCommands", "Clearing SEL.  Please allow a few seconds to erase.\n"),
                               QJsonObject{{"cleared", true}, {"status_queries", outcome.statusQueries}}});
        });
    };
}

HostTask deleteTask(std::vector<std::uint16_t> ids)
{
    return [ids](HostSession &session, TaskDone done) {
        runOperation(session, ipmi::op::OperationPtr<std::vector<std::uint16_t>>(std::make_shared<SelDelete>(ids)), done, [done](std::vector<std::uint16_t> deleted) {
            CommandOutput output;
            QJsonArray json;
            for (const std::uint16_t id : deleted) {
                output.text += QCoreApplication::translate("SelCommands", "Deleted entry %1\n").arg(id);
                json.append(int(id));
            }
            output.json = QJsonObject{{"deleted", json}};
            done(output);
        });
    };
}

// The event ipmitool's "event 1" sends: temperature sensor 30h, upper critical going
// high, asserted, no trigger reading.
SystemEvent asLogged(const PlatformEvent &event)
{
    SystemEvent logged;
    logged.generator.raw = 0x0081; // software ID 81h: remote console software 1
    logged.evmRev = event.evmRev;
    logged.sensorType = event.sensorType;
    logged.sensorNumber = event.sensorNumber;
    logged.deassertion = event.deassertion;
    logged.eventReadingType = event.eventReadingType;
    logged.eventData = event.eventData;
    return logged;
}

CommandOutput addedOutput(const SystemEvent &logged, std::optional<std::uint16_t> recordId)
{
    const EventDescription description = describeEvent(logged);
    const QString text = sensorLabel(logged, description, false) + QStringLiteral(" | ") + bmcText(description.event)
                         + QStringLiteral(" | ") + bmcText(description.direction);
    QJsonObject json{{"sensor_type", int(logged.sensorType)},
                     {"sensor_number", int(logged.sensorNumber)},
                     {"event", jsonText(description.event)},
                     {"method", recordId ? "add_sel_entry" : "platform_event"},
                     {"id", recordId ? QJsonValue(int(*recordId)) : QJsonValue()}};
    if (recordId)
        return CommandOutput{QCoreApplication::translate("SelCommands", "Added a test event as SEL record %1: %2\n").arg(hex(*recordId, 4), text), json};
    return CommandOutput{QCoreApplication::translate("SelCommands", "Sent a test event: %1\n").arg(text), json};
}

// A platform event, as a sensor would send it; a BMC that does not take events over
// LAN (ipmi_sim answers C1h) gets the same event as an Add SEL Entry record instead.
HostTask addTask()
{
    return [](HostSession &session, TaskDone done) {
        const PlatformEvent event = testPlatformEvent();
        session.execute(platformEventRequest(event), [&session, done, event](ipmi::Result<ipmi::Response> response) {
            if (!response) {
                done(response.error());
                return;
            }
            const SystemEvent logged = asLogged(event);
            if (response->completionCode != 0xC1) {
                auto sent = parsePlatformEvent(response.value());
                if (!sent)
                    done(sent.error());
                else
                    done(addedOutput(logged, std::nullopt));
                return;
            }
            exchange(session, addSelEntryRequest(encodeSystemEvent(0, logged)), parseAddSelEntry, done,
                     [done, logged](std::uint16_t id) { done(addedOutput(logged, id)); });
        });
    };
}

HostTask timeTask()
{
    return [](HostSession &session, TaskDone done) {
        exchange(session, getSelTimeRequest(), parseSelTime, done, [done](std::uint32_t raw) {
            const Timestamp timestamp{raw};
            QString text;
            if (timestamp.absolute()) {
                const QDateTime local = QDateTime::fromSecsSinceEpoch(raw);
                text = local.toString(QStringLiteral("MM/dd/yyyy HH:mm:ss ")) + local.timeZoneAbbreviation();
            } else {
                // The clock was never set: seconds since the BMC started, not a 1970 date.
                text = QString::fromStdString(isoTimestamp(timestamp, 0));
            }
            done(CommandOutput{text + u'\n', QJsonObject{{"time", isoText(timestamp)}, {"raw", qint64(raw)}}});
        });
    };
}

ipmi::Result<HostTask> noArguments(const QStringList &arguments, const QString &synopsis, HostTask task)
{
    if (!arguments.isEmpty())
        return CommandRegistry::usageError(QCoreApplication::translate("SelCommands", "Unexpected argument \"%1\".").arg(arguments.first()), synopsis);
    return task;
}

} // namespace

CommandOutput selInfoOutput(const SelInfo &info)
{
    const unsigned used = unsigned(info.entries) * 16;
    const unsigned total = used + info.freeBytes;
    const QString version = info.version == 0x51 ? QStringLiteral("1.5 (v1.5, v2 compliant)")
                                                 : QStringLiteral("%1.%2").arg(info.versionMajor()).arg(info.versionMinor());
    QString supported;
    if (info.deleteSupported())
        supported += QStringLiteral("'Delete' ");
    if (info.partialAddSupported())
        supported += QStringLiteral("'Partial Add' ");
    if (info.reserveSupported())
        supported += QStringLiteral("'Reserve' ");
    if (info.allocationInfoSupported())
        supported += QStringLiteral("'Get Alloc Info' ");
    FieldList fields(17);
    fields.addLine(QCoreApplication::translate("SelCommands", "SEL Information"))
        .add(QCoreApplication::translate("SelCommands", "Version"), version)
        .add(QCoreApplication::translate("SelCommands", "Entries"), QString::number(info.entries))
        .add(QCoreApplication::translate("SelCommands", "Free Space"), QCoreApplication::translate("SelCommands", "%1 bytes ").arg(info.freeBytes))
        .add(QCoreApplication::translate("SelCommands", "Percent Used"), total ? QStringLiteral("%1%").arg(used * 100 / total) : QCoreApplication::translate("SelCommands", "unknown"))
        .add(QCoreApplication::translate("SelCommands", "Last Add Time"), infoTime(info.lastAddTimestamp))
        .add(QCoreApplication::translate("SelCommands", "Last Del Time"), infoTime(info.lastEraseTimestamp))
        .add(QCoreApplication::translate("SelCommands", "Overflow"), info.overflow() ? QStringLiteral("true") : QStringLiteral("false"))
        .add(QCoreApplication::translate("SelCommands", "Supported Cmds"), supported);
    auto time = [](std::uint32_t raw) {
        const Timestamp timestamp{raw};
        return timestamp.unspecified() || raw == 0 ? QJsonValue() : QJsonValue(isoText(timestamp));
    };
    QJsonObject json{{"version", QStringLiteral("%1.%2").arg(info.versionMajor()).arg(info.versionMinor())},
                     {"entries", int(info.entries)},
                     {"free_bytes", int(info.freeBytes)},
                     {"last_add_time", time(info.lastAddTimestamp)},
                     {"last_erase_time", time(info.lastEraseTimestamp)},
                     {"overflow", info.overflow()},
                     {"delete_supported", info.deleteSupported()},
                     {"reserve_supported", info.reserveSupported()}};
    return CommandOutput{fields.text(), json};
}

CommandOutput selListOutput(const std::vector<SelEntry> &entries, const SensorDirectory *directory)
{
    CommandOutput output;
    QJsonArray json;
    for (const SelEntry &entry : entries) {
        const Rendered rendered = renderEntry(entry, directory);
        output.text += rendered.line + u'\n';
        json.append(rendered.json);
    }
    output.json = json;
    return output;
}

CommandOutput selEntryOutput(const SelEntry &entry, std::uint16_t nextRecordId)
{
    const Rendered rendered = renderEntry(entry, nullptr);
    FieldList fields(22);
    fields.add(QCoreApplication::translate("SelCommands", "SEL Record ID"), hex(entry.recordId, 4)).add(QCoreApplication::translate("SelCommands", " Record Type"), hex(entry.recordType, 2));
    if (const auto *event = std::get_if<SystemEvent>(&entry.body)) {
        const EventDescription description = describeEvent(*event);
        fields.add(QCoreApplication::translate("SelCommands", " Timestamp"), isoText(event->timestamp))
            .add(QCoreApplication::translate("SelCommands", " Generator ID"), hex(event->generator.raw, 4))
            .add(QCoreApplication::translate("SelCommands", " EvM Revision"), hex(event->evmRev, 2))
            .add(QCoreApplication::translate("SelCommands", " Sensor Type"), bmcText(description.sensorType))
            .add(QCoreApplication::translate("SelCommands", " Sensor Number"), hex(event->sensorNumber, 2))
            .add(QCoreApplication::translate("SelCommands", " Event Type"), bmcText(ipmi::sensor::eventReadingTypeName(event->eventReadingType)))
            .add(QCoreApplication::translate("SelCommands", " Event Direction"), event->deassertion ? QCoreApplication::translate("SelCommands", "Deassertion Event") : QCoreApplication::translate("SelCommands", "Assertion Event"))
            .add(QCoreApplication::translate("SelCommands", " Event Data (RAW)"), rawHex(event->eventData))
            .add(QCoreApplication::translate("SelCommands", " Description"), bmcText(description.event));
        if (!description.detail.empty())
            fields.add(QCoreApplication::translate("SelCommands", " Detail"), bmcText(description.detail));
    } else {
        if (std::holds_alternative<OemTimestamped>(entry.body))
            fields.add(QCoreApplication::translate("SelCommands", " Timestamp"), isoText(entry.timestamp()));
        fields.add(QCoreApplication::translate("SelCommands", " Data (RAW)"), rawHex(ipmi::ByteView(entry.raw).subspan(3)));
    }
    QJsonObject json = rendered.json;
    json.insert("next_id", int(nextRecordId));
    return CommandOutput{fields.text(), json};
}

void registerSelCommands(CommandRegistry &registry)
{
    registry.add({{"sel", "info"}, QStringLiteral("sel info"), QCoreApplication::translate("SelCommands", "SEL size, free space, last add and erase times"),
                  [](const QStringList &arguments) { return noArguments(arguments, QStringLiteral("sel info"), infoTask()); }});
    registry.add({{"sel", "list"}, QStringLiteral("sel list"), QCoreApplication::translate("SelCommands", "every SEL record, one line each"),
                  [](const QStringList &arguments) { return noArguments(arguments, QStringLiteral("sel list"), listTask(false)); }});
    registry.add({{"sel", "elist"}, QStringLiteral("sel elist"),
                  QCoreApplication::translate("SelCommands", "the SEL with sensor names and threshold readings from the SDR"),
                  [](const QStringList &arguments) { return noArguments(arguments, QStringLiteral("sel elist"), listTask(true)); }});
    const QString getSynopsis = QStringLiteral("sel get <id>");
    registry.add({{"sel", "get"}, getSynopsis, QCoreApplication::translate("SelCommands", "one SEL record in detail"),
                  [getSynopsis](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      if (arguments.size() != 1)
                          return CommandRegistry::usageError(QCoreApplication::translate("SelCommands", "Give one record ID."), getSynopsis);
                      auto id = parseId(arguments[0], getSynopsis);
                      if (!id)
                          return id.error();
                      return getTask(id.value());
                  }});
    registry.add({{"sel", "clear"}, QStringLiteral("sel clear"), QCoreApplication::translate("SelCommands", "erase the whole SEL"),
                  [](const QStringList &arguments) { return noArguments(arguments, QStringLiteral("sel clear"), clearTask()); }});
    registry.add({{"sel", "time", "get"}, QStringLiteral("sel time get"), QCoreApplication::translate("SelCommands", "the SEL clock"),
                  [](const QStringList &arguments) { return noArguments(arguments, QStringLiteral("sel time get"), timeTask()); }});
    registry.add({{"sel", "add"}, QStringLiteral("sel add"),
                  QCoreApplication::translate("SelCommands", "send a test platform event (temperature 0x30, upper critical going high)"),
                  [](const QStringList &arguments) { return noArguments(arguments, QStringLiteral("sel add"), addTask()); }});
    const QString deleteSynopsis = QStringLiteral("sel delete <id>...");
    registry.add({{"sel", "delete"}, deleteSynopsis, QCoreApplication::translate("SelCommands", "delete SEL records by ID"),
                  [deleteSynopsis](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      if (arguments.isEmpty())
                          return CommandRegistry::usageError(QCoreApplication::translate("SelCommands", "Give the IDs of the records to delete."), deleteSynopsis);
                      std::vector<std::uint16_t> ids;
                      for (const QString &word : arguments) {
                          auto id = parseId(word, deleteSynopsis);
                          if (!id)
                              return id.error();
                          ids.push_back(id.value());
                      }
                      return deleteTask(ids);
                  }});
}
