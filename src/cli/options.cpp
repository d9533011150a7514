// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include "ipmi/core/bytes.h"
#include "model/serverentry.h"

#include <QFile>

#include <cstdlib>
#include <cstring>

namespace {

constexpr std::size_t MaxUsernameBytes = 16;
constexpr std::size_t MaxPasswordBytes20 = 20;
constexpr std::size_t MaxPasswordBytes15 = 16;
constexpr std::size_t MaxKgBytes = 20;

// Short options that take a value; every other known short option is a flag.
constexpr char OptionsWithValue[] = "IHpUPfCLkyNRF";
constexpr char FlagOptions[] = "EKvhV";

bool takesValue(QChar c)
{
    return c.unicode() < 128 && std::strchr(OptionsWithValue, char(c.unicode())) != nullptr;
}

bool isFlag(QChar c)
{
    return c.unicode() < 128 && std::strchr(FlagOptions, char(c.unicode())) != nullptr;
}

std::optional<int> parseInt(const QString &text, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok, 10);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

ipmi::SecretBytes secretFrom(const QByteArray &bytes)
{
    return ipmi::SecretBytes(std::string_view(bytes.constData(), std::size_t(bytes.size())));
}

} // namespace

ipmi::SessionConfig CliOptions::sessionConfig(const HostEndpoint &host) const
{
    ipmi::SessionConfig config;
    config.version = version;
    config.username = username.toStdString();
    config.password = password;
    config.kg = kg;
    config.privilege = privilege;
    config.cipher.pinnedSuite = cipherSuite;
    // Asking for suite 0 by number is the explicit consent the session wants for it.
    config.cipher.allowSuiteZero = cipherSuite == std::uint8_t(0);
    config.lan15.allowPerMessageAuthOff = allowUnauthenticatedMessages;
    if (timeout) {
        config.timing.requestTimeout = *timeout;
        config.timing.handshakeTimeout = *timeout;
    }
    if (retries) { // ipmitool's -R counts for every message, the login's included
        config.timing.requestAttempts = 1 + *retries;
        config.timing.handshakeMessageAttempts = 1 + *retries;
    }
    config.peerName = host.key().toStdString();
    return config;
}

OptionParser::OptionParser()
    : OptionParser(
          [](const char *name) -> std::optional<QByteArray> {
              if (!qEnvironmentVariableIsSet(name))
                  return std::nullopt;
              return qgetenv(name);
          },
          [](const QString &path, QString *error) -> std::optional<QByteArray> {
              QFile file(path);
              if (!file.open(QIODevice::ReadOnly)) {
                  *error = file.errorString();
                  return std::nullopt;
              }
              return file.readAll();
          })
{
}

OptionParser::OptionParser(EnvironmentLookup environment, FileReader readFile)
    : m_environment(std::move(environment))
    , m_readFile(std::move(readFile))
{
}

bool OptionParser::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool OptionParser::parse(const QStringList &args)
{
    qsizetype i = 0;
    for (; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--")) {
            ++i;
            break;
        }
        if (arg.startsWith(QLatin1String("--"))) {
            if (!applyLongOption(arg.mid(2)))
                return false;
            continue;
        }
        if (!arg.startsWith(u'-') || arg.size() == 1)
            break; // the command starts here
        for (qsizetype c = 1; c < arg.size(); ++c) {
            const QChar option = arg[c];
            if (takesValue(option)) {
                QString value = arg.mid(c + 1);
                if (value.isEmpty()) {
                    if (i + 1 >= args.size())
                        return fail(tr("Option -%1 needs a value.").arg(option));
                    value = args[++i];
                }
                if (!applyOption(option, value))
                    return false;
                break;
            }
            if (!isFlag(option))
                return fail(tr("Unknown option -%1. Try --help.").arg(option));
            if (!applyOption(option, QString()))
                return false;
        }
    }
    m_options.command = args.mid(i);
    return finish();
}

bool OptionParser::setPasswordSource(const QString &source)
{
    if (!m_passwordSource.isEmpty() && m_passwordSource != source)
        return fail(tr("Give the password one way only (%1 and %2 were both used).").arg(m_passwordSource, source));
    m_passwordSource = source;
    return true;
}

