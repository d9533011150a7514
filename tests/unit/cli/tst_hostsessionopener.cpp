// SPDX-License-Identifier: GPL-3.0-or-later
// HostSessionOpener, the CLI's SessionOpener, over scripted HostSessions: callbacks come
// from the event loop and are dropped with their context; a private session whose login
// failed is closed and released from the event loop, never inside its own callback; the
// sessions still open when the opener goes are closed; the local interface opens none.
#include "cli/hostsessionopener.h"

#include <QTest>
#include <QTimer>

#include <memory>
#include <set>

namespace {

// What the scripted sessions went through, shared by all of them.
struct Ledger
{
    int made = 0;
    int closed = 0;
    int destroyed = 0;
    int destroyedInsideOwnCallback = 0;
    std::vector<QString> openedAt;     // hosts of the private sessions' logins
    std::vector<ipmi::Request> requests;
    std::set<QString> answeringHosts;  // a login elsewhere fails
};

class ScriptedSession final : public HostSession
{
public:
    ScriptedSession(std::shared_ptr<Ledger> ledger, std::optional<LanLogin> login)
        : m_ledger(std::move(ledger)), m_login(std::move(login)), m_timers(std::make_unique<QObject>())
    {
        ++m_ledger->made;
    }

    ~ScriptedSession() override
    {
        ++m_ledger->destroyed;
        if (m_inCallback)
            ++m_ledger->destroyedInsideOwnCallback;
        *m_alive = false;
    }

    void open(ipmi::OpenCallback done) override
    {
        const QString host = m_login ? m_login->endpoint.host : QString();
        m_ledger->openedAt.push_back(host);
        const bool answers = m_ledger->answeringHosts.count(host) > 0;
        later([done, answers] {
            if (answers)
                done(ipmi::SessionInfo{});
            else
                done(ipmi::makeError(ipmi::ErrorKind::Timeout, "no answer"));
        });
    }

    void execute(ipmi::Request request, ipmi::ResponseCallback done) override
    {
        m_ledger->requests.push_back(request);
        later([done] { done(ipmi::Response{0x00, {0x20}}); });
    }

    void close(std::function<void()> done) override
    {
        ++m_ledger->closed;
        later([done] { done(); });
    }

    QString location() const override { return m_login ? m_login->endpoint.key() : QStringLiteral("local"); }
    std::optional<LanLogin> lanLogin() const override { return m_login; }
    std::unique_ptr<HostSession> openLanSession(const HostEndpoint &endpoint, ipmi::SessionConfig config) const override
    {
        if (!m_login)
            return nullptr;
        return std::make_unique<ScriptedSession>(m_ledger, LanLogin{endpoint, std::move(config)});
    }

private:
    // Runs the callback from the event loop, noting whether the session is destroyed
    // while it runs.
    void later(std::function<void()> callback)
    {
        QTimer::singleShot(1, m_timers.get(), [this, alive = m_alive, callback] {
            m_inCallback = true;
            callback();
            if (*alive)
                m_inCallback = false;
        });
    }

    std::shared_ptr<Ledger> m_ledger;
    std::optional<LanLogin> m_login;
    std::unique_ptr<QObject> m_timers; // pending callbacks go with the session
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    bool m_inCallback = false;
};

// One request (Get Device ID), its answer kept.
class OneRequest final : public ipmi::op::OperationBase
{
public:
    std::optional<ipmi::Request> nextRequest() override
    {
        if (m_answer)
            return std::nullopt;
        return ipmi::Request{0x06, 0x01, {}};
    }
    void onResponse(ipmi::Result<ipmi::Response> response) override { m_answer = std::move(response); }
    const char *description() const override { return "asking once"; }

    std::optional<ipmi::Result<ipmi::Response>> m_answer;
};

SessionOpener::LanLogin lanLogin()
{
    SessionOpener::LanLogin login{HostEndpoint{QStringLiteral("10.0.0.5"), 6230}, {}};
    login.config.username = "admin";
    return login;
}

} // namespace

class TestHostSessionOpener final : public QObject
{
    Q_OBJECT

private slots:
    void failedProbeIsClosedAndReleasedFromTheEventLoop()
    {
        auto ledger = std::make_shared<Ledger>();
        ScriptedSession own(ledger, lanLogin());
        HostSessionOpener opener(own);
        QObject context;
        bool returned = false;
        bool calledInsideTheCall = false;
        std::optional<ipmi::Result<ipmi::SessionInfo>> opened;
        SessionOpener::SessionId id = 0;
        ipmi::SessionConfig probe;
        probe.username = "";
        id = opener.openSession(QStringLiteral("10.0.0.9"), probe, &context,
                                [&](ipmi::Result<ipmi::SessionInfo> result) {
                                    calledInsideTheCall = !returned;
                                    opened = std::move(result);
                                    opener.closeSession(id); // inside the session's own callback
                                });
        returned = true;
        QVERIFY(id != SessionOpener::OwnSession);
        QCOMPARE(opener.openSessions(), std::size_t(1));
        QVERIFY(QTest::qWaitFor([&] { return ledger->destroyed == 1; }, 5000));
        QVERIFY(!calledInsideTheCall);
        QVERIFY(opened && !opened->ok());
        QCOMPARE(ledger->openedAt, std::vector<QString>{QStringLiteral("10.0.0.9")});
        QCOMPARE(ledger->closed, 1);
        QCOMPARE(ledger->destroyedInsideOwnCallback, 0);
        QCOMPARE(opener.openSessions(), std::size_t(0));
        QCOMPARE(ledger->made, 2); // the own session and the probe
    }

