// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fruinventorymodel.h"
#include "model/propertytreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

// The name/value tree behind the inventory page: a valid item model at every step, and
// a decoded FRU inventory laid out as sections and fields.
class TestPropertyTreeModel final : public QObject
{
    Q_OBJECT

private:
    static ipmi::fru::FruField field(const char *text)
    {
        ipmi::fru::FruField f;
        f.text = text;
        return f;
    }

private slots:
    void passesTheModelTester()
    {
        PropertyTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto root = std::make_unique<PropertyTreeModel::Node>();
        PropertyTreeModel::Node *device = root->add(QStringLiteral("FRU 0"));
        device->add(QStringLiteral("Board"))->add(QStringLiteral("Serial"), QStringLiteral("B123"));
        device->add(QStringLiteral("Warning"), QStringLiteral("bad checksum"))->problem = true;
        model.setTree(std::move(root));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex fru = model.index(0, 0);
        QCOMPARE(model.rowCount(fru), 2);
        const QModelIndex board = model.index(0, 0, fru);
        QCOMPARE(model.parent(board), fru);
        const QModelIndex serial = model.index(0, PropertyTreeModel::ValueColumn, board);
        QCOMPARE(serial.data().toString(), QStringLiteral("B123"));
        QCOMPARE(model.parent(serial), board.siblingAtColumn(0));
        QVERIFY(model.index(1, 0, fru).data(PropertyTreeModel::ProblemRole).toBool());
        QCOMPARE(model.toText(), QStringLiteral("FRU 0\n  Board\n    Serial: B123\n  Warning: bad checksum\n"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void inventoryBecomesSectionsAndFields()
    {
        ipmi::fru::FruInventory inventory;
        inventory.chassis = ipmi::fru::FruChassis{};
        inventory.chassis->type = 0x17; // rack mount chassis
        inventory.chassis->serial = field("C-1");
        inventory.board = ipmi::fru::FruBoard{};
        inventory.board->mfgMinutes = 60 * 24; // 1996-01-02 00:00 UTC
        inventory.board->manufacturer = field("Acme");
        inventory.board->custom = {field("rev B")};
        inventory.warnings = {"board area checksum is 12h, not 00h"};

        PropertyTreeModel::Node device;
        FruInventoryModel::describe(inventory, device);
        QCOMPARE(int(device.children.size()), 3); // chassis, board, the warning
        const PropertyTreeModel::Node &chassis = *device.children[0];
        QCOMPARE(chassis.name, QStringLiteral("Chassis"));
        QCOMPARE(chassis.children[0]->value, QStringLiteral("Rack Mount Chassis"));
        const PropertyTreeModel::Node &board = *device.children[1];
        const QDateTime made = QDateTime::fromString(board.children[0]->value, Qt::ISODate);
        QCOMPARE(made.toUTC(), QDateTime(QDate(1996, 1, 2), QTime(0, 0), Qt::UTC));
        // The offset is always spelt out ("Z" or "+hh:mm"), never left implicit.
        const QString text = board.children[0]->value;
        QVERIFY2(text.endsWith(QLatin1Char('Z')) || text.at(text.size() - 6) == QLatin1Char('+')
                     || text.at(text.size() - 6) == QLatin1Char('-'),
                 qPrintable(text));
        QCOMPARE(board.children[1]->value, QStringLiteral("Acme"));
        QCOMPARE(board.children.back()->value, QStringLiteral("rev B"));
        QVERIFY(device.children[2]->problem);
    }
};

QTEST_GUILESS_MAIN(TestPropertyTreeModel)
#include "tst_propertytreemodel.moc"
