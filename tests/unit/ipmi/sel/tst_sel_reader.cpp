// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/sel/selclear.h"
#include "ipmi/sel/seldelete.h"
#include "ipmi/sel/selreader.h"

#include "commandresponder.h"

#include <QTest>

#include <map>

using namespace ipmi;
using namespace ipmi::sel;
using ipmi::test::CommandResponder;
using ipmi::test::runOperation;

namespace {

constexpr std::uint8_t Storage = 0x0a;

// A SEL with whole-record reads: record IDs map to the next ID the BMC names.
struct FakeSel
{
    std::map<std::uint16_t, std::uint16_t> next; // record -> next record
    std::uint16_t first = 0;
    std::uint16_t announced = 0; // entries in Get SEL Info
    std::uint16_t reservation = 0x2211;
    int cancelReads = 0; // answer this many reads with C5h
    bool requireReservation = false;
    bool refuseWholeReads = false; // answer "0xFF bytes" with CAh

    void install(CommandResponder &bmc)
    {
        bmc.on(Storage, 0x40, [this](const Request &) {
            Bytes data{0x51, std::uint8_t(announced & 0xff), std::uint8_t(announced >> 8), 0x00, 0x04};
            data.insert(data.end(), {0x00, 0x00, 0x00, 0x60, 0xff, 0xff, 0xff, 0xff, 0x0a});
            return Result<Response>(Response{0x00, data});
        });
        bmc.on(Storage, 0x42, [this](const Request &) {
            return Result<Response>(Response{0x00, {std::uint8_t(reservation & 0xff), std::uint8_t(reservation >> 8)}});
        });
        bmc.on(Storage, 0x43, [this](const Request &request) {
            ByteReader reader(request.data);
            const std::uint16_t reservationId = reader.u16le();
            std::uint16_t id = reader.u16le();
            if (cancelReads > 0) {
                --cancelReads;
                return Result<Response>(Response{0xC5, {}});
            }
            reader.u8();
            if (refuseWholeReads && reader.u8() == 0xff)
                return Result<Response>(Response{0xCA, {}});
            if (requireReservation && reservationId != reservation)
                return Result<Response>(Response{0xC5, {}});
            if (id == 0)
                id = first;
            const auto found = next.find(id);
            if (found == next.end())
                return Result<Response>(Response{0xCB, {}});
            ByteWriter writer;
            writer.u16le(found->second).u16le(id).u8(0x02).u32le(0x60000000u + id).u8(0x20).u8(0x00);
            writer.u8(0x04).u8(0x01).u8(std::uint8_t(id)).u8(0x01).u8(0x59).u8(0x5c).u8(0x5a);
            return Result<Response>(Response{0x00, writer.take()});
        });
    }
};

std::string hexOf(const Request &request)
{
    return toHex(Bytes{request.netFn, request.cmd}) + ":" + toHex(request.data);
}

} // namespace

class TestSelReader final : public QObject
{
    Q_OBJECT

private slots:
    void readsFollowingNextIds()
    {
        FakeSel sel;
        sel.first = 1;
        sel.next = {{1, 2}, {2, 5}, {5, 0xffff}};
        sel.announced = 3;
        CommandResponder bmc;
        sel.install(bmc);
        SelReader reader;
        const auto log = runOperation<SelLog>(reader, std::ref(bmc));
        QVERIFY2(log, log ? "" : log.error().message.c_str());
        QCOMPARE(log->info.entries, std::uint16_t(3));
        QCOMPARE(log->entries.size(), std::size_t(3));
        QCOMPARE(log->entries[0].recordId, std::uint16_t(1));
        QCOMPARE(log->entries[1].recordId, std::uint16_t(2));
        QCOMPARE(log->entries[2].recordId, std::uint16_t(5));
        QCOMPARE(std::get<SystemEvent>(log->entries[2].body).sensorNumber, std::uint8_t(5));
        QVERIFY(log->warnings.empty());
        QCOMPARE(reader.progress().done, std::size_t(3));
        QCOMPARE(reader.progress().total, std::size_t(3));
        // Info, then whole-record reads without a reservation: from 0000h, then 2, then 5.
        QCOMPARE(bmc.log().size(), std::size_t(4));
        QCOMPARE(hexOf(bmc.log()[0]), std::string("0a40:"));
        QCOMPARE(hexOf(bmc.log()[1]), std::string("0a43:0000000000ff"));
        QCOMPARE(hexOf(bmc.log()[2]), std::string("0a43:0000020000ff"));
        QCOMPARE(hexOf(bmc.log()[3]), std::string("0a43:0000050000ff"));
    }

