// SPDX-License-Identifier: GPL-3.0-or-later
// Byte vectors computed by hand from IPMI 2.0 sections 22.22-22.24 (tables 22-28 to 22-30).
#include "commandresponder.h"

#include "ipmi/channel/channelcommands.h"
#include "ipmi/channel/lanchannelfinder.h"
#include "ipmi/cmd/netfn.h"

#include <QTest>

#include <functional>

using namespace ipmi;
using namespace ipmi::channel;
using ipmi::test::CommandResponder;
using ipmi::test::runOperation;

namespace {

QString hexOf(const Request &request)
{
    return QString::fromStdString(toHex(Bytes{request.netFn, request.cmd}) + ":" + toHex(request.data));
}

Response ok(const char *hex)
{
    return Response{0x00, *fromHex(hex)};
}

} // namespace

class TestChannelCommands final : public QObject
{
    Q_OBJECT

private slots:
    void requestsAreByteExact()
    {
        QCOMPARE(hexOf(getChannelInfoRequest(1)), QString("0642:01"));
        QCOMPARE(hexOf(getChannelInfoRequest(CurrentChannel)), QString("0642:0e"));
        QCOMPARE(hexOf(getChannelAccessRequest(1, Storage::NonVolatile)), QString("0641:0140"));
        QCOMPARE(hexOf(getChannelAccessRequest(2, Storage::Volatile)), QString("0641:0280"));
        ChannelAccess access;
        access.mode = AccessMode::AlwaysAvailable;
        access.privilegeLimit = 4;
        QCOMPARE(hexOf(setChannelAccessRequest(1, Storage::Volatile, access)), QString("0640:018284"));
        access.mode = AccessMode::Disabled;
        access.perMessageAuth = false;
        access.alertingEnabled = false;
        QCOMPARE(hexOf(setChannelAccessRequest(1, Storage::NonVolatile, access)), QString("0640:017044"));
    }

    void parsesChannelInfo()
    {
        // ipmi_sim's channel 1: 802.3 LAN, IPMB-1.0, multi-session with one active,
        // vendor 7154 (1BF2h, Intel's IPMI enterprise number).
        const auto info = parseChannelInfo(ok("01 04 01 81 f2 1b 00 00 00"));
        QVERIFY(info.ok());
        QCOMPARE(info->channel, 1);
        QCOMPARE(info->medium, medium::Lan8023);
        QCOMPARE(mediumName(info->medium), std::string("802.3 LAN"));
        QCOMPARE(protocolName(info->protocol), std::string("IPMB-1.0"));
        QCOMPARE(sessionSupportName(info->sessionSupport), std::string("multi-session"));
        QCOMPARE(info->activeSessions, 1);
        QCOMPARE(info->vendorId, 7154u);
        QVERIFY(!parseChannelInfo(ok("01 04 01 81 f2 1b")).ok());
        const auto missing = parseChannelInfo(Response{0xcb, {}});
        QVERIFY(QString::fromStdString(missing.error().message).contains("no such channel"));
    }

    void parsesChannelAccess()
    {
        const auto access = parseChannelAccess(ok("02 04"));
        QVERIFY(access.ok());
        QVERIFY(access->alertingEnabled && access->perMessageAuth && access->userLevelAuth);
        QCOMPARE(access->mode, AccessMode::AlwaysAvailable);
        QCOMPARE(access->privilegeLimit, 4);
        const auto restricted = parseChannelAccess(ok("38 03"));
        QVERIFY(!restricted->alertingEnabled && !restricted->perMessageAuth && !restricted->userLevelAuth);
        QCOMPARE(restricted->mode, AccessMode::Disabled);
        QCOMPARE(accessModeName(restricted->mode), std::string("disabled"));
        QVERIFY(!parseChannelAccess(ok("02")).ok());
        QCOMPARE(parseChannelAccess(Response{0x82, {}}).error().kind, ErrorKind::Unsupported);
        QVERIFY(parseSetChannelAccess(Response{0, {}}).ok());
        QCOMPARE(parseSetChannelAccess(Response{0x83, {}}).error().kind, ErrorKind::Unsupported);
    }

    void findsTheLanChannels()
    {
        CommandResponder bmc;
        bmc.on(netfn::App, 0x42, [](const Request &request) -> Result<Response> {
            switch (request.data.at(0)) {
            case 0: return ok("00 01 01 00 f2 1b 00 00 00");
            case 2: return ok("02 04 01 81 57 01 00 00 00");
            case 5: return ok("02 04 01 81 57 01 00 00 00"); // answers with another channel's data
            case 8: return ok("08 04 01 81 57 01 00 00 00");
            default: break;
            }
            return Response{0xcb, {}};
        });
        LanChannelFinder finder;
        const auto found = runOperation<std::vector<ChannelInfo>>(finder, std::ref(bmc));
        QVERIFY(found.ok());
        QCOMPARE(found->size(), std::size_t(2));
        QCOMPARE(found->at(0).channel, 2);
        QCOMPARE(found->at(1).channel, 8);
        QCOMPARE(bmc.count(netfn::App, 0x42), 12);

        bmc.clearLog();
        LanChannelFinder first(true);
        const auto one = runOperation<std::vector<ChannelInfo>>(first, std::ref(bmc));
        QCOMPARE(one->size(), std::size_t(1));
        QCOMPARE(bmc.count(netfn::App, 0x42), 3);
    }

    void noLanChannelIsExplained()
    {
        // Channel 0 is IPMB, the others do not exist: the channels answered, none is LAN.
        CommandResponder noLan;
        noLan.on(netfn::App, 0x42, [](const Request &request) -> Result<Response> {
            if (request.data.at(0) == 0)
                return ok("00 01 01 00 f2 1b 00 00 00");
            return Response{0xcb, {}};
        });
        LanChannelFinder finder;
        const auto found = runOperation<std::vector<ChannelInfo>>(finder, std::ref(noLan));
        QVERIFY(!found.ok());
        QCOMPARE(found.error().message,
                 std::string("The BMC reports no 802.3 LAN channel among channels 0-11; give the channel number "
                             "explicitly."));

        // pyghmi's BMC refuses Get Channel Info itself: say so, not that there is no LAN.
        CommandResponder refusing; // answers C1h to everything
        LanChannelFinder asked;
        const auto refused = runOperation<std::vector<ChannelInfo>>(asked, std::ref(refusing));
        QVERIFY(!refused.ok());
        QCOMPARE(refusing.count(netfn::App, 0x42), 12);
        QCOMPARE(refused.error().message,
                 "The BMC did not answer Get Channel Info for channels 0-11 (" + completionCodeText(0xc1)
                     + ", C1h), so its LAN channel is unknown; give the channel number explicitly.");

        CommandResponder dead;
        dead.on(netfn::App, 0x42, [](const Request &) -> Result<Response> { return Error{ErrorKind::Timeout, "t"}; });
        LanChannelFinder unreachable;
        const auto lost = runOperation<std::vector<ChannelInfo>>(unreachable, std::ref(dead));
        QCOMPARE(lost.error().kind, ErrorKind::Timeout);
        QCOMPARE(dead.count(netfn::App, 0x42), 1);
    }
};

QTEST_APPLESS_MAIN(TestChannelCommands)
#include "tst_channel_commands.moc"
