// SPDX-License-Identifier: GPL-3.0-or-later
// A BMC that stores a hostile user name (an escape sequence that clears the screen, one
// that retitles the terminal, a bell and a carriage return) through the command line's
// own raw Set User Name: `user list` writes it inert (\x1b, \x0d ...) in plain output,
// with several hosts too, and --json keeps the real bytes for programs to read.
#include "demo/ipmisimfixture.h"
#include "toolrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCliHostileText final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sims.start(), qPrintable(m_sims.errorString()));
        m_bmc = m_sims.bmc(0);
        m_connection = clitest::adminConnection(m_bmc, &m_password);
        // Set User Name (App 45h) for user 9: 16 bytes, the hostile name is exactly that.
        QStringList raw{QStringLiteral("raw"), QStringLiteral("0x06"), QStringLiteral("0x45"), QStringLiteral("0x09")};
        for (std::size_t i = 0; i + 1 < sizeof(Hostile); ++i)
            raw << QStringLiteral("0x%1").arg(quint8(Hostile[i]), 2, 16, QLatin1Char('0'));
        QCOMPARE(raw.size(), 4 + 16);
        const clitest::Run set = cli(m_connection, raw);
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    }

    void plainOutputIsInert()
    {
        const clitest::Run list = cli(m_connection, {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("1")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(QStringLiteral("Lab\\x1b[2J\\x1b]0;x\\x07\\x0dSv")), qPrintable(list.out));
        for (const QChar c : list.out)
            QVERIFY2(c == u'\n' || c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7F), qPrintable(list.out));
    }

    void severalHostsKeepTheirPrefixes()
    {
        // The same BMC under two names: two hosts, each line prefixed.
        QStringList connection = m_connection;
        const qsizetype host = connection.indexOf(QStringLiteral("-H"));
        connection[host + 1] = QStringLiteral("127.0.0.1:%1,localhost:%1").arg(m_bmc.port);
        const clitest::Run list = cli(connection, {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("1")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        for (const QString &line : list.out.split(u'\n', Qt::SkipEmptyParts)) {
            QVERIFY2(line.startsWith(QStringLiteral("127.0.0.1:")) || line.startsWith(QStringLiteral("localhost:")),
                     qPrintable(line));
            QVERIFY(!line.contains(u'\r') && !line.contains(QChar(0x1b)));
        }
    }

    void jsonKeepsTheBytes()
    {
        const clitest::Run list =
            cli(m_connection, {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("1")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY(!list.out.contains(QChar(0x1b))); // JSON escapes it as \u001b
        bool found = false;
        const QJsonDocument document = QJsonDocument::fromJson(list.out.toUtf8());
        const QJsonArray users = document.isArray() ? document.array()
                                                    : document.object().value(QStringLiteral("users")).toArray();
        for (const QJsonValue &user : users)
            found = found || user.toObject().value(QStringLiteral("name")).toString() == QString::fromLatin1(Hostile);
        QVERIFY2(found, qPrintable(list.out));
    }

private:
    static constexpr char Hostile[] = "Lab\x1b[2J\x1b]0;x\a\rSv";
    static_assert(sizeof(Hostile) == 17);

    clitest::Run cli(const QStringList &connection, const QStringList &command)
    {
        return clitest::run(QStringLiteral(BMCPILOT_CLI_PATH), QStringList{QStringLiteral("-C"), QStringLiteral("3")}
                                                               + connection + command,
                            m_password);
    }

    sim::IpmiSimFixture m_sims;
    sim::SimBmc m_bmc;
    QString m_password;
    QStringList m_connection;
};

QTEST_GUILESS_MAIN(TestCliHostileText)
#include "tst_cli_hostile_text.moc"