    void reservesAndRetriesAfterCancellation()
    {
        FakeSel sel;
        sel.first = 1;
        sel.next = {{1, 2}, {2, 0xffff}};
        sel.announced = 2;
        sel.requireReservation = true; // this BMC wants a reservation even for whole reads
        CommandResponder bmc;
        sel.install(bmc);
        SelReader reader;
        const auto log = runOperation<SelLog>(reader, std::ref(bmc));
        QVERIFY2(log, log ? "" : log.error().message.c_str());
        QCOMPARE(log->entries.size(), std::size_t(2));
        QCOMPARE(bmc.count(Storage, 0x42), 1);
        QCOMPARE(hexOf(bmc.log().back()), std::string("0a43:1122020000ff"));
    }

    void asksForSixteenBytesWhenWholeReadsAreRefused()
    {
        FakeSel sel;
        sel.first = 1;
        sel.next = {{1, 2}, {2, 0xffff}};
        sel.announced = 2;
        sel.refuseWholeReads = true;
        CommandResponder bmc;
        sel.install(bmc);
        SelReader reader;
        const auto log = runOperation<SelLog>(reader, std::ref(bmc));
        QVERIFY2(log, log ? "" : log.error().message.c_str());
        QCOMPARE(log->entries.size(), std::size_t(2));
        QCOMPARE(hexOf(bmc.log()[2]), std::string("0a43:000000000010"));
        QCOMPARE(bmc.count(Storage, 0x43), 3);
    }

    void givesUpWhenReservationsKeepFailing()
    {
        FakeSel sel;
        sel.first = 1;
        sel.next = {{1, 0xffff}};
        sel.announced = 1;
        sel.cancelReads = 1000;
        CommandResponder bmc;
        sel.install(bmc);
        SelReader reader;
        const auto log = runOperation<SelLog>(reader, std::ref(bmc));
        QVERIFY(!log);
        QCOMPARE(log.error().completionCode, std::uint8_t(0xC5));
        QCOMPARE(bmc.count(Storage, 0x42), SelReader::MaxReservationsPerRecord);
    }

    void emptyByInfo()
    {
        FakeSel sel;
        CommandResponder bmc;
        sel.install(bmc);
        SelReader reader;
        const auto log = runOperation<SelLog>(reader, std::ref(bmc));
        QVERIFY(log);
        QVERIFY(log->entries.empty());
        QVERIFY(log->warnings.empty());
        QCOMPARE(bmc.log().size(), std::size_t(1)); // Get SEL Info only
    }

    void emptyByNotPresent()
    {
        FakeSel sel;
        sel.announced = 2; // stale count; the first read says there is nothing
        CommandResponder bmc;
        sel.install(bmc);
        SelReader reader;
        const auto log = runOperation<SelLog>(reader, std::ref(bmc));
        QVERIFY(log);
        QVERIFY(log->entries.empty());
        QCOMPARE(log->warnings.size(), std::size_t(1));
    }

    void loopInNextIdsIsAnError()
    {
        FakeSel sel;
        sel.first = 1;
        sel.next = {{1, 2}, {2, 3}, {3, 1}};
        sel.announced = 3;
        CommandResponder bmc;
        sel.install(bmc);
        SelReader reader;
        const auto log = runOperation<SelLog>(reader, std::ref(bmc), 100);
        QVERIFY(!log);
        QCOMPARE(log.error().kind, ErrorKind::MalformedResponse);
        QVERIFY(QString::fromStdString(log.error().message).contains("0001h"));
        QCOMPARE(bmc.count(Storage, 0x43), 3);
    }

    void endlessListIsAnError()
    {
        // Never-repeating IDs: stopped after the announced count plus the slack.
        FakeSel sel;
        sel.first = 1;
        for (std::uint16_t id = 1; id < 1000; ++id)
            sel.next[id] = std::uint16_t(id + 1);
        sel.announced = 2;
        CommandResponder bmc;
        sel.install(bmc);
        SelReader reader;
        const auto log = runOperation<SelLog>(reader, std::ref(bmc), 1000);
        QVERIFY(!log);
        QCOMPARE(log.error().kind, ErrorKind::MalformedResponse);
        QCOMPARE(bmc.count(Storage, 0x43), int(2 + SelReader::ExtraRecordsAllowed));
    }

    void transportErrorEndsTheRead()
    {
        SelReader reader;
        const auto log = runOperation<SelLog>(reader, [](const Request &) {
            return Result<Response>(Error{ErrorKind::Timeout, "no answer"});
        });
        QVERIFY(!log);
        QCOMPARE(log.error().kind, ErrorKind::Timeout);
    }

