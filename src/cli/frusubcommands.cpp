// SPDX-License-Identifier: GPL-3.0-or-later
#include "frusubcommands.h"

#include "cli/commandregistry.h"
#include "cli/fieldlist.h"
#include "cli/operationtask.h"
#include "cli/sdrloader.h"

#include "ipmi/fru/fruarea.h"
#include "ipmi/fru/frudevices.h"
#include "ipmi/fru/frumultirecord.h"
#include "ipmi/fru/fruparser.h"
#include "ipmi/fru/frureader.h"
#include "cli/terminaltext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace ipmi::fru;

namespace {

// ipmitool's label column: " Product Manufacturer  : ".
constexpr int LabelWidth = 23;
const QString Synopsis = QStringLiteral("fru print [id]");

// ipmitool leaves out empty fields, and prints the FRU file IDs only with -v.
void addField(FieldList &fields, const QString &label, const FruField &field)
{
    if (!field.text.empty())
        fields.add(u' ' + label, bmcText(field.text));
}

void addCustom(FieldList &fields, const QString &label, const std::vector<FruField> &custom)
{
    for (const FruField &field : custom)
        addField(fields, label, field);
}

QJsonValue fieldJson(const FruField &field)
{
    return field.empty() ? QJsonValue() : QJsonValue(jsonText(field.text));
}

QJsonArray customJson(const std::vector<FruField> &custom)
{
    QJsonArray list;
    for (const FruField &field : custom)
        list.append(jsonText(field.text));
    return list;
}

QJsonArray stringsJson(const std::vector<std::string> &strings)
{
    QJsonArray list;
    for (const std::string &item : strings)
        list.append(jsonText(item));
    return list;
}

QString hexByte(std::uint8_t value)
{
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0')).toUpper() + u'h';
}

void addMultiRecords(FieldList &fields, const std::vector<FruMultiRecord> &records)
{
    // ipmitool's multi-record printout is OEM-specific; this is the record list itself.
    for (const FruMultiRecord &record : records) {
        fields.add(u' ' + QCoreApplication::translate("FruCommands", "Multi-Record"),
                   QStringLiteral("%1 (%2), %3 bytes")
                       .arg(QString::fromLatin1(multiRecordTypeName(record.type)), hexByte(record.type))
                       .arg(record.data.size()));
        if (record.powerSupply)
            fields.add(u' ' + QCoreApplication::translate("FruCommands", "  Capacity"), QStringLiteral("%1 W").arg(record.powerSupply->capacityWatts));
        if (record.dcOutput)
            fields.add(u' ' + QCoreApplication::translate("FruCommands", "  Nominal Voltage"),
                       QStringLiteral("%1 V").arg(record.dcOutput->nominalVoltage / 100.0, 0, 'f', 2));
        if (!record.powerSupply && !record.dcOutput)
            fields.add(u' ' + QCoreApplication::translate("FruCommands", "  Data"), bmcText(ipmi::toHex(record.data, " ")));
    }
}

QJsonArray multiRecordsJson(const std::vector<FruMultiRecord> &records)
{
    QJsonArray list;
    for (const FruMultiRecord &record : records) {
        QJsonObject object{{"type", record.type},
                           {"type_name", QString::fromLatin1(multiRecordTypeName(record.type))},
                           {"format_version", record.formatVersion},
                           {"checksum_ok", record.checksumOk},
                           {"data", jsonText(ipmi::toHex(record.data))}};
        if (const auto &ps = record.powerSupply)
            object["power_supply"] = QJsonObject{{"capacity_watts", ps->capacityWatts},
                                                 {"peak_va", ps->peakVa},
                                                 {"peak_watts", ps->peakWatts},
                                                 {"hold_up_seconds", ps->holdUpSeconds},
                                                 {"low_input_voltage_1", ps->lowInputVoltage1 / 100.0},
                                                 {"high_input_voltage_1", ps->highInputVoltage1 / 100.0},
                                                 {"low_input_frequency_hz", ps->lowInputFrequencyHz},
                                                 {"high_input_frequency_hz", ps->highInputFrequencyHz},
                                                 {"hot_swap", (ps->flags & 0x08) != 0}};
        if (const auto &dc = record.dcOutput)
            object["dc_output"] = QJsonObject{{"output", dc->outputNumber},
                                              {"standby", dc->standby},
                                              {"nominal_voltage", dc->nominalVoltage / 100.0},
                                              {"max_negative_deviation", dc->maxNegativeDeviation / 100.0},
                                              {"max_positive_deviation", dc->maxPositiveDeviation / 100.0},
                                              {"ripple_mv", dc->rippleMillivolts},
                                              {"min_current_ma", dc->minCurrentMilliamps},
                                              {"max_current_ma", dc->maxCurrentMilliamps}};
        list.append(object);
    }
    return list;
}

bool endsTheConversation(ipmi::ErrorKind kind)
{
    return kind == ipmi::ErrorKind::Timeout || kind == ipmi::ErrorKind::Network || kind == ipmi::ErrorKind::SessionLost
           || kind == ipmi::ErrorKind::Cancelled;
}


// The devices of one `fru print`, read one after the other.
struct PrintRun
{
    bool single = false; // `fru print <id>`: that device's fields alone, as ipmitool prints them
    std::vector<FruDevice> devices;
    std::size_t next = 0;
    std::vector<FruPrintItem> items;
};

void finish(const std::shared_ptr<PrintRun> &run, const TaskDone &done)
{
    CommandOutput output;
    QJsonArray list;
    for (const FruPrintItem &item : run->items) {
        if (run->single && !item.inventory) {
            done(item.inventory.error());
            return;
        }
        // ipmitool ends each device of the full listing with an empty line.
        output.text += run->single ? fruPrintText(item, false) : fruPrintText(item, true) + u'\n';
        list.append(fruPrintJson(item));
    }
    output.json = list;
    done(output);
}

void readNext(HostSession &session, std::shared_ptr<PrintRun> run, TaskDone done)
{
    if (run->next >= run->devices.size()) {
        finish(run, done);
        return;
    }
    const FruDevice device = run->devices[run->next++];
    auto reader = std::make_shared<FruReader>(device.id);
    // A device that cannot be read is reported in its place and the others still print,
    // unless the BMC stopped answering altogether.
    auto record = [&session, run, done, device](ipmi::Result<ipmi::Bytes> image) {
        if (!image && endsTheConversation(image.error().kind)) {
            done(image.error());
            return;
        }
        FruPrintItem item{device.id, device.name, ipmi::Error{}};
        if (image)
            item.inventory = decodeFruInventory(*image);
        else
            item.inventory = image.error();
        run->items.push_back(std::move(item));
        readNext(session, run, done);
    };
    runOperation<ipmi::Bytes>(session, reader, [record](CommandResult result) {
        // Only errors come through here.
        record(result.error());
    }, [record](ipmi::Bytes image) { record(std::move(image)); });
}

HostTask printTask(std::optional<std::uint8_t> id)
{
    return [id](HostSession &session, TaskDone done) {
        auto run = std::make_shared<PrintRun>();
        run->single = id.has_value();
        if (id) {
            run->devices.push_back({*id, *id == BuiltinFruDevice ? std::string("Builtin FRU Device") : std::string()});
            readNext(session, run, done);
            return;
        }
        // Without an id: the devices named by the FRU locator SDRs, FRU 0 first. A BMC
        // whose SDR cannot be read still has its FRU 0.
        auto builtinOnly = [&session, run, done](CommandResult result) {
            if (!result)
                printWarning(QCoreApplication::translate("FruCommands",
                                                         "cannot read the SDR repository, so only FRU 0 is shown: %1")
                                 .arg(jsonText(result.error().message)));
            run->devices = logicalFruDevices({});
            readNext(session, run, done);
        };
        loadSdr(session, builtinOnly, [&session, run, done](ipmi::sdr::SdrRepository repository) {
            run->devices = logicalFruDevices(repository.records);
            readNext(session, run, done);
        });
    };
}

ipmi::Result<HostTask> preparePrint(const QStringList &arguments)
{
    if (arguments.size() > 1)
        return CommandRegistry::usageError(QCoreApplication::translate("FruCommands", "Too many arguments."), Synopsis);
    if (arguments.isEmpty())
        return printTask(std::nullopt);
    bool ok = false;
    const uint value = arguments[0].toUInt(&ok, 0);
    if (!ok || value > 0xFE)
        return CommandRegistry::usageError(QCoreApplication::translate("FruCommands", "\"%1\" is not a FRU device ID (0 to 254).").arg(arguments[0]), Synopsis);
    return printTask(static_cast<std::uint8_t>(value));
}

} // namespace

