// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliapplication.h"
#include "model/privatefiles.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (const QString &problem : makeProcessPrivate())
        std::fprintf(stderr, "warning: %s\n", qPrintable(problem));
    QCoreApplication::setApplicationName(QStringLiteral("bmcpilot-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BMCPILOT_VERSION));
    const QStringList args = QCoreApplication::arguments().mid(1);
    // From here on, ps shows x's where -P, -k and -y values were.
    scrubSecretArguments(argc, argv);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApplication cli(out, err);
    return cli.run(args);
}
