// SPDX-License-Identifier: GPL-3.0-or-later
// Byte vectors computed by hand from IPMI 2.0 sections 22.26-22.30 (tables 22-33 to 22-37).
#include "commandresponder.h"

#include "ipmi/cmd/netfn.h"
#include "ipmi/user/usercommands.h"
#include "ipmi/user/userlist.h"

#include <QTest>

#include <functional>

using namespace ipmi;
using namespace ipmi::user;
using ipmi::test::CommandResponder;
using ipmi::test::runOperation;

namespace {

QString hexOf(const Request &request)
{
    return QString::fromStdString(toHex(Bytes{request.netFn, request.cmd}) + ":" + toHex(request.data));
}

Response ok(const char *hex)
{
    return Response{0x00, *fromHex(hex)};
}

QString messageOf(const Error &error)
{
    return QString::fromStdString(error.message);
}

} // namespace

class TestUserCommands final : public QObject
{
    Q_OBJECT

private slots:
    void requestsAreByteExact()
    {
        QCOMPARE(hexOf(getUserAccessRequest(1, 2)), QString("0644:0102"));
        QCOMPARE(hexOf(getUserNameRequest(3)), QString("0646:03"));
        UserAccessSettings settings{false, true, true, 4};
        QCOMPARE(hexOf(setUserAccessRequest(1, 4, settings)), QString("0643:b10404"));
        settings.callbackOnly = true;
        settings.linkAuth = false;
        QCOMPARE(hexOf(setUserAccessRequest(2, 4, settings)), QString("0643:d20404"));
        QCOMPARE(hexOf(setUserAccessRequest(1, 4, settings, false)), QString("0643:010404"));
        QCOMPARE(hexOf(*setUserNameRequest(4, "fence")), QString("0645:04" "66656e6365" "0000000000000000000000"));
        QCOMPARE(hexOf(*setUserPasswordRequest(4, PasswordOperation::SetPassword, "abc")),
                 QString("0647:0402" "616263" "00000000000000000000000000"));
        QCOMPARE(hexOf(*setUserPasswordRequest(4, PasswordOperation::SetPassword, "abc", PasswordSize::Bytes20)),
                 QString("0647:8402" "616263" "0000000000000000000000000000000000"));
        QCOMPARE(hexOf(*setUserPasswordRequest(4, PasswordOperation::TestPassword, "abc")),
                 QString("0647:0403" "616263" "00000000000000000000000000"));
        QCOMPARE(hexOf(*setUserPasswordRequest(4, PasswordOperation::EnableUser)),
                 QString("0647:0401" "00000000000000000000000000000000"));
        QCOMPARE(hexOf(*setUserPasswordRequest(4, PasswordOperation::DisableUser)),
                 QString("0647:0400" "00000000000000000000000000000000"));
    }

    void parsesUserAccess()
    {
        // ipmi_sim's user 2 on channel 1: 63 IDs, 2 enabled, no fixed names, IPMI
        // messaging, administrator.
        const auto admin = parseUserAccess(ok("3f 02 00 14"));
        QVERIFY(admin.ok());
        QCOMPARE(admin->maxUsers, 63);
        QCOMPARE(admin->enabledCount, 2);
        QCOMPARE(admin->fixedNameCount, 0);
        QVERIFY(!admin->callbackOnly && !admin->linkAuth && admin->ipmiMessaging);
        QCOMPARE(admin->privilegeLimit, 4);
        const auto other = parseUserAccess(ok("0a 4a 01 6f"));
        QCOMPARE(other->enableStatus, 1);
        QCOMPARE(other->enabledCount, 10);
        QVERIFY(other->callbackOnly && other->linkAuth && !other->ipmiMessaging);
        QCOMPARE(privilegeName(other->privilegeLimit), std::string("NO ACCESS"));
        QCOMPARE(privilegeName(0), std::string("Unknown (0x00)"));
        QVERIFY(!parseUserAccess(ok("3f 02 00")).ok());
    }

    void parsesUserName()
    {
        QCOMPARE(*parseUserName(ok("61 64 6d 69 6e 00 00 00 00 00 00 00 00 00 00 00")), std::string("admin"));
        QCOMPARE(*parseUserName(ok("00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00")), std::string());
        QCOMPARE(*parseUserName(ok("61 61 61 61 61 61 61 61 61 61 61 61 61 61 61 61")), std::string(16, 'a'));
        QVERIFY(!parseUserName(ok("61 64")).ok());
    }

