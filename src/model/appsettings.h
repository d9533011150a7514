// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historytypes.h"
#include "model/serverentry.h"

#include <QString>

#include <chrono>
#include <optional>

// The user's preferences, one typed accessor per setting over QSettings, so each key and
// default is written once. Values read back are clamped to what the application accepts,
// so a hand-edited settings file cannot set a zero poll interval.
//
// Threading contract: a plain value; load() and save() use QSettings of the calling thread.
struct AppSettings
{
    static constexpr int MinPollSeconds = 1;
    static constexpr int MaxPollSeconds = 3600;
    static constexpr int MinRawDays = 1;
    static constexpr int MaxRawDays = 90;
    static constexpr int MinRollupDays = 7;
    static constexpr int MaxRollupDays = 3650;

    int pollSeconds = 10;
    int rawHistoryDays = 7;     // full resolution
    int rollupHistoryDays = 365; // 5-minute min/avg/max
    QString language;           // "", "en" or "zh_CN"; empty follows the system

    // Prefilled in the add-server dialog.
    QString defaultUser = QStringLiteral("admin");
    ServerEntry::Interface defaultInterface = ServerEntry::Interface::LanPlus;
    ipmi::Privilege defaultPrivilege = ipmi::Privilege::Administrator;
    std::optional<int> defaultCipherSuite; // nothing: automatic

    static AppSettings load();
    void save() const;

    std::chrono::seconds pollInterval() const { return std::chrono::seconds(pollSeconds); }
    RetentionPolicy retentionPolicy() const;
};
