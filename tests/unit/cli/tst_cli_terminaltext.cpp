// SPDX-License-Identifier: GPL-3.0-or-later
// Text from a BMC made inert before it reaches a terminal: C0 controls, DEL and C1
// controls are written as \xNN; whole outputs keep their own line breaks and tabs.
#include "cli/terminaltext.h"

#include <QTest>

class TestCliTerminalText final : public QObject
{
    Q_OBJECT

private slots:
    void plainTextIsUnchanged()
    {
        const QString text = QStringLiteral("CPU1 Temp | 54 degrees C | ok\nFan1A\t7440 RPM, Boérd 温度");
        QCOMPARE(terminalSafe(text, LineBreaks::Keep), text);
        QCOMPARE(bmcText("Pilot R240 Mainboard"), QStringLiteral("Pilot R240 Mainboard"));
    }

    void controlsAreEscaped()
    {
        // Clears the screen, retitles the terminal, rings the bell and returns the carriage.
        const std::string hostile = "Lab\x1b[2J\x1b]0;owned\a\rServer";
        QCOMPARE(bmcText(hostile), QStringLiteral("Lab\\x1b[2J\\x1b]0;owned\\x07\\x0dServer"));
        QCOMPARE(bmcText(std::string("a\nb\tc\x7f", 6)), QStringLiteral("a\\x0ab\\x09c\\x7f"));
        // C1 controls: CSI (9Bh) as a Latin-1 byte arrives as U+009B.
        QCOMPARE(terminalSafe(QString(QChar(0x9B)) + QStringLiteral("2J"), LineBreaks::Keep), QStringLiteral("\\x9b2J"));
        QCOMPARE(bmcText(std::string("\0x", 2)), QStringLiteral("\\x00x"));
    }

    void wholeOutputsKeepTheirLineBreaks()
    {
        QCOMPARE(terminalSafe(QStringLiteral("one\n\ttwo\r\n"), LineBreaks::Keep), QStringLiteral("one\n\ttwo\\x0d\n"));
    }

    void jsonTextIsRaw()
    {
        QCOMPARE(jsonText("a\x1b"), QStringLiteral("a\x1b"));
    }
};

QTEST_GUILESS_MAIN(TestCliTerminalText)
#include "tst_cli_terminaltext.moc"
