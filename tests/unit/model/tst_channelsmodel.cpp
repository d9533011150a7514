// SPDX-License-Identifier: GPL-3.0-or-later
// ChannelsModel under QAbstractItemModelTester: channels added one by one, access
// settings arriving later per storage, and a clear, as the network page drives it.
#include "model/channelsmodel.h"

#include "ipmi/core/privilege.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ipmi::channel;

namespace {

ChannelInfo channel(std::uint8_t number, std::uint8_t medium, std::uint8_t protocol, std::uint8_t sessions)
{
    ChannelInfo info;
    info.channel = number;
    info.medium = medium;
    info.protocol = protocol;
    info.sessionSupport = sessions;
    return info;
}

} // namespace

class TestChannelsModel final : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheModelContract()
    {
        ChannelsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.addChannel(channel(1, 0x04, 0x01, 3)); // 802.3 LAN, IPMB, session-based
        model.addChannel(channel(2, 0x05, 0x05, 0)); // serial, basic mode, session-less
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ChannelsModel::ColumnCount));
        QCOMPARE(model.index(0, ChannelsModel::NumberColumn).data().toInt(), 1);
        QCOMPARE(model.index(1, ChannelsModel::NumberColumn).data().toInt(), 2);
        QVERIFY(!model.index(0, ChannelsModel::MediumColumn).data().toString().isEmpty());
        QVERIFY(model.index(0, ChannelsModel::MediumColumn).data() != model.index(1, ChannelsModel::MediumColumn).data());
        QVERIFY(model.index(0, ChannelsModel::ActiveAccessColumn).data().toString().isEmpty());
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void accessArrivesPerStorage()
    {
        ChannelsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addChannel(channel(1, 0x04, 0x01, 3));
        model.addChannel(channel(6, 0x04, 0x01, 3));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ChannelAccess access;
        access.mode = AccessMode::AlwaysAvailable;
        access.privilegeLimit = 0x04;
        model.setAccess(6, Storage::Volatile, access);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1, ChannelsModel::ActiveAccessColumn));
        const QString active = model.index(1, ChannelsModel::ActiveAccessColumn).data().toString();
        QVERIFY2(active.contains(QString::fromStdString(ipmi::privilegeName(std::uint8_t(0x04)))), qPrintable(active));
        QVERIFY(model.index(1, ChannelsModel::StoredAccessColumn).data().toString().isEmpty());
        QVERIFY(model.index(0, ChannelsModel::ActiveAccessColumn).data().toString().isEmpty());

        access.mode = AccessMode::Disabled;
        access.privilegeLimit = 0x02;
        model.setAccess(6, Storage::NonVolatile, access);
        QCOMPARE(changed.size(), 2);
        QVERIFY(model.index(1, ChannelsModel::StoredAccessColumn).data().toString() != active);
        model.setAccess(9, Storage::Volatile, access); // no such channel: nothing changes
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.rows().size(), std::size_t(2));
    }

    void clearEmptiesOnce()
    {
        ChannelsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear(); // already empty: no reset
        QCOMPARE(reset.size(), 0);
        model.addChannel(channel(1, 0x04, 0x01, 3));
        model.clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.index(0, 0).isValid());
    }
};

QTEST_MAIN(TestChannelsModel)
#include "tst_channelsmodel.moc"
