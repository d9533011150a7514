// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliapplication.h"
#include "cli/runner.h"

#include "ipmi/core/bytes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <map>

namespace {

// A BMC that answers from a script: request "netfn cmd:data" in hex -> completion code
// and data. Unscripted requests answer C1h (invalid command), as real BMCs do.
struct Script
{
    std::map<std::string, ipmi::Response> answers;
    std::optional<ipmi::Error> openError;
    std::optional<std::string> timeoutOn; // this request times out instead
};

std::string keyOf(const ipmi::Request &request)
{
    return ipmi::toHex(ipmi::Bytes{request.netFn, request.cmd}) + ":" + ipmi::toHex(request.data);
}

ipmi::Response answer(const char *hex)
{
    const auto bytes = *ipmi::fromHex(hex);
    return ipmi::Response{bytes.front(), ipmi::Bytes(bytes.begin() + 1, bytes.end())};
}

class FakeSession final : public HostSession
{
public:
    FakeSession(Script script, std::vector<std::string> *log, int *open)
        : m_script(std::move(script)), m_log(log), m_open(open)
    {
    }

    QString location() const override { return QStringLiteral("fake"); }

    void open(ipmi::OpenCallback done) override
    {
        ++*m_open;
        const auto error = m_script.openError;
        // Callbacks come from the event loop, as from a LanClient.
        QTimer::singleShot(1, [done, error] {
            if (error)
                done(*error);
            else
                done(ipmi::SessionInfo{});
        });
    }

    void execute(ipmi::Request request, ipmi::ResponseCallback done) override
    {
        const std::string key = keyOf(request);
        m_log->push_back(key);
        std::optional<ipmi::Error> error;
        ipmi::Response response{0xc1, {}};
        if (m_script.timeoutOn == key)
            error = ipmi::makeError(ipmi::ErrorKind::Timeout, "no answer from the BMC");
        else if (auto found = m_script.answers.find(key); found != m_script.answers.end())
            response = found->second;
        QTimer::singleShot(1, [done, error, response] {
            if (error)
                done(*error);
            else
                done(response);
        });
    }

    void close(std::function<void()> done) override
    {
        --*m_open;
        QTimer::singleShot(0, done);
    }

private:
    Script m_script;
    std::vector<std::string> *m_log;
    int *m_open;
};

struct Harness
{
    std::map<QString, Script> scripts; // by host key; missing = the default script
    Script defaultScript;
    std::map<QString, std::vector<std::string>> logs;
    int openSessions = 0;
    QString out;
    QString err;

    int run(const QStringList &hostExpressions, const QStringList &command, bool json = false, int fanout = 64,
            int *peak = nullptr)
    {
        HostList hosts;
        for (const QString &expression : hostExpressions)
            if (!hosts.add(expression))
                return -2;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliApplication application(outStream, errStream);
        auto task = application.prepare(command);
        if (!task.ok())
            return -3;
        Runner::Settings settings;
        settings.json = json;
        settings.fanout = fanout;
        Runner runner(
            hosts.hosts(), std::move(task).value(),
            [this](const HostEndpoint &host) -> std::unique_ptr<HostSession> {
                const auto found = scripts.find(host.key());
                return std::make_unique<FakeSession>(found == scripts.end() ? defaultScript : found->second,
                                                     &logs[host.key()], &openSessions);
            },
            settings, outStream, errStream);
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        if (!finished.wait(5000))
            return -1;
        if (peak)
            *peak = runner.peakInFlight();
        return finished.first().first().toInt();
    }
};

Script healthyBmc(bool powerOn)
{
    Script script;
    script.answers["0001:"] = answer(powerOn ? "00 01 00 00" : "00 00 00 00");
    script.answers["0002:01"] = answer("00");
    script.answers["0601:"] = answer("00 00 03 09 08 02 9f 7c 2a 00 02 0f 00 00 00 00");
    script.answers["0637:"] = answer("00 a1 23 45 67 89 ab cd ef a1 23 45 67 89 ab cd ef");
    return script;
}

} // namespace

class TestCliRunner final : public QObject
{
    Q_OBJECT

private slots:
    void singleHostPlain()
    {
        Harness h;
        h.defaultScript = healthyBmc(true);
        QCOMPARE(h.run({"bmc"}, {"chassis", "power", "status"}), 0);
        QCOMPARE(h.out, QString("Chassis Power is on\n"));
        QVERIFY(h.err.isEmpty());
        QCOMPARE(h.openSessions, 0); // every session was closed
    }

    void singleHostJsonIsTheCommandsObject()
    {
        Harness h;
        h.defaultScript = healthyBmc(false);
        QCOMPARE(h.run({"bmc"}, {"power", "status"}, true), 0);
        QCOMPARE(QJsonDocument::fromJson(h.out.toUtf8()).object(), (QJsonObject{{"power", "off"}}));
    }

