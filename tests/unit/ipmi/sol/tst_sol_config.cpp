// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/sol/solconfig.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::sol;

class TestSolConfig final : public QObject
{
    Q_OBJECT

private slots:
    void packedParametersKeepTheOtherSettings()
    {
        SolConfiguration present;
        present.forceEncryption = true;
        present.privilege = 2;
        present.accumulateMs = 50;
        present.sendThreshold = 96;
        SolChange change;
        change.privilege = 4;
        change.sendThreshold = 200;
        change.volatileBitRate = *bitRateCode("115.2");
        const auto writes = solChangeWrites(change, present);
        QCOMPARE(writes.size(), std::size_t(3));
        QCOMPARE(int(writes[0].parameter), int(SolParameter::Authentication));
        QCOMPARE(writes[0].data, (Bytes{0x84}));
        QCOMPARE(writes[1].data, (Bytes{10, 200}));
        QCOMPARE(writes[2].data, (Bytes{10}));
        QCOMPARE(solChangeMismatches(change, present).size(), std::size_t(3));
        present.privilege = 4;
        present.sendThreshold = 200;
        present.volatileBitRate = 10;
        QVERIFY(solChangeMismatches(change, present).empty());
    }

    void validation()
    {
        SolChange change;
        change.retryCount = 8;
        QVERIFY(!validateSolChange(change).empty());
        change.retryCount = 7;
        QVERIFY(validateSolChange(change).empty());
        change.accumulateMs = 7;
        QVERIFY(!validateSolChange(change).empty());
        QVERIFY(!bitRateCode("14.4"));
        QCOMPARE(int(*bitRateCode("serial")), 0);
    }

    void readerToleratesMissingParameters()
    {
        // ipmi_sim 2.0.33: parameters 0, 1, 5 and 6 only.
        SolConfigReader reader(1);
        int answered = 0;
        while (auto request = reader.nextRequest()) {
            const auto parameter = SolParameter(request->data[1]);
            QCOMPARE(int(request->data[0]), 1);
            switch (parameter) {
            case SolParameter::SetInProgress: reader.onResponse(Response{0, {0x11, 0x00}}); break;
            case SolParameter::Enable: reader.onResponse(Response{0, {0x11, 0x01}}); break;
            case SolParameter::VolatileBitRate:
            case SolParameter::NonVolatileBitRate: reader.onResponse(Response{0, {0x11, 0x07}}); break;
            default: reader.onResponse(Response{0x80, {}}); break;
            }
            ++answered;
        }
        QCOMPARE(answered, 9);
        const auto settings = reader.takeResult();
        QVERIFY(settings.ok());
        QVERIFY(settings->config.enabled);
        QCOMPARE(int(settings->config.privilege), 0);
        QCOMPARE(int(settings->config.volatileBitRate), 7);
        QCOMPARE(settings->unsupported.size(), std::size_t(5));

        SolConfigReader refused(1);
        refused.onResponse(Response{0x80, {}}); // set in progress is required
        QVERIFY(!refused.nextRequest());
        QVERIFY(!refused.takeResult().ok());
    }
};

QTEST_GUILESS_MAIN(TestSolConfig)
#include "tst_sol_config.moc"
