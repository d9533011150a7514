// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace sim::AuthCapProbe {

// The readiness probe: Get Channel Authentication Capabilities (App 38h) for channel
// 0Eh at ADMINISTRATOR with the "IPMI v2.0 data" bit, session-less in IPMI 1.5
// framing. ipmi_sim answers it only from its main loop, i.e. after its emulator
// commands have run; pyghmi answers it once it listens (and only with the v2.0 bit).
QByteArray request(quint8 sequence);

// True for a successful Get Channel Authentication Capabilities response.
bool isReply(const QByteArray &datagram);

} // namespace sim::AuthCapProbe
