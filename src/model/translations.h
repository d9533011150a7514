// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

// Installs BMC Pilot's and Qt's own translations for a language ("zh_CN"); an empty
// language follows the system locale. English needs no translation. Returns the language
// actually installed, or an empty string when none applies.
QString installTranslations(QCoreApplication &app, const QString &language = {});
