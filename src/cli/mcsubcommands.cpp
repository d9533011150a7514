// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcsubcommands.h"

#include "cli/commandregistry.h"
#include "cli/fieldlist.h"
#include "model/ianaregistry.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace ipmi::cmd;

namespace {


QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("McCommands", "yes") : QCoreApplication::translate("McCommands", "no");
}

HostTask infoTask()
{
    return [](HostSession &session, TaskDone done) {
        exchange(session, getDeviceIdRequest(), parseDeviceId, done, [&session, done](DeviceId id) {
            // A BMC without Get Device GUID still has an identity; only a transport
            // failure ends the command.
            session.execute(getDeviceGuidRequest(), [id, done](ipmi::Result<ipmi::Response> response) {
                if (!response) {
                    done(response.error());
                    return;
                }
                const auto guid = parseDeviceGuid(response.value());
                done(mcInfoOutput(id, guid ? std::optional<DeviceGuid>(guid.value()) : std::nullopt));
            });
        });
    };
}

HostTask guidTask()
{
    return [](HostSession &session, TaskDone done) {
        exchange(session, getDeviceGuidRequest(), parseDeviceGuid, done,
                 [done](DeviceGuid guid) { done(mcGuidOutput(guid)); });
    };
}

HostTask resetTask(bool cold)
{
    return [cold](HostSession &session, TaskDone done) {
        exchange(session, cold ? coldResetRequest() : warmResetRequest(), cold ? parseColdReset : parseWarmReset,
                 done, [done, cold] {
                     CommandOutput output;
                     output.text = cold ? QCoreApplication::translate("McCommands", "Sent cold reset command to MC\n") : QCoreApplication::translate("McCommands", "Sent warm reset command to MC\n");
                     output.json = QJsonObject{{"reset", cold ? "cold" : "warm"}};
                     done(output);
                 });
    };
}

ipmi::Result<HostTask> noArguments(const QStringList &arguments, const QString &synopsis, HostTask task)
{
    if (!arguments.isEmpty())
        return CommandRegistry::usageError(QCoreApplication::translate("McCommands", "Unexpected argument \"%1\".").arg(arguments.first()), synopsis);
    return task;
}

} // namespace

CommandOutput mcInfoOutput(const DeviceId &id, const std::optional<DeviceGuid> &guid)
{
    const std::optional<QString> manufacturer = manufacturerDisplayName(id.manufacturerId);
    const QString productHex = QStringLiteral("%1").arg(id.productId, 4, 16, QLatin1Char('0'));

    FieldList fields(26);
    fields.add(QCoreApplication::translate("McCommands", "Device ID"), QString::number(id.deviceId))
        .add(QCoreApplication::translate("McCommands", "Device Revision"), QString::number(id.deviceRevision))
        .add(QCoreApplication::translate("McCommands", "Firmware Revision"), QString::fromStdString(firmwareRevisionText(id)))
        .add(QCoreApplication::translate("McCommands", "IPMI Version"), QString::fromStdString(ipmiVersionText(id)))
        .add(QCoreApplication::translate("McCommands", "Manufacturer ID"), QString::number(id.manufacturerId))
        .add(QCoreApplication::translate("McCommands", "Manufacturer Name"), manufacturer.value_or(QCoreApplication::translate("McCommands", "Unknown")))
        .add(QCoreApplication::translate("McCommands", "Product ID"), QStringLiteral("%1 (0x%2)").arg(id.productId).arg(productHex))
        // No product table: ipmitool's covers a handful of boards and prints this otherwise
        // (at least two hex digits, upper case).
        .add(QCoreApplication::translate("McCommands", "Product Name"), QCoreApplication::translate("McCommands", "Unknown (0x%1)").arg(QStringLiteral("%1").arg(id.productId, 2, 16, QLatin1Char('0')).toUpper()))
        .add(QCoreApplication::translate("McCommands", "Device Available"), yesNo(id.deviceAvailable))
        .add(QCoreApplication::translate("McCommands", "Provides Device SDRs"), yesNo(id.providesDeviceSdrs))
        .addHeading(QCoreApplication::translate("McCommands", "Additional Device Support"));
    QJsonArray support;
    for (const std::string_view name : additionalDeviceSupportNames(id.additionalDeviceSupport)) {
        fields.addLine(QStringLiteral("    ") + fromView(name));
        support.append(fromView(name));
    }
    QJsonArray aux;
    if (id.auxFirmware) {
        fields.add(QCoreApplication::translate("McCommands", "Aux Firmware Rev Info"), QString());
        for (const std::uint8_t byte : *id.auxFirmware) {
            fields.addLine(QStringLiteral("    0x%1").arg(byte, 2, 16, QLatin1Char('0')));
            aux.append(byte);
        }
    }

    QJsonObject json{
        {"device_id", id.deviceId},
        {"device_revision", id.deviceRevision},
        {"firmware_revision", QString::fromStdString(firmwareRevisionText(id))},
        {"ipmi_version", QString::fromStdString(ipmiVersionText(id))},
        {"manufacturer_id", qint64(id.manufacturerId)},
        {"manufacturer_name", manufacturer ? QJsonValue(*manufacturer) : QJsonValue()},
        {"product_id", id.productId},
        {"device_available", id.deviceAvailable},
        {"provides_device_sdrs", id.providesDeviceSdrs},
        {"additional_device_support", support},
        {"aux_firmware_revision", id.auxFirmware ? QJsonValue(aux) : QJsonValue()},
        {"guid", guid ? QJsonValue(QString::fromStdString(guid->text())) : QJsonValue()},
    };
    return CommandOutput{fields.text(), json};
}

CommandOutput mcGuidOutput(const DeviceGuid &guid)
{
    const QString text = QString::fromStdString(guid.text());
    // Names from the spec, shared with ipmitool scripts: not translated.
    const QString version = fromView(guidVersionName(guid.version()));
    FieldList fields(14);
    // The IPMI byte order is the only one decoded; ipmitool's guessing of SMBIOS or
    // RFC 4122 order for non-conforming BMCs is not copied.
    fields.add(QCoreApplication::translate("McCommands", "System GUID"), text).add(QCoreApplication::translate("McCommands", "GUID Encoding"), QStringLiteral("IPMI")).add(QCoreApplication::translate("McCommands", "GUID Version"), version);
    return CommandOutput{fields.text(), QJsonObject{{"guid", text}, {"version", guid.version()}}};
}

void registerMcCommands(CommandRegistry &registry)
{
    registry.add({{"mc", "info"}, QStringLiteral("mc info"),
                  QCoreApplication::translate("McCommands", "BMC identity: firmware, IPMI version, manufacturer, product, GUID"),
                  [](const QStringList &arguments) { return noArguments(arguments, QStringLiteral("mc info"), infoTask()); }});
    registry.add({{"mc", "guid"}, QStringLiteral("mc guid"), QCoreApplication::translate("McCommands", "the BMC's globally unique ID"),
                  [](const QStringList &arguments) { return noArguments(arguments, QStringLiteral("mc guid"), guidTask()); }});
    const QString resetSynopsis = QStringLiteral("mc reset warm|cold");
    registry.add({{"mc", "reset"}, resetSynopsis, QCoreApplication::translate("McCommands", "restart the BMC (not the host)"),
                  [resetSynopsis](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      if (arguments.size() != 1
                          || (arguments[0] != QLatin1String("warm") && arguments[0] != QLatin1String("cold")))
                          return CommandRegistry::usageError(QCoreApplication::translate("McCommands", "Say which reset: warm or cold."), resetSynopsis);
                      return resetTask(arguments[0] == QLatin1String("cold"));
                  }});
}
