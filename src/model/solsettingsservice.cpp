// SPDX-License-Identifier: GPL-3.0-or-later
#include "solsettingsservice.h"

#include "bmc.h"
#include "fleet.h"
#include "lanchannellookup.h"

#include "ipmi/op/checkedparameterwrite.h"

#include <algorithm>

using namespace ipmi::sol;

SolSettingsService::SolSettingsService(Fleet *fleet, QObject *parent) : QObject(parent), m_fleet(fleet)
{
}

void SolSettingsService::read(const QUuid &server, QObject *context, Done<Settings> done)
{
    runOnLanChannel<SolSettings>(
        m_fleet, server, context, [](std::uint8_t channel) { return std::make_shared<SolConfigReader>(channel); },
        [done](std::uint8_t channel, ipmi::Result<SolSettings> settings) {
            if (!settings)
                done(settings.error());
            else
                done(Settings{channel, std::move(settings).value()});
        });
}

void SolSettingsService::change(const QUuid &server, const Settings &present, const SolChange &change,
                                QObject *context, Done<QString> done)
{
    if (const std::string invalid = validateSolChange(change); !invalid.empty()) {
        done(ipmi::makeError(ipmi::ErrorKind::InvalidArgument, invalid));
        return;
    }
    auto writes = solChangeWrites(change, present.read.config);
    for (const auto &write : writes) {
        const auto parameter = SolParameter(write.parameter);
        const auto &unsupported = present.read.unsupported;
        if (std::find(unsupported.begin(), unsupported.end(), parameter) != unsupported.end()) {
            done(ipmi::makeError(ipmi::ErrorKind::Unsupported,
                                 tr("The BMC does not support SOL parameter \"%1\", which holds this setting. "
                                    "Nothing was changed.")
                                     .arg(QString::fromUtf8(solParameterName(parameter).data()))
                                     .toStdString()));
            return;
        }
    }
    QString error;
    Bmc *bmc = m_fleet->bmc(server, &error);
    if (!bmc) {
        done(Fleet::noBmc(error));
        return;
    }
    const std::uint8_t channel = present.channel;
    bmc->run<ipmi::op::ParameterWriteOutcome>(
        std::make_shared<ipmi::op::CheckedParameterWrite>(std::make_shared<SolParameterSpace>(channel),
                                                          std::move(writes)),
        context, [done, channel](ipmi::Result<ipmi::op::ParameterWriteOutcome> outcome) {
            if (!outcome)
                done(outcome.error());
            else
                done(tr("The Serial-over-LAN settings of channel %1 were saved.").arg(channel));
        });
}
