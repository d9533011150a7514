// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/session/sessionconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>

// The cipher suite each BMC accepted in an automatic IPMI 2.0 login, by where it is
// reached ("10.0.0.5:623"), in one JSON file private to the user. Later automatic logins
// start with that suite and try nothing else: a warm login costs one Open Session, and
// an on-path attacker who forges refusals gets a clear error instead of a weaker suite.
// Logins with a pinned suite neither use nor change it.
//
// At loopback locations (127.0.0.0/8, ::1, localhost) a port is a simulator or a tunnel
// that may lead to another BMC next time (the demo lab picks free ports), and no attacker
// sits on the path: there a refused learned suite negotiates afresh instead of failing.
// BMCPILOT_HOLD_LOOPBACK_SUITES=1 holds them like any other address, for tests.
class LearnedSuites
{
    Q_DECLARE_TR_FUNCTIONS(LearnedSuites)

public:
    // $XDG_DATA_HOME/bmcpilot/learned-suites.json
    static QString defaultPath();
    explicit LearnedSuites(QString path = defaultPath());

    std::optional<std::uint8_t> suite(const QString &location) const;
    // Sets config.cipher.learnedSuite for an automatic IPMI 2.0 login to location.
    void apply(ipmi::SessionConfig &config, const QString &location) const;
    // After a login with config: remembers the suite an automatic IPMI 2.0 login used.
    // suite() knows it at once, in the whole process; it is written to the file with the
    // others learnt meanwhile half a second later (in the calling thread's event loop), by
    // writePending(), or when the application ends.
    void learn(const ipmi::SessionConfig &config, const QString &location, const ipmi::SessionInfo &info) const;
    // The next automatic login to location negotiates again. Written at once.
    bool forget(const QString &location, QString *error = nullptr) const;
    // Writes what was learnt and not written yet, in every file; false with why when a
    // write failed, this one or an earlier one made from the event loop.
    static bool writePending(QString *error = nullptr);

private:
    // Reads the file, sets the learnt suites, removes forgotten (if not empty), writes it.
    bool write(const QHash<QString, int> &learnt, const QString &forgotten, QString *error) const;

    QString m_path;
};
