// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <string_view>
#include <vector>

// Text bound for a terminal, made inert. A BMC chooses the bytes of sensor names, FRU
// fields, user names, LAN strings and event text; printed raw, an escape sequence in
// them clears the screen or retitles the terminal, and a carriage return overwrites the
// host prefix, so that one BMC can fake another host's line. C0 controls, DEL and C1
// controls are therefore written as \xNN.

enum class LineBreaks
{
    Escape, // a field's text: nothing passes, '\n' included
    Keep,   // a whole output whose line breaks (and tabs) are the command's own
};

QString terminalSafe(const QString &text, LineBreaks lineBreaks);

// Text from the IPMI core (the BMC's data, or a sentence that may quote it) as a field
// of plain output.
QString bmcText(std::string_view text);

// "warning: <message>" on standard error, the message made inert.
void printWarning(const QString &message);
void printWarning(std::string_view message);
void printWarnings(const std::vector<std::string> &messages);

// The same text for --json output: as it is, since JSON escapes controls itself.
QString jsonText(std::string_view text);
