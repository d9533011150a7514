// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/sel/selreader.h"
#include "ipmi/sel/seltailreader.h"

#include "commandresponder.h"

#include <QTest>

#include <map>

using namespace ipmi;
using namespace ipmi::sel;
using ipmi::test::CommandResponder;
using ipmi::test::runOperation;

namespace {

constexpr std::uint8_t Storage = 0x0a;
constexpr std::uint8_t GetSelEntry = 0x43;

// A system event record whose bytes depend on its ID and a generation, so that a record
// rewritten under the same ID (a cleared and refilled SEL) reads differently.
Bytes recordBytes(std::uint16_t id, std::uint8_t generation = 0)
{
    ByteWriter writer;
    writer.u16le(id).u8(0x02).u32le(0x60000000u + id + generation).u8(0x20).u8(0x00);
    writer.u8(0x04).u8(0x01).u8(std::uint8_t(id)).u8(0x01).u8(0x59).u8(0x5c).u8(0x5a);
    return writer.take();
}

SelEntry entryOf(std::uint16_t id)
{
    auto entry = decodeEntry(recordBytes(id));
    if (!entry)
        qFatal("test record does not decode: %s", entry.error().message.c_str());
    return *entry;
}

// Whole-record reads: record ID -> next ID, plus the generation each record has now.
struct FakeSel
{
    std::map<std::uint16_t, std::uint16_t> next;
    std::map<std::uint16_t, std::uint8_t> generation;

    void install(CommandResponder &bmc)
    {
        bmc.on(Storage, GetSelEntry, [this](const Request &request) {
            ByteReader reader(request.data);
            reader.u16le(); // reservation
            const std::uint16_t id = reader.u16le();
            const auto found = next.find(id);
            if (found == next.end())
                return Result<Response>(Response{0xCB, {}}); // requested record not present
            ByteWriter writer;
            writer.u16le(found->second);
            Bytes data = writer.take();
            const Bytes record = recordBytes(id, generation[id]);
            data.insert(data.end(), record.begin(), record.end());
            return Result<Response>(Response{0x00, data});
        });
    }
};

std::vector<std::uint16_t> requestedIds(const CommandResponder &bmc)
{
    std::vector<std::uint16_t> ids;
    for (const Request &request : bmc.log()) {
        ByteReader reader(request.data);
        reader.u16le();
        ids.push_back(reader.u16le());
    }
    return ids;
}

} // namespace

class TestSelTailReader final : public QObject
{
    Q_OBJECT

private slots:
    void readsOnlyWhatFollowsTheKnownRecord()
    {
        FakeSel sel;
        sel.next = {{1, 2}, {2, 7}, {7, 9}, {9, LastRecordId}};
        CommandResponder bmc;
        sel.install(bmc);
        SelTailReader reader(entryOf(2), 4);
        const auto tail = runOperation<SelTail>(reader, std::ref(bmc));
        QVERIFY2(tail, tail ? "" : tail.error().message.c_str());
        QVERIFY(!tail->stale);
        QCOMPARE(tail->entries.size(), std::size_t(2));
        QCOMPARE(tail->entries[0].recordId, std::uint16_t(7));
        QCOMPARE(tail->entries[1].recordId, std::uint16_t(9));
        // The known record again, then the new ones; no reservation, whole records.
        QCOMPARE(requestedIds(bmc), (std::vector<std::uint16_t>{2, 7, 9}));
        for (const Request &request : bmc.log()) {
            QCOMPARE(request.data.size(), std::size_t(6));
            QCOMPARE(request.data[0], std::uint8_t(0));
            QCOMPARE(request.data[4], std::uint8_t(0));
            QCOMPARE(request.data[5], std::uint8_t(0xff));
        }
    }

