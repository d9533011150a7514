// SPDX-License-Identifier: GPL-3.0-or-later
#include "demolab.h"

#include "demo/ipmisimfixture.h"
#include "demo/pyghmifixture.h"
#include "demo/simresources.h"

#include <QEventLoop>
#include <QJsonObject>

namespace sim {

namespace {

DemoServer demoServer(const SimBmc &bmc, const QString &description, int cipherSuite)
{
    const Account admin = bmc.account(ipmi::Privilege::Administrator).value_or(bmc.accounts.value(0));
    DemoServer server;
    server.name = bmc.name;
    server.description = description;
    server.host = bmc.host;
    server.port = bmc.port;
    server.interfaceName = QStringLiteral("lanplus");
    server.cipherSuite = cipherSuite;
    server.user = admin.user;
    server.password = admin.password;
    server.privilege = admin.privilege;
    return server;
}

IpmiSimOptions ipmiSimOptions()
{
    IpmiSimOptions options;
    options.count = 3;
    options.profiles = {QStringLiteral("r2u"), QStringLiteral("r1u"), QStringLiteral("edge")};
    options.namePrefix = QStringLiteral("demo");
    return options;
}

PyghmiOptions pyghmiOptions()
{
    PyghmiOptions options;
    options.namePrefix = QStringLiteral("demo-sha256");
    options.sha256 = true;
    return options;
}

} // namespace

DemoLab::DemoLab(QObject *parent)
    : QObject(parent), m_ipmiSim(std::make_unique<IpmiSimFixture>(ipmiSimOptions())),
      m_pyghmi(std::make_unique<PyghmiFixture>(pyghmiOptions()))
{
    for (SimFixture *part :
         {static_cast<SimFixture *>(m_ipmiSim.get()), static_cast<SimFixture *>(m_pyghmi.get())}) {
        connect(part, &SimFixture::ready, this, &DemoLab::partReady);
        connect(part, &SimFixture::failed, this, &DemoLab::partFailed);
    }
}

DemoLab::~DemoLab() = default;

bool DemoLab::start(std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    connect(this, &DemoLab::ready, &loop, &QEventLoop::quit);
    connect(this, &DemoLab::failed, &loop, &QEventLoop::quit);
    startAsync(timeout);
    if (!isReady() && !m_failed)
        loop.exec();
    return isReady();
}

void DemoLab::startAsync(std::chrono::milliseconds timeout)
{
    m_failed = false;
    m_error.clear();
    // Both start in parallel; pyghmi's interpreter start-up is the slower part.
    m_pyghmi->startAsync(timeout);
    if (!m_failed)
        m_ipmiSim->startAsync(timeout);
}

void DemoLab::stop()
{
    m_ipmiSim->stop();
    m_pyghmi->stop();
}

bool DemoLab::isReady() const
{
    return m_ipmiSim->isReady() && m_pyghmi->isReady();
}

QList<DemoServer> DemoLab::servers() const
{
    if (!isReady())
        return {};
    const QJsonObject profiles = SimResources::profileSummary();
    QList<DemoServer> result;
    for (const SimBmc &bmc : m_ipmiSim->bmcs()) {
        const QJsonObject profile = profiles.value(bmc.profile).toObject();
        const QString description =
            QStringLiteral("%1, %2 (OpenIPMI ipmi_sim)")
                .arg(profile.value(QStringLiteral("product")).toString(),
                     profile.value(QStringLiteral("description")).toString());
        result << demoServer(bmc, description, 3);
    }
    for (const SimBmc &bmc : m_pyghmi->bmcs())
        result << demoServer(bmc, QStringLiteral("pyghmi BMC with SHA-256 cipher suites"), 17);
    return result;
}

void DemoLab::partReady()
{
    if (isReady())
        emit ready();
}

void DemoLab::partFailed(const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = error;
    stop();
    emit failed(error);
}

} // namespace sim
