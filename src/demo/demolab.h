// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/simbmc.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace sim {

class IpmiSimFixture;
class PyghmiFixture;

// A server the demo lab offers, in the terms the server tree and CLI use.
struct DemoServer
{
    QString name;        // "demo-r2u-01"
    QString description; // "Pilot R240, 2U dual-socket rack server (OpenIPMI ipmi_sim)"
    QString host;
    quint16 port = 0;
    QString interfaceName; // "lanplus" (RMCP+)
    int cipherSuite = 3;   // what the BMC supports best among what clients commonly use
    QString user;
    QString password;
    ipmi::Privilege privilege = ipmi::Privilege::Administrator;
};

// The --demo lab of the GUI and the CLI: three ipmi_sim servers of different models
// (profiles r2u, r1u and edge: sensor sets, faults, event histories differ) and one
// pyghmi BMC offering SHA-256 suites, all on loopback, all through the test fixtures.
//
// Threading: create, start and stop it in one long-lived thread (the GUI thread);
// startAsync() never blocks, servers() returns plain values.
class DemoLab : public QObject
{
    Q_OBJECT

public:
    explicit DemoLab(QObject *parent = nullptr);
    ~DemoLab() override;

    bool start(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    void startAsync(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    void stop();

    bool isReady() const;
    QString errorString() const { return m_error; }
    // Empty until ready.
    QList<DemoServer> servers() const;

signals:
    void ready();
    void failed(const QString &error);

private:
    void partReady();
    void partFailed(const QString &error);

    std::unique_ptr<IpmiSimFixture> m_ipmiSim;
    std::unique_ptr<PyghmiFixture> m_pyghmi;
    QString m_error;
    bool m_failed = false;
};

} // namespace sim
