// SPDX-License-Identifier: GPL-3.0-or-later
#include "appservices.h"

#include "model/credentialstore.h"

void storeCredentials(const AppServices &services, const QUuid &server, const Fleet::Credentials &credentials)
{
    if (services.credentials)
        services.credentials->save(server, credentials);
    else
        services.fleet->setCredentials(server, credentials);
}
