// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostlist.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

#include <limits>

namespace {

// Numbers in a range: enough for any octet or node number, small enough not to overflow.
constexpr qsizetype MaxRangeDigits = 9;

struct Segment
{
    QString literal;       // used when values is empty
    QList<qint64> values;  // a range group's numbers, in order
    int width = 0;         // zero-padded width, 0 = none
};

QString formatNumber(qint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

bool isHostCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_';
}

// Splits at commas that are not inside a range group.
QStringList splitTopLevel(const QString &expression)
{
    QStringList items;
    QString current;
    int depth = 0;
    for (const QChar c : expression) {
        if (c == u'[')
            ++depth;
        else if (c == u']')
            --depth;
        if (c == u',' && depth == 0) {
            items << current;
            current.clear();
        } else {
            current += c;
        }
    }
    items << current;
    return items;
}

} // namespace

QString HostEndpoint::key() const
{
    const QString shown = host.contains(u':') ? u'[' + host + u']' : host;
    return shown + u':' + QString::number(port);
}

QString HostEndpoint::label(quint16 defaultPort) const
{
    if (port != defaultPort)
        return key();
    return host;
}

HostList::HostList(quint16 defaultPort, qsizetype limit)
    : m_defaultPort(defaultPort)
    , m_limit(limit)
{
}

bool HostList::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool HostList::add(const QString &expression)
{
    const QString trimmed = expression.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("The host list is empty."));

    int depth = 0;
    for (const QChar c : trimmed) {
        depth += c == u'[' ? 1 : c == u']' ? -1 : 0;
        if (depth < 0 || depth > 1)
            return fail(tr("Unbalanced brackets in \"%1\".").arg(trimmed));
    }
    if (depth != 0)
        return fail(tr("Unbalanced brackets in \"%1\".").arg(trimmed));

    QList<HostEndpoint> expanded;
    for (const QString &rawItem : splitTopLevel(trimmed)) {
        const QString item = rawItem.trimmed();
        if (item.isEmpty())
            return fail(tr("Empty entry in the host list \"%1\".").arg(trimmed));
        if (!expandItem(item, expanded))
            return false;
    }

    QList<HostEndpoint> added;
    QSet<QString> keys = m_keys;
    for (const HostEndpoint &endpoint : std::as_const(expanded)) {
        if (keys.contains(endpoint.key().toLower()))
            continue;
        keys.insert(endpoint.key().toLower());
        added << endpoint;
    }
    if (m_hosts.size() + added.size() > m_limit)
        return fail(tr("The host list would hold %1 hosts; at most %2 are allowed.")
                        .arg(m_hosts.size() + added.size())
                        .arg(m_limit));
    m_hosts << added;
    m_keys = keys;
    return true;
}

bool HostList::addText(const QString &text)
{
    // All or nothing: a bad line leaves the list as it was.
    const QList<HostEndpoint> savedHosts = m_hosts;
    const QSet<QString> savedKeys = m_keys;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        const qsizetype comment = line.indexOf(u'#');
        if (comment >= 0)
            line.truncate(comment);
        if (line.trimmed().isEmpty())
            continue;
        if (!add(line)) {
            m_hosts = savedHosts;
            m_keys = savedKeys;
            return fail(tr("Line %1: %2").arg(i + 1).arg(m_error));
        }
    }
    return true;
}

bool HostList::expandItem(const QString &item, QList<HostEndpoint> &out)
{
    QString hostPart = item;
    QString portText;

    if (item.startsWith(u'[') && item.indexOf(u':') > 0 && item.indexOf(u':') < item.indexOf(u']')) {
        // "[v6addr]" or "[v6addr]:port": a bracket holding colons is an address, not a range.
        const qsizetype close = item.indexOf(u']');
        hostPart = item.mid(1, close - 1);
        const QString rest = item.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return fail(tr("Unexpected text after the IPv6 address in \"%1\".").arg(item));
            portText = rest.mid(1);
        }
        if (QHostAddress(hostPart).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(tr("\"%1\" is not a valid IPv6 address.").arg(hostPart));
    } else if (item.count(u':') > 1) {
        // A bare IPv6 address: its colons are not a port separator.
        if (QHostAddress(item).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(tr("\"%1\" is not a valid IPv6 address; write [address]:port to give a port.").arg(item));
    } else if (item.contains(u':')) {
        const qsizetype colon = item.indexOf(u':');
        hostPart = item.left(colon);
        portText = item.mid(colon + 1);
    }

    quint16 port = m_defaultPort;
    if (!portText.isNull()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok, 10);
        if (!ok || value == 0 || value > 65535 || !portText.front().isDigit())
            return fail(tr("Invalid port \"%1\" in \"%2\"; a port is a number from 1 to 65535.").arg(portText, item));
        port = quint16(value);
    }
    if (hostPart.isEmpty())
        return fail(tr("No host name in \"%1\".").arg(item));
    if (hostPart.contains(u':')) {
        out << HostEndpoint{hostPart, port};
        return true;
    }
    if (hostPart.contains(u'/'))
        return expandCidr(hostPart, port, out);
    return expandRanges(hostPart, port, out);
}