QString fruDateText(std::uint32_t minutes)
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(fruMinutesToUnixSeconds(minutes), Qt::UTC);
    const QLocale c = QLocale::c();
    // ctime's layout: the day of the month padded with a space.
    return c.toString(time, QStringLiteral("ddd MMM ")) + QStringLiteral("%1").arg(time.date().day(), 2)
           + c.toString(time, QStringLiteral(" HH:mm:ss yyyy")) + QStringLiteral(" UTC");
}

QString fruPrintText(const FruPrintItem &item, bool withDescription)
{
    const QString name = item.name.empty() ? QCoreApplication::translate("FruCommands", "FRU Device") : bmcText(item.name);
    FieldList fields(LabelWidth);
    if (withDescription)
        fields.add(QCoreApplication::translate("FruCommands", "FRU Device Description"), QStringLiteral("%1 (ID %2)").arg(name).arg(item.id));
    if (!item.inventory) {
        fields.addLine(u' ' + bmcText(item.inventory.error().message));
        return fields.text();
    }
    const FruInventory &inventory = *item.inventory;
    if (const auto &chassis = inventory.chassis) {
        fields.add(u' ' + QCoreApplication::translate("FruCommands", "Chassis Type"), QString::fromLatin1(chassisTypeName(chassis->type)));
        addField(fields, QCoreApplication::translate("FruCommands", "Chassis Part Number"), chassis->partNumber);
        addField(fields, QCoreApplication::translate("FruCommands", "Chassis Serial"), chassis->serial);
        addCustom(fields, QCoreApplication::translate("FruCommands", "Chassis Extra"), chassis->custom);
    }
    if (const auto &board = inventory.board) {
        fields.add(u' ' + QCoreApplication::translate("FruCommands", "Board Mfg Date"), board->mfgMinutes ? fruDateText(*board->mfgMinutes) : QCoreApplication::translate("FruCommands", "Unspecified"));
        addField(fields, QCoreApplication::translate("FruCommands", "Board Mfg"), board->manufacturer);
        addField(fields, QCoreApplication::translate("FruCommands", "Board Product"), board->productName);
        addField(fields, QCoreApplication::translate("FruCommands", "Board Serial"), board->serial);
        addField(fields, QCoreApplication::translate("FruCommands", "Board Part Number"), board->partNumber);
        addCustom(fields, QCoreApplication::translate("FruCommands", "Board Extra"), board->custom);
    }
    if (const auto &product = inventory.product) {
        addField(fields, QCoreApplication::translate("FruCommands", "Product Manufacturer"), product->manufacturer);
        addField(fields, QCoreApplication::translate("FruCommands", "Product Name"), product->name);
        addField(fields, QCoreApplication::translate("FruCommands", "Product Part Number"), product->partNumber);
        addField(fields, QCoreApplication::translate("FruCommands", "Product Version"), product->version);
        addField(fields, QCoreApplication::translate("FruCommands", "Product Serial"), product->serial);
        addField(fields, QCoreApplication::translate("FruCommands", "Product Asset Tag"), product->assetTag);
        addCustom(fields, QCoreApplication::translate("FruCommands", "Product Extra"), product->custom);
    }
    addMultiRecords(fields, inventory.multiRecords);
    for (const std::string &message : inventory.errors)
        fields.addLine(u' ' + bmcText(message));
    for (const std::string &message : inventory.warnings)
        printWarning(QStringLiteral("FRU %1: %2").arg(item.id).arg(jsonText(message)));
    return fields.text();
}

