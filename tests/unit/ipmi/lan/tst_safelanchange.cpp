// SPDX-License-Identifier: GPL-3.0-or-later
// The verified LAN change (SafeLanChange) driven with virtual time against a scripted BMC
// whose address moves when its IP Address parameter is written.
#include "commandresponder.h"
#include "lan/lanparameterreads.h"

#include "ipmi/cmd/netfn.h"
#include "ipmi/lan/lanparameters.h"
#include "ipmi/lan/safelanchange.h"

#include <QTest>

#include <functional>
#include <map>

using namespace ipmi;
using namespace ipmi::lan;
using namespace std::chrono_literals;
using ipmi::test::CommandResponder;
using ipmi::test::runOperation;
using Duration = SafeLanChange::Duration;

namespace {

// A BMC on a network: it answers at the address its IP Address parameter holds, unless
// `reachable` says that address leads nowhere (e.g. another subnet).
struct World
{
    std::map<std::uint8_t, Bytes> parameters{{param::SetInProgress, {0x00}},
                                             {param::IpSource, {0x01}},
                                             {param::IpAddress, {10, 0, 0, 5}},
                                             {param::SubnetMask, {255, 255, 255, 0}},
                                             {param::DefaultGatewayIp, {10, 0, 0, 1}}};
    std::function<bool(const std::string &)> reachable = [](const std::string &) { return true; };
    bool failRestore = false;
    bool writingRestore = false;
    CommandResponder bmc;
    Duration now{0};
    int confirmAttempts = 0;

    World()
    {
        answerLanParameterReads(bmc, parameters);
        bmc.on(netfn::Transport, 0x01, [this](const Request &request) -> Result<Response> {
            const std::uint8_t parameter = request.data.at(1);
            if (writingRestore && failRestore && parameter == param::IpAddress)
                return Response{0xd5, {}};
            parameters[parameter] = Bytes(request.data.begin() + 2, request.data.end());
            return Response{0x00, {}};
        });
    }

    std::string address() const
    {
        const Bytes &ip = parameters.at(param::IpAddress);
        return ipv4Text({ip[0], ip[1], ip[2], ip[3]});
    }
    bool answersAt(const std::string &host) const { return host == address() && reachable(host); }
};

LanConfig currentConfig()
{
    LanConfig config;
    config.ipSource = IpSource::Static;
    config.ipAddress = Ipv4Address{10, 0, 0, 5};
    config.subnetMask = Ipv4Address{255, 255, 255, 0};
    config.defaultGatewayIp = Ipv4Address{10, 0, 0, 1};
    return config;
}

LanChange moveTo(Ipv4Address address)
{
    LanChange change;
    change.ipAddress = address;
    return change;
}

// The driver's part with virtual time: a confirmation attempt that gets no answer costs
// `attemptCost` (the session's timeout); one that is answered costs 1 s.
void drive(SafeLanChange &safe, World &world, Duration attemptCost = 5s, int maxSteps = 100)
{
    for (int step = 0; step < maxSteps && safe.action() != SafeLanChange::Action::Finished; ++step) {
        switch (safe.action()) {
        case SafeLanChange::Action::WriteChange: {
            LanConfigWriter writer(safe.channel(), safe.changeWrites());
            safe.onChangeWritten(runOperation<LanWriteOutcome>(writer, std::ref(world.bmc)), world.now);
            break;
        }
        case SafeLanChange::Action::ConfirmAtNew: {
            ++world.confirmAttempts;
            const bool answered = world.answersAt(safe.newAddress());
            world.now += answered ? Duration(1s) : attemptCost;
            safe.onConfirmAttempt(answered, world.now);
            break;
        }
        case SafeLanChange::Action::ConnectAtOld:
            safe.onOldAddressAnswered(world.answersAt(safe.oldAddress()));
            break;
        case SafeLanChange::Action::RestorePrevious: {
            world.writingRestore = true;
            LanConfigWriter writer(safe.channel(), safe.restoreWrites());
            safe.onRestoreWritten(runOperation<LanWriteOutcome>(writer, std::ref(world.bmc)));
            break;
        }
        case SafeLanChange::Action::Finished: break;
        }
    }
}

} // namespace