    void mcInfoFetchesTheGuidToo()
    {
        Harness h;
        h.defaultScript = healthyBmc(true);
        QCOMPARE(h.run({"bmc"}, {"mc", "info"}, true), 0);
        const QJsonObject json = QJsonDocument::fromJson(h.out.toUtf8()).object();
        QCOMPARE(json["guid"].toString(), QString("efcdab89-6745-23a1-efcd-ab89674523a1"));
        QCOMPARE(json["manufacturer_id"].toInt(), 10876);

        Harness noGuid;
        noGuid.defaultScript = healthyBmc(true);
        noGuid.defaultScript.answers.erase("0637:"); // C1h: the BMC lacks the command
        QCOMPARE(noGuid.run({"bmc"}, {"mc", "info"}, true), 0);
        QVERIFY(QJsonDocument::fromJson(noGuid.out.toUtf8()).object()["guid"].isNull());

        Harness guidTimeout;
        guidTimeout.defaultScript = healthyBmc(true);
        guidTimeout.defaultScript.timeoutOn = "0637:";
        QCOMPARE(guidTimeout.run({"bmc"}, {"mc", "info"}), 1);
        QCOMPARE(guidTimeout.err, QString("no answer from the BMC\n"));
    }

    void severalHostsArePrefixedInOrder()
    {
        Harness h;
        h.defaultScript = healthyBmc(true);
        h.scripts["b:623"] = healthyBmc(false);
        h.scripts["c:624"].openError = ipmi::makeError(ipmi::ErrorKind::AuthenticationFailed,
                                                       "c:624: wrong user name or password");
        QCOMPARE(h.run({"a,b,c:624"}, {"chassis", "power", "status"}), 1);
        QCOMPARE(h.out, QString("a: Chassis Power is on\nb: Chassis Power is off\n"));
        QCOMPARE(h.err, QString("c:624: c:624: wrong user name or password\n"));
    }

    // One BMC's text cannot return the carriage and overwrite the host prefix, or reach
    // the terminal's controls, to fake another host's line.
    void hostileTextCannotFakeAnotherHost()
    {
        Harness h;
        h.defaultScript = healthyBmc(true);
        h.scripts["c:623"].openError =
            ipmi::makeError(ipmi::ErrorKind::MalformedResponse, "odd\r\x1b[2Ka: Chassis Power is off\x1b]0;t\a");
        QCOMPARE(h.run({"a,c"}, {"chassis", "power", "status"}), 1);
        QCOMPARE(h.out, QString("a: Chassis Power is on\n"));
        QCOMPARE(h.err, QString("c: odd\\x0d\\x1b[2Ka: Chassis Power is off\\x1b]0;t\\x07\n"));
    }

    void severalHostsJson()
    {
        Harness h;
        h.defaultScript = healthyBmc(true);
        h.scripts["b:623"].openError = ipmi::makeError(ipmi::ErrorKind::Timeout, "no answer");
        QCOMPARE(h.run({"a,b"}, {"power", "status"}, true), 1);
        const QJsonObject json = QJsonDocument::fromJson(h.out.toUtf8()).object();
        QCOMPARE(json.keys(), (QStringList{"a:623", "b:623"}));
        QCOMPARE(json["a:623"].toObject(), (QJsonObject{{"ok", true}, {"result", QJsonObject{{"power", "on"}}}}));
        QCOMPARE(json["b:623"].toObject(), (QJsonObject{{"ok", false}, {"error", "no answer"}}));
        QCOMPARE(h.err, QString("b: no answer\n"));
    }

    void fanoutIsRespected()
    {
        Harness h;
        h.defaultScript = healthyBmc(true);
        int peak = 0;
        QCOMPARE(h.run({"n[1-20]"}, {"power", "status"}, false, 3, &peak), 0);
        QCOMPARE(peak, 3);
        QCOMPARE(h.out.count('\n'), 20);
        QVERIFY(h.out.startsWith("n1: Chassis Power is on\nn2: "));
        QVERIFY(h.out.endsWith("n20: Chassis Power is on\n"));
        QCOMPARE(h.openSessions, 0);
    }

    void completionCodeIsTheErrorSentence()
    {
        Harness h;
        h.defaultScript.answers["0002:01"] = answer("cc");
        QCOMPARE(h.run({"bmc"}, {"chassis", "power", "on"}), 1);
        QVERIFY(h.out.isEmpty());
        QCOMPARE(h.err, QString("Chassis Control failed: invalid data field in request (CCh)\n"));
    }

    void bootdevSendsWhatIpmitoolSends()
    {
        Harness h;
        for (const char *request : {"0008:0001", "0008:040101", "0008:05c004000000", "0008:0002", "0008:0000"})
            h.defaultScript.answers[request] = answer("00");
        QCOMPARE(h.run({"bmc"}, {"chassis", "bootdev", "pxe", "options=persistent"}), 0);
        QCOMPARE(h.logs["bmc:623"], (std::vector<std::string>{"0008:0001", "0008:040101", "0008:05c004000000",
                                                               "0008:0002", "0008:0000"}));
        QCOMPARE(h.out, QString("Set Boot Device to pxe\n"));
    }

