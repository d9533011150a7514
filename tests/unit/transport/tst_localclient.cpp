// SPDX-License-Identifier: GPL-3.0-or-later
// OpenIpmiDevice (`-I open`) over a fake kernel device: round trips, timeouts, answers
// with a wrong message id or no completion code, and the messages of LinuxIpmiDevice
// when the device node is missing or not accessible.
#include "transport/ipmidevice.h"
#include "transport/ipmidriverstatus.h"
#include "transport/linuxipmidevice.h"
#include "transport/openipmidevice.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <deque>
#include <fcntl.h>
#include <unistd.h>

namespace {

// Messages become readable through a pipe, as the kernel's fd would signal them.
class FakeDevice final : public IpmiDevice
{
public:
    using Answer = std::function<std::vector<Message>(long msgid, const ipmi::Request &request)>;

    explicit FakeDevice(Answer answer, ipmi::Result<void> openResult = {})
        : m_answer(std::move(answer)), m_openResult(std::move(openResult))
    {
    }
    ~FakeDevice() override { close(); }

    ipmi::Result<void> open() override
    {
        if (!m_openResult)
            return m_openResult;
        int fds[2];
        if (::pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0)
            return ipmi::Error{ipmi::ErrorKind::Network, "pipe failed"};
        m_read = fds[0];
        m_write = fds[1];
        return {};
    }
    int fd() const override { return m_read; }
    ipmi::Result<void> send(long msgid, const ipmi::Request &request) override
    {
        sent.push_back(request);
        for (Message &message : m_answer(msgid, request)) {
            m_pending.push_back(std::move(message));
            const char byte = 1;
            if (::write(m_write, &byte, 1) != 1)
                return ipmi::Error{ipmi::ErrorKind::Network, "pipe write failed"};
        }
        return {};
    }
    ipmi::Result<std::optional<Message>> receive() override
    {
        char byte = 0;
        if (::read(m_read, &byte, 1) != 1 || m_pending.empty())
            return std::optional<Message>();
        Message message = std::move(m_pending.front());
        m_pending.pop_front();
        return std::optional<Message>(std::move(message));
    }
    void close() override
    {
        if (m_read >= 0) {
            ::close(m_read);
            ::close(m_write);
        }
        m_read = m_write = -1;
    }

    std::vector<ipmi::Request> sent;

private:
    Answer m_answer;
    ipmi::Result<void> m_openResult;
    int m_read = -1;
    int m_write = -1;
    std::deque<Message> m_pending;
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

std::optional<ipmi::Result<ipmi::Response>> runOne(OpenIpmiDevice &device, const ipmi::Request &request)
{
    bool opened = false;
    device.open([&opened](ipmi::Result<void> result) { opened = result.ok(); });
    if (!QTest::qWaitFor([&] { return opened; }, 5000))
        return std::nullopt;
    auto outcome = std::make_shared<Outcome>();
    device.execute(request, [outcome](ipmi::Result<ipmi::Response> result) {
        outcome->called = true;
        outcome->result = std::move(result);
    });
    if (!QTest::qWaitFor([&] { return outcome->called; }, 10000))
        return std::nullopt;
    return outcome->result;
}

} // namespace

class TestOpenIpmiDevice : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        auto fake = std::make_unique<FakeDevice>([](long msgid, const ipmi::Request &request) {
            return std::vector<IpmiDevice::Message>{answerTo(msgid, request, {0x00, 0x20, 0x01, 0x03})};
        });
        FakeDevice *raw = fake.get();
        OpenIpmiDevice device(std::move(fake));
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
        OpenIpmiDevice device(std::make_unique<FakeDevice>([](long msgid, const ipmi::Request &request) {
            return std::vector<IpmiDevice::Message>{answerTo(msgid, request, {0xc1})};
        }));
        const auto result = runOne(device, GetDeviceId);
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().completionCode, std::uint8_t(0xc1));
    }

    void skipsWrongMessageIdAndEvents()
    {
        OpenIpmiDevice device(std::make_unique<FakeDevice>([](long msgid, const ipmi::Request &request) {
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
        OpenIpmiDevice device(std::make_unique<FakeDevice>([](long msgid, const ipmi::Request &request) {
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
        OpenIpmiDevice device(std::make_unique<FakeDevice>([](long msgid, const ipmi::Request &request) {
            return std::vector<IpmiDevice::Message>{answerTo(msgid, request, {})};
        }));
        const auto result = runOne(device, GetDeviceId);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ipmi::ErrorKind::MalformedResponse);
    }

    void requestsInOrder()
    {
        OpenIpmiDevice device(std::make_unique<FakeDevice>([](long msgid, const ipmi::Request &request) {
            return std::vector<IpmiDevice::Message>{answerTo(msgid, request, {0x00, request.cmd})};
        }));
        bool opened = false;
        device.open([&opened](ipmi::Result<void> result) { opened = result.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return opened; }, 5000));
        std::vector<std::uint8_t> answers;
        for (std::uint8_t cmd : {0x01, 0x04, 0x38})
            device.execute(ipmi::Request{0x06, cmd, {}, 0}, [&answers](ipmi::Result<ipmi::Response> result) {
                answers.push_back(result ? result->data.at(0) : 0xff);
            });
        QVERIFY(QTest::qWaitFor([&] { return answers.size() == 3; }, 5000));
        QCOMPARE(answers, (std::vector<std::uint8_t>{0x01, 0x04, 0x38}));
    }

    void openFailureIsReported()
    {
        OpenIpmiDevice device(std::make_unique<FakeDevice>(
            [](long, const ipmi::Request &) { return std::vector<IpmiDevice::Message>{}; },
            ipmi::Error{ipmi::ErrorKind::Network, "no device"}));
        std::optional<ipmi::Result<void>> opened;
        device.open([&opened](ipmi::Result<void> result) { opened = result; });
        QVERIFY(!opened); // never from inside the call
        QVERIFY(QTest::qWaitFor([&] { return opened.has_value(); }, 5000));
        QVERIFY(!opened->ok());
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

QTEST_GUILESS_MAIN(TestOpenIpmiDevice)
#include "tst_openipmidevice.moc"
