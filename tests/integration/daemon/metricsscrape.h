// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// A scrape as Prometheus reads it: the samples of a text-format page, parsed strictly
// (a line that is not a comment or a well-formed sample is an error), for tests that
// compare what bmcpilotd serves with what a BMC reports.
class MetricsScrape
{
public:
    struct Sample
    {
        QByteArray family;
        QMap<QByteArray, QByteArray> labels; // unescaped values
        QByteArray value;                    // as written ("23", "NaN")
    };

    // Nothing, with *error naming the line, when the text is not valid exposition.
    static std::optional<MetricsScrape> parse(const QByteArray &text, QString *error);

    // Samples of the family whose labels include every given one.
    QList<Sample> find(const QByteArray &family, const QMap<QByteArray, QByteArray> &labels = {}) const;
    std::optional<QByteArray> value(const QByteArray &family, const QMap<QByteArray, QByteArray> &labels) const;
    const QList<Sample> &samples() const { return m_samples; }
    QByteArray help(const QByteArray &family) const { return m_help.value(family); }

private:
    QList<Sample> m_samples;
    QMap<QByteArray, QByteArray> m_help;
};