    void bootdevWithoutSetInProgress()
    {
        // The BMC refuses parameters 0 and 4 (ipmi_sim does): the flags still go out,
        // and no commit or complete is sent.
        Harness h;
        h.defaultScript.answers["0008:0001"] = answer("cc");
        h.defaultScript.answers["0008:040101"] = answer("cc");
        h.defaultScript.answers["0008:05a008000000"] = answer("00");
        QCOMPARE(h.run({"bmc"}, {"chassis", "bootdev", "disk", "options=efiboot"}), 0);
        QCOMPARE(h.logs["bmc:623"], (std::vector<std::string>{"0008:0001", "0008:040101", "0008:05a008000000"}));
    }

    void bootdevRefusedStillCompletes()
    {
        Harness h;
        h.defaultScript.answers["0008:0001"] = answer("00");
        h.defaultScript.answers["0008:0000"] = answer("00");
        h.defaultScript.answers["0008:058014000000"] = answer("82");
        QCOMPARE(h.run({"bmc"}, {"chassis", "bootdev", "cdrom"}), 1);
        QCOMPARE(h.logs["bmc:623"], (std::vector<std::string>{"0008:0001", "0008:040101", "0008:058014000000",
                                                               "0008:0000"}));
        QCOMPARE(h.err, QString("Set System Boot Options failed: the parameter is read-only (82h)\n"));
    }

    void bootdevStopsWhenTheBmcIsGone()
    {
        Harness h;
        h.defaultScript.timeoutOn = "0008:0001";
        QCOMPARE(h.run({"bmc"}, {"chassis", "bootdev", "pxe"}), 1);
        QCOMPARE(h.logs["bmc:623"].size(), std::size_t(1));
    }

    void rawCommand()
    {
        Harness h;
        h.defaultScript.answers["0601:"] = answer("00 00 03");
        QCOMPARE(h.run({"bmc"}, {"raw", "0x06", "0x01"}), 0);
        QCOMPARE(h.out, QString(" 00 03\n"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("firstLine");
        QTest::newRow("unknown") << QStringList{"frobnicate"} << "Unknown command \"frobnicate\".";
        QTest::newRow("unknown chassis") << QStringList{"chassis", "explode"} << "Unknown command \"chassis explode\".";
        QTest::newRow("power verb") << QStringList{"power", "sideways"} << "Invalid chassis power command \"sideways\".";
        QTest::newRow("power nothing") << QStringList{"chassis", "power"} << "Say what to do with the power.";
        QTest::newRow("policy") << QStringList{"chassis", "policy", "sometimes"} << "Invalid policy \"sometimes\".";
        QTest::newRow("identify") << QStringList{"chassis", "identify", "256"} << "Invalid interval \"256\".";
        QTest::newRow("bootdev device") << QStringList{"chassis", "bootdev", "usb"} << "Invalid boot device \"usb\".";
        QTest::newRow("bootdev option") << QStringList{"chassis", "bootdev", "pxe", "options=fast"}
                                        << "Unknown boot option \"fast\".";
        QTest::newRow("reset") << QStringList{"mc", "reset"} << "Say which reset: warm or cold.";
        QTest::newRow("mc info extra") << QStringList{"mc", "info", "now"} << "Unexpected argument \"now\".";
        QTest::newRow("raw short") << QStringList{"raw", "0x06"} << "Give at least a network function and a command.";
        QTest::newRow("raw byte") << QStringList{"raw", "0x06", "0x100"} << "\"0x100\" is not a byte (0-255).";
        QTest::newRow("raw netfn") << QStringList{"raw", "0x07", "0x01"}
                                   << "Network function 0x07 is not a request; requests use even values up to 0x3e.";
    }

    void usageErrors()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, firstLine);
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliApplication application(outStream, errStream);
        const auto task = application.prepare(command);
        QVERIFY(!task.ok());
        QCOMPARE(task.error().kind, ipmi::ErrorKind::InvalidArgument);
        const QStringList lines = QString::fromStdString(task.error().message).split(u'\n');
        QCOMPARE(lines.first(), firstLine);
        QVERIFY(lines.size() > 1); // followed by the usage
    }

    void helpListsEveryCommand()
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliApplication application(outStream, errStream);
        QCOMPARE(application.run({"--help"}), 0);
        for (const char *synopsis : {"mc info", "mc guid", "mc reset warm|cold", "chassis status", "chassis power ",
                                     "power status", "chassis restart_cause", "chassis policy ", "chassis identify",
                                     "chassis bootdev", "raw <netfn>"})
            QVERIFY2(out.contains(QLatin1String(synopsis)), synopsis);
        QVERIFY(out.contains("-F <count>"));
    }
};

QTEST_GUILESS_MAIN(TestCliRunner)
#include "tst_cli_runner.moc"
