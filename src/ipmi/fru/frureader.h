// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/fru/frucommands.h"
#include "ipmi/op/operation.h"

#include <cstddef>
#include <cstdint>

// Reads one FRU device's image: Get FRU Inventory Area Info, then Read FRU Data in
// chunks, advancing by the count the BMC actually returned.
//
// Chunks start at 32 bytes (what ipmitool and FreeIPMI ask for, and what fits any BMC's
// response buffer). An answer of C7h/C8h/CAh/FFh (request length invalid or exceeded,
// cannot return that many bytes, unspecified) or a response with fewer bytes than its
// count promises halves the chunk down to 8 bytes and asks again; still failing at
// 8 bytes ends the read. FRU device busy (81h) is retried a few times. Timeouts and
// C3h are the session's business: a transport error ends the read.
//
// By default the read stops once the header and every area it names are in (see
// fruImageEnd), instead of reading the erased padding up to the device size; an image
// whose header does not decode is read whole, for a raw dump.
namespace ipmi::fru {

class FruReader final : public op::Operation<Bytes>
{
public:
    struct Options
    {
        std::size_t initialChunk = 32;
        std::size_t minimumChunk = 8;
        bool stopAfterAreas = true;
        int busyRetries = 5;
    };

    explicit FruReader(std::uint8_t deviceId);
    FruReader(std::uint8_t deviceId, Options options);

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    op::Progress progress() const override; // bytes read of the area size
    const char *description() const override { return "reading the FRU"; }
    Result<Bytes> takeResult() override;

    // Known after the first answer.
    const FruAreaInfo &areaInfo() const { return m_info; }

private:
    enum class State { AreaInfo, Reading, Done };

    void onAreaInfo(const Response &response);
    void onData(const Response &response);
    void shrinkOrFail(const std::string &why);
    void fail(Error error);
    std::size_t wanted() const; // bytes the image needs, capped to the area size
    std::size_t unit() const { return m_info.wordAccess ? 2 : 1; }

    std::uint8_t m_deviceId;
    Options m_options;
    State m_state = State::AreaInfo;
    FruAreaInfo m_info;
    std::size_t m_chunk;
    std::size_t m_asked = 0; // bytes asked for in the outstanding Read FRU Data
    int m_busy = 0;
    Bytes m_data;
    std::optional<Error> m_error;
};

} // namespace ipmi::fru
