// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/historysources.h"
#include "model/serverregistry.h"
#include "model/vault.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const VaultKdfParams Fast{10, 8, 1}; // cheap scrypt: this is no test of the vault

// A local history that answers one point per series (its index) and remembers the keys.
class FakeLocal : public HistorySource
{
public:
    QList<HistorySeriesKey> asked;

    void query(const QList<HistorySeriesKey> &series, qint64, qint64, int, QObject *context, QueryCallback done) override
    {
        asked += series;
        QList<HistoryAnswer> answers;
        for (int i = 0; i < series.size(); ++i)
            answers.append({HistorySeriesData{{{1000, double(i)}}, {}}, {}});
        QMetaObject::invokeMethod(context, [answers, done] { done(answers); }, Qt::QueuedConnection);
    }
    void events(const QUuid &, qint64, qint64, QObject *context, EventsCallback done) override
    {
        QMetaObject::invokeMethod(context, [done] { done({{1000, 7, HistoryEvent::Severity::Info, QStringLiteral("e")}}); },
                                  Qt::QueuedConnection);
    }
};

HistorySourceConfig prometheus(const QString &url, PrometheusConnection::Auth auth = PrometheusConnection::Auth::None)
{
    HistorySourceConfig config;
    config.kind = HistorySourceConfig::Kind::Prometheus;
    config.url = QUrl(url);
    config.auth = auth;
    if (auth == PrometheusConnection::Auth::Basic)
        config.user = QStringLiteral("viewer");
    return config;
}

} // namespace

// Which history source each server reads from: its nearest group's, inherited down the
// tree, the whole registry's, else local; kept in a file of its own with the secrets in
// the vault under the group's id; dropped with its group.
class TestHistorySources final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServerRegistry m_registry;
    QUuid m_lab, m_rack, m_office, m_inRack, m_inOffice, m_atTop;

    QUuid server(const QString &name, const QUuid &group)
    {
        ServerEntry entry;
        entry.name = name;
        entry.address = QStringLiteral("127.0.0.1");
        return m_registry.addServer(entry, group);
    }

    QList<HistoryAnswer> ask(HistorySource &source, const QList<HistorySeriesKey> &keys)
    {
        QList<HistoryAnswer> answers;
        bool answered = false;
        source.query(keys, 0, 10'000, 100, this, [&](QList<HistoryAnswer> got) {
            answers = std::move(got);
            answered = true;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 5000))
            qWarning("no answer within 5 s");
        return answers;
    }

