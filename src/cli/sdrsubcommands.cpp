// SPDX-License-Identifier: GPL-3.0-or-later
#include "sdrsubcommands.h"

#include "cli/commandregistry.h"
#include "cli/fieldlist.h"
#include "cli/operationtask.h"
#include "cli/sdrloader.h"
#include "cli/sensorsubcommands.h"
#include "ipmi/sensor/sensorsweep.h"
#include "cli/terminaltext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSaveFile>

#include <cmath>
#include <map>
#include <tuple>

using namespace ipmi::sdr;
using ipmi::sensor::SensorView;

namespace {

QString yesNo(bool value)
{
    // ipmitool's words, kept as they are for scripts.
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// SDR time stamps (IPMI 2.0 section 37): FFFFFFFFh is unspecified, 0 is taken as "never"
// (a repository never erased reports it), other values up to 20000000h count seconds
// since the controller started, the rest are seconds since 1970, printed in UTC.
// ipmitool 1.8.19 prints "NA" for every value; the spec's meaning is shown instead.
QString timestampText(std::uint32_t stamp)
{
    if (stamp == 0xFFFFFFFFu)
        return QStringLiteral("Unspecified");
    if (stamp == 0)
        return QStringLiteral("NA");
    if (stamp <= 0x20000000u)
        return QStringLiteral("Pre-Init %1 s").arg(stamp);
    return QDateTime::fromSecsSinceEpoch(qint64(stamp), Qt::UTC).toString(QStringLiteral("MM/dd/yyyy HH:mm:ss"));
}

QString freeSpaceText(std::uint16_t freeSpace)
{
    switch (freeSpace) {
    case 0x0000: return QStringLiteral("none (full)");
    case 0xFFFF: return QStringLiteral("unspecified");
    case 0xFFFE: return QStringLiteral("> 64Kb - 2 bytes");
    default: return QStringLiteral("%1 bytes").arg(freeSpace);
    }
}

QString updateModeText(std::uint8_t mode)
{
    switch (mode) {
    case 1: return QStringLiteral("non-modal");
    case 2: return QStringLiteral("modal");
    case 3: return QStringLiteral("modal and non-modal");
    default: return QStringLiteral("unspecified");
    }
}

// ipmitool prints an analog value with two decimals, or none when it is whole.
QString valueText(double value)
{
    if (value == std::trunc(value) && std::abs(value) < 1e15)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'f', 2);
}

// Sensors by owner, LUN and number, to find a view's units in its record.
using SensorKey = std::tuple<std::uint8_t, std::uint8_t, std::uint8_t>;

std::map<SensorKey, QString> unitsBySensor(const std::vector<Record> &records)
{
    std::map<SensorKey, QString> units;
    for (const Record &record : records) {
        if (const auto *full = std::get_if<FullSensor>(&record))
            units.emplace(SensorKey{full->owner.id, full->owner.lun, full->sensorNumber},
                          bmcText(ipmitoolUnitText(full->units)));
    }
    return units;
}

QString unitOf(const SensorView &sensor, const std::map<SensorKey, QString> &units)
{
    const auto it = units.find(SensorKey{sensor.ownerId, sensor.ownerLun, sensor.number});
    return it != units.end() ? it->second : bmcText(sensor.unit);
}

// ipmitool formats an analog reading into a 16-byte buffer: 15 characters at most
// ("-12.50 degrees C" loses its "C").
QString analogText(double value, const QString &unit)
{
    return (valueText(value) + u' ' + unit).left(15);
}

// The reading column of `sdr list`.
QString listValue(const SensorView &sensor, const QString &unit)
{
    if (sensor.analog && sensor.reading)
        return analogText(*sensor.reading, unit);
    // ipmitool shows a discrete sensor's first state byte (state bits 0-7).
    if (!sensor.analog && sensor.stateBits && !sensor.unavailable)
        return QStringLiteral("0x%1").arg(*sensor.stateBits & 0xFF, 2, 16, QLatin1Char('0'));
    if (sensor.scanningDisabled)
        return sensor.analog ? QStringLiteral("disabled") : QStringLiteral("Not Readable");
    return sensor.analog ? QStringLiteral("no reading") : QStringLiteral("Not Readable");
}

// The description column of `sdr elist`.
QString elistValue(const SensorView &sensor, const QString &unit)
{
    if (sensor.analog && sensor.reading)
        return analogText(*sensor.reading, unit);
    if (sensor.unavailable || (!sensor.reading && !sensor.stateBits))
        return QStringLiteral("No Reading");
    QStringList states;
    for (const std::string &state : sensor.states)
        states << bmcText(state);
    return states.join(QStringLiteral(", "));
}

// `sdr elist` names the threshold a threshold sensor is at or beyond, worst first, as
// ipmitool does ("lnr", "ucr", "unc"...); other sensors keep the list's status.
QString elistStatus(const SensorView &sensor)
{
    if (sensor.eventReadingType != 0x01 || sensor.unavailable || !sensor.stateBits)
        return bmcText(sensor.status);
    const std::uint8_t bits = *sensor.stateBits & 0x3F;
    using namespace ipmi::sdr::thresholdbit;
    static constexpr std::pair<std::uint8_t, const char *> order[] = {
        {LowerNonRecoverable, "lnr"}, {UpperNonRecoverable, "unr"}, {LowerCritical, "lcr"},
        {UpperCritical, "ucr"},       {LowerNonCritical, "lnc"},    {UpperNonCritical, "unc"},
    };
    for (const auto &[bit, name] : order) {
        if (bits & bit)
            return QLatin1String(name);
    }
    return QStringLiteral("ok");
}

QString sensorLine(const SensorView &sensor, bool extended, const QString &unit)
{
    const QString name = bmcText(sensor.name).leftJustified(16);
    const QString status = bmcText(sensor.status);
    if (!extended)
        return name + QStringLiteral(" | ") + listValue(sensor, unit).leftJustified(17) + QStringLiteral(" | ") + status
               + u'\n';
    const QString number = QStringLiteral("%1").arg(sensor.number, 2, 16, QLatin1Char('0')).toUpper() + u'h';
    const QString entity = QStringLiteral("%1.%2").arg(sensor.entity.id, 2).arg(sensor.entity.instance);
    return name + QStringLiteral(" | ") + number + QStringLiteral(" | ") + elistStatus(sensor).leftJustified(3)
           + QStringLiteral(" | ") + entity + QStringLiteral(" | ") + elistValue(sensor, unit) + u'\n';
}

HostTask infoTask()
{
    return [](HostSession &session, TaskDone done) {
        exchange(session, getSdrRepositoryInfoRequest(), parseSdrRepositoryInfo, done,
                 [done](const SdrRepositoryInfo &info) { done(sdrInfoOutput(info)); });
    };
}

HostTask listTask(bool extended)
{
    return [extended](HostSession &session, TaskDone done) {
        loadSdr(session, done, [&session, done, extended](SdrRepository repository) {
            auto records = std::make_shared<const std::vector<Record>>(listedRecords(repository.records));
            auto sweep = std::make_shared<ipmi::sensor::SensorSweep>(*records);
            runOperation(session, std::shared_ptr<ipmi::op::Operation<std::vector<SensorView>>>(sweep), done,
                         [done, extended, records](std::vector<SensorView> sensors) {
                             done(sdrListOutput(sensors, extended, *records));
                         });
        });
    };
}

HostTask dumpTask(const QString &path)
{
    return [path](HostSession &session, TaskDone done) {
        loadSdr(session, done, [done, path](SdrRepository repository) {
            QSaveFile file(path);
            qint64 size = 0;
            bool ok = file.open(QIODevice::WriteOnly);
            for (const ipmi::Bytes &record : repository.rawRecords) {
                if (!ok)
                    break;
                const qint64 length = qint64(record.size());
                ok = file.write(reinterpret_cast<const char *>(record.data()), length) == length;
                size += length;
            }
            if (!ok || !file.commit()) {
                done(ipmi::makeError(ipmi::ErrorKind::InvalidArgument,
                                     QCoreApplication::translate("SdrCommands", "Cannot write %1: %2").arg(path, file.errorString()).toStdString()));
                return;
            }
            CommandOutput output;
            output.text = QCoreApplication::translate("SdrCommands", "Dumping Sensor Data Repository to '%1'\n").arg(path);
            output.json = QJsonObject{{"file", path},
                                      {"records", qint64(repository.rawRecords.size())},
                                      {"bytes", size}};
            done(output);
        });
    };
}

ipmi::Result<HostTask> listPrepare(const QStringList &arguments, bool extended)
{
    const QString synopsis = extended ? QStringLiteral("sdr elist") : QStringLiteral("sdr list");
    // Without a type ipmitool lists the full and compact sensor records, as here;
    // the record-type filters (all, full, compact, event, mcloc, fru, generic) are not
    // supported yet.
    if (!arguments.isEmpty())
        return CommandRegistry::usageError(QCoreApplication::translate("SdrCommands", "Unexpected argument \"%1\".").arg(arguments.first()), synopsis);
    return listTask(extended);
}

} // namespace

