// SPDX-License-Identifier: GPL-3.0-or-later
// CheckedParameterWrite against a scripted BMC: a write the BMC keeps is confirmed, one
// it accepts but does not keep is named, one it refuses changes nothing and reads
// nothing back.
#include "commandresponder.h"
#include "ipmi/lan/lanconfigwriter.h"
#include "ipmi/lan/lanparameters.h"
#include "ipmi/op/checkedparameterwrite.h"

#include <QTest>

#include <map>

using namespace ipmi;

namespace {

// LAN parameters of channel 1 held in a map; `ignored` parameters answer 00h to Set but
// keep their value, `refused` ones answer 82h.
struct ScriptedLan
{
    std::map<std::pair<std::uint8_t, std::uint8_t>, Bytes> values;
    std::uint8_t ignored = 0xff;
    std::uint8_t refused = 0xff;
    test::CommandResponder bmc;

    ScriptedLan()
    {
        bmc.on(0x0c, 0x02, [this](const Request &request) -> Result<Response> {
            const auto found = values.find({request.data[1], request.data[2]});
            if (found == values.end())
                return Response{0x80, {}};
            Bytes answer{0x11};
            answer.insert(answer.end(), found->second.begin(), found->second.end());
            return Response{0x00, answer};
        });
        bmc.on(0x0c, 0x01, [this](const Request &request) -> Result<Response> {
            const std::uint8_t parameter = request.data[1];
            if (parameter == refused)
                return Response{0x82, {}};
            if (parameter != ignored && parameter != 0) {
                const std::uint8_t selector = (parameter == 18 || parameter == 19) ? request.data[2] : 0;
                values[{parameter, selector}] = Bytes(request.data.begin() + 2, request.data.end());
            }
            return Response{0x00, {}};
        });
    }
};

Result<op::ParameterWriteOutcome> write(ScriptedLan &lan, std::vector<op::ParameterWrite> writes)
{
    op::CheckedParameterWrite operation(std::make_shared<lan::LanParameterSpace>(1), std::move(writes));
    return test::runOperation<op::ParameterWriteOutcome>(operation, std::ref(lan.bmc));
}

} // namespace

class TestCheckedParameterWrite final : public QObject
{
    Q_OBJECT

private slots:
    void keptWriteIsConfirmed()
    {
        ScriptedLan lan;
        lan.values[{18, 1}] = {0x01, 0x00, 0x03, 0x02};
        const auto written = write(lan, {{18, {0x01, 0x80, 0x03, 0x05}, 1}});
        QVERIFY2(written.ok(), written ? "" : written.error().message.c_str());
        QCOMPARE(lan.values.at({18, 1}), (Bytes{0x01, 0x80, 0x03, 0x05}));
        // Read previous, lock, write, commit, complete, read back.
        QCOMPARE(lan.bmc.count(0x0c, 0x02), 2);
    }

    void acceptedButNotKeptIsNamed()
    {
        ScriptedLan lan;
        lan.values[{3, 0}] = {192, 168, 0, 2};
        lan.ignored = 3;
        const auto written = write(lan, {{3, {10, 0, 0, 2}, 0}});
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.find("reading it back shows other values for IP Address")
                     != std::string::npos,
                 written.error().message.c_str());
    }

    void refusedWriteReadsNothingBack()
    {
        ScriptedLan lan;
        lan.values[{3, 0}] = {192, 168, 0, 2};
        lan.refused = 3;
        const auto written = write(lan, {{3, {10, 0, 0, 2}, 0}});
        QVERIFY(!written.ok());
        QCOMPARE(int(written.error().completionCode), 0x82);
        QVERIFY(written.error().message.find("Nothing was changed") != std::string::npos);
        QCOMPARE(lan.bmc.count(0x0c, 0x02), 1); // the previous value only
    }
};

QTEST_GUILESS_MAIN(TestCheckedParameterWrite)
#include "tst_checked_parameter_write.moc"
