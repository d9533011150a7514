// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"
#include "pipedipmidevice.h"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

// A fake of the kernel's IPMI device (/dev/ipmi0) for tests of the local interface:
// answers become readable through a pipe, as the kernel's fd would signal them. Only the
// IpmiDevice interface header of the transport layer is used, so this stays plain C++.
namespace fakelocal {

struct User
{
    std::string name;
    bool enabled = false;
    std::uint8_t privilege = 0x0f; // 0Fh: no access
    bool ipmiMessaging = false;
};

// The BMC behind the fake device: channel 1 is its one 802.3 LAN channel. The device may
// be driven from a worker thread while the test reads the state: lock the mutex.
struct BmcState
{
    std::mutex mutex;
    bool present = true;                // false: open() fails as without the driver
    std::map<std::uint8_t, ipmi::Bytes> lan; // LAN parameter -> data after the revision byte
    std::vector<User> users;            // user 1 first
    bool anonymousLogin = false;        // as Get Channel Authentication Capabilities reports it
    std::vector<std::uint8_t> setInProgressWrites; // LAN parameter 0 as written, in order
    std::vector<std::thread::id> threads;          // where send() ran
    std::vector<ipmi::Request> requests;           // every request, in order
    // LAN alert destinations: (parameter 18 or 19, destination) -> data, selector first.
    std::map<std::pair<std::uint8_t, std::uint8_t>, ipmi::Bytes> alertDestinations;
    std::vector<std::uint8_t> readOnlyAlertParameters; // Set of these answers 82h
    // PEF configuration: (parameter, set selector) -> data after the revision byte, the
    // selector first for the tables (6 event filters, 9 alert policies).
    std::map<std::pair<std::uint8_t, std::uint8_t>, ipmi::Bytes> pef;
    std::vector<ipmi::Bytes> platformEvents; // Platform Event Message data as received
};

inline constexpr std::uint8_t LanChannel = 1;

// A BMC fresh from the factory: DHCP found no server, so it has no address yet. Users:
// 1 (null, disabled), 2 root (administrator), 3 operator, 4 (empty, disabled).
std::shared_ptr<BmcState> unaddressedBmc();
// The same BMC set up for alerting: two alert destinations besides the volatile one
// (1: PET to 192.168.0.9, 2: empty), PEF off with every action allowed, four event
// filters (1 enabled, alerting on temperature; 2 pre-configured; 3, 4 free) and an
// alert policy to destination 1. It takes platform events.
std::shared_ptr<BmcState> alertingBmc();

class FakeIpmiDevice final : public PipedIpmiDevice
{
public:
    explicit FakeIpmiDevice(std::shared_ptr<BmcState> state);

    ipmi::Result<void> open() override;
    ipmi::Result<void> send(long msgid, const ipmi::Request &request) override;

private:
    ipmi::Bytes answerTo(const ipmi::Request &request); // completion code first

    std::shared_ptr<BmcState> m_state;
};

} // namespace fakelocal
