// SPDX-License-Identifier: GPL-3.0-or-later
// AlertService and SolSettingsService on a server at the local interface, over the fake
// kernel device (tests/support/fakeipmidevice.h), which has alert destinations and PEF
// parameters (ipmi_sim refuses LAN parameters 18 and 19): reads, writes with set in
// progress and their read-back, a refused write that changes nothing, the test event.
#include "fakeipmidevice.h"
#include "model/alertservice.h"
#include "model/fleet.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace ipmi;
using fakelocal::FakeIpmiDevice;

namespace {

// Runs one service call and waits for its answer in this (the GUI) thread.
template<typename T, typename Start>
Result<T> await(Start start)
{
    auto slot = std::make_shared<std::optional<Result<T>>>();
    QObject signaller;
    QSignalSpy spy(&signaller, &QObject::objectNameChanged);
    start([slot, &signaller](Result<T> result) {
        *slot = std::move(result);
        signaller.setObjectName(QStringLiteral("done"));
    });
    if (!*slot && !spy.wait(10000))
        return Error{ErrorKind::Timeout, "the test waited in vain"};
    return std::move(**slot);
}

} // namespace

class TestAlertService final : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        std::shared_ptr<fakelocal::BmcState> state = fakelocal::alertingBmc();
        ServerRegistry registry;
        SessionPool pool{1};
        Fleet fleet{&registry, &pool};
        AlertService service{&fleet};
        QUuid server;
    };

    static std::unique_ptr<Setup> localServer()
    {
        auto setup = std::make_unique<Setup>();
        setup->pool.setLocalDeviceFactory([state = setup->state] { return std::make_unique<FakeIpmiDevice>(state); });
        ServerEntry entry;
        entry.name = QStringLiteral("this machine");
        entry.address = Fleet::LocalHostLabel;
        entry.interface = ServerEntry::Interface::Open;
        QString error;
        setup->server = setup->registry.addServer(entry, {}, &error);
        return setup;
    }

