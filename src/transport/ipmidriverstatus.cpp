// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmidriverstatus.h"

#include <cstdio>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

std::string joined(const std::vector<std::string> &items, const char *separator)
{
    std::string text;
    for (const std::string &item : items)
        text += (text.empty() ? "" : separator) + item;
    return text;
}

std::string groupName(gid_t gid)
{
    if (const group *entry = ::getgrgid(gid))
        return entry->gr_name;
    return std::to_string(gid);
}

std::string userName()
{
    if (const passwd *entry = ::getpwuid(::geteuid()))
        return entry->pw_name;
    return "$USER";
}

bool processHasGroup(gid_t gid)
{
    if (::getegid() == gid)
        return true;
    gid_t groups[256];
    const int count = ::getgroups(256, groups);
    for (int i = 0; i < count; ++i) {
        if (groups[i] == gid)
            return true;
    }
    return false;
}

// Listed in /etc/group as a member, though this process (an older login) lacks it.
bool listedInGroup(gid_t gid, const std::string &user)
{
    const group *entry = ::getgrgid(gid);
    for (char **member = entry ? entry->gr_mem : nullptr; member && *member; ++member) {
        if (user == *member)
            return true;
    }
    return false;
}

} // namespace

IpmiDriverStatus::IpmiDriverStatus(std::string moduleDirectory)
    : m_moduleDirectory(std::move(moduleDirectory))
{}

std::vector<std::string> IpmiDriverStatus::missingModules() const
{
    std::vector<std::string> missing;
    for (const char *module : {"ipmi_msghandler", "ipmi_devintf", "ipmi_si"}) {
        struct stat info{};
        if (::stat((m_moduleDirectory + '/' + module).c_str(), &info) != 0 || !S_ISDIR(info.st_mode))
            missing.emplace_back(module);
    }
    return missing;
}

std::string IpmiDriverStatus::noDeviceMessage(const std::vector<std::string> &paths) const
{
    const std::string start = "no IPMI device (" + joined(paths, ", ") + "): ";
    // Without a BMC, ipmi_si refuses to stay loaded: modprobe answers "No such device".
    const std::string noBmcHint =
        "; if modprobe ipmi_si answers \"No such device\", the kernel found no BMC on this machine "
        "(none described by ACPI, SMBIOS or PCI): it may have none, or it is disabled in the firmware "
        "setup; manage it over the network instead (-I lanplus -H <address>)";
    const std::vector<std::string> missing = missingModules();
    if (missing.size() == 1 && missing.front() == "ipmi_si")
        return start + "the kernel module ipmi_si, which finds the BMC, is not loaded; load it as root "
                       "with 'modprobe ipmi_si'"
               + noBmcHint;
    if (!missing.empty())
        return start + "the kernel module" + (missing.size() > 1 ? "s " : " ") + joined(missing, ", ")
               + (missing.size() > 1 ? " are" : " is")
               + " not loaded; load the IPMI driver as root with "
                 "'modprobe -a ipmi_msghandler ipmi_devintf ipmi_si'"
               + noBmcHint;
    return start + "the IPMI driver (ipmi_msghandler, ipmi_devintf, ipmi_si) is loaded but found no BMC "
                   "on this machine ('dmesg | grep -i ipmi' says why); a BMC on the SMBus needs "
                   "'modprobe ipmi_ssif', otherwise this machine has no BMC the kernel can find or it is "
                   "disabled in the firmware setup; manage it over the network instead (-I lanplus -H <address>)";
}

std::string IpmiDriverStatus::accessDeniedMessage(const std::string &path)
{
    struct stat info{};
    if (::stat(path.c_str(), &info) != 0)
        return "permission denied opening " + path + ": run as root";
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", unsigned(info.st_mode & 07777));
    const std::string group = groupName(info.st_gid);
    const std::string facts = "permission denied opening " + path + " (group " + group + ", mode " + mode + "): ";
    const bool groupMayUse = info.st_gid != 0 && (info.st_mode & S_IRGRP) && (info.st_mode & S_IWGRP);
    if (!groupMayUse)
        return facts + "only root may use it. Run as root, or install the bmcpilot package, whose udev rule "
                       "gives the group " + DeviceGroup + " read and write access; then join that group "
                       "with 'sudo usermod -aG " + DeviceGroup + ' ' + userName() + "' and log in again";
    const std::string user = userName();
    if (!processHasGroup(info.st_gid) && listedInGroup(info.st_gid, user))
        return facts + "you were added to the group " + group + " after this session began; log out "
                       "and in again (or run 'newgrp " + group + "')";
    return facts + "members of the group " + group + " may use it; join it with 'sudo usermod -aG " + group
           + ' ' + user + "', then log out and in again (or run as root)";
}
