// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"

#include <vector>

namespace ipmi::sol {

// The console's escape sequences, as ipmitool's `sol activate` reads them: the escape
// character (default '~') counts only at the start of a line (after CR or LF, or first).
//   ~.  end the session      ~B  send a break      ~?  list the escapes
//   ~~  send one '~'         ~ followed by anything else: both characters are sent.
class EscapeParser
{
public:
    enum class Action
    {
        Send,      // characters for the BMC
        Terminate, // ~.
        Break,     // ~B
        Help,      // ~?
    };
    struct Item
    {
        Action action = Action::Send;
        Bytes characters; // Send only
    };

    explicit EscapeParser(std::uint8_t escape = '~') : m_escape(escape) {}

    // Keyboard input in; what to do, in order. Consecutive characters are merged.
    std::vector<Item> feed(ByteView input);

private:
    void sendChar(std::vector<Item> &items, std::uint8_t c);

    std::uint8_t m_escape;
    bool m_lineStart = true;
    bool m_escapePending = false;
};

} // namespace ipmi::sol