CommandOutput sdrInfoOutput(const SdrRepositoryInfo &info)
{
    FieldList fields(36);
    fields.add(QCoreApplication::translate("SdrCommands", "SDR Version"), QStringLiteral("0x%1").arg(info.version, 0, 16))
        .add(QCoreApplication::translate("SdrCommands", "Record Count"), QString::number(info.recordCount))
        .add(QCoreApplication::translate("SdrCommands", "Free Space"), freeSpaceText(info.freeSpace))
        .add(QCoreApplication::translate("SdrCommands", "Most recent Addition"), timestampText(info.lastAddition))
        .add(QCoreApplication::translate("SdrCommands", "Most recent Erase"), timestampText(info.lastErase))
        .add(QCoreApplication::translate("SdrCommands", "SDR overflow"), yesNo(info.overflow))
        .add(QCoreApplication::translate("SdrCommands", "SDR Repository Update Support"), updateModeText(info.updateMode))
        .add(QCoreApplication::translate("SdrCommands", "Delete SDR supported"), yesNo(info.supportsDelete))
        .add(QCoreApplication::translate("SdrCommands", "Partial Add SDR supported"), yesNo(info.supportsPartialAdd))
        .add(QCoreApplication::translate("SdrCommands", "Reserve SDR repository supported"), yesNo(info.supportsReserve))
        .add(QCoreApplication::translate("SdrCommands", "SDR Repository Alloc info supported"), yesNo(info.supportsAllocationInfo));
    const QJsonObject json{
        {"version", QStringLiteral("%1.%2").arg(info.version & 0x0F).arg(info.version >> 4)},
        {"record_count", info.recordCount},
        {"free_space", info.freeSpace == 0xFFFF ? QJsonValue() : QJsonValue(info.freeSpace)},
        {"most_recent_addition", qint64(info.lastAddition)},
        {"most_recent_erase", qint64(info.lastErase)},
        {"overflow", info.overflow},
        {"update_support", updateModeText(info.updateMode)},
        {"delete_supported", info.supportsDelete},
        {"partial_add_supported", info.supportsPartialAdd},
        {"reserve_supported", info.supportsReserve},
        {"allocation_info_supported", info.supportsAllocationInfo},
    };
    return CommandOutput{fields.text(), json};
}

