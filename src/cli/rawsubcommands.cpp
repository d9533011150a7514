// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsubcommands.h"

#include "cli/commandregistry.h"

#include "ipmi/cmd/netfn.h"
#include "ipmi/cmd/raw.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {


const QString RawSynopsis = QStringLiteral("raw <netfn> <cmd> [data ...]   (bytes such as 0x06 0x01)");

ipmi::Result<HostTask> prepareRaw(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return CommandRegistry::usageError(QCoreApplication::translate("RawCommands", "Give at least a network function and a command."), RawSynopsis);
    ipmi::Bytes bytes;
    for (const QString &argument : arguments) {
        const auto byte = parseByteArgument(argument);
        if (!byte)
            return CommandRegistry::usageError(QCoreApplication::translate("RawCommands", "\"%1\" is not a byte (0-255).").arg(argument), RawSynopsis);
        bytes.push_back(*byte);
    }
    if (bytes[0] > ipmi::netfn::MaxRequestNetFn || (bytes[0] & 1) != 0)
        return CommandRegistry::usageError(
            QCoreApplication::translate("RawCommands", "Network function 0x%1 is not a request; requests use even values up to 0x3e.")
                .arg(bytes[0], 2, 16, QLatin1Char('0')),
            RawSynopsis);
    const ipmi::Request request =
        ipmi::cmd::rawRequest(bytes[0], bytes[1], ipmi::Bytes(bytes.begin() + 2, bytes.end()));
    return HostTask([request](HostSession &session, TaskDone done) {
        exchange(
            session, request,
            [request](const ipmi::Response &response) { return ipmi::cmd::parseRawResponse(request, response); },
            done, [done](ipmi::Bytes data) { done(rawOutput(data)); });
    });
}

} // namespace

std::optional<std::uint8_t> parseByteArgument(const QString &text)
{
    bool ok = false;
    const uint value = text.toUInt(&ok, 0);
    if (!ok || value > 0xff)
        return std::nullopt;
    return std::uint8_t(value);
}

CommandOutput rawOutput(const ipmi::Bytes &data)
{
    // ipmitool: " xx" per byte, a new line after every 16.
    QString text;
    QJsonArray bytes;
    for (std::size_t i = 0; i < data.size(); ++i) {
        if (i != 0 && i % 16 == 0)
            text += u'\n';
        text += QStringLiteral(" %1").arg(data[i], 2, 16, QLatin1Char('0'));
        bytes.append(data[i]);
    }
    return CommandOutput{text + u'\n', QJsonObject{{"data", bytes}}};
}

void registerRawCommands(CommandRegistry &registry)
{
    registry.add({{"raw"}, RawSynopsis, QCoreApplication::translate("RawCommands", "send any IPMI request and print the answer's data bytes"), prepareRaw});
}
