// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <sys/stat.h>

// Replaces the contents of a file that can be rebuilt if lost (the SDR cache, the learned
// cipher suites): written to a temporary file beside it and renamed over it, so a reader
// sees the old contents or the new, never half; but not synced to disk, since after a
// power cut a lost or empty copy only costs a read from the BMC, while a sync per BMC
// costs a sweep of a hundred BMCs a fifth of its CPU. Creates the folder when missing.
// Returns false with a sentence in *error when the file cannot be written. *written, when
// given, receives the status of the file written (its inode, size and time), by which a
// reader can tell it from a later replacement.
bool writeCacheFile(const QString &path, QByteArrayView contents, QString *error, struct stat *written = nullptr);
