// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

// The IPMI core speaks English: the command line prints its words as ipmitool does. The
// desktop shows the same words in the user's language: fixed words ("Static Address",
// "always-off", every SEL event state) and sentences that carry values ("255.0.255.0 is
// not a valid netmask: …") are listed once in coretextcatalogue.cpp, sentences with
// placeholders (%1, %2 …). A sentence is matched whole against the catalogue; the values
// it carries are themselves looked up, so a core message quoted in another one is
// translated too. Words not in the catalogue are shown as they are.
namespace CoreText {

QString translate(std::string_view english);
QString translate(const QString &english);
inline QString translate(const char *english)
{
    return translate(std::string_view(english));
}
QString error(const ipmi::Error &error);
// Several core sentences (a validation's errors), each translated, joined by spaces.
QString join(const std::vector<std::string> &sentences);
// Whether the catalogue holds this text, as a fixed text or through a placeholder
// sentence (for the completeness test).
bool isKnown(std::string_view english);
// Every catalogue entry, as written there.
QStringList catalogue();

} // namespace CoreText
