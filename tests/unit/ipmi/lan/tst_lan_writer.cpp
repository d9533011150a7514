// SPDX-License-Identifier: GPL-3.0-or-later
// The set-in-progress protocol and rollback of LanConfigWriter, and LanConfigReader,
// against a scripted BMC holding LAN parameters (IPMI 2.0 section 23.1).
#include "commandresponder.h"
#include "lan/lanparameterreads.h"

#include "ipmi/cmd/netfn.h"
#include "ipmi/lan/lanconfigreader.h"
#include "ipmi/lan/lanconfigwriter.h"
#include "ipmi/lan/lanparameters.h"

#include <QTest>

#include <functional>
#include <map>

using namespace ipmi;
using namespace ipmi::lan;
using ipmi::test::CommandResponder;
using ipmi::test::runOperation;

namespace {

struct FakeLan
{
    std::map<std::uint8_t, Bytes> parameters{{param::SetInProgress, {0x00}},
                                             {param::IpSource, {0x02}},
                                             {param::IpAddress, {10, 0, 0, 5}},
                                             {param::SubnetMask, {255, 255, 255, 0}},
                                             {param::DefaultGatewayIp, {10, 0, 0, 1}}};
    std::map<std::uint8_t, std::uint8_t> failSet; // parameter -> completion code
    bool lockSupported = true;
    std::vector<std::string> trail; // "set 3 0a000009", ...

    void install(CommandResponder &bmc)
    {
        answerLanParameterReads(bmc, parameters);
        bmc.on(netfn::Transport, 0x01, [this](const Request &request) -> Result<Response> {
            const std::uint8_t parameter = request.data.at(1);
            const Bytes value(request.data.begin() + 2, request.data.end());
            trail.push_back("set " + std::to_string(parameter) + " " + toHex(value));
            if (parameter == param::SetInProgress && !lockSupported)
                return Response{0x80, {}};
            if (const auto fail = failSet.find(parameter); fail != failSet.end())
                return Response{fail->second, {}};
            parameters[parameter] = value;
            return Response{0x00, {}};
        });
    }
};

std::vector<LanParameterWrite> staticAddress()
{
    return {{param::IpSource, {0x01}}, {param::IpAddress, {10, 0, 0, 9}}, {param::SubnetMask, {255, 255, 0, 0}}};
}

} // namespace

