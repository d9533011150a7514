// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/credentialsfile.h"

#include "model/serverentry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCredentialsFile final : public QObject
{
    Q_OBJECT

private slots:
    void credentialsBySelector()
    {
        CredentialsFile file;
        QVERIFY(file.parse("# comment\n"
                           "6f1c2a4e-0b9d-4c53-8a3e-2f7d5c1b9e04 = by id\n"
                           "rack1-node2 = by name = with equals \n"
                           "[fe80::1]:6230 = by address\n"
                           "* = fallback\n",
                           QStringLiteral("creds")));
        auto passwordOf = [&](const ServerEntry &entry) {
            const auto password = file.passwordFor(entry);
            return password ? QByteArray(reinterpret_cast<const char *>(password->view().data()),
                                         qsizetype(password->size()))
                            : QByteArray("<none>");
        };
        ServerEntry entry;
        entry.id = QUuid(QStringLiteral("6f1c2a4e-0b9d-4c53-8a3e-2f7d5c1b9e04"));
        entry.name = QStringLiteral("rack1-node2");
        QCOMPARE(passwordOf(entry), QByteArray("by id"));
        entry.id = QUuid::createUuid();
        QCOMPARE(passwordOf(entry), QByteArray("by name = with equals "));
        entry.name = QStringLiteral("other");
        entry.address = QStringLiteral("fe80::1");
        entry.port = 6230;
        QCOMPARE(passwordOf(entry), QByteArray("by address"));
        entry.port = 623;
        QCOMPARE(passwordOf(entry), QByteArray("fallback"));

        QVERIFY(!file.parse("no separator here\n", QStringLiteral("creds")));
        QVERIFY(file.errorString().contains(QStringLiteral("line 1")));
    }

    void credentialsFileReadableByOthersIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("* = secret\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        CredentialsFile credentials;
        QVERIFY(!credentials.load(path));
        QVERIFY(credentials.errorString().contains(QStringLiteral("chmod 600")));
        QVERIFY(!credentials.errorString().contains(QStringLiteral("secret")));
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY2(credentials.load(path), qPrintable(credentials.errorString()));
        QCOMPARE(credentials.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCredentialsFile)
#include "tst_credentialsfile.moc"
