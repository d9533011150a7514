// SPDX-License-Identifier: GPL-3.0-or-later
// TerminalWidget (libvterm in a QWidget): text, colours, cursor, keys, scrollback, resize,
// copy and paste; and SolConsole against pyghmi's BMC, with its log file.
#include "demo/ipmisimfixture.h"
#include "demo/pyghmifixture.h"
#include "transport/solclient.h"
#include "ui/solconsole.h"
#include "ui/terminalwidget.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QScopeGuard>

class TestTerminalWidget final : public QObject
{
    Q_OBJECT

private slots:
    void drawsTextWithColours()
    {
        TerminalWidget terminal;
        terminal.resize(800, 400);
        terminal.feed("\x1b[31mred\x1b[0m plain \x1b[38;2;10;200;30mrgb");
        QCOMPARE(terminal.screenLine(0), QStringLiteral("red plain rgb"));
        const QColor red = terminal.foregroundAt(0, 0);
        QVERIFY2(red.red() > 100 && red.green() < 80 && red.blue() < 80, qPrintable(red.name()));
        const QColor plain = terminal.foregroundAt(0, 4);
        QVERIFY(plain != red);
        QCOMPARE(terminal.foregroundAt(0, 10), QColor(10, 200, 30));
        terminal.feed("\x1b[44m \x1b[0m");
        const QColor blue = terminal.backgroundAt(0, 13);
        QVERIFY2(blue.blue() > blue.red(), qPrintable(blue.name()));
    }

    // A wide character takes two columns: read back as itself (no filler, no stray
    // character for its second column), and the text after it stays in its column.
    void wideCharactersTakeTwoColumns()
    {
        TerminalWidget terminal;
        terminal.resize(400, 150);
        terminal.feed(QByteArray("\xe4\xb8\xad\xe6\x96\x87 ok\r\n"));
        QCOMPARE(terminal.screenLine(0), QStringLiteral("中文 ok"));
        for (int i = 0; i < 100; ++i)
            terminal.feed(QByteArray("\r\n"));
        QVERIFY(terminal.scrollbackLines() > 0);
        bool found = false;
        for (int line = 0; line < terminal.scrollbackLines(); ++line)
            found = found || terminal.scrollbackLine(line) == QStringLiteral("中文 ok");
        QVERIFY(found);
    }

    void tracksTheCursor()
    {
        TerminalWidget terminal;
        terminal.resize(800, 400);
        terminal.feed("ab\r\ncd");
        QCOMPARE(terminal.cursorPosition(), QPoint(2, 1));
        terminal.feed("\x1b[5;10H");
        QCOMPARE(terminal.cursorPosition(), QPoint(9, 4));
        terminal.feed("\x1b[?25l");
        QVERIFY(!terminal.cursorVisible());
    }

    void keysBecomeTerminalInput()
    {
        TerminalWidget terminal;
        terminal.resize(800, 400);
        QSignalSpy input(&terminal, &TerminalWidget::input);
        QTest::keyClicks(&terminal, QStringLiteral("ls"));
        QTest::keyClick(&terminal, Qt::Key_Return);
        QTest::keyClick(&terminal, Qt::Key_Up);
        QTest::keyClick(&terminal, Qt::Key_C, Qt::ControlModifier);
        QByteArray all;
        for (const auto &args : input)
            all += args.at(0).toByteArray();
        QCOMPARE(all, QByteArray("ls\r\x1b[A\x03"));
    }

    void keepsScrollbackAndResizes()
    {
        TerminalWidget terminal;
        terminal.resize(600, 200);
        terminal.show(); // a hidden widget gets its resize events only when shown
        QVERIFY(QTest::qWaitForWindowExposed(&terminal));
        const int rows = terminal.rows();
        QVERIFY(rows >= 2);
        QByteArray text;
        for (int i = 0; i < 100; ++i)
            text += "line " + QByteArray::number(i) + "\r\n";
        terminal.feed(text);
        QCOMPARE(terminal.scrollbackLines(), 100 - rows + 1);
        QCOMPARE(terminal.scrollbackLine(0), QStringLiteral("line 0"));
        QCOMPARE(terminal.screenLine(rows - 2), QStringLiteral("line 99"));

        QSignalSpy resized(&terminal, &TerminalWidget::sizeChanged);
        const int columns = terminal.columns();
        terminal.resize(900, 400);
        QVERIFY(resized.count() >= 1);
        QVERIFY(terminal.columns() > columns);
        QVERIFY(terminal.rows() > rows);
        // Growing pulls lines back from the scrollback; the last line stays visible.
        bool found = false;
        for (int row = 0; row < terminal.rows(); ++row)
            found = found || terminal.screenLine(row) == QLatin1String("line 99");
        QVERIFY(found);
    }

