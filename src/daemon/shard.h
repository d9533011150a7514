// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <optional>

// --shard K/N: this service polls only the servers assigned to share K of N, so N
// services on N machines cover one registry between them without talking to each other.
//
// Assignment is stable: it depends only on the server's registry id (a UUID that stays
// with the server across renames, moves and edits) and on N, never on the server's
// position in the file: the first 8 bytes of SHA-256 of the id's text form, read as a
// big-endian number, modulo N, give share (number + 1). Every machine computes the same
// answer from the same file; adding or removing a server moves only that server.
class Shard
{
    Q_DECLARE_TR_FUNCTIONS(Shard)

public:
    Shard() = default; // 1/1: everything
    // "K/N" with 1 <= K <= N <= 1024; nothing and *error set otherwise.
    static std::optional<Shard> parse(const QString &text, QString *error = nullptr);

    bool owns(const QUuid &server) const;
    static int shareOf(const QUuid &server, int count); // 1-based
    int index() const { return m_index; }
    int count() const { return m_count; }
    QString text() const { return QStringLiteral("%1/%2").arg(m_index).arg(m_count); }

private:
    int m_index = 1;
    int m_count = 1;
};
