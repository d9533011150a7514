// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeipmidevice.h"

#include <algorithm>
#include <optional>

namespace fakelocal {

namespace {

using ipmi::Bytes;

constexpr std::uint8_t NetFnApp = 0x06;
constexpr std::uint8_t NetFnTransport = 0x0c;
constexpr std::uint8_t NetFnSensorEvent = 0x04;
constexpr std::uint8_t PefFilterCount = 4;

Bytes userAccess(const BmcState &state, std::size_t user)
{
    const auto enabled = std::count_if(state.users.begin(), state.users.end(), [](const User &u) { return u.enabled; });
    const User &entry = state.users[user - 1];
    // Byte 2: enable status in bits 7:6 (01b enabled, 10b disabled) over the enabled count.
    return {0x00, std::uint8_t(state.users.size()), std::uint8_t((entry.enabled ? 0x40 : 0x80) | enabled),
            0x01 /* user 1 has a fixed name */, std::uint8_t((entry.ipmiMessaging ? 0x30 : 0x00) | entry.privilege)};
}

bool isDestinationParameter(std::uint8_t parameter)
{
    return parameter == 18 || parameter == 19;
}

bool isPefTable(std::uint8_t parameter)
{
    return parameter == 6 || parameter == 9;
}

// LAN parameters 18 and 19 (per destination), PEF (S/E 10h, 12h, 13h) and Platform Event
// (S/E 02h); nothing for other commands.
std::optional<Bytes> answerAlerting(BmcState &state, const ipmi::Request &request)
{
    const Bytes &data = request.data;
    if (request.netFn == NetFnTransport && request.cmd == 0x02 && data.size() == 4 && isDestinationParameter(data[1])) {
        const auto found = state.alertDestinations.find({data[1], data[2]});
        if (found == state.alertDestinations.end())
            return Bytes{0x80};
        Bytes answer{0x00, 0x11};
        answer.insert(answer.end(), found->second.begin(), found->second.end());
        return answer;
    }
    if (request.netFn == NetFnTransport && request.cmd == 0x01 && data.size() >= 3 && isDestinationParameter(data[1])) {
        const auto found = state.alertDestinations.find({data[1], data[2]});
        if (found == state.alertDestinations.end())
            return Bytes{0x80};
        const auto &readOnly = state.readOnlyAlertParameters;
        if (std::find(readOnly.begin(), readOnly.end(), data[1]) != readOnly.end())
            return Bytes{0x82};
        found->second.assign(data.begin() + 2, data.end());
        return Bytes{0x00};
    }
    if (request.netFn == NetFnSensorEvent && request.cmd == 0x10 && !state.pef.empty())
        return Bytes{0x00, 0x51, 0x3f, PefFilterCount}; // PEF 1.5, every action, 4 filters
    if (request.netFn == NetFnSensorEvent && request.cmd == 0x13 && data.size() == 3) {
        const auto found = state.pef.find({data[0], isPefTable(data[0]) ? data[1] : std::uint8_t(0)});
        if (found == state.pef.end())
            return Bytes{0x80};
        Bytes answer{0x00, 0x11};
        answer.insert(answer.end(), found->second.begin(), found->second.end());
        return answer;
    }
    if (request.netFn == NetFnSensorEvent && request.cmd == 0x12 && data.size() >= 2) {
        const auto found = state.pef.find({data[0], isPefTable(data[0]) ? data[1] : std::uint8_t(0)});
        if (found == state.pef.end())
            return Bytes{0x80};
        found->second.assign(data.begin() + 1, data.end());
        return Bytes{0x00};
    }
    if (request.netFn == NetFnSensorEvent && request.cmd == 0x02 && !state.pef.empty()) {
        state.platformEvents.push_back(data);
        return Bytes{0x00};
    }
    return std::nullopt;
}

} // namespace

std::shared_ptr<BmcState> alertingBmc()
{
    auto state = unaddressedBmc();
    state->lan[17] = {0x02};
    state->alertDestinations = {
        {{18, 0}, {0x00, 0x00, 0x00, 0x00}},
        {{19, 0}, {0x00, 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
        {{18, 1}, {0x01, 0x00, 0x03, 0x02}}, // PET, unacknowledged, 3 s, 2 retries
        {{19, 1}, {0x01, 0x00, 0x00, 192, 168, 0, 9, 0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e}},
        {{18, 2}, {0x02, 0x00, 0x00, 0x00}},
        {{19, 2}, {0x02, 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
    };
    state->pef = {
        {{0, 0}, {0x00}},
        {{1, 0}, {0x00}},       // PEF off
        {{2, 0}, {0x3f}},       // every action allowed
        {{5, 0}, {PefFilterCount}},
        {{8, 0}, {0x01}},       // one alert policy entry
        {{9, 1}, {0x01, 0x18, 0x11, 0x00}}, // policy set 1, enabled, always; channel 1, destination 1
    };
    // Filter 1: temperature thresholds, alert to policy set 1; 2 pre-configured; 3, 4 free.
    state->pef[{6, 1}] = {0x01, 0x80, 0x01, 0x01, 0x10, 0xff, 0xff, 0x01, 0xff, 0x01, 0x00, 0x0a,
                          0, 0, 0, 0, 0, 0, 0, 0, 0};
    state->pef[{6, 2}] = {0x02, 0x40, 0x02, 0x00, 0x20, 0xff, 0xff, 0x08, 0xff, 0x6f, 0x02, 0x00,
                          0, 0, 0, 0, 0, 0, 0, 0, 0};
    for (std::uint8_t filter = 3; filter <= PefFilterCount; ++filter)
        state->pef[{6, filter}] = {filter, 0x00, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                   0, 0, 0, 0, 0, 0, 0, 0, 0};
    return state;
}

std::shared_ptr<BmcState> unaddressedBmc()
{
    auto state = std::make_shared<BmcState>();
    state->lan = {
        {0, {0x00}},                               // set complete
        {3, {0, 0, 0, 0}},                         // IP address
        {4, {0x02}},                               // source: DHCP
        {5, {0x00, 0x25, 0x90, 0x0a, 0x0b, 0x0c}}, // MAC address
        {6, {0, 0, 0, 0}},                         // subnet mask
        {12, {0, 0, 0, 0}},                        // default gateway
    };
    state->users = {{"", false, 0x0f, false},
                    {"root", true, 0x04, true},
                    {"operator", true, 0x03, true},
                    {"", false, 0x0f, false}};
    return state;
}

FakeIpmiDevice::FakeIpmiDevice(std::shared_ptr<BmcState> state) : m_state(std::move(state)) {}

ipmi::Result<void> FakeIpmiDevice::open()
{
    {
        std::lock_guard lock(m_state->mutex);
        if (!m_state->present)
            return ipmi::Error{ipmi::ErrorKind::Network, "no IPMI device (fake)"};
    }
    return openPipe();
}

ipmi::Result<void> FakeIpmiDevice::send(long msgid, const ipmi::Request &request)
{
    if (!deliver(Message{true, msgid, std::uint8_t(request.netFn | 1), request.cmd, answerTo(request)}))
        return ipmi::Error{ipmi::ErrorKind::Network, "pipe write failed"};
    return {};
}

Bytes FakeIpmiDevice::answerTo(const ipmi::Request &request)
{
    std::lock_guard lock(m_state->mutex);
    m_state->requests.push_back(request);
    m_state->threads.push_back(std::this_thread::get_id());
    const Bytes &data = request.data;
    if (auto alerting = answerAlerting(*m_state, request))
        return *alerting;
    if (request.netFn == NetFnApp && request.cmd == 0x01)
        // Device ID 20h, revision 1, firmware 2.05, IPMI 2.0, support A9h, IANA 7154, product 0102h.
        return {0x00, 0x20, 0x01, 0x02, 0x05, 0x02, 0xa9, 0xf2, 0x1b, 0x00, 0x02, 0x01};
    if (request.netFn == NetFnApp && request.cmd == 0x38 && data.size() == 2) { // Get Channel Auth Capabilities
        // Only about the LAN channel by number: over the system interface the "current
        // channel" (0Eh) is not the LAN one.
        if ((data[0] & 0x0f) != LanChannel)
            return {0xcc};
        // MD5 only, IPMI 2.0 data; non-null user names, K_g set; IPMI 2.0 supported.
        return {0x00, LanChannel, 0x84, std::uint8_t(0x24 | (m_state->anonymousLogin ? 0x01 : 0x00)), 0x02,
                0x00, 0x00, 0x00, 0x00};
    }
    if (request.netFn == NetFnApp && request.cmd == 0x41 && data.size() == 2) { // Get Channel Access
        if ((data[0] & 0x0f) != LanChannel)
            return {0x82};
        return {0x00, 0x22, 0x04}; // always available, alerting off, authentication on; administrator
    }
    if (request.netFn == NetFnApp && request.cmd == 0x42 && data.size() == 1) { // Get Channel Info
        if ((data[0] & 0x0f) != LanChannel)
            return {0xcb};
        return {0x00, LanChannel, 0x04, 0x01, 0x80, 0xf2, 0x1b, 0x00, 0x00, 0x00}; // 802.3 LAN, IPMB-1.0
    }
    if (request.netFn == NetFnTransport && request.cmd == 0x02 && data.size() == 4) { // Get LAN Config
        if ((data[0] & 0x0f) != LanChannel)
            return {0xcc};
        const auto found = m_state->lan.find(data[1]);
        if (found == m_state->lan.end())
            return {0x80}; // parameter not supported
        Bytes answer{0x00, 0x11};
        answer.insert(answer.end(), found->second.begin(), found->second.end());
        return answer;
    }
    if (request.netFn == NetFnTransport && request.cmd == 0x01 && data.size() >= 3) { // Set LAN Config
        if ((data[0] & 0x0f) != LanChannel)
            return {0xcc};
        const Bytes value(data.begin() + 2, data.end());
        if (data[1] == 0)
            m_state->setInProgressWrites.push_back(value[0]);
        if (!m_state->lan.count(data[1]))
            return {0x80};
        m_state->lan[data[1]] = value;
        return {0x00};
    }
    if (request.netFn == NetFnApp && request.cmd == 0x44 && data.size() == 2) { // Get User Access
        const std::size_t user = data[1] & 0x3f;
        if (user == 0 || user > m_state->users.size())
            return {0xcc};
        return userAccess(*m_state, user);
    }
    if (request.netFn == NetFnApp && request.cmd == 0x46 && data.size() == 1) { // Get User Name
        const std::size_t user = data[0] & 0x3f;
        if (user == 0 || user > m_state->users.size())
            return {0xcc};
        Bytes answer(17, 0x00);
        const std::string &name = m_state->users[user - 1].name;
        std::copy(name.begin(), name.begin() + std::ptrdiff_t(std::min<std::size_t>(name.size(), 16)), answer.begin() + 1);
        return answer;
    }
    return {0xc1};
}

} // namespace fakelocal