bool OptionParser::applyOption(QChar option, const QString &value)
{
    switch (option.unicode()) {
    case 'I': {
        const auto interface = ServerEntry::interfaceFromName(value);
        if (!interface)
            return fail(tr("Interface \"%1\" is not supported; use lan, lanplus or open.").arg(value));
        m_options.localInterface = *interface == ServerEntry::Interface::Open;
        m_options.version = *interface == ServerEntry::Interface::Lan ? ipmi::LanVersion::Lan15 : ipmi::LanVersion::Lan20;
        return true;
    }
    case 'H':
        m_options.hostExpressions << value;
        return true;
    case 'p': {
        const auto port = parseInt(value, 1, 65535);
        if (!port)
            return fail(tr("Invalid port \"%1\"; a port is a number from 1 to 65535.").arg(value));
        m_explicitPort = quint16(*port);
        return true;
    }
    case 'U':
        if (std::size_t(value.toUtf8().size()) > MaxUsernameBytes)
            return fail(tr("The user name is longer than %1 bytes, the IPMI limit.").arg(MaxUsernameBytes));
        m_options.username = value;
        return true;
    case 'P':
        if (!setPasswordSource(QStringLiteral("-P")))
            return false;
        m_options.password = secretFrom(value.toUtf8());
        return true;
    case 'E': {
        if (!setPasswordSource(QStringLiteral("-E")))
            return false;
        // ipmitool reads IPMITOOL_PASSWORD first, then IPMI_PASSWORD.
        auto password = m_environment("IPMITOOL_PASSWORD");
        if (!password)
            password = m_environment("IPMI_PASSWORD");
        if (!password)
            return fail(tr("-E was given but neither IPMI_PASSWORD nor IPMITOOL_PASSWORD is set."));
        m_options.password = secretFrom(*password);
        return true;
    }
    case 'f': {
        if (!setPasswordSource(QStringLiteral("-f")))
            return false;
        QString error;
        const auto content = m_readFile(value, &error);
        if (!content)
            return fail(tr("Cannot read the password file %1: %2").arg(value, error));
        // The first line is the password; an empty file means no password, as in ipmitool.
        QByteArray line = content->left(content->indexOf('\n'));
        if (line.endsWith('\r'))
            line.chop(1);
        m_options.password = secretFrom(line);
        return true;
    }
    case 'C': {
        const auto suite = parseInt(value, 0, 255);
        if (!suite)
            return fail(tr("Invalid cipher suite \"%1\"; give its number, such as 3 or 17.").arg(value));
        m_options.cipherSuite = std::uint8_t(*suite);
        return true;
    }
    case 'L': {
        const auto privilege = ipmi::privilegeFromName(value.toStdString());
        if (!privilege)
            return fail(tr("Invalid privilege level \"%1\"; use USER, OPERATOR or ADMINISTRATOR.").arg(value));
        m_options.privilege = *privilege;
        return true;
    }
    case 'k':
        if (std::size_t(value.toUtf8().size()) > MaxKgBytes)
            return fail(tr("The K_g key is longer than %1 bytes.").arg(MaxKgBytes));
        m_options.kg = secretFrom(value.toUtf8());
        return true;
    case 'K': {
        const auto key = m_environment("IPMI_KGKEY");
        if (!key)
            return fail(tr("-K was given but IPMI_KGKEY is not set."));
        if (std::size_t(key->size()) > MaxKgBytes)
            return fail(tr("The K_g key is longer than %1 bytes.").arg(MaxKgBytes));
        m_options.kg = secretFrom(*key);
        return true;
    }
    case 'y': {
        QString hex = value;
        if (hex.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
            hex = hex.mid(2);
        auto bytes = ipmi::fromHex(hex.toStdString());
        if (!bytes || bytes->size() > MaxKgBytes) {
            if (bytes)
                ipmi::secureWipe(*bytes);
            return fail(tr("-y expects the K_g key as up to 40 hexadecimal digits."));
        }
        m_options.kg = ipmi::SecretBytes(*bytes);
        ipmi::secureWipe(*bytes);
        return true;
    }
    case 'N': {
        // ipmitool takes whole seconds; fractions are accepted too, for fast links.
        bool ok = false;
        const double seconds = value.toDouble(&ok);
        if (!ok || !(seconds >= 0.05 && seconds <= 3600))
            return fail(tr("Invalid timeout \"%1\"; give seconds from 0.05 to 3600.").arg(value));
        m_options.timeout = std::chrono::milliseconds(qRound64(seconds * 1000));
        return true;
    }
    case 'R': {
        const auto retries = parseInt(value, 0, 100);
        if (!retries)
            return fail(tr("Invalid retry count \"%1\"; give a number from 0 to 100.").arg(value));
        m_options.retries = *retries;
        return true;
    }
    case 'F': {
        const auto fanout = parseInt(value, 1, CliOptions::MaxFanout);
        if (!fanout)
            return fail(tr("Invalid fanout \"%1\"; give a number from 1 to %2.").arg(value).arg(CliOptions::MaxFanout));
        m_options.fanout = *fanout;
        return true;
    }
    case 'v':
        ++m_options.verbosity;
        return true;
    case 'h':
        m_options.showHelp = true;
        return true;
    case 'V':
        m_options.showVersion = true;
        return true;
    default:
        break;
    }
    return fail(tr("Unknown option -%1. Try --help.").arg(option));
}

bool OptionParser::applyLongOption(const QString &name)
{
    if (name == QLatin1String("json"))
        m_options.json = true;
    else if (name == QLatin1String("forget-suite"))
        m_options.forgetSuite = true;
    else if (name == QLatin1String("allow-unauthenticated-messages"))
        m_options.allowUnauthenticatedMessages = true;
    else if (name == QLatin1String("demo"))
        m_options.demo = true;
    else if (name == QLatin1String("help"))
        m_options.showHelp = true;
    else if (name == QLatin1String("version"))
        m_options.showVersion = true;
    else
        return fail(tr("Unknown option --%1. Try --help.").arg(name));
    return true;
}

bool OptionParser::finish()
{
    const std::size_t maxPassword =
        m_options.version == ipmi::LanVersion::Lan15 ? MaxPasswordBytes15 : MaxPasswordBytes20;
    if (m_options.password.size() > maxPassword)
        return fail(tr("The password is longer than %1 bytes, the limit for %2.")
                        .arg(maxPassword)
                        .arg(m_options.version == ipmi::LanVersion::Lan15 ? QStringLiteral("-I lan")
                                                                          : QStringLiteral("-I lanplus")));
    if (m_explicitPort)
        m_options.port = *m_explicitPort;
    HostList hosts(m_options.port);
    for (const QString &expression : std::as_const(m_options.hostExpressions)) {
        if (!hosts.add(expression))
            return fail(hosts.errorString());
    }
    m_options.hosts = hosts.hosts();
    if (m_options.localInterface) {
        if (!m_options.hosts.isEmpty())
            return fail(tr("-I open talks to the BMC of this machine; leave out -H."));
        m_options.hosts = {HostEndpoint{QStringLiteral("local"), 0}};
    }
    if (m_options.showHelp || m_options.showVersion || m_options.demo)
        return true;
    if (m_options.hosts.isEmpty())
        return fail(tr("No BMC given: use -H host (or --demo to try the simulated lab)."));
    if (m_options.command.isEmpty() && !m_options.forgetSuite)
        return fail(tr("No command given. Try --help."));
    return true;
}

QString OptionParser::usage()
{
    return tr("Usage: bmcpilot-cli [options] <command> [arguments]\n"
              "\n"
              "Options (as in ipmitool):\n"
              "  -I lan|lanplus   IPMI 1.5 or 2.0 (RMCP+) session; default lanplus\n"
              "  -I open          the local BMC through the OpenIPMI kernel driver\n"
              "  -H <hosts>       BMC address: host, host:port, [v6addr]:port, a comma\n"
              "                   list, ranges such as 10.0.0.[1-20] or node[01-10].lab\n"
              "  -p <port>        UDP port for hosts given without one; default 623\n"
              "  -U <user>        user name\n"
              "  -P <password>    password (visible to other users; prefer -E or -f)\n"
              "  -E               password from IPMITOOL_PASSWORD or IPMI_PASSWORD\n"
              "  -f <file>        password from the first line of a file\n"
              "  -C <suite>       RMCP+ cipher suite; default: 17, then 3 (never one without encryption)\n"
              "  -L <level>       USER, OPERATOR or ADMINISTRATOR; default ADMINISTRATOR\n"
              "  -k <key>         K_g key;  -y <hex> the same in hexadecimal;\n"
              "  -K               K_g key from IPMI_KGKEY\n"
              "  -N <seconds>     time to wait for an answer before retrying\n"
              "  -R <count>       retries per request\n"
              "  -v               tell more (repeat for more)\n"
              "  -F <count>       BMCs handled at once; default 64\n"
              "  --json           print one JSON document\n"
              "  --forget-suite   forget the cipher suite learned for the hosts, negotiate again\n"
              "  --allow-unauthenticated-messages\n"
              "                   -I lan: believe a BMC that turns per-message authentication\n"
              "                   off (anyone on the path can then forge its answers)\n"
              "  --demo           start a simulated lab of BMCs to try commands on\n"
              "  -h, --help       this help;  -V, --version  the version\n");
}

namespace {

// The password words of `user set password <id> <password> [16|20]` and
// `user test <id> <16|20> <password>`, the command starting at argv[first].
void scrubPositionalPassword(int first, int argc, char **argv)
{
    const auto is = [&](int word, const char *text) {
        return first + word < argc && std::strcmp(argv[first + word], text) == 0;
    };
    const bool setPassword = is(0, "user") && is(1, "set") && is(2, "password");
    const bool test = is(0, "user") && is(1, "test");
    const int password = first + (setPassword || test ? 4 : argc);
    if (password < argc)
        std::memset(argv[password], 'x', std::strlen(argv[password]));
}

} // namespace

void scrubSecretArguments(int argc, char **argv)
{
    // Mirrors the option syntax of OptionParser::parse for -P, -k and -y only.
    for (int i = 1; i < argc; ++i) {
        char *arg = argv[i];
        if (std::strcmp(arg, "--") == 0) {
            scrubPositionalPassword(i + 1, argc, argv);
            return;
        }
        if (arg[0] != '-' || arg[1] == '\0') {
            scrubPositionalPassword(i, argc, argv);
            return;
        }
        if (arg[1] == '-')
            continue;
        for (char *c = arg + 1; *c != '\0'; ++c) {
            if (!std::strchr(OptionsWithValue, *c))
                continue;
            const bool secret = *c == 'P' || *c == 'k' || *c == 'y';
            char *value = c[1] != '\0' ? c + 1 : (i + 1 < argc ? argv[++i] : nullptr);
            if (secret && value)
                std::memset(value, 'x', std::strlen(value));
            break;
        }
    }
}
