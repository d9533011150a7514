// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminaltext.h"

#include <algorithm>
#include <cstdio>

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

} // namespace

QString terminalSafe(const QString &text, LineBreaks lineBreaks)
{
    const auto passes = [lineBreaks](char16_t c) {
        return !isControl(c) || (lineBreaks == LineBreaks::Keep && (c == u'\n' || c == u'\t'));
    };
    if (std::all_of(text.cbegin(), text.cend(), [&](QChar c) { return passes(c.unicode()); }))
        return text; // the usual case: no copy
    QString safe;
    safe.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (passes(c.unicode()))
            safe += c;
        else
            safe += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    }
    return safe;
}

QString bmcText(std::string_view text)
{
    return terminalSafe(QString::fromUtf8(text.data(), qsizetype(text.size())), LineBreaks::Escape);
}

QString jsonText(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

void printWarning(const QString &message)
{
    std::fprintf(stderr, "warning: %s\n", terminalSafe(message, LineBreaks::Escape).toLocal8Bit().constData());
}

void printWarning(std::string_view message)
{
    printWarning(jsonText(message));
}

void printWarnings(const std::vector<std::string> &messages)
{
    for (const std::string &message : messages)
        printWarning(std::string_view(message));
}
