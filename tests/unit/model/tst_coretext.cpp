// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's translation of the core's English: every word the core's tables can
// produce is in the catalogue (so the zh_CN completeness check covers it), sentences
// with values are matched whole and their values translated in turn.
#include "model/coretext.h"

#include "ipmi/audit/auditrules.h"
#include "ipmi/channel/channelcommands.h"
#include "ipmi/cmd/chassis.h"
#include "ipmi/cmd/watchdog.h"
#include "ipmi/lan/lanchange.h"
#include "ipmi/lan/safelanchange.h"
#include "ipmi/sel/seldescription.h"
#include "ipmi/sensor/eventtext.h"
#include "ipmi/user/usercommands.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace ipmi;

namespace {

// Stands in for a language: every CoreText source comes back marked and reordered
// where the test asks, so substitution can be seen without a .qm file.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "CoreText") != 0)
            return {};
        const QString text = QString::fromUtf8(source);
        if (text == QLatin1String("%1 is not a valid netmask: its one bits must be contiguous from the left (like "
                                  "255.255.255.0)."))
            return QStringLiteral("子网掩码 %1 无效");
        if (text == QLatin1String("The change was not applied: %1"))
            return QStringLiteral("未应用：%1");
        return QStringLiteral("<") + text + QStringLiteral(">");
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestCoreText final : public QObject
{
    Q_OBJECT

private slots:
    void everyTableWordIsInTheCatalogue()
    {
        QStringList missing;
        const auto check = [&missing](std::string_view word) {
            if (!word.empty() && !CoreText::isKnown(word))
                missing << QString::fromUtf8(word.data(), qsizetype(word.size()));
        };
        for (int type = 0; type < 256; ++type) {
            check(sensor::sensorTypeName(std::uint8_t(type)));
            check(sensor::eventReadingTypeName(std::uint8_t(type)));
            for (const int reading : {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x6f})
                for (int offset = 0; offset < 16; ++offset)
                    check(sensor::eventStateText(std::uint8_t(type), std::uint8_t(reading), std::uint8_t(offset)));
        }
        for (int source = 0; source < 5; ++source)
            check(lan::ipSourceName(lan::IpSource(source)));
        for (int policy = 0; policy < 4; ++policy)
            check(cmd::powerRestorePolicyName(cmd::PowerRestorePolicy(policy)));
        for (int action = 0; action < 8; ++action)
            check(cmd::watchdogActionName(std::uint8_t(action)));
        for (int cause = 0; cause < 16; ++cause)
            check(cmd::restartCauseText(std::uint8_t(cause)));
        for (int value = 0; value < 32; ++value) {
            check(channel::mediumName(std::uint8_t(value)));
            check(channel::protocolName(std::uint8_t(value)));
            check(ipmi::privilegeName(std::uint8_t(value & 0x0f)));
        }
        for (int value = 0; value < 4; ++value) {
            check(channel::sessionSupportName(std::uint8_t(value)));
            check(channel::accessModeName(channel::AccessMode(value)));
        }
        for (int code = 0; code < 256; ++code)
            check(completionCodeText(std::uint8_t(code)));
        for (const char *status : {"Not Available", "ok", "Lower Non-Recoverable", "Upper Critical", "Non-Critical"})
            check(status);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void coreSentencesWithValuesAreKnown()
    {
        lan::LanChange change;
        change.subnetMask = lan::parseIpv4("255.0.255.0").value();
        change.ipAddress = lan::parseIpv4("10.0.0.255").value();
        change.vlan = lan::Vlan{true, 5000};
        lan::LanConfig present;
        present.ipSource = lan::IpSource::Dhcp;
        for (const std::string &error : lan::validateLanChange(change, &present).errors)
            QVERIFY2(CoreText::isKnown(error), error.c_str());

        lan::LanChange outside;
        outside.ipAddress = lan::parseIpv4("10.0.0.5").value();
        outside.subnetMask = lan::parseIpv4("255.255.255.0").value();
        outside.defaultGatewayIp = lan::parseIpv4("10.0.1.1").value();
        for (const std::string &warning : lan::validateLanChange(outside).warnings)
            QVERIFY2(CoreText::isKnown(warning), warning.c_str());

        sel::SystemEvent event;
        event.sensorType = 0x01;
        event.eventReadingType = 0x01;
        event.eventData = {0x59, 0x60, 0x50}; // upper critical going high, reading and threshold given
        const sel::EventDescription described = sel::describeEvent(event);
        for (const std::string &text : {described.sensorType, described.event, described.direction})
            QVERIFY2(CoreText::isKnown(text), text.c_str());
        event.eventReadingType = 0x6f;
        event.eventData = {0x0d, 0xff, 0xff};
        QVERIFY2(CoreText::isKnown(sel::describeEvent(event).event), sel::describeEvent(event).event.c_str());

        // A refused command, as every parameter reader and writer words it.
        const Error refused = completionCodeError("Get LAN parameter \"Destination Type\"", 0xc1);
        QVERIFY2(CoreText::isKnown(refused.message), refused.message.c_str());
    }

    // The audit's findings, as the security audit page shows them.
    void auditFindingsAreKnown()
    {
        audit::AuditFacts facts;
        facts.version = LanVersion::Lan20;
        facts.ownUsername = "admin";
        facts.ownPasswordLength = 8;
        sessioncmd::AuthCapabilities caps;
        caps.channel = 1;
        caps.authTypes = 0x17; // none, MD2, MD5, straight
        caps.anonymousLogin = true;
        caps.nullUsernames = true;
        caps.perMessageAuthDisabled = true;
        caps.userLevelAuthDisabled = true;
        caps.v20DataPresent = true;
        caps.v20Supported = true;
        facts.authCaps = caps;
        facts.notes = {"LAN configuration not read: no answer from 10.0.0.5 after 3 tries"};
        const std::vector<audit::Finding> findings = audit::evaluate(facts);
        QVERIFY(findings.size() >= 6);
        for (const audit::Finding &finding : findings) {
            QVERIFY2(CoreText::isKnown(finding.text), finding.text.c_str());
            QVERIFY2(CoreText::isKnown(finding.evidence), finding.evidence.c_str());
            if (finding.fix)
                QVERIFY2(CoreText::isKnown(finding.fix->description), finding.fix->description.c_str());
        }
        QVERIFY(CoreText::isKnown(facts.notes.front()));
    }

    void sentencesAreTranslatedWithTheirValues()
    {
        // Without a translator the English comes back unchanged.
        QCOMPARE(CoreText::translate("Static Address"), QStringLiteral("Static Address"));
        QCOMPARE(CoreText::translate("not in the catalogue"), QStringLiteral("not in the catalogue"));

        MarkingTranslator language;
        QCoreApplication::installTranslator(&language);
        QCOMPARE(CoreText::translate("Static Address"), QStringLiteral("<Static Address>"));
        QCOMPARE(CoreText::translate("255.0.255.0 is not a valid netmask: its one bits must be contiguous from the "
                                     "left (like 255.255.255.0)."),
                 QStringLiteral("子网掩码 255.0.255.0 无效"));
        // A core sentence quoted in another is translated too; values stay as they are.
        QCOMPARE(CoreText::translate("The change was not applied: wrong user name or password for 10.0.0.5 "
                                     "(the BMC's RAKP 2 code does not match)"),
                 QStringLiteral("未应用：<wrong user name or password for 10.0.0.5 (the BMC's RAKP 2 code does not "
                                "match)>"));
        QCOMPARE(CoreText::translate("no such words"), QStringLiteral("no such words"));
        QCoreApplication::removeTranslator(&language);
        QCOMPARE(CoreText::translate("Static Address"), QStringLiteral("Static Address"));
    }
};

QTEST_GUILESS_MAIN(TestCoreText)
#include "tst_coretext.moc"
