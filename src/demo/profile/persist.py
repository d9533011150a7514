# SPDX-License-Identifier: GPL-3.0-or-later
"""ipmi_sim's persistence file format (OpenIPMI lanserv/persist.c), used for the SDR
repository (sdr.20.main) and the SEL (sel.20) the fixture installs before start-up.

One `<name>:<type>:<value>` line per item: `d` data with every byte escaped as \\xx
(persist.c accepts escapes for any byte), `i` integers. persist.c writes its items
newest first and reads them back in reverse, so records are listed by descending ID.
"""


def persist_file(records, last_add_time):
    """Records (bytes, IDs 1..n in order) plus the repository's time stamps."""
    lines = [f"{record_id}:d:" + "".join(f"\\{b:02x}" for b in data)
             for record_id, data in enumerate(records, start=1)]
    lines.reverse()
    lines += ["last_erase_time:i:0", f"last_add_time:i:{last_add_time}"]
    return "\n".join(lines) + "\n"
