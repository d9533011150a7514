// SPDX-License-Identifier: GPL-3.0-or-later
// The RMCP+ session (suite 3: HMAC-SHA1-96 integrity, AES-CBC-128) driven straight over a
// UDP socket through the fault proxy while it flips a byte in 20 % of the datagrams both
// ways: every answer equals the one over a clean path, and the session's own counters show
// that damaged datagrams were rejected (integrity or format), never decoded as data.
#include "udpfaultproxy.h"

#include "ipmi/session/lansession.h"
#include "demo/ipmisimfixture.h"

#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <chrono>
#include <map>

namespace {

// One LanSession, its socket and its timer: the I/O the transport layer normally adds.
class SessionDriver
{
public:
    SessionDriver(const sim::SimBmc &bmc, quint16 port) : m_port(port)
    {
        const sim::Account admin = *bmc.account(ipmi::Privilege::Administrator);
        ipmi::SessionConfig config;
        config.username = admin.user.toStdString();
        config.password = ipmi::SecretBytes(admin.password.toStdString());
        config.cipher.pinnedSuite = 3;
        // The default retry policy: 20 % damage each way must not exhaust it.
        config.peerName = "127.0.0.1:" + std::to_string(port);
        m_session = std::make_unique<ipmi::LanSession>(std::move(config));
        m_socket.bind(QHostAddress::LocalHost, 0);
        QObject::connect(&m_socket, &QUdpSocket::readyRead, [this] {
            while (m_socket.hasPendingDatagrams()) {
                QByteArray data(int(m_socket.pendingDatagramSize()), '\0');
                m_socket.readDatagram(data.data(), data.size());
                m_session->handleDatagram(ipmi::ByteView(reinterpret_cast<const std::uint8_t *>(data.constData()),
                                                         std::size_t(data.size())),
                                          now());
                pump();
            }
        });
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_session->handleTimeout(now());
            pump();
        });
        m_session->open(now());
        pump();
    }

    // Sends one request and waits for its answer (or failure).
    std::optional<ipmi::Response> call(const ipmi::Request &request, QString *error)
    {
        const ipmi::RequestId id = m_session->submit(request, now());
        pump();
        if (!QTest::qWaitFor([&] { return m_done.count(id) > 0 || m_failed; }, 60000)) {
            *error = QStringLiteral("no answer within 60 s");
            return std::nullopt;
        }
        auto found = m_done.find(id);
        if (found == m_done.end() || !found->second) {
            *error = m_error;
            return std::nullopt;
        }
        return found->second;
    }

    const ipmi::SessionStats &stats() const { return m_session->stats(); }

private:
    static ipmi::TimePoint now() { return std::chrono::steady_clock::now(); }

    void pump()
    {
        while (auto datagram = m_session->pollTransmit())
            m_socket.writeDatagram(reinterpret_cast<const char *>(datagram->data()), qint64(datagram->size()),
                                   QHostAddress::LocalHost, m_port);
        while (auto event = m_session->pollEvent()) {
            if (auto *completed = std::get_if<ipmi::session_event::Completed>(&*event)) {
                m_done[completed->id] = completed->response;
            } else if (auto *failed = std::get_if<ipmi::session_event::Failed>(&*event)) {
                m_done[failed->id] = std::nullopt;
                m_error = QString::fromStdString(failed->error.message);
            } else if (auto *lost = std::get_if<ipmi::session_event::SessionFailed>(&*event)) {
                m_failed = true;
                m_error = QString::fromStdString(lost->error.message);
            }
        }
        if (const auto due = m_session->pollTimeout()) {
            const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(*due - now()).count();
            m_timer.start(int(std::max<long long>(0, wait)));
        } else {
            m_timer.stop();
        }
    }

    quint16 m_port;
    std::unique_ptr<ipmi::LanSession> m_session;
    QUdpSocket m_socket;
    QTimer m_timer;
    std::map<ipmi::RequestId, std::optional<ipmi::Response>> m_done;
    bool m_failed = false;
    QString m_error;
};

// Get Device ID, Get SDR Repository Info and Get SDR of the first records: answers that
// do not change between two sessions.
QList<ipmi::Request> requests()
{
    QList<ipmi::Request> list;
    for (int round = 0; round < 10; ++round) {
        list.append({0x06, 0x01, {}, 0});
        list.append({0x0a, 0x20, {}, 0});
        for (std::uint8_t record = 0; record < 4; ++record)
            list.append({0x0a, 0x23, {0x00, 0x00, record, 0x00, 0x00, 0xff}, 0});
    }
    return list;
}

} // namespace

class TestFaultsSession final : public QObject
{
    Q_OBJECT

private slots:
    void corruptedDatagramsAreRejected()
    {
        sim::IpmiSimFixture sims;
        QVERIFY2(sims.start(), qPrintable(sims.errorString()));
        const sim::SimBmc bmc = sims.bmc(0);
        UdpFaultProxy::Faults faults;
        faults.corrupt = 0.2;
        faults.seed = 3;
        UdpFaultProxy proxy(QHostAddress(bmc.host), bmc.port, faults);
        QVERIFY2(proxy.listen(), qPrintable(proxy.errorString()));

        SessionDriver clean(bmc, bmc.port);
        SessionDriver damaged(bmc, proxy.listenPort());
        int compared = 0;
        for (const ipmi::Request &request : requests()) {
            QString error;
            const auto expected = clean.call(request, &error);
            QVERIFY2(expected, qPrintable(error));
            const auto got = damaged.call(request, &error);
            QVERIFY2(got, qPrintable(error));
            QCOMPARE(got->completionCode, expected->completionCode);
            QVERIFY(got->data == expected->data);
            ++compared;
        }
        const ipmi::SessionStats &stats = damaged.stats();
        const auto rejected = stats.droppedUnauthenticated + stats.droppedMalformed + stats.droppedWrongSession;
        qInfo("%d answers equal; proxy corrupted %llu of %llu datagrams; session: sent %llu, retransmitted %llu, "
              "handshake restarts %llu, dropped unauthenticated %llu, malformed %llu, wrong session %llu, replayed %llu",
              compared, static_cast<unsigned long long>(proxy.counters().corrupted),
              static_cast<unsigned long long>(proxy.counters().forwarded),
              static_cast<unsigned long long>(stats.datagramsSent), static_cast<unsigned long long>(stats.retransmissions),
              static_cast<unsigned long long>(stats.handshakeRestarts),
              static_cast<unsigned long long>(stats.droppedUnauthenticated),
              static_cast<unsigned long long>(stats.droppedMalformed),
              static_cast<unsigned long long>(stats.droppedWrongSession),
              static_cast<unsigned long long>(stats.droppedReplayed));
        QVERIFY(proxy.counters().corrupted > 0);
        // Damaged answers to us were thrown away by the checks (the rest were requests the
        // BMC dropped, seen here as retransmissions).
        QVERIFY(rejected > 0);
        QVERIFY(stats.droppedUnauthenticated > 0);
        QVERIFY(stats.retransmissions > 0);
        QCOMPARE(clean.stats().droppedUnauthenticated, std::uint64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestFaultsSession)
#include "tst_faults_session.moc"
