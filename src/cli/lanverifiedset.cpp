// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanverifiedset.h"

#include "cli/hostsessionopener.h"
#include "cli/terminaltext.h"
#include "model/safelanchangedriver.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using namespace ipmi::lan;

namespace {

// The strings of every lan file share the "LanCommands" context; a holder per file
// because lupdate must see it from the file that calls LanText::tr().
struct LanText
{
    Q_DECLARE_TR_FUNCTIONS(LanCommands)
};

void printLine(const QString &text)
{
    std::fprintf(stderr, "%s\n", terminalSafe(text, LineBreaks::Escape).toLocal8Bit().constData());
}

CommandResult verifiedOutput(const SafeLanChange &safe, const LanSetRequest &set)
{
    const QString message = QString::fromStdString(safe.message());
    if (!safe.succeeded()) {
        const auto kind = safe.outcome() == SafeLanChange::Outcome::NotWritten ? ipmi::ErrorKind::InvalidArgument
                                                                                : ipmi::ErrorKind::Timeout;
        return ipmi::makeError(kind, safe.message());
    }
    return CommandOutput{set.message + message + u'\n',
                         QJsonObject{{"channel", safe.channel()},
                                     {"verified", true},
                                     {"old_address", QString::fromStdString(safe.oldAddress())},
                                     {"new_address", QString::fromStdString(safe.newAddress())},
                                     {"message", message}}};
}

} // namespace

void runVerifiedLanSet(HostSession &session, std::uint8_t channel, const LanSetRequest &set, const LanConfig &current,
                       TaskDone done)
{
    if (!session.lanLogin()) {
        done(ipmi::makeError(ipmi::ErrorKind::Unsupported,
                             LanText::tr("--verify needs a LAN session (-H host); nothing was changed.").toStdString()));
        return;
    }
    // SafeLanChangeDriver over the command's session; the countdown, the steps and the
    // warnings go to standard error, the outcome is the command's.
    auto *driver = new SafeLanChangeDriver(std::make_shared<HostSessionOpener>(session), channel, set.change, current,
                                           std::chrono::seconds(*set.verifySeconds));
    QObject::connect(driver, &SafeLanChangeDriver::warning, driver, [](const QString &text) { printWarning(text); });
    QObject::connect(driver, &SafeLanChangeDriver::stepChanged, driver, printLine);
    QObject::connect(driver, &SafeLanChangeDriver::countdown, driver,
                     [](int, const QString &text) { printLine(text); });
    QObject::connect(driver, &SafeLanChangeDriver::finished, driver, [driver, set, done](bool, const QString &) {
        done(verifiedOutput(driver->transaction(), set));
        // Its private sessions are closed as it goes (HostSessionOpener).
        driver->deleteLater();
    });
    driver->start();
}