class TestLanWriter final : public QObject
{
    Q_OBJECT

private slots:
    void writesInsideSetInProgress()
    {
        FakeLan lan;
        CommandResponder bmc;
        lan.install(bmc);
        LanConfigWriter writer(1, staticAddress());
        const auto outcome = runOperation<LanWriteOutcome>(writer, std::ref(bmc));
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().message.c_str());
        QCOMPARE(lan.trail, (std::vector<std::string>{"set 0 01", "set 4 01", "set 3 0a000009", "set 6 ffff0000",
                                                      "set 0 02", "set 0 00"}));
        QCOMPARE(outcome->written, (std::vector<std::uint8_t>{4, 3, 6}));
        QCOMPARE(outcome->previous.size(), std::size_t(3));
        QCOMPARE(toHex(outcome->previous[1].data), std::string("0a000005"));
        // The previous values were read before anything was written.
        QCOMPARE(bmc.log().at(0).cmd, std::uint8_t(0x02));
        QCOMPARE(bmc.log().at(2).cmd, std::uint8_t(0x02));
        QCOMPARE(bmc.log().at(3).cmd, std::uint8_t(0x01));
    }

    void failedWriteRollsBack()
    {
        FakeLan lan;
        lan.failSet[param::SubnetMask] = 0xcc;
        CommandResponder bmc;
        lan.install(bmc);
        LanConfigWriter writer(1, staticAddress());
        const auto outcome = runOperation<LanWriteOutcome>(writer, std::ref(bmc));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().completionCode, 0xcc);
        const QString message = QString::fromStdString(outcome.error().message);
        QVERIFY2(message.contains("Subnet Mask") && message.contains("restored"), qPrintable(message));
        // Rolled back in reverse order, then "set complete" without a commit.
        QCOMPARE(lan.trail, (std::vector<std::string>{"set 0 01", "set 4 01", "set 3 0a000009", "set 6 ffff0000",
                                                      "set 3 0a000005", "set 4 02", "set 0 00"}));
        QCOMPARE(toHex(lan.parameters[param::IpAddress]), std::string("0a000005"));
        QCOMPARE(toHex(lan.parameters[param::IpSource]), std::string("02"));
    }

    void failedRollbackIsReported()
    {
        FakeLan lan;
        lan.failSet[param::SubnetMask] = 0xcc;
        CommandResponder bmc;
        lan.install(bmc);
        int sets = 0;
        // The BMC accepts the first writes, then refuses everything but "set complete".
        bmc.on(netfn::Transport, 0x01, [&lan, &sets](const Request &request) -> Result<Response> {
            ++sets;
            lan.trail.push_back("set " + std::to_string(request.data.at(1)));
            if (sets <= 3 || request.data.at(1) == param::SetInProgress)
                return Response{0x00, {}};
            return Response{0xc0, {}};
        });
        LanConfigWriter writer(1, staticAddress());
        const auto outcome = runOperation<LanWriteOutcome>(writer, std::ref(bmc));
        QVERIFY(!outcome.ok());
        const QString message = QString::fromStdString(outcome.error().message);
        QVERIFY2(message.contains("Restoring") && message.contains("lan print"), qPrintable(message));
        QCOMPARE(lan.trail.back(), std::string("set 0"));
    }

    void firstWriteFailingChangesNothing()
    {
        FakeLan lan;
        lan.failSet[param::IpSource] = 0x82;
        CommandResponder bmc;
        lan.install(bmc);
        LanConfigWriter writer(1, staticAddress());
        const auto outcome = runOperation<LanWriteOutcome>(writer, std::ref(bmc));
        QVERIFY(!outcome.ok());
        QVERIFY(QString::fromStdString(outcome.error().message).contains("Nothing was changed"));
        QCOMPARE(lan.trail, (std::vector<std::string>{"set 0 01", "set 4 01", "set 0 00"}));
    }

    void lockHeldElsewhereStopsBeforeWriting()
    {
        FakeLan lan;
        lan.failSet[param::SetInProgress] = 0x81;
        CommandResponder bmc;
        lan.install(bmc);
        LanConfigWriter writer(1, staticAddress());
        const auto outcome = runOperation<LanWriteOutcome>(writer, std::ref(bmc));
        QVERIFY(!outcome.ok());
        QVERIFY(QString::fromStdString(outcome.error().message).contains("another client"));
        QCOMPARE(lan.trail, (std::vector<std::string>{"set 0 01"}));
    }

    void withoutSetInProgressWritesPlainly()
    {
        FakeLan lan;
        lan.lockSupported = false;
        CommandResponder bmc;
        lan.install(bmc);
        LanConfigWriter writer(1, {{param::IpAddress, {10, 0, 0, 7}}});
        const auto outcome = runOperation<LanWriteOutcome>(writer, std::ref(bmc));
        QVERIFY(outcome.ok());
        QVERIFY(!outcome->setInProgressSupported);
        QCOMPARE(lan.trail, (std::vector<std::string>{"set 0 01", "set 3 0a000007"}));
    }

    void unreadableParameterIsNotWritten()
    {
        FakeLan lan;
        CommandResponder bmc;
        lan.install(bmc);
        LanConfigWriter writer(1, {{param::VlanId, {0x64, 0x80}}});
        const auto outcome = runOperation<LanWriteOutcome>(writer, std::ref(bmc));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().kind, ErrorKind::Unsupported);
        QVERIFY(lan.trail.empty());
    }

    void transportFailureDuringWritesRollsBack()
    {
        FakeLan lan;
        CommandResponder bmc;
        lan.install(bmc);
        int sets = 0;
        const auto normal = [&lan](const Request &request) -> Result<Response> {
            lan.parameters[request.data.at(1)] = Bytes(request.data.begin() + 2, request.data.end());
            return Response{0x00, {}};
        };
        bmc.on(netfn::Transport, 0x01, [&sets, normal](const Request &request) -> Result<Response> {
            if (++sets == 3)
                return Error{ErrorKind::Timeout, "no answer"};
            return normal(request);
        });
        LanConfigWriter writer(1, staticAddress());
        const auto outcome = runOperation<LanWriteOutcome>(writer, std::ref(bmc));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().kind, ErrorKind::Timeout);
        QCOMPARE(toHex(lan.parameters[param::IpSource]), std::string("02"));
        QCOMPARE(toHex(lan.parameters[param::SetInProgress]), std::string("00"));
    }

    void readerSkipsUnsupportedParameters()
    {
        FakeLan lan;
        lan.parameters[param::CipherSuiteSupport] = {0x02};
        lan.parameters[param::CipherSuiteEntries] = {0x00, 0x03, 0x11, 0x00};
        lan.parameters[param::MacAddress] = {0, 1}; // malformed
        CommandResponder bmc;
        lan.install(bmc);
        LanConfigReader reader(1, {param::IpSource, param::IpAddress, param::VlanId, param::CipherSuiteSupport,
                                   param::CipherSuiteEntries});
        const auto read = runOperation<LanConfigRead>(reader, std::ref(bmc));
        QVERIFY(read.ok());
        QCOMPARE(*read->config.ipSource, IpSource::Dhcp);
        QVERIFY(!read->config.vlan);
        QCOMPARE(read->unsupported, (std::vector<std::uint8_t>{param::VlanId}));
        QCOMPARE(*read->config.cipherSuites, (std::vector<std::uint8_t>{0x03, 0x11}));

        LanConfigReader broken(1, {param::MacAddress});
        const auto bad = runOperation<LanConfigRead>(broken, std::ref(bmc));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::MalformedResponse);
    }
};

QTEST_APPLESS_MAIN(TestLanWriter)
#include "tst_lan_writer.moc"
