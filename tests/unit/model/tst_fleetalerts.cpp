// SPDX-License-Identifier: GPL-3.0-or-later
// Fleet operations that switch PEF and set an alert destination, over the fake kernel
// device (which holds PEF parameters and alert destinations): per-host results, the
// change read back, and a host lacking the destination failing in words.
#include "fakeipmidevice.h"
#include "model/fleet.h"
#include "model/fleetoperation.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"

#include <QSignalSpy>
#include <QTest>

using namespace ipmi;
using fakelocal::FakeIpmiDevice;

class TestFleetAlerts final : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<fakelocal::BmcState> m_state = fakelocal::alertingBmc();
    ServerRegistry m_registry;
    SessionPool m_pool{1};
    Fleet m_fleet{&m_registry, &m_pool};
    QUuid m_server;

    FleetOperation::Host run(FleetOperation::Action action)
    {
        FleetOperation operation(&m_fleet, {m_server}, std::move(action));
        QSignalSpy finished(&operation, &FleetOperation::finished);
        if (!operation.start() || (!operation.isFinished() && !finished.wait(10000)))
            return {};
        return operation.host(0);
    }

private slots:
    void initTestCase()
    {
        m_pool.setLocalDeviceFactory([state = m_state] { return std::make_unique<FakeIpmiDevice>(state); });
        ServerEntry entry;
        entry.name = QStringLiteral("this machine");
        entry.address = Fleet::LocalHostLabel;
        entry.interface = ServerEntry::Interface::Open;
        m_server = m_registry.addServer(entry);
        QVERIFY(!m_server.isNull());
    }

    void pefIsSwitchedAndReadBack()
    {
        const FleetOperation::Host on = run(FleetOperation::Action::pef(true));
        QCOMPARE(on.state, FleetOperation::HostState::Done);
        QCOMPARE(on.detail, QStringLiteral("Platform event filtering is on."));
        {
            std::lock_guard lock(m_state->mutex);
            QCOMPARE(m_state->pef.at({1, 0}), Bytes{0x01});
        }
        const FleetOperation::Host off = run(FleetOperation::Action::pef(false));
        QCOMPARE(off.state, FleetOperation::HostState::Done);
        std::lock_guard lock(m_state->mutex);
        QCOMPARE(m_state->pef.at({1, 0}), Bytes{0x00});
    }

    void alertDestinationIsSetAndReadBack()
    {
        lan::AlertDestinationChange change;
        change.ipAddress = lan::Ipv4Address{192, 0, 2, 10};
        const FleetOperation::Host set = run(FleetOperation::Action::alertDestination(2, change));
        QCOMPARE(set.state, FleetOperation::HostState::Done);
        QCOMPARE(set.detail, QStringLiteral("Alert destination 2 was saved."));
        std::lock_guard lock(m_state->mutex);
        const Bytes addresses = m_state->alertDestinations.at({19, 2});
        QCOMPARE(Bytes(addresses.begin() + 3, addresses.begin() + 7), (Bytes{192, 0, 2, 10}));
    }

    void missingDestinationFailsInWords()
    {
        lan::AlertDestinationChange change;
        change.ipAddress = lan::Ipv4Address{192, 0, 2, 10};
        const FleetOperation::Host missing = run(FleetOperation::Action::alertDestination(9, change));
        QCOMPARE(missing.state, FleetOperation::HostState::Failed);
        QVERIFY2(missing.detail.startsWith(QStringLiteral("The BMC has no alert destination 9 on channel")),
                 qPrintable(missing.detail));
    }

    void invalidChangeIsRefusedBeforeSending()
    {
        QVERIFY(!FleetOperation::Action::alertDestination(2, {}).problem().isEmpty());
        lan::AlertDestinationChange change;
        change.retries = 9;
        QVERIFY(!FleetOperation::Action::alertDestination(2, change).problem().isEmpty());
        FleetOperation operation(&m_fleet, {m_server}, FleetOperation::Action::alertDestination(0, change));
        QVERIFY(!operation.start());
    }
};

QTEST_GUILESS_MAIN(TestFleetAlerts)
#include "tst_fleetalerts.moc"
