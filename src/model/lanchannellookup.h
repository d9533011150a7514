// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bmc.h"
#include "fleet.h"

#include "ipmi/core/error.h"
#include "ipmi/op/operation.h"

#include <QUuid>

#include <cstdint>
#include <functional>


// The number of the server's first LAN channel (the one its network settings and its
// LAN users belong to), found by walking the channels; done runs in context's thread
// unless the context is gone first.
void findLanChannel(Fleet *fleet, const QUuid &server, QObject *context,
                    std::function<void(ipmi::Result<std::uint8_t>)> done);

// Finds the server's LAN channel, then runs the operation made for that channel over
// the server's session; done gets the channel number with the operation's result.
template<typename T>
void runOnLanChannel(Fleet *fleet, const QUuid &server, QObject *context,
                     std::function<std::shared_ptr<ipmi::op::Operation<T>>(std::uint8_t channel)> make,
                     std::function<void(std::uint8_t channel, ipmi::Result<T> result)> done)
{
    findLanChannel(fleet, server, context, [=](ipmi::Result<std::uint8_t> channel) {
        if (!channel) {
            done(0, channel.error());
            return;
        }
        QString error;
        Bmc *bmc = fleet->bmc(server, &error);
        if (!bmc) {
            done(*channel, Fleet::noBmc(error));
            return;
        }
        bmc->run<T>(make(*channel), context,
                    [done, number = *channel](ipmi::Result<T> result) { done(number, std::move(result)); });
    });
}
