#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package of a build folder with CPack and checks that it installs and
# runs: control fields, apt's dependency resolution, then the installed programs (their
# version, the desktop application offscreen with its demo lab taking screenshots), the
# desktop file, the AppStream metainfo, the icon and the embedded zh_CN translation, and
# bmcpilotd: its systemd unit and configuration, and one start (directly, not through
# systemd) with one scrape.
#
#   deb_install.sh <build-dir> [cpack-program]
#
# With BMCPILOT_TEST_DEB_INSTALL=1 and root rights (the throw-away CI machine) the
# package is really installed with apt, checked under /usr and removed again. Otherwise
# it is unpacked with dpkg-deb into a scratch folder and checked there.
set -euo pipefail

build=$(cd "$1" && pwd)
cpack=${2:-cpack}
work=$(mktemp -d "${TMPDIR:-/tmp}/bmcpilot-deb-XXXXXX")
installed=no
daemon=""

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

cleanup() {
    if [ -n "$daemon" ]; then
        kill "$daemon" 2>/dev/null || true
    fi
    if [ "$installed" = yes ]; then
        echo "Removing the installed package"
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq bmcpilot >/dev/null || dpkg -r bmcpilot >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# now() and since <start>: elapsed time for the log, e.g. "12.3".
now() { date +%s%N; }
since() { local ms=$((($(now) - $1) / 1000000)); printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100)); }
started=$(now)

# Stripped: the build is RelWithDebInfo, and debug info would make the package several
# times larger and slower to build without changing what it installs or how it runs.
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" -D CPACK_STRIP_FILES=ON \
    >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
