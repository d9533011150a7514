// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverimport.h"

#include "csv.h"
#include "serverregistry.h"

#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>

const QStringList ServerImport::Columns = {
    QStringLiteral("name"),      QStringLiteral("address"),      QStringLiteral("port"),
    QStringLiteral("interface"), QStringLiteral("user"),         QStringLiteral("privilege"),
    QStringLiteral("cipher_suite"), QStringLiteral("group"),     QStringLiteral("tags"),
    QStringLiteral("notes")};

ServerImport::Result ServerImport::fromCsv(const QString &text)
{
    Result result;
    const Csv::Parsed parsed = Csv::parse(text);
    for (const Csv::Issue &issue : parsed.issues)
        result.issues.append({issue.line, issue.message});
    if (parsed.records.isEmpty()) {
        result.issues.append({0, tr("The file has no header row.")});
        return result;
    }
    // Columns are matched by header name, so any order and any subset holding at least
    // name and address is accepted.
    const Csv::Record &header = parsed.records.first();
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!Columns.contains(name)) {
            result.issues.append({header.line, tr("Unknown column \"%1\" is ignored.").arg(name)});
            continue;
        }
        if (column.contains(name)) {
            result.issues.append({header.line, tr("Column \"%1\" appears twice.").arg(name)});
            return result;
        }
        column.insert(name, i);
    }
    if (!column.contains(QStringLiteral("name")) || !column.contains(QStringLiteral("address"))) {
        result.issues.append({header.line, tr("The header needs at least the columns name and "
                                              "address; expected: %1.")
                                               .arg(Columns.join(QLatin1Char(',')))});
        return result;
    }

    for (qsizetype r = 1; r < parsed.records.size(); ++r) {
        const Csv::Record &record = parsed.records.at(r);
        if (record.fields.size() != header.fields.size()) {
            result.issues.append({record.line, tr("%1 fields, but the header has %2.")
                                                   .arg(record.fields.size())
                                                   .arg(header.fields.size())});
            continue;
        }
        const auto get = [&](const char *name) {
            const int i = column.value(QLatin1String(name), -1);
            return i < 0 ? QString() : record.fields.at(i);
        };
        Item item;
        item.line = record.line;
        ServerEntry &entry = item.entry;
        entry.name = get("name").trimmed();
        entry.address = get("address").trimmed();
        entry.userName = get("user");
        entry.notes = get("notes");
        QString problem;
        if (const QString port = get("port").trimmed(); !port.isEmpty()) {
            bool ok = false;
            const uint value = port.toUInt(&ok);
            if (!ok || value < 1 || value > 65535)
                problem = tr("The port \"%1\" is not a number from 1 to 65535.").arg(port);
            entry.port = quint16(value);
        }
        if (const QString value = get("interface").trimmed(); problem.isEmpty() && !value.isEmpty()) {
            const auto parsedValue = ServerEntry::interfaceFromName(value);
            if (!parsedValue)
                problem = tr("The interface \"%1\" is not lan, lanplus or open.").arg(value);
            else
                entry.interface = *parsedValue;
        }
        if (const QString value = get("privilege").trimmed(); problem.isEmpty() && !value.isEmpty()) {
            const auto parsedValue = ServerEntry::privilegeFromName(value);
            if (!parsedValue)
                problem = tr("The privilege \"%1\" is not user, operator or administrator.").arg(value);
            else
                entry.privilege = *parsedValue;
        }
        if (const QString value = get("cipher_suite").trimmed();
            problem.isEmpty() && !value.isEmpty() && value.compare(QStringLiteral("auto"), Qt::CaseInsensitive) != 0) {
            bool ok = false;
            entry.cipherSuite = value.toInt(&ok);
            if (!ok)
                problem = tr("The cipher suite \"%1\" is neither \"auto\" nor a number.").arg(value);
        }
        for (const QString &tag : get("tags").split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!tag.trimmed().isEmpty())
                entry.tags.append(tag.trimmed());
        }
        for (const QString &level : get("group").split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            if (!level.trimmed().isEmpty())
                item.groupPath.append(level.trimmed());
        }
        if (problem.isEmpty())
            problem = entry.validate();
        if (!problem.isEmpty()) {
            result.issues.append({record.line, problem});
            continue;
        }
        result.items.append(item);
    }
    return result;
}

QString ServerImport::parseHost(QString text, ServerEntry *entry)
{
    QString host = text;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        // [IPv6]:port
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return tr("\"%1\" opens \"[\" without closing it.").arg(text);
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return tr("Unexpected text after \"]\" in \"%1\".").arg(text);
            port = rest.mid(1);
        }
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return tr("\"%1\" is not an IPv6 address.").arg(host);
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        port = text.section(QLatin1Char(':'), 1);
    } else if (text.contains(QLatin1Char(':'))) {
        // Several colons without brackets: a bare IPv6 address, no port.
        if (QHostAddress(text).protocol() != QAbstractSocket::IPv6Protocol)
            return tr("\"%1\" is not a valid address; write IPv6 with a port as [address]:port.").arg(text);
    }
    static const QRegularExpression pattern(QStringLiteral("[\\[\\]{}*?,]"));
    if (host.contains(pattern) && QHostAddress(host).isNull())
        return tr("\"%1\" looks like a range or pattern; only single hosts can be imported here.").arg(text);
    static const QRegularExpression hostName(
        QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_])?$"));
    if (QHostAddress(host).isNull() && !hostName.match(host).hasMatch())
        return tr("\"%1\" is not a host name or IP address.").arg(host);
    if (!port.isNull()) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value < 1 || value > 65535)
            return tr("The port \"%1\" is not a number from 1 to 65535.").arg(port);
        entry->port = quint16(value);
    }
    entry->address = host;
    entry->name = host;
    return {};
}

ServerImport::Result ServerImport::fromHostList(const QString &text)
{
    Result result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        QString line = lines.at(i);
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.contains(QRegularExpression(QStringLiteral("\\s")))) {
            result.issues.append({lineNumber, tr("Only one host per line: \"%1\".").arg(line)});
            continue;
        }
        Item item;
        item.line = lineNumber;
        if (const QString problem = parseHost(line, &item.entry); !problem.isEmpty()) {
            result.issues.append({lineNumber, problem});
            continue;
        }
        result.items.append(item);
    }
    return result;
}

int ServerImport::apply(const Result &result, ServerRegistry &registry, QList<Issue> *issues)
{
    int added = 0;
    for (const Item &item : result.items) {
        QString error;
        const std::optional<QUuid> group = registry.ensureGroupPath(item.groupPath, &error);
        if (group && !registry.addServer(item.entry, *group, &error).isNull()) {
            ++added;
            continue;
        }
        if (issues)
            issues->append({item.line, error});
    }
    return added;
}
