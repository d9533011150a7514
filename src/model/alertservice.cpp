// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertservice.h"
#include "coretext.h"

#include "bmc.h"
#include "fleet.h"
#include "lanchannellookup.h"

#include "ipmi/lan/alertdestinationreader.h"
#include "ipmi/lan/lanconfigwriter.h"
#include "ipmi/lan/lanparameters.h"
#include "ipmi/op/checkedparameterwrite.h"
#include "ipmi/op/parametersetreader.h"
#include "ipmi/sel/selcommands.h"

using namespace ipmi::pef;
using ipmi::lan::AlertDestination;
using ipmi::lan::AlertDestinationChange;

namespace {

std::shared_ptr<const PefParameterSpace> pefSpace()
{
    static const auto space = std::make_shared<const PefParameterSpace>();
    return space;
}

} // namespace

AlertService::AlertService(Fleet *fleet, QObject *parent) : QObject(parent), m_fleet(fleet)
{
}

QString AlertService::presetName(FilterPreset preset)
{
    switch (preset) {
    case FilterPreset::AlertOnCritical: return tr("Alert on any critical threshold");
    case FilterPreset::AlertOnTemperature: return tr("Alert on critical temperature");
    case FilterPreset::AlertOnPowerSupplyFailure: return tr("Alert on power supply failure");
    case FilterPreset::PowerOffOnTemperature: return tr("Power off on non-recoverable temperature");
    }
    return {};
}

void AlertService::readPefParameter(const QUuid &server, std::uint8_t parameter, QObject *context,
                                    Done<std::uint8_t> done)
{
    QString error;
    Bmc *bmc = m_fleet->bmc(server, &error);
    if (!bmc) {
        done(Fleet::noBmc(error));
        return;
    }
    bmc->call<std::uint8_t>(getParameterRequest(parameter),
                            [parameter](const ipmi::Response &response) -> ipmi::Result<std::uint8_t> {
                                auto data = parseGetParameter(parameter, response);
                                if (!data)
                                    return data.error();
                                return data->empty() ? std::uint8_t(0) : (*data)[0];
                            },
                            context, std::move(done));
}

void AlertService::readPef(const QUuid &server, QObject *context, Done<PefSettings> done)
{
    QString error;
    Bmc *bmc = m_fleet->bmc(server, &error);
    if (!bmc) {
        done(Fleet::noBmc(error));
        return;
    }
    bmc->call<Capabilities>(getCapabilitiesRequest(), parseCapabilities, context, [=, this](ipmi::Result<Capabilities> caps) {
        if (!caps) {
            done(caps.error());
            return;
        }
        readPefParameter(server, param::Control, context, [=, this](ipmi::Result<std::uint8_t> control) {
            if (!control) {
                done(control.error());
                return;
            }
            readPefParameter(server, param::ActionGlobalControl, context, [=, this](ipmi::Result<std::uint8_t> actions) {
                if (!actions) {
                    done(actions.error());
                    return;
                }
                QString missing;
                Bmc *now = m_fleet->bmc(server, &missing);
                if (!now) {
                    done(Fleet::noBmc(missing));
                    return;
                }
                PefSettings settings{*caps, decodeControl(*control), std::uint8_t(*actions & 0x3f), {}, {}};
                using Entries = std::vector<ipmi::Result<ipmi::Bytes>>;
                now->run<Entries>(std::make_shared<ipmi::op::ParameterSetReader>(pefSpace(), param::EventFilterTable,
                                                                                 caps->filterCount),
                                  context, [done, settings](ipmi::Result<Entries> entries) mutable {
                                      if (!entries) {
                                          done(entries.error());
                                          return;
                                      }
                                      for (std::size_t i = 0; i < entries->size(); ++i) {
                                          auto filter = (*entries)[i] ? decodeEventFilter((*entries)[i].value())
                                                                      : ipmi::Result<EventFilter>((*entries)[i].error());
                                          if (filter)
                                              settings.filters.push_back(filter.value());
                                          else
                                              settings.refused << tr("Event filter %1: %2")
                                                                      .arg(i + 1)
                                                                      .arg(CoreText::error(filter.error()));
                                      }
                                      done(std::move(settings));
                                  });
            });
        });
    });
}

void AlertService::write(const QUuid &server, std::shared_ptr<const ipmi::op::ParameterSpace> space,
                         std::vector<ipmi::op::ParameterWrite> writes, const QString &success, QObject *context,
                         Done<QString> done)
{
    QString error;
    Bmc *bmc = m_fleet->bmc(server, &error);
    if (!bmc) {
        done(Fleet::noBmc(error));
        return;
    }
    if (writes.empty()) {
        done(tr("Nothing to change."));
        return;
    }
    bmc->run<ipmi::op::ParameterWriteOutcome>(
        std::make_shared<ipmi::op::CheckedParameterWrite>(std::move(space), std::move(writes)), context,
        [success, done](ipmi::Result<ipmi::op::ParameterWriteOutcome> outcome) {
            if (!outcome) {
                done(outcome.error());
                return;
            }
            QString text = success;
            for (const std::string &warning : outcome->warnings)
                text += u' ' + QString::fromStdString(warning);
            done(text);
        });
}