    void anonymousUserCannotBeNamed()
    {
        const auto request = setUserNameRequest(AnonymousUser, "guest");
        QVERIFY(!request.ok());
        QVERIFY(messageOf(request.error()).contains("anonymous"));
        QVERIFY(messageOf(request.error()).contains("null"));
        QVERIFY(messageOf(parseSetUserName(1, Response{0xcc, {}}).error()).contains("anonymous"));
        QVERIFY(!setUserNameRequest(0, "x").ok());
        QVERIFY(!setUserNameRequest(64, "x").ok());
        QVERIFY(!setUserNameRequest(2, std::string(17, 'n')).ok());
        QVERIFY(setUserNameRequest(2, std::string(16, 'n')).ok());
    }

    void passwordLengthRuleIsExplained()
    {
        const std::string twenty(20, 'p');
        const auto tooLong = setUserPasswordRequest(3, PasswordOperation::SetPassword, twenty, PasswordSize::Bytes16);
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().kind, ErrorKind::InvalidArgument);
        QVERIFY(messageOf(tooLong.error()).contains("20-byte form"));
        QVERIFY(messageOf(tooLong.error()).contains("IPMI 1.5 accept 16"));
        QVERIFY(setUserPasswordRequest(3, PasswordOperation::SetPassword, twenty, PasswordSize::Bytes20).ok());
        QVERIFY(!setUserPasswordRequest(3, PasswordOperation::SetPassword, std::string(21, 'p'),
                                        PasswordSize::Bytes20).ok());
        QCOMPARE(passwordSizeFor(std::string(16, 'p')), PasswordSize::Bytes16);
        QCOMPARE(passwordSizeFor(std::string(17, 'p')), PasswordSize::Bytes20);
    }

    void testPasswordOutcomes()
    {
        const auto op = PasswordOperation::TestPassword;
        QVERIFY(parseSetUserPassword(op, PasswordSize::Bytes16, Response{0, {}}).ok());
        const auto wrong = parseSetUserPassword(op, PasswordSize::Bytes16, Response{0x80, {}});
        QCOMPARE(wrong.error().kind, ErrorKind::AuthenticationFailed);
        QVERIFY(messageOf(wrong.error()).contains("does not match"));
        const auto size = parseSetUserPassword(op, PasswordSize::Bytes16, Response{0x81, {}});
        QCOMPARE(size.error().completionCode, 0x81);
        QVERIFY(messageOf(size.error()).contains("20-byte form"));
        // 80h is not "wrong password" for the other operations.
        QCOMPARE(parseSetUserPassword(PasswordOperation::SetPassword, PasswordSize::Bytes16, Response{0x80, {}})
                     .error()
                     .kind,
                 ErrorKind::CompletionCode);
    }

    void listsEveryUser()
    {
        CommandResponder bmc;
        bmc.on(netfn::App, 0x44, [](const Request &request) -> Result<Response> {
            if (request.data.at(0) != 0x01)
                return Response{0xcc, {}};
            switch (request.data.at(1)) {
            case 1: return ok("04 02 01 00");
            case 2: return ok("04 42 01 34");
            case 3: return ok("04 82 01 13");
            default: break;
            }
            return ok("04 02 01 0f");
        });
        bmc.on(netfn::App, 0x46, [](const Request &request) -> Result<Response> {
            switch (request.data.at(0)) {
            case 1: return Response{0xcc, {}}; // some BMCs refuse to name the anonymous user
            case 2: return ok("61 64 6d 69 6e 00 00 00 00 00 00 00 00 00 00 00");
            case 3: return ok("6f 70 00 00 00 00 00 00 00 00 00 00 00 00 00 00");
            default: break;
            }
            return Response{0xcc, {}};
        });
        UserList list(1);
        const auto table = runOperation<UserTable>(list, std::ref(bmc));
        QVERIFY2(table.ok(), table.ok() ? "" : table.error().message.c_str());
        QCOMPARE(table->maxUsers, 4);
        QCOMPARE(table->enabledCount, 2);
        QCOMPARE(table->fixedNameCount, 1);
        QCOMPARE(table->users.size(), std::size_t(4));
        QCOMPARE(table->users[0].name, std::string());
        QVERIFY(!table->users[0].nameKnown);
        QCOMPARE(table->users[1].name, std::string("admin"));
        QCOMPARE(table->users[1].access.enableStatus, 1);
        QCOMPARE(table->users[2].access.enableStatus, 2);
        QCOMPARE(table->users[3].access.privilegeLimit, NoAccess);

        UserList one(1, 3);
        const auto single = runOperation<UserTable>(one, std::ref(bmc));
        QCOMPARE(single->users.size(), std::size_t(1));
        QCOMPARE(single->users[0].name, std::string("op"));

        UserList beyond(1, 9);
        QVERIFY(!runOperation<UserTable>(beyond, std::ref(bmc)).ok());
        UserList otherChannel(2);
        QCOMPARE(runOperation<UserTable>(otherChannel, std::ref(bmc)).error().completionCode, 0xcc);
    }
};

QTEST_APPLESS_MAIN(TestUserCommands)
#include "tst_user_commands.moc"
