// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/sol/escapeparser.h"

namespace ipmi::sol {

void EscapeParser::sendChar(std::vector<Item> &items, std::uint8_t c)
{
    if (items.empty() || items.back().action != Action::Send)
        items.push_back(Item{Action::Send, {}});
    items.back().characters.push_back(c);
}

std::vector<EscapeParser::Item> EscapeParser::feed(ByteView input)
{
    std::vector<Item> items;
    for (const std::uint8_t c : input) {
        if (m_escapePending) {
            m_escapePending = false;
            switch (c) {
            case '.': items.push_back(Item{Action::Terminate, {}}); continue;
            case 'B': items.push_back(Item{Action::Break, {}}); continue;
            case '?': items.push_back(Item{Action::Help, {}}); continue;
            default:
                if (c != m_escape) // "~~" sends one; "~x" sends both
                    sendChar(items, m_escape);
                sendChar(items, c);
                m_lineStart = c == '\r' || c == '\n';
                continue;
            }
        }
        if (c == m_escape && m_lineStart) {
            m_escapePending = true;
            continue;
        }
        sendChar(items, c);
        m_lineStart = c == '\r' || c == '\n';
    }
    return items;
}

} // namespace ipmi::sol
