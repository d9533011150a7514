// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/simfixture.h"

namespace sim {

// admin, operator and user accounts plus "longpass" (ADMINISTRATOR) whose password
// is exactly 20 bytes, the RMCP+ maximum.
QList<Account> defaultPyghmiAccounts();

struct PyghmiOptions
{
    int count = 1;
    QString namePrefix = QStringLiteral("pyghmi");
    QString host = QStringLiteral("127.0.0.1");
    QList<Account> accounts = defaultPyghmiAccounts();
    // false: plain pyghmi (suite 3 only; every account acts as ADMINISTRATOR).
    // true: the SHA-256 peer (rmcpplus_peer.py): suites 17, 16, 15 and 3, offered in
    // Get Channel Cipher Suites, with per-account privilege limits enforced.
    bool sha256 = false;
};

// BMCs served by pyghmi's Bmc class (python3-pyghmi) through data/pyghmi_bmc.py,
// run with /usr/bin/python3 (or $BMCPILOT_SIM_PYTHON). Each binds port 0 on its
// address and reports the port it got, so there is no port race to lose.
// Power, boot device, identify and resets are kept in the chassis state file.
//
//   ipmitool -I lanplus -C 3 -H <host> -p <port> -U admin -P <password> ...   (both)
//   ipmitool -I lanplus -C 17 ...                                       (sha256 only)
class PyghmiFixture : public SimFixture
{
    Q_OBJECT

public:
    explicit PyghmiFixture(PyghmiOptions options = {}, QObject *parent = nullptr);

    const PyghmiOptions &options() const { return m_options; }

protected:
    int plannedCount() const override { return m_options.count; }
    QString instanceName(int index) const override;
    QStringList addresses(int) const override { return {m_options.host}; }
    bool reportsOwnPort() const override { return true; }
    std::optional<Launch> prepare(int index, SimBmc &bmc, QString *error) override;

private:
    PyghmiOptions m_options;
    QString m_python;
};

} // namespace sim
