// SPDX-License-Identifier: GPL-3.0-or-later
// LocalClient (`-I open`) over a fake kernel device: round trips, timeouts, answers with
// a wrong message id or no completion code, events skipped, cancel and close, what it
// reports as signals, that it carries no SOL, and the messages of LinuxIpmiDevice when
// the device node is missing or not accessible.
#include "pipedipmidevice.h"
#include "transport/ipmidevice.h"
#include "transport/ipmidriverstatus.h"
#include "transport/linuxipmidevice.h"
#include "transport/localclient.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

// A scripted device: answer() says what each request gets.
class FakeDevice final : public PipedIpmiDevice
{
public:
    using Answer = std::function<std::vector<Message>(long msgid, const ipmi::Request &request)>;

    explicit FakeDevice(Answer answer, ipmi::Result<void> openResult = {})
        : m_answer(std::move(answer)), m_openResult(std::move(openResult))
    {
    }

    ipmi::Result<void> open() override
    {
        if (!m_openResult)
            return m_openResult;
        return openPipe();
    }
    ipmi::Result<void> send(long msgid, const ipmi::Request &request) override
    {
        sent.push_back(request);
        for (Message &message : m_answer(msgid, request)) {
            if (!deliver(std::move(message)))
                return ipmi::Error{ipmi::ErrorKind::Network, "pipe write failed"};
        }
        return {};
    }

    // Makes a message readable as if the kernel delivered it now.
    void inject(Message message) { QVERIFY(deliver(std::move(message))); }

    std::vector<ipmi::Request> sent;

private:
    Answer m_answer;
    ipmi::Result<void> m_openResult;
};

IpmiDevice::Message answerTo(long msgid, const ipmi::Request &request, ipmi::Bytes data)
{
    return IpmiDevice::Message{true, msgid, std::uint8_t(request.netFn | 1), request.cmd, std::move(data)};
}

const ipmi::Request GetDeviceId{0x06, 0x01, {}, 0};

struct Outcome
{
    bool called = false;
    ipmi::Result<ipmi::Response> result = ipmi::Error{};
};

std::shared_ptr<Outcome> submit(LocalClient &client, const ipmi::Request &request)
{
    auto outcome = std::make_shared<Outcome>();
    client.execute(request, [outcome](ipmi::Result<ipmi::Response> result) {
        QVERIFY(!outcome->called); // exactly one answer
        outcome->called = true;
        outcome->result = std::move(result);
    });
    return outcome;
}

std::optional<ipmi::Result<ipmi::Response>> runOne(LocalClient &client, const ipmi::Request &request)
{
    bool opened = false;
    client.open([&opened](ipmi::Result<ipmi::SessionInfo> result) { opened = result.ok(); });
    if (!QTest::qWaitFor([&] { return opened; }, 5000))
        return std::nullopt;
    const auto outcome = submit(client, request);
    if (!QTest::qWaitFor([&] { return outcome->called; }, 10000))
        return std::nullopt;
    return outcome->result;
}

std::vector<IpmiDevice::Message> silence(long, const ipmi::Request &)
{
    return {};
}

} // namespace

