// SPDX-License-Identifier: GPL-3.0-or-later
// The BMC settings decoders: PEF capabilities, event filter and alert policy entries, the
// watchdog timer, LAN alert destinations. The first byte is the completion code, the
// rest the response data. Any bytes decode or fail cleanly, and what decodes prints.
#include "fuzz_check.h"
#include "ipmi/cmd/watchdog.h"
#include "ipmi/lan/alertdestination.h"
#include "ipmi/pef/pefcommands.h"
#include "ipmi/pef/peftables.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    using namespace ipmi;
    Response response;
    response.completionCode = data[0];
    response.data.assign(data + 1, data + size);
    const ByteView body(response.data);

    (void)pef::parseCapabilities(response);
    (void)pef::parseLastProcessed(response);
    if (auto filter = pef::decodeEventFilter(body)) {
        FUZZ_CHECK(!pef::filterStatusText(*filter).empty());
        (void)pef::eventTriggersText(*filter);
        (void)pef::severityText(filter->severity);
    } else {
        FUZZ_CHECK(!filter.error().message.empty());
    }
    if (auto policy = pef::decodeAlertPolicy(body))
        (void)pef::policyRuleText(policy->rule);
    if (auto timer = cmd::parseWatchdogTimer(response)) {
        (void)cmd::watchdogUseName(timer->use);
        (void)cmd::watchdogActionName(timer->action);
    }
    (void)lan::decodeAlertDestinationCount(body);
    lan::AlertDestination destination;
    if (lan::decodeAlertDestinationType(body, destination) && lan::decodeAlertDestinationAddress(body, destination))
        FUZZ_CHECK(!lan::ipv4Text(destination.ipAddress).empty());
    return 0;
}