bool HostList::expandCidr(const QString &cidr, quint16 port, QList<HostEndpoint> &out)
{
    const auto [network, prefix] = QHostAddress::parseSubnet(cidr);
    if (network.protocol() != QAbstractSocket::IPv4Protocol || prefix < 0)
        return fail(tr("\"%1\" is not an IPv4 network in CIDR form such as 10.0.0.0/24.").arg(cidr));
    const quint64 size = quint64(1) << (32 - prefix);
    // A sweep addresses hosts: leave out the network and broadcast addresses, which
    // only /31 and /32 networks lack.
    const quint64 first = prefix <= 30 ? 1 : 0;
    const quint64 last = prefix <= 30 ? size - 2 : size - 1;
    if (qsizetype(last - first + 1) + m_hosts.size() + out.size() > m_limit)
        return fail(tr("%1 holds %2 addresses, more than the limit of %3.").arg(cidr).arg(last - first + 1).arg(m_limit));
    const quint32 base = network.toIPv4Address();
    for (quint64 offset = first; offset <= last; ++offset)
        out << HostEndpoint{QHostAddress(quint32(base + offset)).toString(), port};
    return true;
}

bool HostList::expandRanges(const QString &pattern, quint16 port, QList<HostEndpoint> &out)
{
    QList<Segment> segments;
    qint64 combinations = 1;
    qsizetype pos = 0;
    while (pos < pattern.size()) {
        const qsizetype open = pattern.indexOf(u'[', pos);
        const QString literal = pattern.mid(pos, open < 0 ? -1 : open - pos);
        for (const QChar c : literal) {
            if (!isHostCharacter(c))
                return fail(tr("Invalid character '%1' in host \"%2\".").arg(c).arg(pattern));
        }
        if (!literal.isEmpty())
            segments << Segment{literal, {}, 0};
        if (open < 0)
            break;
        const qsizetype close = pattern.indexOf(u']', open);
        const QString group = pattern.mid(open + 1, close - open - 1);
        Segment range;
        for (const QString &term : group.split(u',')) {
            static const QRegularExpression termPattern(QStringLiteral("^(\\d+)(?:-(\\d+))?$"));
            const auto match = termPattern.match(term.trimmed());
            if (!match.hasMatch())
                return fail(tr("Invalid range \"[%1]\" in \"%2\"; write it as [1-20] or [1,3,5-7].").arg(group, pattern));
            const QString first = match.captured(1);
            const QString last = match.hasCaptured(2) ? match.captured(2) : first;
            if (first.size() > MaxRangeDigits || last.size() > MaxRangeDigits)
                return fail(tr("The range \"[%1]\" in \"%2\" has too many digits.").arg(group, pattern));
            const qint64 from = first.toLongLong();
            const qint64 to = last.toLongLong();
            if (from > to)
                return fail(tr("The range \"%1\" in \"%2\" runs backwards.").arg(term.trimmed(), pattern));
            if (to - from + 1 > m_limit)
                return fail(tr("\"%1\" expands to more than %2 hosts.").arg(pattern).arg(m_limit));
            // "01" asks for zero padding to its width, as in node[01-10].
            if (first.size() > 1 && first.startsWith(u'0'))
                range.width = std::max(range.width, int(first.size()));
            for (qint64 value = from; value <= to; ++value)
                range.values << value;
            if (range.values.size() > m_limit)
                return fail(tr("\"%1\" expands to more than %2 hosts.").arg(pattern).arg(m_limit));
        }
        combinations *= range.values.size();
        if (combinations > m_limit)
            return fail(tr("\"%1\" expands to more than %2 hosts.").arg(pattern).arg(m_limit));
        segments << range;
        pos = close + 1;
    }
    // Guards memory before de-duplication; add() checks the exact total afterwards.
    if (out.size() + combinations > m_limit)
        return fail(tr("\"%1\" expands to more than %2 hosts.").arg(pattern).arg(m_limit));

    static const QRegularExpression dottedQuad(QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)\\.(\\d+)$"));
    QList<qsizetype> index(segments.size(), 0);
    for (qint64 n = 0; n < combinations; ++n) {
        QString host;
        for (qsizetype s = 0; s < segments.size(); ++s) {
            const Segment &segment = segments[s];
            host += segment.values.isEmpty() ? segment.literal
                                             : formatNumber(segment.values[index[s]], segment.width);
        }
        // An all-numeric dotted name can only be an IPv4 address, so catch 10.0.0.300.
        const auto quad = dottedQuad.match(host);
        if (quad.hasMatch()) {
            for (int octet = 1; octet <= 4; ++octet) {
                if (quad.captured(octet).toLongLong() > 255)
                    return fail(tr("\"%1\" is not a valid IPv4 address: %2 is not an octet (0-255).")
                                    .arg(host, quad.captured(octet)));
            }
        }
        if (host.startsWith(u'-') || host.startsWith(u'.'))
            return fail(tr("\"%1\" is not a valid host name.").arg(host));
        out << HostEndpoint{host, port};
        // Odometer step: the last range turns fastest, so 10.0.[1-2].[5-6] reads in order.
        for (qsizetype s = segments.size() - 1; s >= 0; --s) {
            if (segments[s].values.isEmpty())
                continue;
            if (++index[s] < segments[s].values.size())
                break;
            index[s] = 0;
        }
    }
    return true;
}
