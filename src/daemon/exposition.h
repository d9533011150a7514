// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>

#include <utility>

// Metrics in the Prometheus text exposition format (version 0.0.4), written the way the
// ipmi_exporter's Go client writes them, so the two outputs compare line by line:
// families sorted by name, each with its HELP and TYPE line, samples sorted by their
// label values, labels sorted by name, values in Go's shortest 'g' form ("NaN",
// "+Inf", "7440", "1.234567e+06").
//
// A sample whose labels repeat another one's in the same family is left out (Prometheus
// would refuse the whole scrape for it).
//
// Label values may come from anywhere (a BMC's sensor names): every byte sequence becomes
// valid UTF-8 (invalid sequences and NUL turn into U+FFFD) and is escaped (backslash,
// double quote, newline), so nothing a BMC sends can break the output.
class Exposition
{
public:
    using Label = std::pair<QByteArray, QByteArray>; // name (a valid label name), raw value
    using Labels = QList<Label>;

    // Declares a gauge family; a family gets its HELP and TYPE lines once, even when
    // declared again.
    void declare(const QByteArray &name, const QByteArray &help);
    // Adds a sample to a declared family (an undeclared one is declared without help).
    void add(const QByteArray &family, Labels labels, double value);
    bool isEmpty() const { return m_families.isEmpty(); }

    QByteArray text() const;

    // The label value as the text format wants it between the quotes.
    static QByteArray escapeLabelValue(QByteArrayView raw);
    // Valid UTF-8 for any bytes: invalid sequences and NUL become U+FFFD.
    static QByteArray toValidUtf8(QByteArrayView raw);
    static QByteArray formatValue(double value);

    static constexpr QByteArrayView ContentType = "text/plain; version=0.0.4; charset=utf-8";

private:
    struct Sample
    {
        Labels labels; // sorted by name, values already escaped
        double value = 0;
    };
    struct Family
    {
        QByteArray help;
        QList<Sample> samples;
    };

    QMap<QByteArray, Family> m_families;
};
