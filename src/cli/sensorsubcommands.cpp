// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensorsubcommands.h"

#include "cli/commandregistry.h"
#include "cli/operationtask.h"
#include "cli/sdrloader.h"

#include "ipmi/sdr/units.h"
#include "ipmi/sensor/eventtext.h"
#include "ipmi/sensor/sensorcommands.h"
#include "ipmi/sensor/sensorsweep.h"
#include "cli/terminaltext.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <memory>
#include <optional>
#include <variant>

using namespace ipmi;
using namespace ipmi::sensor;

namespace {

const QString ListSynopsis = QStringLiteral("sensor [list]");
const QString GetSynopsis = QStringLiteral("sensor get <name> [<name>...]");
const QString ThreshSynopsis = QStringLiteral(
    "sensor thresh [--force] <name> unr|ucr|unc|lnc|lcr|lnr <value> | "
    "sensor thresh [--force] <name> upper <unc> <ucr> <unr> | sensor thresh [--force] <name> lower <lnr> <lcr> <lnc>");

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// printf into a QString, for ipmitool's column layouts.
QString format(const char *layout, ...)
{
    char buffer[256];
    va_list args;
    va_start(args, layout);
    std::vsnprintf(buffer, sizeof buffer, layout, args);
    va_end(args);
    return QString::fromUtf8(buffer);
}

const sdr::MaskedSensor *maskedOf(const sdr::Record &record)
{
    if (const auto *full = std::get_if<sdr::FullSensor>(&record))
        return full;
    return std::get_if<sdr::CompactSensor>(&record);
}

QString unitsOf(const SensorLine &line)
{
    const auto *masked = maskedOf(line.record);
    return masked ? bmcText(ipmitoolUnitText(masked->units)) : QString();
}

bool isThreshold(const SensorView &view)
{
    return view.eventReadingType == eventreading::Threshold;
}

QString thresholdCell(const std::optional<double> &value)
{
    return value ? format("| %-10.3f", *value) : format("| %-10s", "na");
}

QString listLine(const SensorLine &line)
{
    const SensorView &view = line.view;
    QString text = format("%-16s ", view.name.c_str());
    if (isThreshold(view)) {
        const QByteArray units = unitsOf(line).toUtf8();
        if (view.unavailable)
            text += format("| %-10s | %-10s | %-6s", "na", units.constData(), "na");
        else if (view.reading)
            text += format("| %-10.3f | %-10s | %-6s", *view.reading, units.constData(), view.status.c_str());
        else
            text += format("| 0x%-8x | %-10s | %-6s", unsigned(view.raw.value_or(0)), units.constData(),
                           view.status.c_str());
        const auto &t = view.thresholds;
        for (const auto &value : {t.lnr, t.lc, t.lnc, t.unc, t.uc, t.unr})
            text += thresholdCell(value);
    } else {
        if (view.unavailable) {
            text += format("| %-10s | %-10s | %-6s", "na", "discrete", "na");
        } else {
            // ipmitool shows the first state byte in the reading column, not byte 1.
            const std::uint16_t states = view.stateBits.value_or(0);
            text += format("| 0x%-8x | %-10s | 0x%02x%02x", unsigned(states & 0xFF), "discrete",
                           unsigned(states & 0xFF), unsigned(states >> 8));
        }
        for (int i = 0; i < 6; ++i)
            text += thresholdCell(std::nullopt);
    }
    return text + u'\n';
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject jsonOf(const SensorView &view)
{
    QJsonObject thresholds;
    const auto &t = view.thresholds;
    const std::pair<const char *, std::optional<double>> named[] = {
        {"lnr", t.lnr}, {"lc", t.lc}, {"lnc", t.lnc}, {"unc", t.unc}, {"uc", t.uc}, {"unr", t.unr}};
    for (const auto &[key, value] : named) {
        if (value)
            thresholds[QLatin1String(key)] = *value;
    }
    QJsonObject object{{"name", jsonText(view.name)},
                       {"number", int(view.number)},
                       {"owner", int(view.ownerId)},
                       {"type", fromView(sensorTypeName(view.sensorType))},
                       {"reading", optionalNumber(view.unavailable ? std::nullopt : view.reading)},
                       {"unit", jsonText(view.unit)},
                       {"status", jsonText(view.status)},
                       {"thresholds", thresholds}};
    if (!isThreshold(view)) {
        QJsonArray states;
        for (const auto &state : view.states)
            states.append(bmcText(state));
        object["states"] = states;
    }
    return object;
}

QJsonArray jsonOf(const std::vector<SensorLine> &lines)
{
    QJsonArray array;
    for (const auto &line : lines)
        array.append(jsonOf(line.view));
    return array;
}

// "%.*f" with no decimals for whole numbers, as ipmitool's `sensor get` prints.
QString compactNumber(double value)
{
    return value == std::floor(value) ? format("%.0f", value) : format("%.3f", value);
}

// Hysteresis is a difference of readings: M and Rexp apply, B does not.
QString hysteresisLine(const char *label, std::uint8_t raw, const sdr::FullSensor *full)
{
    if (raw == 0x00 || raw == 0xFF)
        return format(" %-21s : Unspecified\n", label);
    if (!full || full->units.format == sdr::AnalogFormat::None)
        return format(" %-21s : 0x%02x\n", label, unsigned(raw));
    return format(" %-21s : %.3f\n", label, full->factors.m * raw * std::pow(10.0, full->factors.rExp));
}

QString getBlock(const SensorLine &line)
{
    const SensorView &view = line.view;
    QString text = format("Sensor ID              : %s (0x%x)\n", view.name.c_str(), unsigned(view.number));
    text += format(" Entity ID             : %u.%u\n", unsigned(view.entity.id), unsigned(view.entity.instance));
    if (!isThreshold(view)) {
        text += format(" Sensor Type (Discrete): %s\n", std::string(sensorTypeName(view.sensorType)).c_str());
        if (view.unavailable)
            return text + QStringLiteral(" Unable to read sensor: Device Not Present\n\n");
        if (!view.states.empty()) {
            text += format(" %-21s : %s\n", "States Asserted", std::string(sensorTypeName(view.sensorType)).c_str());
            for (const auto &state : view.states)
                text += format("                         [%s]\n", state.c_str());
        }
        return text + u'\n';
    }
    text += format(" Sensor Type (Threshold)  : %s\n", std::string(sensorTypeName(view.sensorType)).c_str());
    text += QStringLiteral(" Sensor Reading        : ");
    if (view.unavailable)
        return text + QStringLiteral(" Unable to read sensor: Device Not Present\n\n");
    const QString units = unitsOf(line);
    const auto *full = std::get_if<sdr::FullSensor>(&line.record);
    if (view.reading && full) {
        // The tolerance is in half raw counts, scaled by M and Rexp only.
        const double tolerance = full->factors.m * (full->factors.tolerance / 2.0) * std::pow(10.0, full->factors.rExp);
        text += compactNumber(*view.reading) + QStringLiteral(" (+/- ") + compactNumber(tolerance) + u')' + u' ' +
                units + u'\n';
    } else {
        text += format("0x%x ", unsigned(view.raw.value_or(0))) + units + u'\n';
    }
    text += format(" Status                : %s\n", view.statusText.c_str());
    const auto &t = view.thresholds;
    const std::pair<const char *, std::optional<double>> rows[] = {
        {" Lower Non-Recoverable : ", t.lnr}, {" Lower Critical        : ", t.lc},
        {" Lower Non-Critical    : ", t.lnc}, {" Upper Non-Critical    : ", t.unc},
        {" Upper Critical        : ", t.uc},  {" Upper Non-Recoverable : ", t.unr}};
    for (const auto &[label, value] : rows)
        text += QLatin1String(label) + (value ? format("%.3f", *value) : QStringLiteral("na")) + u'\n';
    if (const auto *masked = maskedOf(line.record)) {
        text += hysteresisLine("Positive Hysteresis", masked->positiveHysteresis, full);
        text += hysteresisLine("Negative Hysteresis", masked->negativeHysteresis, full);
    }
    return text + u'\n';
}

// Sensors of the repository as SensorSweep reads them: full and compact records only,
// as `ipmitool sensor` lists them (event-only sensors have no reading to get).
std::vector<sdr::Record> readableRecords(const std::vector<sdr::Record> &records)
{
    std::vector<sdr::Record> result;
    for (const auto &record : records) {
        if (maskedOf(record))
            result.push_back(record);
    }
    return result;
}

// Reads the chosen sensors and pairs each view with its record.
void sweep(HostSession &session, std::vector<sdr::Record> records, SweepOptions options, TaskDone done,
           std::function<void(std::vector<SensorLine>)> next)
{
    auto descriptors = sensorsOf(records);
    if (!options.onlyNumbers.empty()) {
        std::erase_if(descriptors, [&](const SensorDescriptor &d) {
            return std::find(options.onlyNumbers.begin(), options.onlyNumbers.end(), d.number) ==
                   options.onlyNumbers.end();
        });
    }
    auto operation = std::make_shared<SensorSweep>(records, std::move(options));
    runOperation(session, std::shared_ptr<op::Operation<std::vector<SensorView>>>(operation), done,
                 [records = std::move(records), descriptors = std::move(descriptors),
                  next = std::move(next)](std::vector<SensorView> views) {
                     // The sweep keeps the order of sensorsOf(records), filtered alike.
                     std::vector<SensorLine> lines;
                     for (std::size_t i = 0; i < views.size() && i < descriptors.size(); ++i)
                         lines.push_back({std::move(views[i]), records[descriptors[i].recordIndex]});
                     next(std::move(lines));
                 });
}

HostTask listTask()
{
    return [](HostSession &session, TaskDone done) {
        loadSdr(session, done, [&session, done](sdr::SdrRepository repository) {
            sweep(session, readableRecords(repository.records), SweepOptions{{}, true}, done,
                  [done](std::vector<SensorLine> lines) { done(sensorListOutput(lines)); });
        });
    };
}

ipmi::Result<HostTask> prepareList(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return CommandRegistry::usageError(
            QCoreApplication::translate("SensorCommands", "Invalid sensor command \"%1\".").arg(arguments.first()),
            ListSynopsis);
    return listTask();
}

// The records whose sensors carry one of the names, and those sensors' numbers.
struct Selection
{
    std::vector<sdr::Record> records;
    std::vector<std::uint8_t> numbers;
    QStringList missing;
};

Selection select(const std::vector<sdr::Record> &all, const QStringList &names)
{
    Selection selection;
    const auto records = readableRecords(all);
    const auto sensors = sensorsOf(records);
    std::vector<bool> taken(records.size(), false);
    for (const QString &name : names) {
        bool found = false;
        for (const auto &sensor : sensors) {
            if (bmcText(sensor.name) != name)
                continue;
            found = true;
            selection.numbers.push_back(sensor.number);
            if (!taken[sensor.recordIndex]) {
                taken[sensor.recordIndex] = true;
                selection.records.push_back(records[sensor.recordIndex]);
            }
        }
        if (!found)
            selection.missing << name;
    }
    return selection;
}

void warnMissing(const QStringList &missing)
{
    for (const QString &name : missing)
        std::fprintf(stderr, "%s\n",
                     QCoreApplication::translate("SensorCommands", "Sensor data record \"%1\" not found!")
                         .arg(name)
                         .toLocal8Bit()
                         .constData());
}

ipmi::Result<HostTask> prepareGet(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return CommandRegistry::usageError(QCoreApplication::translate("SensorCommands", "Name at least one sensor."),
                                           GetSynopsis);
    return HostTask([names = arguments](HostSession &session, TaskDone done) {
        loadSdr(session, done, [&session, done, names](sdr::SdrRepository repository) {
            Selection selection = select(repository.records, names);
            warnMissing(selection.missing);
            if (selection.numbers.empty()) {
                done(makeError(ErrorKind::InvalidArgument,
                               QCoreApplication::translate("SensorCommands", "No sensor of that name was found.")
                                   .toStdString()));
                return;
            }
            sweep(session, std::move(selection.records), SweepOptions{selection.numbers, true}, done,
                  [done](std::vector<SensorLine> lines) { done(sensorGetOutput(lines)); });
        });
    });
}

struct ThresholdName
{
    const char *word;
    std::uint8_t bit;
    const char *words; // as ipmitool prints it
};

constexpr ThresholdName ThresholdNames[] = {
    {"unr", sdr::thresholdbit::UpperNonRecoverable, "Upper Non-Recoverable"},
    {"ucr", sdr::thresholdbit::UpperCritical, "Upper Critical"},
    {"unc", sdr::thresholdbit::UpperNonCritical, "Upper Non-Critical"},
    {"lnc", sdr::thresholdbit::LowerNonCritical, "Lower Non-Critical"},
    {"lcr", sdr::thresholdbit::LowerCritical, "Lower Critical"},
    {"lnr", sdr::thresholdbit::LowerNonRecoverable, "Lower Non-Recoverable"},
};

const ThresholdName *thresholdNamed(const QString &word)
{
    for (const auto &name : ThresholdNames) {
        if (word == QLatin1String(name.word))
            return &name;
    }
    return nullptr;
}

std::uint8_t &rawSlot(sdr::Thresholds &thresholds, std::uint8_t bit)
{
    namespace b = sdr::thresholdbit;
    switch (bit) {
    case b::UpperNonRecoverable: return thresholds.upperNonRecoverable;
    case b::UpperCritical: return thresholds.upperCritical;
    case b::UpperNonCritical: return thresholds.upperNonCritical;
    case b::LowerNonCritical: return thresholds.lowerNonCritical;
    case b::LowerCritical: return thresholds.lowerCritical;
    default: return thresholds.lowerNonRecoverable;
    }
}

QString maskWords(std::uint8_t mask)
{
    QStringList words;
    for (const auto &name : ThresholdNames) {
        if (mask & name.bit)
            words << QLatin1String(name.word);
    }
    return words.isEmpty() ? QCoreApplication::translate("SensorCommands", "none") : words.join(QStringLiteral(", "));
}

struct ThresholdSetting
{
    const ThresholdName *name;
    double value;
};

// force: send thresholds the SDR's threshold-access mask calls not settable (some
// BMCs under-report it, and ipmitool never checks).
HostTask threshTask(QString sensorName, std::vector<ThresholdSetting> settings, bool force)
{
    return [sensorName, settings, force](HostSession &session, TaskDone done) {
        loadSdr(session, done, [&session, done, sensorName, settings, force](sdr::SdrRepository repository) {
            const sdr::FullSensor *record = nullptr;
            for (const auto &candidate : repository.records) {
                const auto *full = std::get_if<sdr::FullSensor>(&candidate);
                if (full && bmcText(full->id.text) == sensorName) {
                    record = full;
                    break;
                }
            }
            if (!record) {
                done(makeError(ErrorKind::InvalidArgument,
                               QCoreApplication::translate("SensorCommands",
                                                           "No full sensor record named \"%1\" was found; "
                                                           "only full threshold sensors have settable thresholds.")
                                   .arg(sensorName)
                                   .toStdString()));
                return;
            }
            if (record->eventReadingType != eventreading::Threshold) {
                done(makeError(ErrorKind::InvalidArgument,
                               QCoreApplication::translate("SensorCommands",
                                                           "Sensor \"%1\" is a discrete sensor; it has no thresholds.")
                                   .arg(sensorName)
                                   .toStdString()));
                return;
            }
            const std::uint8_t settable = record->settableThresholds();
            std::uint8_t mask = 0;
            sdr::Thresholds values;
            QString text = format("Locating sensor record '%s'...\n", sensorName.toUtf8().constData());
            for (const auto &setting : settings) {
                if (!force && !(settable & setting.name->bit)) {
                    done(makeError(ErrorKind::InvalidArgument,
                                   QCoreApplication::translate("SensorCommands",
                                                               "Sensor \"%1\" does not allow setting its %2 "
                                                               "threshold: the SDR's threshold-access mask lists as "
                                                               "settable: %3. Nothing was sent; some BMCs under-report "
                                                               "what is settable, and --force sends it anyway.")
                                       .arg(sensorName, QLatin1String(setting.name->word), maskWords(settable))
                                       .toStdString()));
                    return;
                }
                const auto raw = sdr::valueToRaw(setting.value, record->units.format, record->linearization,
                                                 record->factors);
                if (!raw) {
                    done(makeError(ErrorKind::InvalidArgument,
                                   QCoreApplication::translate("SensorCommands",
                                                               "%1 cannot be expressed as a reading of sensor \"%2\".")
                                       .arg(setting.value)
                                       .arg(sensorName)
                                       .toStdString()));
                    return;
                }
                mask |= setting.name->bit;
                rawSlot(values, setting.name->bit) = *raw;
                text += format("Setting sensor \"%s\" %s threshold to %.3f\n", record->id.text.c_str(),
                               setting.name->words, setting.value);
            }
            QJsonObject json{{"name", sensorName}, {"forced", force}};
            for (const auto &setting : settings)
                json[QLatin1String(setting.name->word)] = setting.value;
            exchange(session,
                     setSensorThresholdsRequest(record->sensorNumber, mask, values, record->owner.lun),
                     parseSetSensorThresholds, done,
                     [done, text, json]() { done(CommandOutput{text, json}); });
        });
    };
}

ipmi::Result<HostTask> prepareThresh(const QStringList &givenArguments)
{
    auto usage = [](const QString &message) { return CommandRegistry::usageError(message, ThreshSynopsis); };
    QStringList arguments = givenArguments;
    const bool force = arguments.removeAll(QStringLiteral("--force")) > 0;
    if (arguments.size() < 3)
        return usage(QCoreApplication::translate("SensorCommands", "Not enough arguments."));
    auto number = [](const QString &word) -> std::optional<double> {
        bool ok = false;
        const double value = word.toDouble(&ok);
        return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
    };
    const QString &which = arguments[1];
    std::vector<ThresholdSetting> settings;
    if (which == QLatin1String("upper") || which == QLatin1String("lower")) {
        if (arguments.size() != 5)
            return usage(QCoreApplication::translate("SensorCommands", "\"%1\" takes three values.").arg(which));
        const char *order[3] = {"unc", "ucr", "unr"};
        if (which == QLatin1String("lower")) {
            order[0] = "lnr";
            order[1] = "lcr";
            order[2] = "lnc";
        }
        for (int i = 0; i < 3; ++i) {
            const auto value = number(arguments[2 + i]);
            if (!value)
                return usage(QCoreApplication::translate("SensorCommands", "Given %1 \"%2\" is not a number.")
                                 .arg(QLatin1String(order[i]), arguments[2 + i]));
            settings.push_back({thresholdNamed(QLatin1String(order[i])), *value});
        }
    } else {
        const ThresholdName *name = thresholdNamed(which);
        if (!name)
            return usage(QCoreApplication::translate("SensorCommands", "Unknown threshold \"%1\".").arg(which));
        if (arguments.size() != 3)
            return usage(QCoreApplication::translate("SensorCommands", "Too many arguments."));
        const auto value = number(arguments[2]);
        if (!value)
            return usage(QCoreApplication::translate("SensorCommands", "Given %1 threshold value \"%2\" is not a number.")
                             .arg(which, arguments[2]));
        settings.push_back({name, *value});
    }
    return threshTask(arguments[0], std::move(settings), force);
}

} // namespace

std::string ipmitoolUnitText(const sdr::SensorUnits &units)
{
    const std::string percent = units.percentage ? "% " : "";
    const std::string base(sdr::unitName(units.baseUnit));
    const std::string modifier(sdr::unitName(units.modifierUnit));
    switch (sdr::ModifierUse(units.modifierUse)) {
    case sdr::ModifierUse::Multiply: return percent + base + " * " + modifier;
    case sdr::ModifierUse::Divide: return percent + base + "/" + modifier;
    default:
        if (units.baseUnit == 0 && units.percentage)
            return "percent";
        return percent + base;
    }
}

CommandOutput sensorListOutput(const std::vector<SensorLine> &lines)
{
    QString text;
    for (const auto &line : lines)
        text += listLine(line);
    return CommandOutput{text, {}, [lines] { return QJsonValue(jsonOf(lines)); }};
}

CommandOutput sensorGetOutput(const std::vector<SensorLine> &lines)
{
    QString text = QStringLiteral("Locating sensor record...\n");
    for (const auto &line : lines)
        text += getBlock(line);
    return CommandOutput{text, {}, [lines] { return QJsonValue(jsonOf(lines)); }};
}

void registerSensorCommands(CommandRegistry &registry)
{
    registry.add({{"sensor"}, ListSynopsis,
                  QCoreApplication::translate("SensorCommands", "every sensor: reading, unit, status, thresholds"),
                  prepareList});
    registry.add({{"sensor", "list"}, ListSynopsis,
                  QCoreApplication::translate("SensorCommands", "every sensor: reading, unit, status, thresholds"),
                  prepareList});
    registry.add({{"sensor", "get"}, GetSynopsis,
                  QCoreApplication::translate("SensorCommands", "the named sensors in detail"), prepareGet});
    registry.add({{"sensor", "thresh"}, ThreshSynopsis,
                  QCoreApplication::translate("SensorCommands", "set a threshold sensor's thresholds"),
                  prepareThresh});
}