QJsonObject fruPrintJson(const FruPrintItem &item)
{
    QJsonObject object{{"id", item.id}, {"name", item.name.empty() ? QJsonValue() : QJsonValue(jsonText(item.name))}};
    if (!item.inventory) {
        object["error"] = jsonText(item.inventory.error().message);
        return object;
    }
    const FruInventory &inventory = *item.inventory;
    if (const auto &chassis = inventory.chassis)
        object["chassis"] = QJsonObject{{"type", QString::fromLatin1(chassisTypeName(chassis->type))},
                                        {"type_code", chassis->type},
                                        {"part_number", fieldJson(chassis->partNumber)},
                                        {"serial", fieldJson(chassis->serial)},
                                        {"custom", customJson(chassis->custom)}};
    if (const auto &board = inventory.board)
        object["board"] = QJsonObject{
            {"language", board->language},
            {"mfg_date", board->mfgMinutes ? QJsonValue(jsonText(fruDateIso8601(*board->mfgMinutes))) : QJsonValue()},
            {"manufacturer", fieldJson(board->manufacturer)},
            {"name", fieldJson(board->productName)},
            {"serial", fieldJson(board->serial)},
            {"part_number", fieldJson(board->partNumber)},
            {"fru_file_id", fieldJson(board->fruFileId)},
            {"custom", customJson(board->custom)}};
    if (const auto &product = inventory.product)
        object["product"] = QJsonObject{{"language", product->language},
                                        {"manufacturer", fieldJson(product->manufacturer)},
                                        {"name", fieldJson(product->name)},
                                        {"part_number", fieldJson(product->partNumber)},
                                        {"version", fieldJson(product->version)},
                                        {"serial", fieldJson(product->serial)},
                                        {"asset_tag", fieldJson(product->assetTag)},
                                        {"fru_file_id", fieldJson(product->fruFileId)},
                                        {"custom", customJson(product->custom)}};
    if (!inventory.internalUse.empty())
        object["internal_use"] = jsonText(ipmi::toHex(inventory.internalUse));
    if (!inventory.multiRecords.empty())
        object["multi_records"] = multiRecordsJson(inventory.multiRecords);
    object["warnings"] = stringsJson(inventory.warnings);
    object["errors"] = stringsJson(inventory.errors);
    return object;
}

void registerFruCommands(CommandRegistry &registry)
{
    registry.add({{"fru", "print"}, Synopsis,
                  QCoreApplication::translate("FruCommands", "FRU inventory: chassis, board and product serials and part numbers"),
                  preparePrint});
    registry.add({{"fru"}, QStringLiteral("fru"), QCoreApplication::translate("FruCommands", "the same as fru print"),
                  preparePrint});
}