    void privateSessionsLogInAtTheOwnPort()
    {
        auto ledger = std::make_shared<Ledger>();
        ledger->answeringHosts = {QStringLiteral("10.0.0.7")};
        ScriptedSession own(ledger, lanLogin());
        HostSessionOpener opener(own);
        QCOMPARE(opener.lanLogin()->endpoint.port, quint16(6230));
        QObject context;
        std::optional<bool> ok;
        const auto id = opener.openSession(QStringLiteral("10.0.0.7"), {}, &context,
                                           [&](ipmi::Result<ipmi::SessionInfo> result) { ok = result.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return ok.has_value(); }, 5000));
        QVERIFY(*ok);
        // An operation on it goes to that session, not to the own one.
        auto operation = std::make_shared<OneRequest>();
        std::optional<std::optional<ipmi::Error>> finished;
        opener.execute(id, operation, &context, [&](std::optional<ipmi::Error> stopped) { finished = stopped; });
        QVERIFY(!finished);
        QVERIFY(QTest::qWaitFor([&] { return finished.has_value(); }, 5000));
        QVERIFY(!*finished);
        QVERIFY(operation->m_answer && operation->m_answer->ok());
        QCOMPARE(ledger->requests.size(), std::size_t(1));
    }

    void operationsOnTheOwnSessionAnswerLaterAndOnlyToALiveContext()
    {
        auto ledger = std::make_shared<Ledger>();
        ScriptedSession own(ledger, lanLogin());
        HostSessionOpener opener(own);
        QObject context;
        std::optional<std::optional<ipmi::Error>> finished;
        opener.execute(SessionOpener::OwnSession, std::make_shared<OneRequest>(), &context,
                       [&](std::optional<ipmi::Error> stopped) { finished = stopped; });
        QVERIFY(!finished); // never from inside the call
        QVERIFY(QTest::qWaitFor([&] { return finished.has_value(); }, 5000));
        QVERIFY(!*finished);
        QCOMPARE(ledger->requests.size(), std::size_t(1));

        bool called = false;
        {
            QObject gone;
            opener.execute(SessionOpener::OwnSession, std::make_shared<OneRequest>(), &gone,
                           [&](std::optional<ipmi::Error>) { called = true; });
        }
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void anUnknownSessionIsAnError()
    {
        auto ledger = std::make_shared<Ledger>();
        ScriptedSession own(ledger, lanLogin());
        HostSessionOpener opener(own);
        QObject context;
        std::optional<std::optional<ipmi::Error>> finished;
        opener.execute(42, std::make_shared<OneRequest>(), &context,
                       [&](std::optional<ipmi::Error> stopped) { finished = stopped; });
        QVERIFY(QTest::qWaitFor([&] { return finished.has_value(); }, 5000));
        QVERIFY(finished->has_value());
        QVERIFY(ledger->requests.empty());
        opener.closeSession(42); // nothing to close: no effect
    }

    void sessionsStillOpenAreClosedWithTheOpener()
    {
        auto ledger = std::make_shared<Ledger>();
        ledger->answeringHosts = {QStringLiteral("10.0.0.7")};
        ScriptedSession own(ledger, lanLogin());
        QObject context;
        {
            HostSessionOpener opener(own);
            bool opened = false;
            opener.openSession(QStringLiteral("10.0.0.7"), {}, &context,
                               [&](ipmi::Result<ipmi::SessionInfo> result) { opened = result.ok(); });
            QVERIFY(QTest::qWaitFor([&] { return opened; }, 5000));
        }
        QVERIFY(QTest::qWaitFor([&] { return ledger->destroyed == 1; }, 5000));
        QCOMPARE(ledger->closed, 1);
        QCOMPARE(ledger->destroyedInsideOwnCallback, 0);
    }

    void theLocalInterfaceOpensNothing()
    {
        auto ledger = std::make_shared<Ledger>();
        ScriptedSession own(ledger, std::nullopt);
        HostSessionOpener opener(own);
        QVERIFY(!opener.lanLogin());
        QObject context;
        std::optional<ipmi::Result<ipmi::SessionInfo>> opened;
        opener.openSession(QStringLiteral("10.0.0.7"), {}, &context,
                           [&](ipmi::Result<ipmi::SessionInfo> result) { opened = std::move(result); });
        QVERIFY(!opened);
        QVERIFY(QTest::qWaitFor([&] { return opened.has_value(); }, 5000));
        QVERIFY(!opened->ok());
        QCOMPARE(opened->error().kind, ipmi::ErrorKind::Unsupported);
        QCOMPARE(ledger->made, 1);
        QCOMPARE(opener.openSessions(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestHostSessionOpener)
#include "tst_hostsessionopener.moc"
