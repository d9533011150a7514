// SPDX-License-Identifier: GPL-3.0-or-later
// EventFilterModel and AlertDestinationModel under QAbstractItemModelTester, with the
// texts their columns show.
#include "model/alertdestinationmodel.h"
#include "model/eventfiltermodel.h"

#include "ipmi/pef/filterpresets.h"
#include "ipmi/pef/pefcommands.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestAlertModels final : public QObject
{
    Q_OBJECT

private slots:
    void eventFilters()
    {
        EventFilterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ipmi::pef::EventFilter free;
        free.number = 2;
        free.preConfigured = true;
        model.setFilters({ipmi::pef::presetFilter(ipmi::pef::FilterPreset::PowerOffOnTemperature, 1, 3), free});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, EventFilterModel::StateColumn).data().toString(), QStringLiteral("Enabled"));
        QCOMPARE(model.index(0, EventFilterModel::SensorTypeColumn).data().toString(), QStringLiteral("Temperature"));
        QCOMPARE(model.index(0, EventFilterModel::ActionsColumn).data().toString(), QStringLiteral("Alert, Power off"));
        QCOMPARE(model.index(0, EventFilterModel::PolicyColumn).data().toInt(), 3);
        QCOMPARE(model.index(1, EventFilterModel::StateColumn).data().toString(),
                 QStringLiteral("Disabled (manufacturer's)"));
        QCOMPARE(model.index(1, EventFilterModel::SensorColumn).data().toString(), QStringLiteral("Any"));
        QVERIFY(!model.index(1, EventFilterModel::PolicyColumn).data().isValid()); // no alert, no policy
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void destinations()
    {
        AlertDestinationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ipmi::lan::AlertDestination volatileOne;
        ipmi::lan::AlertDestination trap;
        trap.number = 1;
        trap.ipAddress = {192, 0, 2, 10};
        trap.backupGateway = true;
        trap.retries = 3;
        model.setDestinations({volatileOne, trap});
        QCOMPARE(model.index(0, AlertDestinationModel::NumberColumn).data().toString(), QStringLiteral("0 (volatile)"));
        QCOMPARE(model.index(1, AlertDestinationModel::TypeColumn).data().toString(), QStringLiteral("PET trap (SNMP)"));
        QCOMPARE(model.index(1, AlertDestinationModel::IpColumn).data().toString(), QStringLiteral("192.0.2.10"));
        QCOMPARE(model.index(1, AlertDestinationModel::GatewayColumn).data().toString(), QStringLiteral("Backup"));
        QCOMPARE(model.index(1, AlertDestinationModel::RetriesColumn).data().toInt(), 3);
        QCOMPARE(AlertDestinationModel::typeName(3), QStringLiteral("Unknown (3)"));
    }
};

QTEST_GUILESS_MAIN(TestAlertModels)
#include "tst_alertmodels.moc"
