// SPDX-License-Identifier: GPL-3.0-or-later
// A server on the local interface (ServerEntry::Interface::Open) through the model layer:
// Fleet gives it a Bmc whose calls and operations run in the session pool's worker over
// LocalClient, here on a fake kernel device injected with
// SessionPool::setLocalDeviceFactory (tests/support/fakeipmidevice.h). Covers Get Device ID, a LAN configuration read, the
// user list, the LAN write that gives an unaddressed BMC its address, and the message
// naming the kernel modules when there is no device node.
#include "fakeipmidevice.h"
#include "model/bmc.h"
#include "model/fleet.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "transport/linuxipmidevice.h"

#include "ipmi/cmd/app.h"
#include "ipmi/lan/lanchange.h"
#include "ipmi/lan/lanconfigreader.h"
#include "ipmi/lan/lanconfigwriter.h"
#include "ipmi/lan/lanparameters.h"
#include "ipmi/user/userlist.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <mutex>

using namespace ipmi;

namespace {

using fakelocal::FakeIpmiDevice;
using fakelocal::unaddressedBmc;

template<typename T>
ipmi::Result<T> waitFor(QSignalSpy &spy, const std::shared_ptr<std::optional<ipmi::Result<T>>> &slot)
{
    if (!spy.wait(10000) && !*slot)
        return ipmi::Error{ipmi::ErrorKind::Timeout, "the test waited in vain"};
    return std::move(**slot);
}

} // namespace

class TestLocalBmc final : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        ServerRegistry registry;
        SessionPool pool{2};
        Fleet fleet{&registry, &pool};
        QUuid server;
    };

    static std::unique_ptr<Setup> localServer(LocalClient::DeviceFactory devices)
    {
        auto setup = std::make_unique<Setup>();
        setup->pool.setLocalDeviceFactory(std::move(devices));
        ServerEntry entry;
        entry.name = QStringLiteral("this machine");
        entry.address = Fleet::LocalHostLabel;
        entry.interface = ServerEntry::Interface::Open;
        QString error;
        setup->server = setup->registry.addServer(entry, {}, &error);
        if (setup->server.isNull())
            qWarning("%s", qPrintable(error));
        return setup;
    }

    // Runs bmc->call and waits for its answer in this (the GUI) thread.
    template<typename T>
    static ipmi::Result<T> call(Bmc *bmc, ipmi::Request request, Bmc::Parser<T> parse, QObject *context)
    {
        auto slot = std::make_shared<std::optional<ipmi::Result<T>>>();
        QObject signaller;
        QSignalSpy spy(&signaller, &QObject::objectNameChanged);
        bmc->call<T>(std::move(request), std::move(parse), context, [slot, &signaller](ipmi::Result<T> result) {
            *slot = std::move(result);
            signaller.setObjectName(QStringLiteral("done"));
        });
        return waitFor<T>(spy, slot);
    }

    template<typename T>
    static ipmi::Result<T> run(Bmc *bmc, std::shared_ptr<ipmi::op::Operation<T>> operation, QObject *context)
    {
        auto slot = std::make_shared<std::optional<ipmi::Result<T>>>();
        QObject signaller;
        QSignalSpy spy(&signaller, &QObject::objectNameChanged);
        bmc->run<T>(operation, context, [slot, &signaller](ipmi::Result<T> result) {
            *slot = std::move(result);
            signaller.setObjectName(QStringLiteral("done"));
        });
        return waitFor<T>(spy, slot);
    }