private slots:
    void readsPefAndDestinations()
    {
        auto setup = localServer();
        const auto pef = await<AlertService::PefSettings>(
            [&](auto done) { setup->service.readPef(setup->server, this, done); });
        QVERIFY2(pef.ok(), pef ? "" : pef.error().message.c_str());
        QVERIFY(!pef->control.pefEnabled);
        QCOMPARE(int(pef->actionsEnabled), 0x3f);
        QCOMPARE(pef->filters.size(), std::size_t(4));
        QVERIFY(pef->filters[0].enabled);
        QVERIFY(pef->filters[1].preConfigured);
        QCOMPARE(int(pef::firstFreeFilter(pef->filters)), 3);

        const auto destinations = await<AlertService::Destinations>(
            [&](auto done) { setup->service.readDestinations(setup->server, this, done); });
        QVERIFY2(destinations.ok(), destinations ? "" : destinations.error().message.c_str());
        QCOMPARE(int(destinations->channel), int(fakelocal::LanChannel));
        QCOMPARE(int(destinations->count), 2);
        QCOMPARE(destinations->destinations.size(), std::size_t(3));
        QCOMPARE(lan::ipv4Text(destinations->destinations[1].ipAddress), std::string("192.168.0.9"));
    }

    void pefWritesAreReadBack()
    {
        auto setup = localServer();
        auto on = await<QString>([&](auto done) { setup->service.setPefEnabled(setup->server, true, this, done); });
        QVERIFY2(on.ok(), on ? "" : on.error().message.c_str());
        QCOMPARE(on.value(), QStringLiteral("Platform event filtering is on."));

        const auto preset = await<QString>([&](auto done) {
            setup->service.addPresetFilter(setup->server, pef::FilterPreset::AlertOnTemperature, 3, this, done);
        });
        QVERIFY2(preset.ok(), preset ? "" : preset.error().message.c_str());

        pef::EventFilter first;
        {
            std::lock_guard lock(setup->state->mutex);
            QCOMPARE(setup->state->pef.at({1, 0}), Bytes{0x01});
            QCOMPARE(setup->state->pef.at({6, 3}), pef::encodeEventFilter(pef::presetFilter(pef::FilterPreset::AlertOnTemperature, 3)));
            first = pef::decodeEventFilter(setup->state->pef.at({6, 1})).value();
            // Set in progress, commit, set complete around each write.
            setup->state->requests.clear();
        }
        const auto off = await<QString>(
            [&](auto done) { setup->service.setFilterEnabled(setup->server, first, false, this, done); });
        QVERIFY2(off.ok(), off ? "" : off.error().message.c_str());
        std::lock_guard lock(setup->state->mutex);
        QVERIFY(!pef::decodeEventFilter(setup->state->pef.at({6, 1}))->enabled);
        std::vector<Bytes> inProgress;
        for (const Request &request : setup->state->requests)
            if (request.netFn == 0x04 && request.cmd == 0x12 && request.data[0] == 0)
                inProgress.push_back(request.data);
        QCOMPARE(inProgress, (std::vector<Bytes>{{0, 1}, {0, 2}, {0, 0}}));
    }

    void destinationChangeIsReadBack()
    {
        auto setup = localServer();
        const auto destinations = await<AlertService::Destinations>(
            [&](auto done) { setup->service.readDestinations(setup->server, this, done); });
        QVERIFY(destinations.ok());
        lan::AlertDestinationChange change;
        change.ipAddress = lan::Ipv4Address{10, 0, 0, 5};
        change.acknowledge = true;
        change.retries = 4;
        const auto saved = await<QString>([&](auto done) {
            setup->service.changeDestination(setup->server, destinations->channel, destinations->destinations[2],
                                             change, this, done);
        });
        QVERIFY2(saved.ok(), saved ? "" : saved.error().message.c_str());
        std::lock_guard lock(setup->state->mutex);
        QCOMPARE(setup->state->alertDestinations.at({18, 2}), (Bytes{0x02, 0x80, 0x00, 0x04}));
        QCOMPARE(setup->state->alertDestinations.at({19, 2}), (Bytes{0x02, 0x00, 0x00, 10, 0, 0, 5, 0, 0, 0, 0, 0, 0}));
    }

    void refusedDestinationWriteChangesNothing()
    {
        auto setup = localServer();
        {
            std::lock_guard lock(setup->state->mutex);
            setup->state->readOnlyAlertParameters = {19};
        }
        const auto destinations = await<AlertService::Destinations>(
            [&](auto done) { setup->service.readDestinations(setup->server, this, done); });
        QVERIFY(destinations.ok());
        lan::AlertDestinationChange change;
        change.retries = 6;                              // parameter 18: written first
        change.ipAddress = lan::Ipv4Address{10, 0, 0, 7}; // parameter 19: refused
        const auto refused = await<QString>([&](auto done) {
            setup->service.changeDestination(setup->server, destinations->channel, destinations->destinations[1],
                                             change, this, done);
        });
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.find("restored") != std::string::npos, refused.error().message.c_str());
        std::lock_guard lock(setup->state->mutex);
        QCOMPARE(setup->state->alertDestinations.at({18, 1}), (Bytes{0x01, 0x00, 0x03, 0x02}));
    }

    void testEventReachesTheBmc()
    {
        auto setup = localServer();
        const auto sent = await<QString>([&](auto done) { setup->service.sendTestEvent(setup->server, this, done); });
        QVERIFY2(sent.ok(), sent ? "" : sent.error().message.c_str());
        std::lock_guard lock(setup->state->mutex);
        QCOMPARE(setup->state->platformEvents.size(), std::size_t(1));
        // Event data 3 of the test event is unspecified (FFh).
        QCOMPARE(setup->state->platformEvents[0].back(), std::uint8_t(0xff));
    }
};

QTEST_GUILESS_MAIN(TestAlertService)
#include "tst_alertservice.moc"
