// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QSettings>

#include <algorithm>

namespace {

const QString PollSeconds = QStringLiteral("poll/intervalSeconds");
const QString RawDays = QStringLiteral("history/rawDays");
const QString RollupDays = QStringLiteral("history/rollupDays");
const QString Language = QStringLiteral("ui/language");
const QString DefaultUser = QStringLiteral("defaults/user");
const QString DefaultInterface = QStringLiteral("defaults/interface");
const QString DefaultPrivilege = QStringLiteral("defaults/privilege");
const QString DefaultCipherSuite = QStringLiteral("defaults/cipherSuite");

int clampedInt(const QSettings &settings, const QString &key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok ? std::clamp(value, low, high) : fallback;
}

} // namespace

AppSettings AppSettings::load()
{
    const QSettings settings;
    AppSettings result;
    result.pollSeconds = clampedInt(settings, PollSeconds, result.pollSeconds, MinPollSeconds, MaxPollSeconds);
    result.rawHistoryDays = clampedInt(settings, RawDays, result.rawHistoryDays, MinRawDays, MaxRawDays);
    result.rollupHistoryDays =
        clampedInt(settings, RollupDays, result.rollupHistoryDays, MinRollupDays, MaxRollupDays);
    const QString language = settings.value(Language).toString();
    if (language == QLatin1String("en") || language == QLatin1String("zh_CN"))
        result.language = language;
    result.defaultUser = settings.value(DefaultUser, result.defaultUser).toString().left(16);
    result.defaultInterface = ServerEntry::interfaceFromName(settings.value(DefaultInterface).toString())
                                  .value_or(result.defaultInterface);
    result.defaultPrivilege = ServerEntry::privilegeFromName(settings.value(DefaultPrivilege).toString())
                                  .value_or(result.defaultPrivilege);
    bool ok = false;
    const int suite = settings.value(DefaultCipherSuite, -1).toInt(&ok);
    if (ok && suite >= 0 && suite <= ServerEntry::MaxCipherSuite)
        result.defaultCipherSuite = suite;
    return result;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(PollSeconds, pollSeconds);
    settings.setValue(RawDays, rawHistoryDays);
    settings.setValue(RollupDays, rollupHistoryDays);
    settings.setValue(Language, language);
    settings.setValue(DefaultUser, defaultUser);
    settings.setValue(DefaultInterface, ServerEntry::interfaceName(defaultInterface));
    settings.setValue(DefaultPrivilege, ServerEntry::privilegeName(defaultPrivilege));
    settings.setValue(DefaultCipherSuite, defaultCipherSuite.value_or(-1));
}

RetentionPolicy AppSettings::retentionPolicy() const
{
    RetentionPolicy policy;
    constexpr qint64 DayMs = 24LL * 3600 * 1000;
    policy.rawKeepMs = rawHistoryDays * DayMs;
    policy.rollupKeepMs = std::max(rollupHistoryDays, rawHistoryDays) * DayMs;
    return policy;
}
