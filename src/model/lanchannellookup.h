// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"

#include <QUuid>

#include <cstdint>
#include <functional>

class Fleet;
class QObject;

// The number of the server's first LAN channel (the one its network settings and its
// LAN users belong to), found by walking the channels; done runs in context's thread
// unless the context is gone first.
void findLanChannel(Fleet *fleet, const QUuid &server, QObject *context,
                    std::function<void(ipmi::Result<std::uint8_t>)> done);