    void clearPollsUntilComplete()
    {
        CommandResponder bmc;
        int statusQueries = 0;
        bmc.on(Storage, 0x42, [](const Request &) { return Result<Response>(Response{0x00, {0x34, 0x12}}); });
        bmc.on(Storage, 0x47, [&](const Request &request) {
            if (request.data.size() == 6 && request.data[5] == 0x00 && ++statusQueries >= 3)
                return Result<Response>(Response{0x00, {0x01}});
            return Result<Response>(Response{0x00, {0x00}});
        });
        SelClear clear;
        const auto outcome = runOperation<SelClearOutcome>(clear, std::ref(bmc));
        QVERIFY2(outcome, outcome ? "" : outcome.error().message.c_str());
        QCOMPARE(outcome->statusQueries, 3);
        QCOMPARE(bmc.log().size(), std::size_t(5));
        QCOMPARE(hexOf(bmc.log()[0]), std::string("0a42:"));
        QCOMPARE(hexOf(bmc.log()[1]), std::string("0a47:3412434c52aa"));
        QCOMPARE(hexOf(bmc.log()[2]), std::string("0a47:3412434c5200"));
        QCOMPARE(hexOf(bmc.log()[4]), std::string("0a47:3412434c5200"));
    }

    void clearCompletedAtOnce()
    {
        CommandResponder bmc;
        bmc.on(Storage, 0x42, [](const Request &) { return Result<Response>(Response{0x00, {0x01, 0x00}}); });
        bmc.on(Storage, 0x47, [](const Request &) { return Result<Response>(Response{0x00, {0x01}}); });
        SelClear clear;
        const auto outcome = runOperation<SelClearOutcome>(clear, std::ref(bmc));
        QVERIFY(outcome);
        QCOMPARE(outcome->statusQueries, 0);
        QCOMPARE(bmc.log().size(), std::size_t(2));
    }

    void clearThatNeverEndsIsBounded()
    {
        CommandResponder bmc;
        bmc.on(Storage, 0x42, [](const Request &) { return Result<Response>(Response{0x00, {0x01, 0x00}}); });
        bmc.on(Storage, 0x47, [](const Request &) { return Result<Response>(Response{0x00, {0x00}}); });
        SelClear clear(5);
        const auto outcome = runOperation<SelClearOutcome>(clear, std::ref(bmc), 100);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().kind, ErrorKind::Timeout);
        QCOMPARE(bmc.count(Storage, 0x47), 6); // initiate + 5 status queries
    }

    void clearRenewsCancelledReservation()
    {
        CommandResponder bmc;
        std::uint8_t reservation = 0;
        bmc.on(Storage, 0x42, [&](const Request &) {
            ++reservation;
            return Result<Response>(Response{0x00, {reservation, 0x00}});
        });
        bmc.on(Storage, 0x47, [&](const Request &request) {
            if (request.data[0] != 2)
                return Result<Response>(Response{0xC5, {}});
            return Result<Response>(Response{0x00, {0x01}});
        });
        SelClear clear;
        const auto outcome = runOperation<SelClearOutcome>(clear, std::ref(bmc));
        QVERIFY(outcome);
        QCOMPARE(bmc.count(Storage, 0x42), 2);
    }

    void deleteWithReservation()
    {
        CommandResponder bmc;
        std::uint8_t reservation = 0;
        bool cancelOnce = true;
        bmc.on(Storage, 0x42, [&](const Request &) {
            ++reservation;
            return Result<Response>(Response{0x00, {reservation, 0x00}});
        });
        bmc.on(Storage, 0x46, [&](const Request &request) {
            if (cancelOnce) {
                cancelOnce = false;
                return Result<Response>(Response{0xC5, {}});
            }
            return Result<Response>(Response{0x00, {request.data[2], request.data[3]}});
        });
        SelDelete remove({0x0003, 0x0107});
        const auto deleted = runOperation<std::vector<std::uint16_t>>(remove, std::ref(bmc));
        QVERIFY2(deleted, deleted ? "" : deleted.error().message.c_str());
        QCOMPARE(deleted.value(), (std::vector<std::uint16_t>{0x0003, 0x0107}));
        QCOMPARE(bmc.count(Storage, 0x42), 2);
        QCOMPARE(hexOf(bmc.log().back()), std::string("0a46:02000701"));
    }

    void deleteOfMissingRecordNamesIt()
    {
        CommandResponder bmc;
        bmc.on(Storage, 0x42, [](const Request &) { return Result<Response>(Response{0x00, {0x01, 0x00}}); });
        bmc.on(Storage, 0x46, [](const Request &request) {
            if (request.data[2] == 0x07)
                return Result<Response>(Response{0xCB, {}});
            return Result<Response>(Response{0x00, {request.data[2], request.data[3]}});
        });
        SelDelete remove({0x0003, 0x0007, 0x0009});
        const auto deleted = runOperation<std::vector<std::uint16_t>>(remove, std::ref(bmc));
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().completionCode, std::uint8_t(0xCB));
        const QString message = QString::fromStdString(deleted.error().message);
        QVERIFY2(message.contains("0007h") && message.contains("1 record was deleted"), qPrintable(message));
        QCOMPARE(bmc.count(Storage, 0x46), 2);
    }
};

QTEST_APPLESS_MAIN(TestSelReader)
#include "tst_sel_reader.moc"
