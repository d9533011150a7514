// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

// One BMC address as the user wrote it: a name, an IPv4 or an IPv6 address, and a port.
struct HostEndpoint
{
    QString host; // without brackets, also for IPv6
    quint16 port = 623;

    // "host:port", "[v6]:port": the unique key (JSON output, de-duplication).
    QString key() const;
    // What a person reads: the host alone when the port is the default one.
    QString label(quint16 defaultPort = 623) const;

    bool operator==(const HostEndpoint &other) const = default;
};

// Expands the host expressions of `-H` and of host-list files into endpoints:
//   host, host:port, [v6addr], [v6addr]:port, v6addr
//   comma-separated lists of those
//   numeric ranges anywhere in a name or address: 10.0.0.[1-20], 10.0.[1-2].[5-6],
//   node[01-10].lab (leading zeros keep the width), rack[1-2,5]
//   IPv4 networks in CIDR form: 10.0.0.0/28 (hosts only: no network or broadcast address)
// Repeated endpoints are kept once, in first-seen order. The expansion is capped so that
// a typo such as 10.[0-255].[0-255].[0-255] fails with a sentence instead of eating memory.
class HostList
{
    Q_DECLARE_TR_FUNCTIONS(HostList)

public:
    static constexpr qsizetype DefaultLimit = 65536;

    explicit HostList(quint16 defaultPort = 623, qsizetype limit = DefaultLimit);

    // Adds one expression (which may hold a comma-separated list). On error nothing of
    // it is added and errorString() says what is wrong.
    bool add(const QString &expression);
    // Adds a host-list text: one expression per line, '#' starts a comment.
    bool addText(const QString &text);

    const QList<HostEndpoint> &hosts() const { return m_hosts; }
    QString errorString() const { return m_error; }

private:
    bool expandItem(const QString &item, QList<HostEndpoint> &out);
    bool expandRanges(const QString &pattern, quint16 port, QList<HostEndpoint> &out);
    bool expandCidr(const QString &cidr, quint16 port, QList<HostEndpoint> &out);
    bool fail(const QString &message);

    quint16 m_defaultPort;
    qsizetype m_limit;
    QList<HostEndpoint> m_hosts;
    QSet<QString> m_keys;
    QString m_error;
};
