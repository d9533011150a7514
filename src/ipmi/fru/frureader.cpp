// SPDX-License-Identifier: GPL-3.0-or-later
#include "frureader.h"

#include "ipmi/fru/fruparser.h"

#include <algorithm>

namespace ipmi::fru {

namespace {

constexpr std::uint8_t CompletionBusy = 0x81;

bool isLengthComplaint(std::uint8_t code)
{
    switch (code) {
    case 0xC7: // request data length invalid
    case 0xC8: // request data field length limit exceeded
    case 0xCA: // cannot return number of requested data bytes
    case 0xFF: // unspecified: some BMCs answer an over-long read with it
        return true;
    default:
        return false;
    }
}

std::string deviceText(std::uint8_t id)
{
    return "FRU device " + std::to_string(id);
}

} // namespace

FruReader::FruReader(std::uint8_t deviceId) : FruReader(deviceId, Options{}) {}

FruReader::FruReader(std::uint8_t deviceId, Options options)
    : m_deviceId(deviceId), m_options(options), m_chunk(std::max<std::size_t>(options.initialChunk, 2))
{
    m_options.minimumChunk = std::clamp<std::size_t>(m_options.minimumChunk, 2, m_chunk);
}

std::optional<Request> FruReader::nextRequest()
{
    switch (m_state) {
    case State::AreaInfo:
        return getFruInventoryAreaInfoRequest(m_deviceId);
    case State::Reading: {
        // A word device takes even counts; the chunk and the offset stay multiples of 2.
        std::size_t count = std::min({m_chunk, wanted() - m_data.size(), std::size_t(255) * unit()});
        if (unit() == 2)
            count = std::max<std::size_t>(2, count & ~std::size_t(1));
        m_asked = count;
        return readFruDataRequest(m_deviceId, static_cast<std::uint16_t>(m_data.size() / unit()),
                                  static_cast<std::uint8_t>(count / unit()));
    }
    case State::Done:
        break;
    }
    return std::nullopt;
}

void FruReader::onResponse(Result<Response> response)
{
    if (!response) {
        fail(response.error());
        return;
    }
    if (response->completionCode == CompletionBusy && m_busy < m_options.busyRetries) {
        ++m_busy; // the same request goes again
        return;
    }
    m_busy = 0;
    if (m_state == State::AreaInfo)
        onAreaInfo(*response);
    else if (m_state == State::Reading)
        onData(*response);
}

void FruReader::onAreaInfo(const Response &response)
{
    auto info = parseFruInventoryAreaInfo(response);
    if (!info) {
        Error error = info.error();
        error.message = deviceText(m_deviceId) + ": " + error.message;
        fail(std::move(error));
        return;
    }
    m_info = *info;
    if (m_info.sizeBytes == 0) {
        fail(makeError(ErrorKind::Unsupported,
                       deviceText(m_deviceId) + " reports an inventory area of 0 bytes: it holds no FRU data."));
        return;
    }
    if (m_info.wordAccess)
        m_chunk &= ~std::size_t(1);
    m_state = State::Reading;
}

void FruReader::onData(const Response &response)
{
    if (isLengthComplaint(response.completionCode)) {
        shrinkOrFail("the BMC refused a " + std::to_string(m_asked) + "-byte read ("
                     + completionCodeText(response.completionCode) + ")");
        return;
    }
    auto data = parseReadFruData(response);
    if (!data) {
        Error error = data.error();
        error.message = deviceText(m_deviceId) + " at offset " + std::to_string(m_data.size()) + ": " + error.message;
        fail(std::move(error));
        return;
    }
    const std::size_t promised = std::size_t(data->count) * unit();
    if (promised == 0) {
        fail(makeError(ErrorKind::MalformedResponse, deviceText(m_deviceId) + ": Read FRU Data at offset "
                                                         + std::to_string(m_data.size())
                                                         + " returned no data, so the read cannot go on."));
        return;
    }
    if (data->data.size() < promised) {
        shrinkOrFail("Read FRU Data promised " + std::to_string(promised) + " bytes but carried "
                     + std::to_string(data->data.size()));
        return;
    }
    // More than asked is cut to what was asked: the offsets after it would be wrong otherwise.
    const std::size_t taken = std::min({promised, m_asked, wanted() - m_data.size()});
    m_data.insert(m_data.end(), data->data.begin(), data->data.begin() + std::ptrdiff_t(taken));
    // The header may show only now that fewer bytes were needed than were read.
    const std::size_t end = wanted();
    if (m_data.size() >= end) {
        m_data.resize(end);
        m_state = State::Done;
    }
}

void FruReader::shrinkOrFail(const std::string &why)
{
    const std::size_t asked = std::max(m_asked, m_options.minimumChunk);
    if (asked <= m_options.minimumChunk) {
        fail(makeError(ErrorKind::MalformedResponse, deviceText(m_deviceId) + " at offset "
                                                         + std::to_string(m_data.size()) + ": " + why
                                                         + ", even in the smallest chunk."));
        return;
    }
    m_chunk = std::max(m_options.minimumChunk, asked / 2);
    if (unit() == 2)
        m_chunk &= ~std::size_t(1);
}

void FruReader::fail(Error error)
{
    m_error = std::move(error);
    m_state = State::Done;
}

std::size_t FruReader::wanted() const
{
    const std::size_t size = m_info.sizeBytes;
    if (!m_options.stopAfterAreas)
        return size;
    const auto end = fruImageEnd(m_data);
    return end ? std::min(*end, size) : size;
}

op::Progress FruReader::progress() const
{
    return {m_data.size(), m_info.sizeBytes};
}

Result<Bytes> FruReader::takeResult()
{
    if (m_error)
        return *m_error;
    return std::move(m_data);
}

} // namespace ipmi::fru
