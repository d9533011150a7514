// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

// A BMC whose answers are the fuzz input, from `at` on: [completion code][length][length
// bytes] for each request in turn; when the input runs out it stops answering (a timeout).
class FuzzAnswers
{
public:
    FuzzAnswers(const std::uint8_t *data, std::size_t size, std::size_t at = 0) : m_data(data), m_size(size), m_at(at)
    {
    }

    ipmi::Result<ipmi::Response> next()
    {
        if (m_at + 2 > m_size)
            return ipmi::makeError(ipmi::ErrorKind::Timeout, "no answer");
        ipmi::Response response;
        response.completionCode = m_data[m_at];
        const std::size_t length = std::min<std::size_t>(m_data[m_at + 1], m_size - m_at - 2);
        response.data.assign(m_data + m_at + 2, m_data + m_at + 2 + length);
        m_at += 2 + length;
        return response;
    }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_at;
};
