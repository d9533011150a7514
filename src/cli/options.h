// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/session/sessionconfig.h"
#include "model/hostlist.h"

#include <QCoreApplication>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

// Everything bmcpilot-cli was told on its command line, checked and ready to use.
struct CliOptions
{
    static constexpr int DefaultFanout = 64;
    static constexpr int MaxFanout = 1024; // one UDP socket per host in flight

    ipmi::LanVersion version = ipmi::LanVersion::Lan20;
    bool localInterface = false; // -I open: the local BMC through the kernel driver, no -H
    QStringList hostExpressions; // -H, as given (several -H add up)
    QList<HostEndpoint> hosts;   // expanded, with -p applied
    quint16 port = 623;
    QString username;
    ipmi::SecretBytes password;
    ipmi::SecretBytes kg;
    std::optional<std::uint8_t> cipherSuite;
    ipmi::Privilege privilege = ipmi::Privilege::Administrator;
    std::optional<std::chrono::milliseconds> timeout; // -N: seconds, fractions allowed
    std::optional<int> retries;
    int verbosity = 0;
    int fanout = DefaultFanout;
    bool json = false;
    bool demo = false;
    bool forgetSuite = false; // --forget-suite: negotiate the cipher suite afresh
    bool allowUnauthenticatedMessages = false; // IPMI 1.5: believe "per-message auth off"
    bool showHelp = false;
    bool showVersion = false;
    QStringList command; // the subcommand and its arguments

    // The session settings for one host.
    ipmi::SessionConfig sessionConfig(const HostEndpoint &host) const;
};

// Parses ipmitool-style options: "-H host", "-Hhost", bundled flags ("-vv"), long
// options, "--" to end them; the first word that is not an option starts the command.
// Secrets never appear in an error message.
class OptionParser
{
    Q_DECLARE_TR_FUNCTIONS(OptionParser)

public:
    using EnvironmentLookup = std::function<std::optional<QByteArray>(const char *name)>;
    using FileReader = std::function<std::optional<QByteArray>(const QString &path, QString *error)>;

    OptionParser(); // the real environment and file system
    OptionParser(EnvironmentLookup environment, FileReader readFile);

    // args excludes the program name.
    bool parse(const QStringList &args);
    const CliOptions &options() const { return m_options; }
    QString errorString() const { return m_error; }

    static QString usage(); // the option summary for --help

private:
    bool applyOption(QChar option, const QString &value);
    bool applyLongOption(const QString &name);
    bool finish();
    bool fail(const QString &message);
    bool setPasswordSource(const QString &source);

    EnvironmentLookup m_environment;
    FileReader m_readFile;
    CliOptions m_options;
    QString m_passwordSource; // which of -P, -E, -f gave it, to refuse two
    std::optional<quint16> m_explicitPort;
    QString m_error;
};

// Overwrites the values of -P, -k and -y, and the password word of `user set password`
// and `user test`, in the process's own argv so that `ps` and /proc/<pid>/cmdline stop
// showing them once parsing is done. (Both commands also ask for the password, without
// echo, or read it from standard input, when it is left out.)
void scrubSecretArguments(int argc, char **argv);