QJsonObject sensorJson(const SensorView &sensor)
{
    QJsonObject thresholds;
    const auto put = [&](const char *key, const std::optional<double> &value) {
        if (value)
            thresholds.insert(QLatin1String(key), *value);
    };
    put("lnr", sensor.thresholds.lnr);
    put("lc", sensor.thresholds.lc);
    put("lnc", sensor.thresholds.lnc);
    put("unc", sensor.thresholds.unc);
    put("uc", sensor.thresholds.uc);
    put("unr", sensor.thresholds.unr);
    QJsonArray states;
    for (const std::string &state : sensor.states)
        states.append(bmcText(state));
    return QJsonObject{
        {"name", jsonText(sensor.name)},
        {"number", sensor.number},
        {"owner", sensor.ownerId},
        {"type", sensor.sensorType},
        {"reading", sensor.reading ? QJsonValue(*sensor.reading) : QJsonValue()},
        {"unit", jsonText(sensor.unit)},
        {"status", jsonText(sensor.status)},
        {"thresholds", thresholds},
        {"states", states},
    };
}

std::vector<Record> listedRecords(const std::vector<Record> &records)
{
    std::vector<Record> listed;
    for (const Record &record : records) {
        if (std::holds_alternative<FullSensor>(record) || std::holds_alternative<CompactSensor>(record))
            listed.push_back(record);
    }
    return listed;
}

CommandOutput sdrListOutput(const std::vector<SensorView> &sensors, bool extended, const std::vector<Record> &records)
{
    const std::map<SensorKey, QString> units = unitsBySensor(records);
    CommandOutput output;
    for (const SensorView &sensor : sensors)
        output.text += sensorLine(sensor, extended, unitOf(sensor, units));
    output.makeJson = [sensors] {
        QJsonArray json;
        for (const SensorView &sensor : sensors)
            json.append(sensorJson(sensor));
        return QJsonValue(json);
    };
    return output;
}

void registerSdrCommands(CommandRegistry &registry)
{
    registry.add({{"sdr", "info"}, QStringLiteral("sdr info"), QCoreApplication::translate("SdrCommands", "the SDR repository's size, time stamps and features"),
                  [](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      if (!arguments.isEmpty())
                          return CommandRegistry::usageError(QCoreApplication::translate("SdrCommands", "Unexpected argument \"%1\".").arg(arguments.first()),
                                                             QStringLiteral("sdr info"));
                      return infoTask();
                  }});
    registry.add({{"sdr", "list"}, QStringLiteral("sdr list"), QCoreApplication::translate("SdrCommands", "every sensor: name, reading, status"),
                  [](const QStringList &arguments) { return listPrepare(arguments, false); }});
    registry.add({{"sdr", "elist"}, QStringLiteral("sdr elist"),
                  QCoreApplication::translate("SdrCommands", "every sensor with its number, entity and reading in words"),
                  [](const QStringList &arguments) { return listPrepare(arguments, true); }});
    const QString dumpSynopsis = QStringLiteral("sdr dump <file>");
    registry.add({{"sdr", "dump"}, dumpSynopsis, QCoreApplication::translate("SdrCommands", "write the raw SDR records to a file"),
                  [dumpSynopsis](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      if (arguments.size() != 1)
                          return CommandRegistry::usageError(QCoreApplication::translate("SdrCommands", "Say which file to write."), dumpSynopsis);
                      return dumpTask(arguments.first());
                  }});
}
