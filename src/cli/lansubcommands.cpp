// SPDX-License-Identifier: GPL-3.0-or-later
#include "lansubcommands.h"

#include "cli/channelsubcommands.h"
#include "cli/commandregistry.h"
#include "cli/terminaltext.h"
#include "cli/lanalert.h"
#include "cli/lanset.h"

#include "ipmi/lan/lanchange.h"

#include <QCoreApplication>

using namespace ipmi::lan;

namespace {

// The strings of every lan file share the "LanCommands" context; a holder per file
// because lupdate must see it from the file that calls LanText::tr().
struct LanText
{
    Q_DECLARE_TR_FUNCTIONS(LanCommands)
};

} // namespace

void registerLanCommands(CommandRegistry &registry)
{
    const QString printSynopsis = QStringLiteral("lan print [channel]");
    registry.add({{"lan", "print"}, printSynopsis, LanText::tr("LAN configuration of a channel (the LAN channel when omitted)"),
                  [printSynopsis](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      if (arguments.size() > 1)
                          return CommandRegistry::usageError(LanText::tr("Give at most one channel."), printSynopsis);
                      std::optional<std::uint8_t> channel;
                      if (!arguments.isEmpty()) {
                          auto parsed = parseChannelWord(arguments[0], printSynopsis);
                          if (!parsed)
                              return parsed.error();
                          channel = parsed.value();
                      }
                      return lanPrintTask(channel);
                  }});
    const QString setSynopsis = QStringLiteral(
        "lan set <channel> ipsrc <static|dhcp|bios|none> | ipaddr <x.x.x.x> | netmask <x.x.x.x> | "
        "defgw ipaddr <x.x.x.x> | defgw macaddr <xx:xx:xx:xx:xx:xx> | bakgw ipaddr <x.x.x.x> | "
        "bakgw macaddr <xx:xx:xx:xx:xx:xx> | vlan id <off|1-4094> | vlan priority <0-7> | access <on|off> | "
        "cipher_privs <XaaaXXaaaXXaaXX>  [--verify [--verify-timeout <seconds>]]");
    registry.add({{"lan", "set"}, setSynopsis, LanText::tr("change one LAN parameter, checked before it is sent"),
                  [setSynopsis](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      QStringList words = arguments;
                      auto verify = takeLanVerifyOptions(words, setSynopsis);
                      if (!verify)
                          return verify.error();
                      if (words.size() < 3)
                          return CommandRegistry::usageError(LanText::tr("Give a channel, a parameter and its value."),
                                                             setSynopsis);
                      auto channel = parseChannelWord(words[0], setSynopsis);
                      if (!channel)
                          return channel.error();
                      auto set = parseLanSet(words.mid(1), setSynopsis);
                      if (!set)
                          return set.error();
                      set->verifySeconds = verify.value();
                      if (set->verifySeconds && set->channelAccess)
                          return CommandRegistry::usageError(LanText::tr("--verify applies to LAN parameters, not access."),
                                                             setSynopsis);
                      // The checks that need no BMC run now, before any host is contacted.
                      const LanValidation syntax = validateLanChange(set->change);
                      if (!syntax.ok())
                          return ipmi::makeError(ipmi::ErrorKind::InvalidArgument, syntax.errorText());
                      return lanSetTask(channel.value(), set.value());
                  }});
    registerLanAlertCommands(registry);
}