class TestSafeLanChange final : public QObject
{
    Q_OBJECT

private slots:
    void confirmedInTime()
    {
        World world;
        // 10.0.0.7 is reachable only after a few attempts (the BMC takes a while to move).
        int seen = 0;
        world.reachable = [&seen](const std::string &host) { return host != "10.0.0.7" || ++seen > 3; };
        SafeLanChange safe(1, moveTo({10, 0, 0, 7}), currentConfig(), "10.0.0.5", 60s);
        QCOMPARE(safe.newAddress(), std::string("10.0.0.7"));
        drive(safe, world);
        QCOMPARE(safe.outcome(), SafeLanChange::Outcome::Confirmed);
        QCOMPARE(world.confirmAttempts, 4);
        QCOMPARE(world.address(), std::string("10.0.0.7"));
        QCOMPARE(safe.message(), std::string("10.0.0.7 answered in a new session; the new settings are kept."));
    }

    void timeoutThenRestore()
    {
        World world;
        world.reachable = [](const std::string &host) { return host != "10.0.0.9"; };
        // Here the old address still answers (a BMC listening on both, as ipmi_sim does).
        SafeLanChange safe(1, moveTo({10, 0, 0, 9}), currentConfig(), "10.0.0.5", 60s);
        // Drive by hand to check the countdown and the old-address step.
        LanConfigWriter writer(1, safe.changeWrites());
        safe.onChangeWritten(runOperation<LanWriteOutcome>(writer, std::ref(world.bmc)), Duration(0));
        QCOMPARE(safe.action(), SafeLanChange::Action::ConfirmAtNew);
        QCOMPARE(safe.secondsLeft(Duration(0)), 60);
        QCOMPARE(safe.countdownText(Duration(18'500)), std::string("Waiting for 10.0.0.9 to answer: 42 s"));
        safe.onConfirmAttempt(false, Duration(30'000));
        QCOMPARE(safe.action(), SafeLanChange::Action::ConfirmAtNew);
        safe.onDeadline(Duration(59'999)); // early timer: nothing happens
        QCOMPARE(safe.action(), SafeLanChange::Action::ConfirmAtNew);
        safe.onDeadline(Duration(60'000));
        QCOMPARE(safe.action(), SafeLanChange::Action::ConnectAtOld);
        QCOMPARE(safe.secondsLeft(Duration(60'000)), 0);
        safe.onConfirmAttempt(true, Duration(60'100)); // too late: ignored
        QCOMPARE(safe.action(), SafeLanChange::Action::ConnectAtOld);
        safe.onOldAddressAnswered(true);
        QCOMPARE(safe.action(), SafeLanChange::Action::RestorePrevious);
        QCOMPARE(safe.restoreWrites().size(), std::size_t(1));
        QCOMPARE(toHex(safe.restoreWrites()[0].data), std::string("0a000005"));
        LanConfigWriter restore(1, safe.restoreWrites());
        safe.onRestoreWritten(runOperation<LanWriteOutcome>(restore, std::ref(world.bmc)));
        QCOMPARE(safe.outcome(), SafeLanChange::Outcome::Restored);
        QCOMPARE(world.address(), std::string("10.0.0.5"));
        QCOMPARE(safe.message(),
                 std::string("10.0.0.9 did not answer within 60 s; the previous settings were restored at 10.0.0.5."));
    }

    void timeoutWithVirtualClock()
    {
        World world;
        world.reachable = [](const std::string &host) { return host != "10.0.0.9"; };
        SafeLanChange safe(1, moveTo({10, 0, 0, 9}), currentConfig(), "10.0.0.5", 20s);
        // Each unanswered attempt costs 5 s: attempts end at 5, 10, 15 and 20 s; the
        // fourth reaches the deadline.
        LanConfigWriter writer(1, safe.changeWrites());
        safe.onChangeWritten(runOperation<LanWriteOutcome>(writer, std::ref(world.bmc)), world.now);
        int attempts = 0;
        while (safe.action() == SafeLanChange::Action::ConfirmAtNew) {
            ++attempts;
            world.now += 5s;
            safe.onConfirmAttempt(world.answersAt(safe.newAddress()), world.now);
        }
        QCOMPARE(attempts, 4);
        QCOMPARE(safe.action(), SafeLanChange::Action::ConnectAtOld);
    }

    void timeoutAndOldAddressDead()
    {
        World world;
        world.reachable = [](const std::string &host) { return host != "10.0.0.9"; };
        SafeLanChange safe(1, moveTo({10, 0, 0, 9}), currentConfig(), "10.0.0.5", 60s);
        drive(safe, world);
        // The BMC now sits at 10.0.0.9 (unreachable) and no longer at 10.0.0.5.
        QCOMPARE(safe.outcome(), SafeLanChange::Outcome::Unreachable);
        QCOMPARE(world.confirmAttempts, 12);
        QCOMPARE(safe.message(), std::string("10.0.0.9 did not answer within 60 s, and the old address 10.0.0.5 "
                                             "does not answer either: the BMC may need local access."));
    }

    void restoreFailure()
    {
        World world;
        world.failRestore = true;
        SafeLanChange safe(1, moveTo({10, 0, 0, 9}), currentConfig(), "10.0.0.5", 10s);
        LanConfigWriter writer(1, safe.changeWrites());
        safe.onChangeWritten(runOperation<LanWriteOutcome>(writer, std::ref(world.bmc)), Duration(0));
        safe.onConfirmAttempt(false, Duration(10'000));
        QCOMPARE(safe.action(), SafeLanChange::Action::ConnectAtOld);
        safe.onOldAddressAnswered(true);
        world.writingRestore = true;
        LanConfigWriter restore(1, safe.restoreWrites());
        safe.onRestoreWritten(runOperation<LanWriteOutcome>(restore, std::ref(world.bmc)));
        QCOMPARE(safe.outcome(), SafeLanChange::Outcome::RestoreFailed);
        QVERIFY(safe.message().starts_with(
            "10.0.0.9 did not answer within 10 s; restoring the previous settings at 10.0.0.5 failed: "));
    }

    void refusedWriteEndsWithoutWaiting()
    {
        World world;
        world.bmc.on(netfn::Transport, 0x01, [](const Request &) -> Result<Response> { return Response{0x82, {}}; });
        SafeLanChange safe(1, moveTo({10, 0, 0, 9}), currentConfig(), "10.0.0.5");
        drive(safe, world);
        QCOMPARE(safe.outcome(), SafeLanChange::Outcome::NotWritten);
        QCOMPARE(world.confirmAttempts, 0);
        QVERIFY(safe.message().starts_with("The change was not applied: "));
    }

    void lostWriteAnswerStillConfirms()
    {
        SafeLanChange safe(1, moveTo({10, 0, 0, 9}), currentConfig(), "10.0.0.5", 60s);
        safe.onChangeWritten(Error{ErrorKind::Timeout, "no answer"}, Duration(0));
        QCOMPARE(safe.action(), SafeLanChange::Action::ConfirmAtNew);
        QCOMPARE(safe.warnings().size(), std::size_t(1));
        // The previous values come from the configuration read before.
        QCOMPARE(toHex(safe.restoreWrites().at(0).data), std::string("0a000005"));
        safe.onConfirmAttempt(true, Duration(3000));
        QVERIFY(safe.succeeded());
    }

    void refusals()
    {
        LanChange dhcp;
        dhcp.ipSource = IpSource::Dhcp;
        SafeLanChange safe(1, dhcp, currentConfig(), "10.0.0.5");
        QCOMPARE(safe.outcome(), SafeLanChange::Outcome::NotWritten);
        QCOMPARE(safe.action(), SafeLanChange::Action::Finished);
        QVERIFY(safe.message().find("DHCP") != std::string::npos);
        QVERIFY(SafeLanChange::refusal(LanChange{}, currentConfig()).has_value());
        LanChange badMask;
        badMask.subnetMask = Ipv4Address{255, 0, 255, 0};
        QVERIFY(SafeLanChange::refusal(badMask, currentConfig()).has_value());
        QVERIFY(!SafeLanChange::refusal(moveTo({10, 0, 0, 7}), currentConfig()).has_value());
    }

    void netmaskChangeConfirmsAtSameAddress()
    {
        LanChange mask;
        mask.subnetMask = Ipv4Address{255, 255, 0, 0};
        SafeLanChange safe(1, mask, currentConfig(), "bmc.example");
        QCOMPARE(safe.newAddress(), std::string("bmc.example"));
        QCOMPARE(toHex(safe.restoreWrites().at(0).data), std::string("ffffff00"));
    }
};

QTEST_APPLESS_MAIN(TestSafeLanChange)
#include "tst_safelanchange.moc"
