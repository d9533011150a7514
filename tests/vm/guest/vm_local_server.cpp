// SPDX-License-Identifier: GPL-3.0-or-later
// Runs inside the QEMU guest of tst_vm_local_server (not a CTest test of its own): the
// model layer and the desktop application's pages, offscreen, manage a "Local" server
// through the guest's /dev/ipmi0. The BMC is the host's ipmi_sim with the r2u profile;
// the host checks the changes from outside. Environment (set by the host):
//   VM_SENSOR_NAMES  file to write the sensor names the table shows, one a line
//   VM_ADDRESS, VM_NETMASK, VM_GATEWAY  the static LAN configuration to set
//   VM_USER_ID, VM_USER, VM_PASSWORD    the user to create (users service, users page)
#include "model/bmc.h"
#include "model/eventlogmodel.h"
#include "model/fleet.h"
#include "model/historyservice.h"
#include "model/lanconfigmodel.h"
#include "model/selmonitor.h"
#include "model/sensormonitor.h"
#include "model/sensortablemodel.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "model/usersmodel.h"
#include "model/usersservice.h"
#include "demo/simresources.h"
#include "ui/networkpage.h"
#include "ui/sensorspage.h"
#include "ui/userspage.h"

#include "ipmi/lan/lanchange.h"
#include "ipmi/user/usercommands.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString setting(const char *name)
{
    return qEnvironmentVariable(name);
}

ipmi::lan::Ipv4Address ipv4(const QString &text)
{
    ipmi::lan::Ipv4Address address{};
    const QStringList parts = text.split(u'.');
    for (qsizetype i = 0; i < parts.size() && i < 4; ++i)
        address[std::size_t(i)] = std::uint8_t(parts[i].toUInt());
    return address;
}

} // namespace

class VmLocalServer final : public QObject
{
    Q_OBJECT

private:
    // Runs one users service change and waits for its outcome.
    UsersService::Outcome await(const std::function<void(UsersService::Done)> &start)
    {
        std::optional<UsersService::Outcome> outcome;
        start([&outcome](const UsersService::Outcome &result) { outcome = result; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 60000))
            return {false, QStringLiteral("no answer through /dev/ipmi0"), std::nullopt};
        return *outcome;
    }

private slots:
    void initTestCase()
    {
        ServerEntry entry;
        entry.name = QStringLiteral("this machine");
        entry.address = Fleet::LocalHostLabel;
        entry.interface = ServerEntry::Interface::Open;
        QString error;
        m_server = m_registry.addServer(entry, {}, &error);
        QVERIFY2(!m_server.isNull(), qPrintable(error));
        QVERIFY(m_data.isValid());
        bool opened = false;
        m_history.open(m_data.filePath(QStringLiteral("history.db")), this,
                       [&opened](const QString &failure) { opened = failure.isEmpty(); });
        QTRY_VERIFY(opened);
    }

