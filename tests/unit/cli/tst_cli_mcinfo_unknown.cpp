// SPDX-License-Identifier: GPL-3.0-or-later
// `mc info` for a BMC that names no manufacturer or product, byte for byte as ipmitool
// 1.8.19 prints it: manufacturer 0 is "Unknown" (not the IANA registry's "Reserved"),
// 0FFFFFh is "Unspecified", and an unknown product shows at least two hex digits.
#include "cli/mcsubcommands.h"

#include "ipmi/cmd/app.h"

#include <QTest>

using namespace ipmi::cmd;

class TestCliMcInfoUnknown final : public QObject
{
    Q_OBJECT

private slots:
    void pyghmiDeviceIdMatchesIpmitool()
    {
        // pyghmi's BMC: device 0, revision 0, firmware 1.05, IPMI 2.0, no additional
        // devices, manufacturer 0, product 0 (11 bytes, no auxiliary revision).
        const auto id = parseDeviceId(ipmi::Response{0, *ipmi::fromHex("0000010502 00 000000 0000")});
        QVERIFY(id.ok());
        // ipmitool -I lanplus -C 3 mc info against src/demo's pyghmi BMC.
        const QString expected = "Device ID                 : 0\n"
                                 "Device Revision           : 0\n"
                                 "Firmware Revision         : 1.05\n"
                                 "IPMI Version              : 2.0\n"
                                 "Manufacturer ID           : 0\n"
                                 "Manufacturer Name         : Unknown\n"
                                 "Product ID                : 0 (0x0000)\n"
                                 "Product Name              : Unknown (0x00)\n"
                                 "Device Available          : yes\n"
                                 "Provides Device SDRs      : no\n"
                                 "Additional Device Support :\n";
        QCOMPARE(mcInfoOutput(id.value(), std::nullopt).text, expected);
    }

    void unspecifiedManufacturer()
    {
        // Manufacturer 0FFFFFh (IPMI's "unspecified"), product 0Ah.
        const auto id = parseDeviceId(ipmi::Response{0, *ipmi::fromHex("0000010502 00 ffff0f 0a00")});
        QVERIFY(id.ok());
        const QString text = mcInfoOutput(id.value(), std::nullopt).text;
        QVERIFY2(text.contains("Manufacturer ID           : 1048575\n"), qPrintable(text));
        QVERIFY2(text.contains("Manufacturer Name         : Unspecified\n"), qPrintable(text));
        QVERIFY2(text.contains("Product Name              : Unknown (0x0A)\n"), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestCliMcInfoUnknown)
#include "tst_cli_mcinfo_unknown.moc"
