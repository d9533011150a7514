// SPDX-License-Identifier: GPL-3.0-or-later
#include "linuxipmidevice.h"

#include "ipmidriverstatus.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/ipmi.h>
#include <sys/ioctl.h>
#include <unistd.h>

const std::vector<std::string> &LinuxIpmiDevice::defaultPaths()
{
    static const std::vector<std::string> paths{"/dev/ipmi0", "/dev/ipmi/0", "/dev/ipmidev/0"};
    return paths;
}

std::string LinuxIpmiDevice::noDeviceMessage(const std::vector<std::string> &paths)
{
    return IpmiDriverStatus().noDeviceMessage(paths);
}

LinuxIpmiDevice::LinuxIpmiDevice(std::vector<std::string> paths, std::string moduleDirectory)
    : m_paths(std::move(paths)), m_moduleDirectory(std::move(moduleDirectory))
{}

LinuxIpmiDevice::~LinuxIpmiDevice()
{
    close();
}

ipmi::Result<void> LinuxIpmiDevice::open()
{
    close();
    std::string denied;
    std::string other;
    for (const std::string &path : m_paths) {
        const int fd = ::open(path.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0) {
            m_fd = fd;
            return {};
        }
        const int error = errno;
        if (error == EACCES || error == EPERM)
            denied = path;
        else if (error != ENOENT && error != ENODEV && error != ENXIO && other.empty())
            other = path + ": " + std::strerror(error);
    }
    if (!denied.empty())
        return ipmi::Error{ipmi::ErrorKind::Network, IpmiDriverStatus::accessDeniedMessage(denied)};
    if (!other.empty())
        return ipmi::Error{ipmi::ErrorKind::Network, "cannot open the IPMI device " + other};
    return ipmi::Error{ipmi::ErrorKind::Network, IpmiDriverStatus(m_moduleDirectory).noDeviceMessage(m_paths)};
}

ipmi::Result<void> LinuxIpmiDevice::send(long msgid, const ipmi::Request &request)
{
    if (m_fd < 0)
        return ipmi::Error{ipmi::ErrorKind::Network, "the IPMI device is not open"};
    ipmi_system_interface_addr address{};
    address.addr_type = IPMI_SYSTEM_INTERFACE_ADDR_TYPE;
    address.channel = IPMI_BMC_CHANNEL;
    address.lun = request.lun;
    ipmi::Bytes data = request.data;
    ipmi_req req{};
    req.addr = reinterpret_cast<unsigned char *>(&address);
    req.addr_len = sizeof address;
    req.msgid = msgid;
    req.msg.netfn = request.netFn;
    req.msg.cmd = request.cmd;
    req.msg.data = data.data();
    req.msg.data_len = static_cast<unsigned short>(data.size());
    if (::ioctl(m_fd, IPMICTL_SEND_COMMAND, &req) < 0)
        return ipmi::Error{ipmi::ErrorKind::Network,
                           std::string("the IPMI device refused the request: ") + std::strerror(errno)};
    return {};
}

ipmi::Result<std::optional<IpmiDevice::Message>> LinuxIpmiDevice::receive()
{
    if (m_fd < 0)
        return ipmi::Error{ipmi::ErrorKind::Network, "the IPMI device is not open"};
    ipmi_addr address{};
    unsigned char buffer[IPMI_MAX_MSG_LENGTH];
    ipmi_recv recv{};
    recv.addr = reinterpret_cast<unsigned char *>(&address);
    recv.addr_len = sizeof address;
    recv.msg.data = buffer;
    recv.msg.data_len = sizeof buffer;
    if (::ioctl(m_fd, IPMICTL_RECEIVE_MSG_TRUNC, &recv) < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return std::optional<Message>();
        // EMSGSIZE cannot happen with _TRUNC; anything else means the device failed.
        return ipmi::Error{ipmi::ErrorKind::Network,
                           std::string("reading from the IPMI device failed: ") + std::strerror(errno)};
    }
    Message message;
    message.isResponse = recv.recv_type == IPMI_RESPONSE_RECV_TYPE;
    message.msgid = recv.msgid;
    message.netFn = recv.msg.netfn;
    message.cmd = recv.msg.cmd;
    const std::size_t length = std::min<std::size_t>(recv.msg.data_len, sizeof buffer);
    message.data.assign(buffer, buffer + length);
    return std::optional<Message>(std::move(message));
}

void LinuxIpmiDevice::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}