private slots:
    void initTestCase()
    {
        m_lab = m_registry.addGroup(QStringLiteral("Lab"));
        m_rack = m_registry.addGroup(QStringLiteral("Rack"), m_lab);
        m_office = m_registry.addGroup(QStringLiteral("Office"));
        m_inRack = server(QStringLiteral("r1"), m_rack);
        m_inOffice = server(QStringLiteral("o1"), m_office);
        m_atTop = server(QStringLiteral("t1"), {});
    }

    void inheritsDownTheTree()
    {
        FakeLocal local;
        HistorySources sources(&m_registry, &local);
        QString error;
        QCOMPARE(sources.effectiveConfig(m_inRack).kind, HistorySourceConfig::Kind::Local); // nothing set
        QVERIFY(sources.setConfig({}, prometheus(QStringLiteral("http://all:9090")), std::nullopt, &error));
        QVERIFY(sources.setConfig(m_lab, prometheus(QStringLiteral("http://lab:9090")), std::nullopt, &error));
        HistorySourceConfig local_;
        QVERIFY(sources.setConfig(m_office, local_, std::nullopt, &error));
        QCOMPARE(sources.effectiveConfig(m_inRack).url, QUrl(QStringLiteral("http://lab:9090")));
        QCOMPARE(sources.effectiveConfig(m_rack).group, m_lab);
        QCOMPARE(sources.effectiveConfig(m_atTop).url, QUrl(QStringLiteral("http://all:9090")));
        QCOMPARE(sources.effectiveConfig(m_inOffice).kind, HistorySourceConfig::Kind::Local);
        QVERIFY(sources.setConfig(m_lab, std::nullopt, std::nullopt, &error)); // back to inheriting
        QCOMPARE(sources.effectiveConfig(m_inRack).url, QUrl(QStringLiteral("http://all:9090")));
    }

    void routesEachSeriesAndKeepsTheOrder()
    {
        FakeLocal local;
        HistorySources sources(&m_registry, &local);
        QString error;
        // The lab needs a password that no vault has given: its series say so.
        QVERIFY(sources.setConfig(m_lab, prometheus(QStringLiteral("http://lab:9090"), PrometheusConnection::Auth::Basic),
                                  std::nullopt, &error));
        const auto answers = ask(sources, {{m_atTop, QStringLiteral("a")}, {m_inRack, QStringLiteral("b")},
                                           {m_inOffice, QStringLiteral("c")}});
        QCOMPARE(answers.size(), 3);
        QVERIFY(answers[0].data && answers[2].data);
        QCOMPARE(answers[0].data->points[0].value, 0.0);
        QCOMPARE(answers[2].data->points[0].value, 1.0); // the local source's second key
        QVERIFY(!answers[1].data);
        QVERIFY2(answers[1].error.contains(QLatin1String("vault")), qPrintable(answers[1].error));
        QCOMPARE(local.asked.size(), 2);

        // Events always come from the local history.
        QList<HistoryEvent> events;
        sources.events(m_inRack, 0, 10'000, this, [&](QList<HistoryEvent> got) { events = got; });
        QTRY_COMPARE(events.size(), 1);

        QVERIFY(ask(sources, {}).isEmpty()); // answers, later, even for nothing
    }

    void persistsAndKeepsSecretsInTheVault()
    {
        const QString file = m_dir.filePath(QStringLiteral("history-sources.json"));
        Vault vault(m_dir.filePath(QStringLiteral("vault.bin")), nullptr, nullptr, Fast);
        vault.start();
        QVERIFY(vault.unlock(SecretValue::fromUtf8(QStringLiteral("master"))));
        FakeLocal local;
        {
            HistorySources sources(&m_registry, &local);
            QString error;
            QVERIFY2(sources.load(file, &error), qPrintable(error));
            sources.setVault(&vault);
            QVERIFY(sources.setConfig(m_lab, prometheus(QStringLiteral("https://lab:9090"), PrometheusConnection::Auth::Basic),
                                      SecretValue::fromUtf8(QStringLiteral("pa55")), &error));
            QTRY_VERIFY(vault.retrieve(m_lab, SecretKind::Password).result().ok());
        }
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QVERIFY(text.contains("https://lab:9090") && text.contains("viewer"));
        QVERIFY(!text.contains("pa55"));

        HistorySources again(&m_registry, &local);
        QString error;
        QVERIFY2(again.load(file, &error), qPrintable(error));
        QCOMPARE(again.ownConfig(m_lab)->user, QStringLiteral("viewer"));
        again.setVault(&vault);
        QTRY_VERIFY(again.secretOf(m_lab) == SecretValue::fromUtf8(QStringLiteral("pa55")));

        // Locking the vault takes the secret away; unlocking brings it back.
        vault.lock();
        QVERIFY(again.secretOf(m_lab).isEmpty());
        const auto locked = ask(again, {{m_inRack, QStringLiteral("x")}});
        QVERIFY(locked.value(0).error.contains(QLatin1String("vault")));
        QVERIFY(vault.unlock(SecretValue::fromUtf8(QStringLiteral("master"))));
        QTRY_VERIFY(again.secretOf(m_lab) == SecretValue::fromUtf8(QStringLiteral("pa55")));

        // No authentication any more: the secret leaves the vault.
        QVERIFY(again.setConfig(m_lab, prometheus(QStringLiteral("https://lab:9090")), std::nullopt, &error));
        QTRY_COMPARE(vault.retrieve(m_lab, SecretKind::Password).result().status, VaultReply::Status::NotFound);

        // A damaged file is reported, not overwritten.
        QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly) && broken.write("{\"format\": 1") > 0);
        broken.close();
        HistorySources damaged(&m_registry, &local);
        QVERIFY(!damaged.load(broken.fileName(), &error));
        QVERIFY(error.contains(QLatin1String("broken.json")));
    }

    void forgetsRemovedGroups()
    {
        FakeLocal local;
        HistorySources sources(&m_registry, &local);
        QString error;
        QVERIFY(sources.load(m_dir.filePath(QStringLiteral("removal.json")), &error));
        const QUuid gone = m_registry.addGroup(QStringLiteral("Gone"), m_office);
        const QUuid inside = m_registry.addGroup(QStringLiteral("Inside"), gone);
        QVERIFY(sources.setConfig(inside, prometheus(QStringLiteral("http://x:9090")), std::nullopt, &error));
        QVERIFY(sources.setConfig(m_lab, prometheus(QStringLiteral("http://lab:9090")), std::nullopt, &error));
        QVERIFY(m_registry.remove(gone)); // with its subgroup
        QVERIFY(!sources.ownConfig(inside));
        QVERIFY(sources.ownConfig(m_lab));
        HistorySources reloaded(&m_registry, &local);
        QVERIFY(reloaded.load(m_dir.filePath(QStringLiteral("removal.json")), &error));
        QCOMPARE(reloaded.configs().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHistorySources)
#include "tst_historysources.moc"
