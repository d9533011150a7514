// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs a bmcpilot-cli command line in this process against a fake kernel IPMI device
// (tests/support/fakeipmidevice.h): the runner's session factory is replaced, as
// CliApplication's picks ClientHostSession with the real device for -I open.
#include "fakeipmidevice.h"
#include "cli/commandregistry.h"
#include "cli/clienthostsession.h"
#include "cli/options.h"
#include "cli/runner.h"

#include <QSignalSpy>
#include <QTextStream>

namespace clilocal {

struct Output
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Output runLocal(const QStringList &args, std::shared_ptr<fakelocal::BmcState> state)
{
    OptionParser parser;
    Output output;
    if (!parser.parse(args)) {
        output.err = parser.errorString();
        return output;
    }
    const CliOptions &options = parser.options();
    const CommandRegistry registry = defaultCommandRegistry();
    const auto match = registry.find(options.command);
    if (!match.entry)
        return output;
    auto task = match.entry->prepare(match.arguments);
    if (!task)
        return output;
    QTextStream out(&output.out);
    QTextStream err(&output.err);
    Runner::Settings settings;
    settings.json = options.json;
    Runner runner(
        options.hosts, std::move(task).value(),
        [state](const HostEndpoint &) -> std::unique_ptr<HostSession> {
            return ClientHostSession::local(std::make_unique<fakelocal::FakeIpmiDevice>(state));
        },
        settings, out, err);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    if (!finished.wait(10000))
        return output;
    output.exitCode = finished.first().first().toInt();
    out.flush();
    err.flush();
    return output;
}

} // namespace clilocal
