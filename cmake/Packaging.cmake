# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration files and the Debian package.
install(FILES "${PROJECT_SOURCE_DIR}/packaging/org.bmcpilot.BmcPilot.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/org.bmcpilot.BmcPilot.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/org.bmcpilot.BmcPilot.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# The local interface without root: /dev/ipmi* for the group ipmi, which the package
# creates (postinst; the sysusers.d file says the same to systemd-sysusers).
install(FILES "${PROJECT_SOURCE_DIR}/packaging/60-bmcpilot-ipmi.rules"
        DESTINATION lib/udev/rules.d)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/bmcpilot.sysusers"
        DESTINATION lib/sysusers.d RENAME bmcpilot.conf)
# bmcpilotd: its systemd unit, a commented configuration and an empty credentials file
# (both conffiles; the postinst makes the latter root-only and creates the user
# bmcpilot), and its deployment guide.
install(FILES "${PROJECT_SOURCE_DIR}/packaging/bmcpilotd.service" DESTINATION lib/systemd/system)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/bmcpilotd.conf" DESTINATION /etc/bmcpilot)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/bmcpilotd.credentials" DESTINATION /etc/bmcpilot
        RENAME credentials PERMISSIONS OWNER_READ OWNER_WRITE)
install(FILES "${PROJECT_SOURCE_DIR}/docs/deploy.md" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/bmcpilot)

set(CPACK_PACKAGE_NAME "bmcpilot")
set(CPACK_PACKAGE_VENDOR "The BMC Pilot developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "The BMC Pilot developers <bmcpilot@example.org>")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so the library scan cannot see them: the history store's SQLite
# driver and the display plugins (xcb, wayland) the window needs.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, passwd")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${PROJECT_SOURCE_DIR}/packaging/debian/postinst"
                                      "${PROJECT_SOURCE_DIR}/packaging/debian/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The Chinese interface needs a CJK font (with only DejaVu every Chinese string is
# boxes); the demo lab runs simulated BMCs from the other two. The program works
# without them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, openipmi, python3-pyghmi")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "ipmitool, freeipmi-tools, prometheus")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Manage server BMCs over IPMI\n BMC Pilot manages baseboard management controllers over IPMI 1.5 and\n 2.0 (RMCP+): power, sensors with history, event log, FRU, network and user\n setup, Serial-over-LAN and a security audit. bmcpilotd polls a fleet in\n the background and serves Prometheus metrics in the ipmi_exporter's names.\n Licence: GPL-3.0-or-later.")
include(CPack)
