// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The profile data and scripts are compiled into the library as Qt resources, so the
// simulators work from an installed binary; fixtures copy them into their temporary
// folder before starting a simulator.
namespace sim::SimResources {

// Contents of ":/bmcpilot/sim/<name>", e.g. "profiles/r2u.emu"; empty if absent.
QByteArray read(const QString &name);

// Writes the resource to path (executable for scripts); false with *error on failure.
bool install(const QString &name, const QString &path, bool executable, QString *error);

// profiles.json written by the profile generator: per profile its description,
// product name and how many sensors, SDRs and SEL entries it has.
QJsonObject profileSummary();

// The program to run: $<environmentOverride> if set, else the first of candidates
// that exists and is executable, else <name> found on PATH (and in /usr/sbin, where
// Debian puts FreeIPMI). Empty, with *error saying what to install, if none is.
QString findProgram(const QString &name, const char *environmentOverride,
                    const QStringList &candidates, const QString &package, QString *error);

} // namespace sim::SimResources