    void sensorsAndEventLog()
    {
        SensorMonitor sensors(&m_fleet, &m_history, m_data.filePath(QStringLiteral("sdr")));
        SensorTableModel table(&sensors);
        table.setServer(m_server);
        std::optional<ipmi::Result<ServerStatus::Health>> swept;
        sensors.sweep(m_server, [&swept](ipmi::Result<ServerStatus::Health> health) { swept = std::move(health); });
        QTRY_VERIFY_WITH_TIMEOUT(swept.has_value(), 60000);
        QVERIFY2(*swept, swept->ok() ? "" : swept->error().message.c_str());
        // r2u has a failed drive: the roll-up must say so.
        QCOMPARE(swept->value(), ServerStatus::Health::Critical);
        QVERIFY(table.rowCount() > 0);
        QFile names(setting("VM_SENSOR_NAMES"));
        QVERIFY(names.open(QIODevice::WriteOnly));
        for (int row = 0; row < table.rowCount(); ++row)
            names.write(table.index(row, SensorTableModel::NameColumn).data().toString().toUtf8() + '\n');
        names.close();

        SelMonitor sel(&m_fleet, &m_history, &sensors);
        EventLogModel events(&sel);
        events.setServer(m_server);
        std::optional<ipmi::Result<int>> read;
        sel.update(m_server, [&read](ipmi::Result<int> result) { read = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 60000);
        QVERIFY2(*read, read->ok() ? "" : read->error().message.c_str());
        const int expected = sim::SimResources::profileSummary()[u"r2u"].toObject()[u"selEntries"].toInt();
        QVERIFY(expected > 0);
        QCOMPARE(read->value(), expected);
        QCOMPARE(events.rowCount(), expected);
    }

    void sensorsPageFillsItsTable()
    {
        SensorMonitor sensors(&m_fleet, &m_history, m_data.filePath(QStringLiteral("sdr")));
        SensorsPage page(&m_fleet, &sensors);
        page.setServer(m_server);
        page.show();
        std::optional<ipmi::Result<ServerStatus::Health>> swept;
        sensors.sweep(m_server, [&swept](ipmi::Result<ServerStatus::Health> health) { swept = std::move(health); });
        QTRY_VERIFY_WITH_TIMEOUT(swept.has_value(), 60000);
        auto *model = page.findChild<SensorTableModel *>();
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
    }

    void networkPageSetsAStaticAddress()
    {
        NetworkPage page(&m_fleet);
        QSignalSpy loaded(&page, &NetworkPage::loaded);
        page.setServer(m_server);
        page.show();
        QVERIFY(loaded.wait(60000));
        QVERIFY(page.lanModel()->hasConfig());

        ipmi::lan::LanChange change;
        change.ipSource = ipmi::lan::IpSource::Static;
        change.ipAddress = ipv4(setting("VM_ADDRESS"));
        change.subnetMask = ipv4(setting("VM_NETMASK"));
        change.defaultGatewayIp = ipv4(setting("VM_GATEWAY"));
        QSignalSpy finished(&page, &NetworkPage::changeFinished);
        page.applyChange(change);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        // The page reads the configuration again after writing it.
        QVERIFY(loaded.wait(60000));
        const ipmi::lan::LanConfig &config = page.lanModel()->config();
        QVERIFY(config.ipAddress.has_value());
        QCOMPARE(*config.ipAddress, ipv4(setting("VM_ADDRESS")));
        QCOMPARE(config.subnetMask, std::optional(ipv4(setting("VM_NETMASK"))));
    }

    void usersPageEnablesANewUser()
    {
        const auto id = std::uint8_t(setting("VM_USER_ID").toUInt());
        const std::string name = setting("VM_USER").toStdString();
        const std::string password = setting("VM_PASSWORD").toStdString();
        QVERIFY(id > 1 && !name.empty() && !password.empty());

        UsersPage page(&m_fleet);
        QSignalSpy loaded(&page, &UsersPage::loaded);
        page.setServer(m_server);
        page.show();
        QVERIFY(loaded.wait(60000));
        const std::uint8_t channel = page.model()->channel();
        QVERIFY(channel != 0);

        // Name, access and password through the users service, as the page's dialogs
        // have it write them.
        using namespace ipmi::user;
        UsersService service(&m_fleet);
        UsersService::UserEdit edit;
        edit.id = id;
        edit.name = name;
        edit.access = UserAccessSettings{false, true, true, 4};
        const UsersService::Outcome saved =
            await([&](UsersService::Done done) { service.save(m_server, channel, edit, this, done); });
        QVERIFY2(saved.ok, qPrintable(saved.message));
        QVERIFY(saved.readBack && !saved.readBack->users.empty());
        UserEntry created = saved.readBack->users.front();
        QCOMPARE(created.name, name);
        const UsersService::Outcome passworded = await([&](UsersService::Done done) {
            service.setPassword(m_server, channel, created, QString::fromStdString(password), PasswordSize::Bytes16, this,
                                done);
        });
        QVERIFY2(passworded.ok, qPrintable(passworded.message));

        // The page's own action, as its Enable button runs it.
        page.reload();
        QVERIFY(loaded.wait(60000));
        QSignalSpy finished(&page, &UsersPage::changeFinished);
        page.setEnabled(id, true);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->user(id) && page.model()->user(id)->name == name, 30000);
        QCOMPARE(page.model()->user(id)->access.privilegeLimit, std::uint8_t(4));
    }

private:
    ServerRegistry m_registry;
    SessionPool m_pool{1};
    Fleet m_fleet{&m_registry, &m_pool};
    HistoryService m_history;
    QTemporaryDir m_data;
    QUuid m_server;
};

QTEST_MAIN(VmLocalServer)
#include "vm_local_server.moc"
