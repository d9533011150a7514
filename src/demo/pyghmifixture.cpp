// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyghmifixture.h"

#include "demo/simresources.h"
#include "demo/statefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sim {

namespace {

const QList<int> sha256Suites{17, 16, 15, 3};

QString suiteList(const QList<int> &suites)
{
    QStringList parts;
    for (int suite : suites)
        parts << QString::number(suite);
    return parts.join(u',');
}

} // namespace

QList<Account> defaultPyghmiAccounts()
{
    return {{QStringLiteral("admin"), QStringLiteral("pyghmi-admin-pw"), ipmi::Privilege::Administrator},
            {QStringLiteral("operator"), QStringLiteral("pyghmi-oper-pw"), ipmi::Privilege::Operator},
            {QStringLiteral("user"), QStringLiteral("pyghmi-user-pw"), ipmi::Privilege::User},
            {QStringLiteral("longpass"), QStringLiteral("Twenty-Byte-Secret-9"),
             ipmi::Privilege::Administrator}};
}

PyghmiFixture::PyghmiFixture(PyghmiOptions options, QObject *parent)
    : SimFixture(parent), m_options(std::move(options))
{}

QString PyghmiFixture::instanceName(int index) const
{
    return QStringLiteral("%1-%2").arg(m_options.namePrefix).arg(index + 1, 2, 10, QChar(u'0'));
}

std::optional<SimFixture::Launch> PyghmiFixture::prepare(int, SimBmc &bmc, QString *error)
{
    if (m_python.isEmpty()) {
        // The python3 on PATH may be a private interpreter without pyghmi.
        m_python = SimResources::findProgram(QStringLiteral("python3"), "BMCPILOT_SIM_PYTHON",
                                             {QStringLiteral("/usr/bin/python3")},
                                             QStringLiteral("python3-pyghmi"), error);
        if (m_python.isEmpty())
            return std::nullopt;
    }
    QJsonArray users;
    for (const Account &account : m_options.accounts) {
        if (account.user.toUtf8().size() > 16 || account.password.toUtf8().size() > 20) {
            *error = QStringLiteral("account \"%1\": RMCP+ allows 16-byte names and 20-byte "
                                    "passwords")
                         .arg(account.user);
            return std::nullopt;
        }
        users.append(QJsonObject{{QStringLiteral("name"), account.user},
                                 {QStringLiteral("password"), account.password},
                                 {QStringLiteral("privilege"), int(account.privilege)}});
    }
    bmc.kind = m_options.sha256 ? BmcKind::Sha256Peer : BmcKind::Pyghmi;
    bmc.accounts = m_options.accounts;
    if (!m_options.sha256) {
        // Plain pyghmi grants whatever privilege a client asks for.
        for (Account &account : bmc.accounts)
            account.privilege = ipmi::Privilege::Administrator;
    }
    bmc.cipherSuites = m_options.sha256 ? sha256Suites : QList<int>{3};

    const QString dir = bmc.directory;
    QFile usersFile(dir + "/users.json");
    if (!usersFile.open(QIODevice::WriteOnly) ||
        usersFile.write(QJsonDocument(users).toJson()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(usersFile.fileName());
        return std::nullopt;
    }
    usersFile.close();
    if (!SimResources::install(QStringLiteral("data/pyghmi_bmc.py"), dir + "/pyghmi_bmc.py", false,
                               error) ||
        !SimResources::install(QStringLiteral("data/rmcpplus_peer.py"), dir + "/rmcpplus_peer.py",
                               false, error))
        return std::nullopt;
    if (!StateFile(dir + "/state/chassis.state")
             .write({{QStringLiteral("power"), QStringLiteral("1")},
                     {QStringLiteral("boot"), QStringLiteral("default")}})) {
        *error = QStringLiteral("cannot write %1/state/chassis.state").arg(dir);
        return std::nullopt;
    }

    QStringList arguments{QStringLiteral("-B"), // no __pycache__ in the folder
                          dir + "/pyghmi_bmc.py",
                          QStringLiteral("--state"),
                          dir + "/state/chassis.state",
                          QStringLiteral("--users"),
                          dir + "/users.json",
                          QStringLiteral("--address"),
                          bmc.host,
                          QStringLiteral("--port"),
                          QStringLiteral("0")};
    if (m_options.sha256)
        arguments << QStringLiteral("--suites") << suiteList(sha256Suites);
    return Launch{m_python, arguments};
}

} // namespace sim
