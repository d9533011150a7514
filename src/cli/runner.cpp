// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner.h"

#include "cli/terminaltext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

Runner::Runner(QList<HostEndpoint> hosts, HostTask task, SessionFactory factory, Settings settings, QTextStream &out,
               QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_task(std::move(task))
    , m_factory(std::move(factory))
    , m_settings(settings)
    , m_out(out)
    , m_err(err)
    , m_fanOut(int(hosts.size()), settings.fanout, [this](int index) { launch(index); })
{
    m_hosts.reserve(std::size_t(hosts.size()));
    for (HostEndpoint &endpoint : hosts)
        m_hosts.push_back(Host{std::move(endpoint), nullptr, std::nullopt, false});
}

Runner::~Runner() = default;

void Runner::start()
{
    m_fanOut.startMore();
    finishIfDone(); // an empty host list
}

void Runner::launch(int row)
{
    const auto index = std::size_t(row);
    Host &host = m_hosts[index];
    host.session = m_factory(host.endpoint);
    host.session->open([this, index](ipmi::Result<ipmi::SessionInfo> opened) {
        if (!opened) {
            hostDone(index, opened.error());
            return;
        }
        Host &current = m_hosts[index];
        if (m_settings.verbosity > 0) {
            const ipmi::SessionInfo &info = opened.value();
            const QString kind = info.version == ipmi::LanVersion::Lan20
                ? tr("RMCP+ cipher suite %1").arg(info.cipherSuite)
                : tr("IPMI 1.5 auth type %1").arg(int(info.authType));
            writePrefixed(m_err, current,
                          tr("session open: %1, privilege %2%3\n")
                              .arg(kind, QString::fromStdString(ipmi::privilegeName(info.privilege)),
                                   info.notes.empty() ? QString()
                                                      : QStringLiteral("; ") + QString::fromStdString(info.notes)));
        }
        m_task(*current.session, [this, index](CommandResult result) { hostDone(index, std::move(result)); });
    });
}

void Runner::hostDone(std::size_t index, CommandResult result)
{
    Host &host = m_hosts[index];
    if (host.result)
        return; // a task must finish once; ignore a stray second call
    host.result = std::move(result);
    host.session->close([this, index] {
        // Not deleted inside its own callback: the session may still be on the stack.
        QTimer::singleShot(0, this, [this, index] {
            m_hosts[index].session.reset();
            m_hosts[index].closed = true;
            finishIfDone();
        });
    });
    printReady();
    m_fanOut.finished();
}

QString Runner::prefix(const Host &host) const
{
    if (m_hosts.size() < 2)
        return {};
    return host.endpoint.label(m_settings.defaultPort) + QStringLiteral(": ");
}

void Runner::writePrefixed(QTextStream &stream, const Host &host, const QString &text)
{
    const QString lead = prefix(host);
    // The last line of defence: whatever a command let through, no BMC reaches the
    // terminal's controls or the start of another host's line.
    QStringList lines = terminalSafe(text, LineBreaks::Keep).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (const QString &line : std::as_const(lines))
        stream << lead << line << '\n';
    stream.flush();
}

void Runner::printReady()
{
    while (m_nextToPrint < m_hosts.size() && m_hosts[m_nextToPrint].result) {
        const Host &host = m_hosts[m_nextToPrint++];
        const CommandResult &result = *host.result;
        if (!result)
            writePrefixed(m_err, host, QString::fromStdString(result.error().message));
        else if (!m_settings.json)
            writePrefixed(m_out, host, result.value().text);
    }
}

void Runner::printJson()
{
    QJsonDocument document;
    if (m_hosts.size() == 1) {
        const CommandResult &result = *m_hosts.front().result;
        if (!result)
            return; // the error sentence is already on the error stream
        const QJsonValue value = result.value().jsonValue();
        document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    } else {
        QJsonObject all;
        for (const Host &host : m_hosts) {
            const CommandResult &result = *host.result;
            all[host.endpoint.key()] =
                result ? QJsonObject{{"ok", true}, {"result", result.value().jsonValue()}}
                       : QJsonObject{{"ok", false}, {"error", QString::fromStdString(result.error().message)}};
        }
        document = QJsonDocument(all);
    }
    m_out << document.toJson(QJsonDocument::Indented);
    m_out.flush();
}

void Runner::finishIfDone()
{
    if (m_finished)
        return;
    for (const Host &host : m_hosts) {
        if (!host.result || !host.closed)
            return;
    }
    m_finished = true;
    if (m_settings.json)
        printJson();
    const bool allOk = std::all_of(m_hosts.begin(), m_hosts.end(), [](const Host &host) { return host.result->ok(); });
    emit finished(allOk ? 0 : 1);
}