    void nothingNewIsAnEmptyTail()
    {
        FakeSel sel;
        sel.next = {{1, 2}, {2, LastRecordId}};
        CommandResponder bmc;
        sel.install(bmc);
        SelTailReader reader(entryOf(2), 2);
        const auto tail = runOperation<SelTail>(reader, std::ref(bmc));
        QVERIFY(tail);
        QVERIFY(!tail->stale);
        QVERIFY(tail->entries.empty());
        QCOMPARE(bmc.log().size(), std::size_t(1));
    }

    void aRewrittenKnownRecordMakesTheTailStale()
    {
        FakeSel sel;
        sel.next = {{1, 2}, {2, 3}, {3, LastRecordId}};
        sel.generation[2] = 1; // cleared and refilled: same ID, other bytes
        CommandResponder bmc;
        sel.install(bmc);
        SelTailReader reader(entryOf(2), 3);
        const auto tail = runOperation<SelTail>(reader, std::ref(bmc));
        QVERIFY(tail);
        QVERIFY(tail->stale);
        QVERIFY(tail->entries.empty());
        QCOMPARE(bmc.log().size(), std::size_t(1));
    }

    void aVanishedKnownRecordMakesTheTailStale()
    {
        FakeSel sel;
        sel.next = {{1, LastRecordId}};
        CommandResponder bmc;
        sel.install(bmc);
        SelTailReader reader(entryOf(5), 1);
        const auto tail = runOperation<SelTail>(reader, std::ref(bmc));
        QVERIFY(tail);
        QVERIFY(tail->stale);
    }

    void aShortAnswerForTheKnownRecordIsStale()
    {
        CommandResponder bmc;
        bmc.on(Storage, GetSelEntry, [](const Request &) {
            return Result<Response>(Response{0x00, {0xff, 0xff, 0x02, 0x00}});
        });
        SelTailReader reader(entryOf(2), 1);
        const auto tail = runOperation<SelTail>(reader, std::ref(bmc));
        if (tail)
            QVERIFY(tail->stale);
        else
            QVERIFY(!tail.error().message.empty());
    }

    void nextIdsInALoopFail()
    {
        FakeSel sel;
        sel.next = {{2, 3}, {3, 4}, {4, 3}};
        CommandResponder bmc;
        sel.install(bmc);
        SelTailReader reader(entryOf(2), 10);
        const auto tail = runOperation<SelTail>(reader, std::ref(bmc), 1000);
        QVERIFY(!tail);
        QCOMPARE(tail.error().kind, ErrorKind::MalformedResponse);
        QVERIFY(bmc.log().size() < 10);
    }

    void farMoreRecordsThanAnnouncedFail()
    {
        // Distinct IDs that never end: the announced count bounds the read.
        CommandResponder bmc;
        bmc.on(Storage, GetSelEntry, [](const Request &request) {
            ByteReader reader(request.data);
            reader.u16le();
            const std::uint16_t id = reader.u16le();
            ByteWriter writer;
            writer.u16le(std::uint16_t(id + 1));
            Bytes data = writer.take();
            const Bytes record = recordBytes(id);
            data.insert(data.end(), record.begin(), record.end());
            return Result<Response>(Response{0x00, data});
        });
        SelTailReader reader(entryOf(2), 3);
        const auto tail = runOperation<SelTail>(reader, std::ref(bmc), 10000);
        QVERIFY(!tail);
        QVERIFY(bmc.log().size() <= 3 + SelReader::ExtraRecordsAllowed + 3);
    }

    void noAnswerIsAnError()
    {
        CommandResponder bmc;
        bmc.on(Storage, GetSelEntry, [](const Request &) {
            return Result<Response>(makeError(ErrorKind::Timeout, "no answer"));
        });
        SelTailReader reader(entryOf(2), 1);
        const auto tail = runOperation<SelTail>(reader, std::ref(bmc));
        QVERIFY(!tail);
        QCOMPARE(tail.error().kind, ErrorKind::Timeout);
    }
};

QTEST_APPLESS_MAIN(TestSelTailReader)
#include "tst_sel_tailreader.moc"
