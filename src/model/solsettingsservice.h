// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/sol/solconfig.h"

#include <QObject>
#include <QUuid>

#include <functional>

class Fleet;

// The Serial-over-LAN settings of a server's LAN channel: read them, and change them
// (enable SOL before a console is activated on a BMC that ships with it off). A change
// goes through set in progress, is rolled back when a part is refused, and is read
// back. Callbacks run in the context object's thread and are dropped once it is gone;
// the server's Bmc is looked up at every step, never kept.
class SolSettingsService : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(ipmi::Result<T>)>;

    struct Settings
    {
        std::uint8_t channel = 0;
        ipmi::sol::SolSettings read;
    };

    explicit SolSettingsService(Fleet *fleet, QObject *parent = nullptr);

    void read(const QUuid &server, QObject *context, Done<Settings> done);
    // done gets the sentence to show, or an Error saying why nothing changed.
    void change(const QUuid &server, const Settings &present, const ipmi::sol::SolChange &change, QObject *context,
                Done<QString> done);

private:
    Fleet *m_fleet;
};
