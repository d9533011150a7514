// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanchannellookup.h"

#include "bmc.h"
#include "fleet.h"

#include "ipmi/channel/lanchannelfinder.h"

void findLanChannel(Fleet *fleet, const QUuid &server, QObject *context,
                    std::function<void(ipmi::Result<std::uint8_t>)> done)
{
    QString error;
    Bmc *bmc = fleet->bmc(server, &error);
    if (!bmc) {
        done(Fleet::noBmc(error));
        return;
    }
    using Channels = std::vector<ipmi::channel::ChannelInfo>;
    bmc->run<Channels>(std::make_shared<ipmi::channel::LanChannelFinder>(true), context,
                       [done = std::move(done)](ipmi::Result<Channels> found) {
                           if (!found)
                               done(found.error());
                           else
                               done(found->front().channel);
                       });
}