class TestLocalClient : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        auto fake = std::make_unique<FakeDevice>([](long msgid, const ipmi::Request &request) {
            return std::vector<IpmiDevice::Message>{answerTo(msgid, request, {0x00, 0x20, 0x01, 0x03})};
        });
        FakeDevice *raw = fake.get();
        LocalClient device(std::move(fake));
        const auto result = runOne(device, GetDeviceId);
        QVERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(result->value().completionCode, std::uint8_t(0));
        QCOMPARE(result->value().data, (ipmi::Bytes{0x20, 0x01, 0x03}));
        QCOMPARE(raw->sent.size(), std::size_t(1));
        QCOMPARE(raw->sent.front().cmd, std::uint8_t(0x01));
    }

    void completionCodeIsKept()
    {
        LocalClient device(std::make_unique<FakeDevice>([](long msgid, const ipmi::Request &request) {
            return std::vector<IpmiDevice::Message>{answerTo(msgid, request, {0xc1})};
        }));
        const auto result = runOne(device, GetDeviceId);
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().completionCode, std::uint8_t(0xc1));
    }

    void skipsWrongMessageIdAndEvents()
    {
        LocalClient device(std::make_unique<FakeDevice>([](long msgid, const ipmi::Request &request) {
            IpmiDevice::Message event{false, msgid, 0x05, 0x02, {0x00, 0xff}};
            return std::vector<IpmiDevice::Message>{answerTo(msgid + 7, request, {0x00, 0x99}), event,
                                                    answerTo(msgid, request, {0x00, 0x42})};
        }));
        const auto result = runOne(device, GetDeviceId);
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().data, ipmi::Bytes{0x42});
    }

    void timesOut()
    {
        // Only answers with a message id that is not ours: the request must time out.
        LocalClient device(std::make_unique<FakeDevice>([](long msgid, const ipmi::Request &request) {
            return std::vector<IpmiDevice::Message>{answerTo(msgid + 1, request, {0x00})};
        }));
        device.setTimeout(std::chrono::milliseconds(50));
        const auto result = runOne(device, GetDeviceId);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ipmi::ErrorKind::Timeout);
    }

    void garbageAnswer()
    {
        LocalClient device(std::make_unique<FakeDevice>([](long msgid, const ipmi::Request &request) {
            return std::vector<IpmiDevice::Message>{answerTo(msgid, request, {})};
        }));
        const auto result = runOne(device, GetDeviceId);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ipmi::ErrorKind::MalformedResponse);
    }

    void requestsInOrder()
    {
        LocalClient device(std::make_unique<FakeDevice>([](long msgid, const ipmi::Request &request) {
            return std::vector<IpmiDevice::Message>{answerTo(msgid, request, {0x00, request.cmd})};
        }));
        std::vector<std::uint8_t> answers; // the first request opens the device
        for (std::uint8_t cmd : {0x01, 0x04, 0x38})
            device.execute(ipmi::Request{0x06, cmd, {}, 0}, [&answers](ipmi::Result<ipmi::Response> result) {
                answers.push_back(result ? result->data.at(0) : 0xff);
            });
        QVERIFY(QTest::qWaitFor([&] { return answers.size() == 3; }, 5000));
        QCOMPARE(answers, (std::vector<std::uint8_t>{0x01, 0x04, 0x38}));
    }

    void openFailureIsReported()
    {
        LocalClient device(std::make_unique<FakeDevice>(silence, ipmi::Error{ipmi::ErrorKind::Network, "no device"}));
        QSignalSpy failed(&device, &IpmiClient::failed);
        QSignalSpy opened(&device, &IpmiClient::opened);
        std::optional<ipmi::Result<ipmi::SessionInfo>> result;
        device.open([&result](ipmi::Result<ipmi::SessionInfo> info) { result = info; });
        QVERIFY(!result); // never from inside the call
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        QVERIFY(!result->ok());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<ipmi::Error>().message, std::string("no device"));
        QVERIFY(!device.isOpen());
        // A request tries again (the driver may be loaded by then) and fails the same way.
        const auto outcome = submit(device, GetDeviceId);
        QVERIFY(QTest::qWaitFor([&] { return outcome->called; }, 5000));
        QVERIFY(!outcome->result.ok());
        QCOMPARE(outcome->result.error().message, std::string("no device"));
        QCOMPARE(failed.count(), 2);
        QCOMPARE(opened.count(), 0);
    }

    // opened() once per opening of the device, by open() or by the first request, with
    // the system interface's session info.
    void openedIsSignalledOncePerOpening()
    {
        auto fake = std::make_unique<FakeDevice>([](long msgid, const ipmi::Request &request) {
            return std::vector<IpmiDevice::Message>{answerTo(msgid, request, {0x00})};
        });
        LocalClient device(std::move(fake));
        QSignalSpy opened(&device, &IpmiClient::opened);
        QVERIFY(runOne(device, GetDeviceId));
        QCOMPARE(opened.count(), 1);
        const auto info = opened.first().first().value<ipmi::SessionInfo>();
        QCOMPARE(info.privilege, ipmi::Privilege::Administrator);
        QVERIFY(runOne(device, GetDeviceId)); // open again: already open, no signal
        QCOMPARE(opened.count(), 1);
        bool closed = false;
        device.close([&closed] { closed = true; });
        QVERIFY(QTest::qWaitFor([&] { return closed; }, 5000));
        const auto outcome = submit(device, GetDeviceId); // the first request opens it again
        QVERIFY(QTest::qWaitFor([&] { return outcome->called; }, 5000));
        QVERIFY(outcome->result.ok());
        QCOMPARE(opened.count(), 2);
    }

    // A cancelled request ends with Cancelled, waiting or in flight; its late answer is
    // skipped and the next request gets its own answer.
    void cancelEndsTheRequest()
    {
        std::vector<long> held; // answers to cmd 01h are held back until released
        FakeDevice *raw = nullptr;
        auto fake = std::make_unique<FakeDevice>([&held](long msgid, const ipmi::Request &request) {
            if (request.cmd == 0x01) {
                held.push_back(msgid);
                return std::vector<IpmiDevice::Message>{};
            }
            return std::vector<IpmiDevice::Message>{answerTo(msgid, request, {0x00, request.cmd})};
        });
        raw = fake.get();
        LocalClient device(std::move(fake));
        const auto inFlight = std::make_shared<Outcome>();
        const ipmi::RequestId inFlightId = device.execute(GetDeviceId, [inFlight](ipmi::Result<ipmi::Response> result) {
            inFlight->called = true;
            inFlight->result = std::move(result);
        });
        const auto waiting = std::make_shared<Outcome>();
        const ipmi::RequestId waitingId =
            device.execute(ipmi::Request{0x06, 0x04, {}, 0}, [waiting](ipmi::Result<ipmi::Response> result) {
                waiting->called = true;
                waiting->result = std::move(result);
            });
        QVERIFY(QTest::qWaitFor([&] { return held.size() == 1; }, 5000));
        device.cancel(waitingId); // still waiting behind the first
        device.cancel(inFlightId);
        QVERIFY(!inFlight->called && !waiting->called); // never from inside the call
        QVERIFY(QTest::qWaitFor([&] { return inFlight->called && waiting->called; }, 5000));
        for (const auto &outcome : {inFlight, waiting}) {
            QVERIFY(!outcome->result.ok());
            QCOMPARE(outcome->result.error().kind, ipmi::ErrorKind::Cancelled);
        }
        // The late answer to the cancelled request arrives with the next one: skipped.
        const auto next = submit(device, ipmi::Request{0x06, 0x38, {}, 0});
        raw->inject(answerTo(held.front(), GetDeviceId, {0x00, 0x77}));
        QVERIFY(QTest::qWaitFor([&] { return next->called; }, 5000));
        QVERIFY(next->result.ok());
        QCOMPARE(next->result.value().data, ipmi::Bytes{0x38});
        QCOMPARE(raw->sent.size(), std::size_t(2)); // the waiting one was never sent
    }

    // close() fails every request with Cancelled, after the call, then calls back; a late
    // answer finds nothing to answer.
    void closeFailsPendingRequests()
    {
        LocalClient device(std::make_unique<FakeDevice>(silence));
        const auto first = submit(device, GetDeviceId);
        const auto second = submit(device, ipmi::Request{0x06, 0x04, {}, 0});
        QTest::qWait(50);
        QVERIFY(device.isOpen());
        bool closed = false;
        device.close([&] {
            QVERIFY(first->called && second->called); // the requests first
            closed = true;
        });
        QVERIFY(!first->called && !closed);
        QVERIFY(!device.isOpen());
        QVERIFY(QTest::qWaitFor([&] { return closed; }, 5000));
        for (const auto &outcome : {first, second}) {
            QVERIFY(!outcome->result.ok());
            QCOMPARE(outcome->result.error().kind, ipmi::ErrorKind::Cancelled);
        }
    }

    // Destroying the client drops what is pending without calling back.
    void destroyingDropsPendingRequests()
    {
        auto outcome = std::make_shared<Outcome>();
        {
            LocalClient device(std::make_unique<FakeDevice>(silence));
            outcome = submit(device, GetDeviceId);
            QTest::qWait(20);
        }
        QTest::qWait(20);
        QVERIFY(!outcome->called);
    }

    void carriesNoSol()
    {
        LocalClient device(std::make_unique<FakeDevice>(silence));
        const ipmi::Result<void> available = device.solAvailable();
        QVERIFY(!available);
        QCOMPARE(available.error().kind, ipmi::ErrorKind::Unsupported);
        QVERIFY2(available.error().message.find("not available through this machine's local interface")
                     != std::string::npos,
                 available.error().message.c_str());
        const std::uint8_t payload[] = {0x01};
        QVERIFY(!device.sendSolPayload(payload));
    }

    void noDeviceNamesTheModules()
    {
        QTemporaryDir dir;
        QTemporaryDir modules; // a /sys/module without the IPMI driver
        LinuxIpmiDevice device({(dir.path() + QStringLiteral("/ipmi0")).toStdString(),
                                (dir.path() + QStringLiteral("/ipmi/0")).toStdString()},
                               modules.path().toStdString());
        const auto opened = device.open();
        QVERIFY(!opened);
        const std::string &message = opened.error().message;
        QVERIFY2(message.find("no IPMI device") != std::string::npos, message.c_str());
        for (const char *module : {"ipmi_msghandler", "ipmi_devintf", "ipmi_si"})
            QVERIFY2(message.find(module) != std::string::npos, module);
        // modprobe takes one module and its parameters; -a loads several.
        QVERIFY2(message.find("'modprobe -a ipmi_msghandler ipmi_devintf ipmi_si'") != std::string::npos,
                 message.c_str());
        QVERIFY(message.find(dir.path().toStdString() + "/ipmi0") != std::string::npos);
        QVERIFY(LinuxIpmiDevice::noDeviceMessage(LinuxIpmiDevice::defaultPaths()).find("/dev/ipmidev/0")
                != std::string::npos);
    }

    void noDeviceSaysWhatTheDriverLacks()
    {
        QTemporaryDir modules;
        const IpmiDriverStatus status(modules.path().toStdString());
        QCOMPARE(status.missingModules().size(), std::size_t(3));
        QVERIFY(QDir(modules.path()).mkpath(QStringLiteral("ipmi_msghandler")));
        QVERIFY(QDir(modules.path()).mkpath(QStringLiteral("ipmi_devintf")));
        // What modprobe ipmi_si leaves behind on a machine without a BMC.
        const std::string withoutSi = status.noDeviceMessage({"/dev/ipmi0"});
        QVERIFY2(withoutSi.find("ipmi_si, which finds the BMC, is not loaded") != std::string::npos, withoutSi.c_str());
        QVERIFY2(withoutSi.find("\"No such device\"") != std::string::npos, withoutSi.c_str());
        QVERIFY(QDir(modules.path()).mkpath(QStringLiteral("ipmi_si")));
        QVERIFY(status.missingModules().empty());
        const std::string loaded = status.noDeviceMessage({"/dev/ipmi0"});
        QVERIFY2(loaded.find("is loaded but found no BMC") != std::string::npos, loaded.c_str());
    }

    void permissionDeniedSaysSo()
    {
        if (::geteuid() == 0)
            QSKIP("root may open any file; the permission check needs an unprivileged user");
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/ipmi0");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::Permissions()));
        LinuxIpmiDevice device({path.toStdString()});
        const auto opened = device.open();
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.find("permission denied") != std::string::npos,
                 opened.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestLocalClient)
#include "tst_localclient.moc"
