// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsscrape.h"

#include <QRegularExpression>

std::optional<MetricsScrape> MetricsScrape::parse(const QByteArray &text, QString *error)
{
    static const QRegularExpression sampleLine(QStringLiteral(R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$)"));
    static const QRegularExpression labelPair(QStringLiteral(R"(^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)\"(,|$))"));
    MetricsScrape scrape;
    int number = 0;
    for (const QByteArray &line : text.split('\n')) {
        ++number;
        if (line.isEmpty())
            continue;
        if (line.startsWith("# HELP ")) {
            const QByteArray rest = line.mid(7);
            const qsizetype space = rest.indexOf(' ');
            scrape.m_help.insert(rest.left(space), rest.mid(space + 1));
            continue;
        }
        if (line.startsWith('#'))
            continue;
        const QString decoded = QString::fromUtf8(line);
        const QRegularExpressionMatch match = sampleLine.match(decoded);
        if (!match.hasMatch()) {
            *error = QStringLiteral("line %1 is not a sample: %2").arg(number).arg(decoded);
            return std::nullopt;
        }
        Sample sample;
        sample.family = match.captured(1).toUtf8();
        sample.value = match.captured(4).toUtf8();
        QString labels = match.captured(3);
        while (!labels.isEmpty()) {
            const QRegularExpressionMatch pair = labelPair.match(labels);
            if (!pair.hasMatch()) {
                *error = QStringLiteral("line %1 has a malformed label: %2").arg(number).arg(labels);
                return std::nullopt;
            }
            QByteArray value;
            const QByteArray escaped = pair.captured(2).toUtf8();
            for (qsizetype i = 0; i < escaped.size(); ++i) {
                if (escaped[i] == '\\' && i + 1 < escaped.size()) {
                    ++i;
                    value += escaped[i] == 'n' ? '\n' : escaped[i];
                } else {
                    value += escaped[i];
                }
            }
            sample.labels.insert(pair.captured(1).toUtf8(), value);
            labels = labels.mid(pair.capturedLength());
        }
        scrape.m_samples.append(sample);
    }
    return scrape;
}

QList<MetricsScrape::Sample> MetricsScrape::find(const QByteArray &family,
                                                 const QMap<QByteArray, QByteArray> &labels) const
{
    QList<Sample> found;
    for (const Sample &sample : m_samples) {
        if (sample.family != family)
            continue;
        bool all = true;
        for (auto it = labels.constBegin(); it != labels.constEnd() && all; ++it)
            all = sample.labels.value(it.key()) == it.value() && sample.labels.contains(it.key());
        if (all)
            found.append(sample);
    }
    return found;
}

std::optional<QByteArray> MetricsScrape::value(const QByteArray &family,
                                               const QMap<QByteArray, QByteArray> &labels) const
{
    const QList<Sample> found = find(family, labels);
    if (found.size() != 1)
        return std::nullopt;
    return found.constFirst().value;
}
