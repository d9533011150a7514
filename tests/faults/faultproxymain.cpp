// SPDX-License-Identifier: GPL-3.0-or-later
// bmcpilot-faultproxy: forwards UDP between a client and a loopback BMC, damaging traffic
// at the given rates. Used by the fault scripts; see tests/faults.
#include "udpfaultproxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <csignal>

namespace {

bool parseEndpoint(const QString &text, QHostAddress &address, quint16 &port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (colon <= 0 || !ok || value > 65535)
        return false;
    port = static_cast<quint16>(value);
    return address.setAddress(text.left(colon));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Loopback UDP proxy that drops, duplicates, "
                                                    "delays, reorders and corrupts datagrams."));
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Listen address:port (port 0 = any)."),
                                    QStringLiteral("addr:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption upstream(QStringLiteral("upstream"), QStringLiteral("BMC address:port."),
                                      QStringLiteral("addr:port"));
    const QCommandLineOption loss(QStringLiteral("loss"), QStringLiteral("Drop probability."), QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption duplicate(QStringLiteral("duplicate"), QStringLiteral("Duplicate probability."), QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption reorder(QStringLiteral("reorder"), QStringLiteral("Reorder probability."), QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption corrupt(QStringLiteral("corrupt"), QStringLiteral("Corruption probability."), QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption delay(QStringLiteral("delay"), QStringLiteral("Delay in ms."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption jitter(QStringLiteral("jitter"), QStringLiteral("Extra random delay in ms."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({listen, upstream, loss, duplicate, reorder, corrupt, delay, jitter, seed});
    parser.process(app);

    QTextStream err(stderr);
    QHostAddress listenAddress, upstreamAddress;
    quint16 listenPort = 0, upstreamPort = 0;
    if (!parseEndpoint(parser.value(listen), listenAddress, listenPort) ||
        !parseEndpoint(parser.value(upstream), upstreamAddress, upstreamPort)) {
        err << "error: --listen and --upstream take address:port\n";
        return 2;
    }
    UdpFaultProxy::Faults faults;
    faults.loss = parser.value(loss).toDouble();
    faults.duplicate = parser.value(duplicate).toDouble();
    faults.reorder = parser.value(reorder).toDouble();
    faults.corrupt = parser.value(corrupt).toDouble();
    faults.delayMs = parser.value(delay).toInt();
    faults.jitterMs = parser.value(jitter).toInt();
    faults.seed = parser.value(seed).toUInt();

    UdpFaultProxy proxy(upstreamAddress, upstreamPort, faults);
    if (!proxy.listen(listenAddress, listenPort)) {
        err << "error: " << proxy.errorString() << '\n';
        return 1;
    }
    QTextStream(stdout) << "listening " << listenAddress.toString() << ':' << proxy.listenPort()
                        << Qt::endl;

    // SIGTERM/SIGINT end the event loop so that the counters are printed.
    static QCoreApplication *instance = &app;
    const auto quit = [](int) { QMetaObject::invokeMethod(instance, &QCoreApplication::quit, Qt::QueuedConnection); };
    std::signal(SIGTERM, quit);
    std::signal(SIGINT, quit);
    const int status = app.exec();
    const auto c = proxy.counters();
    err << "forwarded " << c.forwarded << " dropped " << c.dropped << " duplicated " << c.duplicated
        << " reordered " << c.reordered << " corrupted " << c.corrupted << '\n';
    return status;
}
