// SPDX-License-Identifier: GPL-3.0-or-later
#include "bmcendpoint.h"

#include "hostlist.h"

QString BmcEndpoint::location() const
{
    return local ? QStringLiteral("local") : HostEndpoint{host, port}.key();
}
