// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/exposition.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <limits>

namespace {

// The reader's side of the text format's label value escapes.
QByteArray unescape(const QByteArray &escaped)
{
    QByteArray out;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (escaped[i] == '\\' && i + 1 < escaped.size()) {
            ++i;
            out += escaped[i] == 'n' ? '\n' : escaped[i];
        } else {
            out += escaped[i];
        }
    }
    return out;
}

} // namespace

class TestExposition final : public QObject
{
    Q_OBJECT

private slots:
    void values_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        // As Go's strconv.FormatFloat(v, 'g', -1, 64), which the exporter's output uses.
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("one") << 1.0 << QByteArray("1");
        QTest::newRow("integer") << 7440.0 << QByteArray("7440");
        QTest::newRow("negative") << -7.0 << QByteArray("-7");
        QTest::newRow("fraction") << 41.5 << QByteArray("41.5");
        QTest::newRow("shortest") << 12.1 << QByteArray("12.1");
        QTest::newRow("small") << 0.060551958 << QByteArray("0.060551958");
        QTest::newRow("below 1e-4") << 0.00001 << QByteArray("1e-05");
        QTest::newRow("1e5 stays") << 100000.0 << QByteArray("100000");
        QTest::newRow("1e6 exponent") << 1000000.0 << QByteArray("1e+06");
        QTest::newRow("digits exponent") << 1234567.0 << QByteArray("1.234567e+06");
        QTest::newRow("big") << 1.5e300 << QByteArray("1.5e+300");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QByteArray("NaN");
        QTest::newRow("+inf") << std::numeric_limits<double>::infinity() << QByteArray("+Inf");
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << QByteArray("-Inf");
    }
    void values()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(Exposition::formatValue(value), text);
    }

    void escapesLabelValues()
    {
        QCOMPARE(Exposition::escapeLabelValue("a\\b\"c\nd"), QByteArray("a\\\\b\\\"c\\nd"));
        QCOMPARE(Exposition::escapeLabelValue("Fan 1A"), QByteArray("Fan 1A"));
        // Invalid UTF-8 and NUL become U+FFFD; valid multi-byte text is kept.
        QCOMPARE(Exposition::escapeLabelValue(QByteArray("T\xff\xfe", 3)), QByteArray("T\xef\xbf\xbd\xef\xbf\xbd"));
        QCOMPARE(Exposition::escapeLabelValue(QByteArray("A\0B", 3)), QByteArray("A\xef\xbf\xbd" "B"));
        QCOMPARE(Exposition::escapeLabelValue("温度"), QByteArray("温度"));
    }

    void familiesAndSamplesAreSortedAsTheGoClientSortsThem()
    {
        Exposition out;
        out.declare("ipmi_up", "'1' if up.");
        out.declare("ipmi_fan_speed_rpm", "Fan speed.");
        out.add("ipmi_up", {{"collector", "sel"}}, 1);
        out.add("ipmi_up", {{"collector", "bmc"}}, 0);
        out.add("ipmi_fan_speed_rpm", {{"name", "Fan2"}, {"id", "5"}}, 7800);
        out.add("ipmi_fan_speed_rpm", {{"name", "Fan1"}, {"id", "18"}}, 7440);
        const QByteArray expected = "# HELP ipmi_fan_speed_rpm Fan speed.\n"
                                    "# TYPE ipmi_fan_speed_rpm gauge\n"
                                    "ipmi_fan_speed_rpm{id=\"18\",name=\"Fan1\"} 7440\n"
                                    "ipmi_fan_speed_rpm{id=\"5\",name=\"Fan2\"} 7800\n"
                                    "# HELP ipmi_up '1' if up.\n"
                                    "# TYPE ipmi_up gauge\n"
                                    "ipmi_up{collector=\"bmc\"} 0\n"
                                    "ipmi_up{collector=\"sel\"} 1\n";
        QCOMPARE(out.text(), expected);
    }

    void repeatedLabelsKeepTheFirstSample()
    {
        Exposition out;
        out.add("ipmi_sensor_value", {{"id", "7"}, {"name", "X"}}, 1);
        out.add("ipmi_sensor_value", {{"id", "7"}, {"name", "X"}}, 2);
        out.add("ipmi_scrape_duration_seconds", {}, 0.5);
        QCOMPARE(out.text(), QByteArray("# TYPE ipmi_scrape_duration_seconds gauge\n"
                                        "ipmi_scrape_duration_seconds 0.5\n"
                                        "# TYPE ipmi_sensor_value gauge\n"
                                        "ipmi_sensor_value{id=\"7\",name=\"X\"} 1\n"));
    }

    // Random bytes as sensor names: every line must still be a well-formed sample in
    // valid UTF-8, and every name must come back from its escaped form.
    void randomBytesStayValidSamples()
    {
        QRandomGenerator random(20261207);
        Exposition out;
        QList<QByteArray> names;
        for (int i = 0; i < 2000; ++i) {
            QByteArray name(int(random.bounded(0, 24)), Qt::Uninitialized);
            for (char &c : name)
                c = char(random.bounded(0, 256));
            names.append(name);
            out.add("ipmi_sensor_value", {{"id", QByteArray::number(i)}, {"name", name}}, double(i));
        }
        const QByteArray text = out.text();
        QVERIFY(QString::fromUtf8(text).toUtf8() == text); // valid UTF-8 throughout
        static const QRegularExpression sample(
            QStringLiteral("^ipmi_sensor_value\\{id=\"(\\d+)\",name=\"((?:[^\"\\\\\\n]|\\\\\\\\|\\\\\"|\\\\n)*)\"\\} (\\d+)$"));
        int samples = 0;
        for (const QByteArray &line : text.split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QRegularExpressionMatch match = sample.match(QString::fromUtf8(line));
            QVERIFY2(match.hasMatch(), line.constData());
            const int id = match.captured(1).toInt();
            QCOMPARE(match.captured(3).toInt(), id);
            QCOMPARE(unescape(match.captured(2).toUtf8()), Exposition::toValidUtf8(names[id]));
            ++samples;
        }
        QCOMPARE(samples, 2000);
    }
};

QTEST_GUILESS_MAIN(TestExposition)
#include "tst_exposition.moc"
