// SPDX-License-Identifier: GPL-3.0-or-later
#include "seltailreader.h"

#include "ipmi/sel/selreader.h"

#include <algorithm>

namespace ipmi::sel {

SelTailReader::SelTailReader(const SelEntry &known, std::size_t announced)
    : m_known(known), m_next(known.recordId), m_limit(announced + SelReader::ExtraRecordsAllowed)
{
}

std::optional<Request> SelTailReader::nextRequest()
{
    if (m_done)
        return std::nullopt;
    return getSelEntryRequest(0, m_next);
}

void SelTailReader::onResponse(Result<Response> response)
{
    if (!response)
        return fail(response.error());
    auto data = parseSelEntry(*response);
    if (!data) {
        if (data.error().kind == ErrorKind::CompletionCode)
            return stale();
        return fail(data.error());
    }
    if (m_first) {
        m_first = false;
        if (data->record.size() < EntrySize || !std::equal(m_known.raw.begin(), m_known.raw.end(), data->record.begin()))
            return stale();
    } else {
        auto entry = decodeEntry(data->record);
        if (!entry)
            return fail(entry.error());
        m_tail.entries.push_back(std::move(entry).value());
    }
    if (data->nextRecordId == LastRecordId) {
        m_done = true;
        return;
    }
    if (!m_seen.insert(data->nextRecordId).second || m_tail.entries.size() > m_limit)
        return fail({ErrorKind::MalformedResponse,
                     "the SEL's next-record IDs run in a loop; the BMC's event log looks damaged"});
    m_next = data->nextRecordId;
}

Result<SelTail> SelTailReader::takeResult()
{
    if (m_error)
        return *m_error;
    return std::move(m_tail);
}

void SelTailReader::stale()
{
    m_tail = SelTail{true, {}};
    m_done = true;
}

void SelTailReader::fail(Error error)
{
    m_error = std::move(error);
    m_done = true;
}

} // namespace ipmi::sel