shopt -s nullglob
debs=("$work/out"/*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one .deb in $work/out, found ${#debs[@]}"
deb=${debs[0]}
echo "Built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $(since "$started") s"

# Control fields.
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in CPackConfig.cmake"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = bmcpilot ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
[ -n "$depends" ] || fail "Depends is empty"
for library in libqt6widgets6 libssl3 libqt6sql6-sqlite qt6-qpa-plugins; do
    grep -q "$library" <<<"$depends" || fail "Depends lacks $library: $depends"
done
field Recommends | grep -q 'fonts-noto-cjk' || fail "Recommends does not name the CJK font fonts-noto-cjk: $(field Recommends)"
# CPack writes no copyright file; the licence is stated in the description.
field Description | grep -q 'GPL-3.0-or-later' || fail "the Description does not name the licence GPL-3.0-or-later"
echo "Fields: Package bmcpilot $version, Depends: $depends"

# apt resolves every dependency (a simulation changes nothing and needs no root).
apt-get install --simulate --no-install-recommends "$deb" >"$work/apt-simulate.log" 2>&1 ||
    { cat "$work/apt-simulate.log" >&2; fail "apt-get install --simulate failed"; }
grep -q '^Inst bmcpilot ' "$work/apt-simulate.log" || { cat "$work/apt-simulate.log" >&2; fail "apt would not install bmcpilot"; }

if [ "${BMCPILOT_TEST_DEB_INSTALL:-}" = 1 ] && [ "$(id -u)" -eq 0 ]; then
    if [ "$(dpkg-query -W -f='${db:Status-Status}' bmcpilot 2>/dev/null || true)" = installed ]; then
        fail "bmcpilot is installed already; this test installs and removes its own package"
    fi
    echo "Installing with apt (BMCPILOT_TEST_DEB_INSTALL=1, root)"
    installed=yes
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt-install.log" 2>&1 ||
        { cat "$work/apt-install.log" >&2; fail "apt-get install failed"; }
    root=""
else
    echo "Unpacking with dpkg-deb (set BMCPILOT_TEST_DEB_INSTALL=1 as root to install for real)"
    dpkg-deb -x "$deb" "$work/root"
    root="$work/root"
fi

# Where the package puts things.
for path in usr/bin/bmcpilot usr/bin/bmcpilot-cli \
            usr/lib/udev/rules.d/60-bmcpilot-ipmi.rules usr/lib/sysusers.d/bmcpilot.conf \
            usr/share/applications/org.bmcpilot.BmcPilot.desktop \
            usr/share/metainfo/org.bmcpilot.BmcPilot.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/org.bmcpilot.BmcPilot.svg \
            usr/sbin/bmcpilotd usr/lib/systemd/system/bmcpilotd.service etc/bmcpilot/bmcpilotd.conf \
            etc/bmcpilot/credentials usr/share/doc/bmcpilot/deploy.md; do
    [ -f "$root/$path" ] || fail "/$path is missing"
done
[ -x "$root/usr/bin/bmcpilot" ] && [ -x "$root/usr/bin/bmcpilot-cli" ] || fail "the programs are not executable"
# The local interface without root: the udev rule gives /dev/ipmi* to the group ipmi,
# which the maintainer script creates.
rule="$root/usr/lib/udev/rules.d/60-bmcpilot-ipmi.rules"
grep -v '^#' "$rule" | grep -q 'SUBSYSTEM=="ipmi", KERNEL=="ipmi\[0-9\]\*", GROUP="ipmi", MODE="0660"' ||
    fail "the udev rule does not give /dev/ipmi* to the group ipmi: $(grep -v '^#' "$rule")"
grep -q '^g ipmi ' "$root/usr/lib/sysusers.d/bmcpilot.conf" || fail "sysusers.d does not declare the group ipmi"
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./postinst 2>/dev/null | grep -q 'groupadd --system ipmi' ||
    fail "the postinst does not create the group ipmi"
if [ "$installed" = yes ]; then
    getent group ipmi >/dev/null || fail "the installed package did not create the group ipmi"
fi
echo "udev rule: /dev/ipmi* for the group ipmi (mode 0660)"
# bmcpilotd's unit: its own user, the hardening the deployment guide promises, the
# passwords through LoadCredential; its credentials file is root's alone.
unit="$root/usr/lib/systemd/system/bmcpilotd.service"
for line in 'User=bmcpilot' 'ProtectSystem=strict' 'NoNewPrivileges=yes' 'PrivateTmp=yes' 'StateDirectory=bmcpilot' \
            'LoadCredential=credentials:/etc/bmcpilot/credentials' 'ExecStart=/usr/sbin/bmcpilotd '; do
    grep -q "^$line" "$unit" || fail "bmcpilotd.service lacks $line"
done
listing=$(dpkg-deb -c "$deb")
grep -q -- '-rw------- root/root .* ./etc/bmcpilot/credentials$' <<<"$listing" ||
    fail "/etc/bmcpilot/credentials is not 0600 root in the package: $(grep credentials <<<"$listing")"
control=$(dpkg-deb --ctrl-tarfile "$deb" | tar -x --to-stdout ./conffiles ./postinst)
grep -q '^/etc/bmcpilot/bmcpilotd.conf$' <<<"$control" || fail "bmcpilotd.conf is not a conffile"
grep -q 'useradd --system .*' <<<"$control" && grep -q '\bbmcpilot$' <<<"$control" ||
    fail "the postinst does not create the user bmcpilot"
if [ "$installed" = yes ]; then
    getent passwd bmcpilot >/dev/null || fail "the installed package did not create the user bmcpilot"
fi
echo "bmcpilotd.service: user bmcpilot, ProtectSystem=strict, NoNewPrivileges, PrivateTmp, LoadCredential"
# The programs need nothing from the build tree.
for program in bin/bmcpilot bin/bmcpilot-cli sbin/bmcpilotd; do
    if ldd "$root/usr/$program" | grep -e 'not found' -e "$build"; then
        fail "$program needs libraries that are missing or in the build folder"
    fi
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/org.bmcpilot.BmcPilot.desktop" || fail "desktop-file-validate"
else
    echo "desktop-file-validate not found (package desktop-file-utils): desktop file not validated"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/org.bmcpilot.BmcPilot.metainfo.xml" >"$work/appstream.log" 2>&1 ||
        { cat "$work/appstream.log" >&2; fail "appstreamcli validate"; }
fi
grep -q '^Exec=bmcpilot' "$root/usr/share/applications/org.bmcpilot.BmcPilot.desktop" || fail "the desktop file does not start bmcpilot"
grep -q '<svg' "$root/usr/share/icons/hicolor/scalable/apps/org.bmcpilot.BmcPilot.svg" || fail "the icon is no SVG"

# Run the programs with a private home: nothing of the user's settings is read or written.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cli_version=$(LANG=C.UTF-8 "$root/usr/bin/bmcpilot-cli" --version)
grep -q "$version" <<<"$cli_version" || fail "bmcpilot-cli --version says '$cli_version'"
gui_version=$(LANG=C.UTF-8 "$root/usr/bin/bmcpilot" --version)
grep -q "$version" <<<"$gui_version" || fail "bmcpilot --version says '$gui_version'"
# The zh_CN translation is embedded (there are no .qm files to install).
LANG=zh_CN.UTF-8 LANGUAGE=zh_CN "$root/usr/bin/bmcpilot" --help | grep -q '通过 IPMI 管理服务器 BMC' ||
    fail "bmcpilot --help is not translated under LANG=zh_CN.UTF-8"
echo "Versions: $cli_version / $gui_version; zh_CN translation present"

# bmcpilotd once, with the packaged configuration and a registry of one server that does
# not answer (nothing listens on the discard port): it must serve /metrics at once and
# report that server with ipmi_up 0 after its poll deadline.
daemon_version=$("$root/usr/sbin/bmcpilotd" --version)
grep -q "$version" <<<"$daemon_version" || fail "bmcpilotd --version says '$daemon_version'"
cat >"$work/servers.json" <<'JSON'
{"format": "bmcpilot-servers", "version": 1, "children": [
 {"type": "server", "id": "{6f1c2a4e-0b9d-4c53-8a3e-2f7d5c1b9e04}", "name": "silent", "address": "127.0.0.1",
  "port": 9, "interface": "lanplus", "user": "admin", "privilege": "administrator", "cipherSuite": null, "tags": [], "notes": ""}]}
JSON
"$root/usr/sbin/bmcpilotd" --conf "$root/etc/bmcpilot/bmcpilotd.conf" --registry "$work/servers.json" \
    --web.listen-address 127.0.0.1:0 --timeout 500 --state-directory "$work/state" 2>"$work/daemon.log" &
daemon=$!
port=""
for _ in $(seq 50); do
    port=$(sed -n 's/.*(port \([0-9]*\)).*/\1/p' "$work/daemon.log")
    [ -n "$port" ] && break
    kill -0 "$daemon" 2>/dev/null || break
    sleep 0.2
done
[ -n "$port" ] || { kill "$daemon" 2>/dev/null; cat "$work/daemon.log" >&2; fail "bmcpilotd did not start listening"; }
# One Python process scrapes until the line is there, for 30 s at most.
scraped=$(python3 - "http://127.0.0.1:$port/metrics" <<'PY'
import sys, time, urllib.request
wanted = 'ipmi_up{collector="ipmi",group="",server="silent",target="127.0.0.1:9"} 0'
text, deadline = "", time.monotonic() + 30
while time.monotonic() < deadline:
    text = urllib.request.urlopen(sys.argv[1], timeout=5).read().decode()
    if wanted in text:
        break
    time.sleep(0.2)
print(text)
PY
) || { kill "$daemon"; daemon=""; fail "scraping bmcpilotd's /metrics failed: $(cat "$work/daemon.log")"; }
kill "$daemon"
wait "$daemon" || { daemon=""; fail "bmcpilotd did not end cleanly on SIGTERM: $(cat "$work/daemon.log")"; }
daemon=""
grep -q 'ipmi_up{collector="ipmi",group="",server="silent",target="127.0.0.1:9"} 0' <<<"$scraped" ||
    { cat "$work/daemon.log" >&2; fail "bmcpilotd's /metrics lacks the silent server's ipmi_up 0: $scraped"; }
echo "bmcpilotd: $daemon_version, served /metrics on port $port"

# A real start: the demo lab's simulated BMCs, a screenshot of every page, then quit.
shot_started=$(now)
timeout 120 env LANG=C.UTF-8 "$root/usr/bin/bmcpilot" --demo --screenshots "$work/shots" >"$work/gui.log" 2>&1 ||
    { cat "$work/gui.log" >&2; fail "bmcpilot --demo --screenshots failed"; }
pngs=("$work/shots"/*.png)
[ ${#pngs[@]} -gt 0 ] || { cat "$work/gui.log" >&2; fail "no screenshot written"; }
for png in "${pngs[@]}"; do
    [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$(basename "$png") is not a PNG"
done
echo "Demo lab run: ${#pngs[@]} screenshots in $(since "$shot_started") s"
echo "PASS in $(since "$started") s"