void AlertService::setPefEnabled(const QUuid &server, bool enabled, QObject *context, Done<QString> done)
{
    // The other control bits (event messages, startup delays) keep their present values.
    readPefParameter(server, param::Control, context, [=, this](ipmi::Result<std::uint8_t> present) {
        if (!present) {
            done(present.error());
            return;
        }
        Control control = decodeControl(*present);
        control.pefEnabled = enabled;
        write(server, pefSpace(), {{param::Control, {encodeControl(control)}, 0}},
              enabled ? tr("Platform event filtering is on.") : tr("Platform event filtering is off."), context,
              done);
    });
}

void AlertService::setPefActions(const QUuid &server, std::uint8_t actions, QObject *context, Done<QString> done)
{
    write(server, pefSpace(), {{param::ActionGlobalControl, {std::uint8_t(actions & 0x3f)}, 0}},
          tr("The PEF actions were saved."), context, std::move(done));
}

void AlertService::setFilterEnabled(const QUuid &server, const EventFilter &filter, bool enabled, QObject *context,
                                    Done<QString> done)
{
    EventFilter changed = filter;
    changed.enabled = enabled;
    write(server, pefSpace(), {{param::EventFilterTable, encodeEventFilter(changed), filter.number}},
          enabled ? tr("Event filter %1 is enabled.").arg(filter.number)
                  : tr("Event filter %1 is disabled.").arg(filter.number),
          context, std::move(done));
}

void AlertService::addPresetFilter(const QUuid &server, FilterPreset preset, std::uint8_t number, QObject *context,
                                   Done<QString> done)
{
    if (number == 0) {
        done(ipmi::makeError(ipmi::ErrorKind::InvalidArgument,
                             tr("Every event filter is in use; disable one to make room.").toStdString()));
        return;
    }
    write(server, pefSpace(), {{param::EventFilterTable, encodeEventFilter(presetFilter(preset, number)), number}},
          tr("Event filter %1 now does \"%2\".").arg(number).arg(presetName(preset)), context, std::move(done));
}

void AlertService::readDestinations(const QUuid &server, QObject *context, Done<Destinations> done)
{
    using Read = ipmi::lan::AlertDestinationsRead;
    runOnLanChannel<Read>(
        m_fleet, server, context,
        [](std::uint8_t channel) { return std::make_shared<ipmi::lan::AlertDestinationReader>(channel); },
        [done](std::uint8_t number, ipmi::Result<Read> read) {
            if (!read) {
                done(read.error());
                return;
            }
            Destinations destinations{number, read->count, {}, {}};
            for (std::size_t i = 0; i < read->destinations.size(); ++i) {
                if (read->destinations[i])
                    destinations.destinations.push_back(read->destinations[i].value());
                else
                    destinations.refused << tr("Alert destination %1: %2")
                                                .arg(i)
                                                .arg(CoreText::error(read->destinations[i].error()));
            }
            done(std::move(destinations));
        });
}

void AlertService::changeDestination(const QUuid &server, std::uint8_t channel, const AlertDestination &present,
                                     const AlertDestinationChange &change, QObject *context, Done<QString> done)
{
    if (const std::string invalid = ipmi::lan::validateAlertDestinationChange(change); !invalid.empty()) {
        done(ipmi::makeError(ipmi::ErrorKind::InvalidArgument, invalid));
        return;
    }
    write(server, std::make_shared<ipmi::lan::LanParameterSpace>(channel),
          ipmi::lan::alertDestinationWrites(change, present),
          tr("Alert destination %1 was saved.").arg(present.number), context, std::move(done));
}

void AlertService::sendTestEvent(const QUuid &server, QObject *context, Done<QString> done)
{
    QString error;
    Bmc *bmc = m_fleet->bmc(server, &error);
    if (!bmc) {
        done(Fleet::noBmc(error));
        return;
    }
    bmc->call<QString>(ipmi::sel::platformEventRequest(ipmi::sel::testPlatformEvent()),
                       [](const ipmi::Response &response) -> ipmi::Result<QString> {
                           if (auto sent = ipmi::sel::parsePlatformEvent(response); !sent)
                               return ipmi::makeError(sent.error().kind,
                                                      sent.error().message + ' '
                                                          + tr("No test alert was sent.").toStdString(),
                                                      sent.error().completionCode);
                           return tr("A test event was sent (temperature sensor 30h above its upper critical "
                                     "threshold). With PEF on and a filter matching it, the BMC alerts its "
                                     "destinations.");
                       },
                       context, std::move(done));
}
