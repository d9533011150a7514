// SPDX-License-Identifier: GPL-3.0-or-later
#include "bootdevtask.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace ipmi::cmd;

namespace {

// Tracks one run of the sequence; shared by the callbacks of its steps.
struct BootDeviceRun
{
    HostSession &session;
    BootFlags flags;
    QString deviceName;
    TaskDone done;
    bool useSetInProgress = true;
    std::optional<ipmi::Error> flagsError;

    // A completion code is the BMC's answer; anything else means it is out of reach.
    static bool unreachable(const ipmi::Result<void> &result)
    {
        return !result && result.error().kind != ipmi::ErrorKind::CompletionCode;
    }

    static ipmi::Result<void> outcome(const ipmi::Result<ipmi::Response> &response)
    {
        if (!response)
            return response.error();
        return parseSetBootOption(response.value());
    }

    static void step(const std::shared_ptr<BootDeviceRun> &run, ipmi::Request request,
                     std::function<void(const std::shared_ptr<BootDeviceRun> &, ipmi::Result<void>)> next)
    {
        run->session.execute(std::move(request), [run, next](ipmi::Result<ipmi::Response> response) {
            const ipmi::Result<void> result = outcome(response);
            if (unreachable(result)) {
                run->done(result.error());
                return;
            }
            next(run, result);
        });
    }

    static void start(const std::shared_ptr<BootDeviceRun> &run)
    {
        step(run, setBootInProgressRequest(SetInProgress::SetInProgress), [](const auto &self, ipmi::Result<void> r) {
            self->useSetInProgress = r.ok();
            step(self, clearBootInfoAcknowledgeRequest(0x01), [](const auto &again, ipmi::Result<void>) {
                writeFlags(again);
            });
        });
    }

    static void writeFlags(const std::shared_ptr<BootDeviceRun> &run)
    {
        step(run, setBootFlagsRequest(run->flags), [](const auto &self, ipmi::Result<void> r) {
            if (!r)
                self->flagsError = r.error();
            if (r && self->useSetInProgress)
                step(self, setBootInProgressRequest(SetInProgress::CommitWrite),
                     [](const auto &again, ipmi::Result<void>) { complete(again); });
            else
                complete(self);
        });
    }

    static void complete(const std::shared_ptr<BootDeviceRun> &run)
    {
        if (!run->useSetInProgress) {
            finish(run);
            return;
        }
        step(run, setBootInProgressRequest(SetInProgress::SetComplete),
             [](const auto &self, ipmi::Result<void>) { finish(self); });
    }

    static void finish(const std::shared_ptr<BootDeviceRun> &run)
    {
        if (run->flagsError) {
            run->done(*run->flagsError);
            return;
        }
        CommandOutput output;
        output.text = QCoreApplication::translate("ChassisCommands", "Set Boot Device to %1\n").arg(run->deviceName);
        output.json = QJsonObject{{"boot_device", run->deviceName},
                                  {"persistent", run->flags.persistent},
                                  {"efiboot", run->flags.efi}};
        run->done(output);
    }
};

} // namespace

HostTask bootDeviceTask(BootFlags flags, QString deviceName)
{
    return [flags, deviceName](HostSession &session, TaskDone done) {
        BootDeviceRun::start(std::make_shared<BootDeviceRun>(BootDeviceRun{session, flags, deviceName, std::move(done), true, std::nullopt}));
    };
}