private slots:
    void deviceIdAndSessionInfo()
    {
        auto state = unaddressedBmc();
        auto setup = localServer([state] { return std::make_unique<FakeIpmiDevice>(state); });
        QString error;
        Bmc *bmc = setup->fleet.bmc(setup->server, &error);
        QVERIFY2(bmc, qPrintable(error));
        QVERIFY(bmc->endpoint().local);
        QCOMPARE(bmc->displayAddress(), QStringLiteral("this machine's BMC"));

        const auto id = call<cmd::DeviceId>(bmc, cmd::getDeviceIdRequest(), cmd::parseDeviceId, this);
        QVERIFY2(id.ok(), id ? "" : id.error().message.c_str());
        QCOMPARE(id->deviceId, std::uint8_t(0x20));
        QCOMPARE(id->manufacturerId, 7154u);
        QCOMPARE(id->productId, std::uint16_t(0x0102));

        auto info = std::make_shared<std::optional<ipmi::Result<ipmi::SessionInfo>>>();
        QObject signaller;
        QSignalSpy spy(&signaller, &QObject::objectNameChanged);
        bmc->open(this, [info, &signaller](ipmi::Result<ipmi::SessionInfo> opened) {
            *info = std::move(opened);
            signaller.setObjectName(QStringLiteral("done"));
        });
        const auto opened = waitFor<ipmi::SessionInfo>(spy, info);
        QVERIFY2(opened.ok(), opened ? "" : opened.error().message.c_str());
        QCOMPARE(opened->privilege, ipmi::Privilege::Administrator);
        QVERIFY(QString::fromStdString(opened->notes).contains(QStringLiteral("local interface")));

        // The device was driven in a worker thread, never in the GUI thread.
        std::lock_guard lock(state->mutex);
        QVERIFY(!state->threads.empty());
        for (const std::thread::id &thread : state->threads)
            QVERIFY(thread != std::this_thread::get_id());
    }

    void lanConfigRead()
    {
        auto state = unaddressedBmc();
        state->lan[3] = {192, 0, 2, 10};
        state->lan[4] = {0x01};
        state->lan[6] = {255, 255, 255, 0};
        auto setup = localServer([state] { return std::make_unique<FakeIpmiDevice>(state); });
        Bmc *bmc = setup->fleet.bmc(setup->server);
        QVERIFY(bmc);
        const auto read = run<lan::LanConfigRead>(bmc, std::make_shared<lan::LanConfigReader>(1), this);
        QVERIFY2(read.ok(), read ? "" : read.error().message.c_str());
        QCOMPARE(read->config.ipSource, std::optional<lan::IpSource>(lan::IpSource::Static));
        QCOMPARE(read->config.ipAddress, std::optional<lan::Ipv4Address>(lan::Ipv4Address{192, 0, 2, 10}));
        QCOMPARE(read->config.subnetMask, std::optional<lan::Ipv4Address>(lan::Ipv4Address{255, 255, 255, 0}));
        QCOMPARE(read->config.macAddress,
                 std::optional<lan::MacAddress>(lan::MacAddress{0x00, 0x25, 0x90, 0x0a, 0x0b, 0x0c}));
        // What the fake lacks is reported as unsupported, not as a failure.
        QVERIFY(!read->unsupported.empty());
        QVERIFY(!read->config.vlan);
    }

    void userList()
    {
        auto state = unaddressedBmc();
        auto setup = localServer([state] { return std::make_unique<FakeIpmiDevice>(state); });
        Bmc *bmc = setup->fleet.bmc(setup->server);
        QVERIFY(bmc);
        const auto table = run<user::UserTable>(bmc, std::make_shared<user::UserList>(1), this);
        QVERIFY2(table.ok(), table ? "" : table.error().message.c_str());
        QCOMPARE(table->maxUsers, std::uint8_t(4));
        QCOMPARE(table->users.size(), std::size_t(4));
        QCOMPARE(table->users[1].name, std::string("root"));
        QCOMPARE(table->users[1].access.privilegeLimit, std::uint8_t(0x04));
        QVERIFY(table->users[1].access.ipmiMessaging);
        QCOMPARE(table->users[2].name, std::string("operator"));
        QCOMPARE(table->users[2].access.privilegeLimit, std::uint8_t(0x03));
        QCOMPARE(table->users[3].access.privilegeLimit, user::NoAccess);
    }

    // The first setup of a BMC that has no address yet: only the local interface reaches
    // it. The write goes with the set-in-progress protocol and a re-read shows it.
    void lanWriteGivesTheBmcItsAddress()
    {
        auto state = unaddressedBmc();
        auto setup = localServer([state] { return std::make_unique<FakeIpmiDevice>(state); });
        Bmc *bmc = setup->fleet.bmc(setup->server);
        QVERIFY(bmc);
        const auto before = run<lan::LanConfigRead>(bmc, std::make_shared<lan::LanConfigReader>(1), this);
        QVERIFY(before.ok());

        lan::LanChange change;
        change.ipSource = lan::IpSource::Static;
        change.ipAddress = lan::Ipv4Address{192, 0, 2, 20};
        change.subnetMask = lan::Ipv4Address{255, 255, 255, 0};
        change.defaultGatewayIp = lan::Ipv4Address{192, 0, 2, 1};
        const lan::LanValidation validation = lan::validateLanChange(change, &before->config);
        QVERIFY2(validation.ok(), validation.errorText().c_str());

        const auto written = run<lan::LanWriteOutcome>(
            bmc, std::make_shared<lan::LanConfigWriter>(1, lan::lanChangeWrites(change)), this);
        QVERIFY2(written.ok(), written ? "" : written.error().message.c_str());
        QVERIFY(written->setInProgressSupported);
        {
            std::lock_guard lock(state->mutex);
            QCOMPARE(state->lan[4], Bytes({0x01}));
            QCOMPARE(state->lan[3], Bytes({192, 0, 2, 20}));
            QCOMPARE(state->lan[6], Bytes({255, 255, 255, 0}));
            QCOMPARE(state->lan[12], Bytes({192, 0, 2, 1}));
            // set in progress, commit write, set complete
            QCOMPARE(state->setInProgressWrites, std::vector<std::uint8_t>({0x01, 0x02, 0x00}));
        }
        const auto after = run<lan::LanConfigRead>(bmc, std::make_shared<lan::LanConfigReader>(1), this);
        QVERIFY(after.ok());
        QCOMPARE(after->config.ipAddress, change.ipAddress);
        QCOMPARE(after->config.ipSource, change.ipSource);
    }

    void missingDeviceNamesTheKernelModules()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath(QStringLiteral("ipmi0")).toStdString();
        auto setup = localServer([path] { return std::make_unique<LinuxIpmiDevice>(std::vector<std::string>{path}); });
        Bmc *bmc = setup->fleet.bmc(setup->server);
        QVERIFY(bmc);
        const auto id = call<cmd::DeviceId>(bmc, cmd::getDeviceIdRequest(), cmd::parseDeviceId, this);
        QVERIFY(!id.ok());
        const QString message = QString::fromStdString(id.error().message);
        for (const char *module : {"ipmi_msghandler", "ipmi_devintf", "ipmi_si"})
            QVERIFY2(message.contains(QLatin1String(module)), qPrintable(message));
        QVERIFY2(message.contains(QString::fromStdString(path)), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestLocalBmc)
#include "tst_localbmc.moc"
