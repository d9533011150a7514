// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/exposition.h"

#include <QString>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

void Exposition::declare(const QByteArray &name, const QByteArray &help)
{
    Family &family = m_families[name];
    if (family.help.isEmpty())
        family.help = help;
}

void Exposition::add(const QByteArray &family, Labels labels, double value)
{
    for (Label &label : labels)
        label.second = escapeLabelValue(label.second);
    std::sort(labels.begin(), labels.end(),
              [](const Label &a, const Label &b) { return a.first < b.first; });
    m_families[family].samples.append(Sample{std::move(labels), value});
}

QByteArray Exposition::text() const
{
    QByteArray out;
    for (auto family = m_families.constBegin(); family != m_families.constEnd(); ++family) {
        QList<Sample> samples = family->samples;
        // As the Go client: by the label values, in label name order.
        std::stable_sort(samples.begin(), samples.end(), [](const Sample &a, const Sample &b) {
            const qsizetype common = std::min(a.labels.size(), b.labels.size());
            for (qsizetype i = 0; i < common; ++i) {
                if (a.labels[i].second != b.labels[i].second)
                    return a.labels[i].second < b.labels[i].second;
            }
            return a.labels.size() < b.labels.size();
        });
        if (!family->help.isEmpty())
            out += "# HELP " + family.key() + ' ' + family->help + '\n';
        out += "# TYPE " + family.key() + " gauge\n";
        const Labels *previous = nullptr;
        for (const Sample &sample : samples) {
            // Two samples with the same labels would make Prometheus refuse the whole
            // scrape; the first one stays.
            if (previous && *previous == sample.labels)
                continue;
            previous = &sample.labels;
            out += family.key();
            if (!sample.labels.isEmpty()) {
                out += '{';
                for (qsizetype i = 0; i < sample.labels.size(); ++i) {
                    if (i > 0)
                        out += ',';
                    out += sample.labels[i].first + "=\"" + sample.labels[i].second + '"';
                }
                out += '}';
            }
            out += ' ' + formatValue(sample.value) + '\n';
        }
    }
    return out;
}

QByteArray Exposition::toValidUtf8(QByteArrayView raw)
{
    // QString's decoder replaces every invalid sequence with U+FFFD.
    QString text = QString::fromUtf8(raw);
    text.replace(QChar(u'\0'), QChar(QChar::ReplacementCharacter));
    return text.toUtf8();
}

QByteArray Exposition::escapeLabelValue(QByteArrayView raw)
{
    const QByteArray valid = toValidUtf8(raw);
    QByteArray out;
    out.reserve(valid.size());
    for (char c : valid) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray Exposition::formatValue(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    if (value == 0)
        return "0";
    // Go's strconv.FormatFloat(v, 'g', -1, 64): the shortest digits that read back
    // exactly, in exponent form when the exponent is below -4 or at least 6.
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    if (error != std::errc())
        return "NaN";
    const std::string_view scientific(buffer, std::size_t(end - buffer));
    const std::size_t e = scientific.find('e');
    const bool negative = scientific.front() == '-';
    std::string digits;
    for (char c : scientific.substr(negative ? 1 : 0, e - (negative ? 1 : 0)))
        if (c != '.')
            digits += c;
    const int exponent = std::atoi(std::string(scientific.substr(e + 1)).c_str());
    QByteArray out(negative ? "-" : "");
    if (exponent < -4 || exponent >= 6) {
        out += digits.front();
        if (digits.size() > 1)
            out += '.' + QByteArray::fromStdString(digits.substr(1));
        out += 'e';
        out += exponent < 0 ? '-' : '+';
        const QByteArray magnitude = QByteArray::number(std::abs(exponent));
        out += (magnitude.size() < 2 ? "0" : "") + magnitude;
        return out;
    }
    if (exponent < 0) {
        out += "0." + QByteArray(-exponent - 1, '0') + QByteArray::fromStdString(digits);
        return out;
    }
    const std::size_t integerDigits = std::size_t(exponent) + 1;
    if (digits.size() <= integerDigits) {
        out += QByteArray::fromStdString(digits) + QByteArray(qsizetype(integerDigits - digits.size()), '0');
    } else {
        out += QByteArray::fromStdString(digits.substr(0, integerDigits)) + '.' +
               QByteArray::fromStdString(digits.substr(integerDigits));
    }
    return out;
}