    void copiesAndPastes()
    {
        TerminalWidget terminal;
        terminal.resize(600, 200);
        terminal.feed("first\r\nsecond");
        terminal.selectAll();
        QVERIFY(terminal.selectedText().startsWith(QStringLiteral("first\nsecond")));
        terminal.copy();
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("first\nsecond")));
        QGuiApplication::clipboard()->setText(QStringLiteral("a\nb"));
        QSignalSpy input(&terminal, &TerminalWidget::input);
        terminal.paste();
        QByteArray all;
        for (const auto &args : input)
            all += args.at(0).toByteArray();
        QVERIFY2(all.contains("a\rb"), all.constData()); // newlines typed as Enter
    }

    void consoleShowsTheBmcAndLogs_data()
    {
        QTest::addColumn<bool>("onWorkerThread");
        QTest::newRow("session on the window's thread") << false;
        QTest::newRow("session on a worker thread") << true; // as the application runs it
    }

    void consoleShowsTheBmcAndLogs()
    {
        QFETCH(bool, onWorkerThread);
        QThread worker;
        worker.start();
        const auto stopWorker = qScopeGuard([&worker] {
            worker.quit();
            worker.wait();
        });
        sim::PyghmiFixture bmc;
        QVERIFY2(bmc.start(), qPrintable(bmc.errorString()));
        bmc.setPowerState(0, true);
        const sim::Account admin = *bmc.bmc(0).account(ipmi::Privilege::Administrator);
        ipmi::SessionConfig config;
        config.username = admin.user.toStdString();
        config.password = ipmi::SecretBytes(std::string_view(admin.password.toStdString()));
        config.cipher.pinnedSuite = std::uint8_t(3);
        QTemporaryDir dir;
        const BmcEndpoint endpoint{false, bmc.bmc(0).host, bmc.bmc(0).port, config, {}};
        auto *console = new SolConsole(endpoint, onWorkerThread ? &worker : nullptr);
        QPointer<SolConsole> guard(console);
        QVERIFY(console->startLog(dir.filePath(QStringLiteral("sol.log"))));
        console->show();
        console->connectToHost();
        const auto screenHas = [console](const QString &text) {
            for (int row = 0; row < console->terminal()->rows(); ++row)
                if (console->terminal()->screenLine(row).contains(text))
                    return true;
            return false;
        };
        QVERIFY2(QTest::qWaitFor([&] { return screenHas(QStringLiteral("simulated console")); }, 20000),
                 qPrintable(console->statusText()));
        QTest::keyClicks(console->terminal(), QStringLiteral("typed"));
        QTest::keyClick(console->terminal(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return screenHas(QStringLiteral("typed")); }, 10000));
        console->stopLog();
        QFile log(dir.filePath(QStringLiteral("sol.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString logged = QString::fromUtf8(log.readAll());
        QVERIFY2(logged.contains(QRegularExpression(QStringLiteral("\\[\\d{4}-\\d\\d-\\d\\dT[0-9:.]+\\] BMC Pilot simulated console"))),
                 qPrintable(logged));
        console->close(); // deactivates first, then deletes itself
        QVERIFY(QTest::qWaitFor([&] { return guard.isNull(); }, 5000));
    }
    // ipmi_sim without a SOL port answers Activate Payload with a refusal: the console
    // says so once and does not knock again every few seconds.
    void consoleStopsOnABmcWithoutSol()
    {
        sim::IpmiSimFixture bmc;
        QVERIFY2(bmc.start(), qPrintable(bmc.errorString()));
        const sim::Account admin = *bmc.bmc(0).account(ipmi::Privilege::Administrator);
        ipmi::SessionConfig config;
        config.username = admin.user.toStdString();
        config.password = ipmi::SecretBytes(std::string_view(admin.password.toStdString()));
        config.cipher.pinnedSuite = std::uint8_t(3);
        SolConsole console(BmcEndpoint{false, bmc.bmc(0).host, bmc.bmc(0).port, config, {}});
        console.offerSettings();
        QSignalSpy settings(&console, &SolConsole::settingsRequested);
        console.show();
        console.connectToHost();
        QTRY_VERIFY_WITH_TIMEOUT(console.statusText().startsWith(QStringLiteral("Cannot connect")), 20000);
        QVERIFY2(!console.statusText().contains(QStringLiteral("trying again")), qPrintable(console.statusText()));
        // Where to look next is one click away.
        QVERIFY2(console.statusText().endsWith(QStringLiteral("check the SOL settings")), qPrintable(console.statusText()));
        auto *action = console.findChild<QAction *>(QStringLiteral("actionSettings"));
        QVERIFY(action && action->isVisible());
        action->trigger();
        QCOMPARE(settings.count(), 1);
        const QString status = console.statusText();
        QTest::qWait(6000); // longer than the reconnect pause
        QCOMPARE(console.statusText(), status);
    }

    // The local interface carries no SOL: the console says so in the client's sentence,
    // once, without touching the device.
    void consoleOfTheLocalBmcSaysSolIsNotAvailable()
    {
        BmcEndpoint local;
        local.local = true;
        local.host = QStringLiteral("local");
        SolConsole console(local);
        console.show();
        console.connectToHost();
        QTRY_VERIFY_WITH_TIMEOUT(console.statusText().startsWith(QStringLiteral("Cannot connect")), 5000);
        QVERIFY2(console.statusText().contains(QStringLiteral("not available through this machine's local interface")),
                 qPrintable(console.statusText()));
        QVERIFY2(!console.statusText().contains(QStringLiteral("trying again")), qPrintable(console.statusText()));
    }
};

QTEST_MAIN(TestTerminalWidget)
#include "tst_terminalwidget.moc"
