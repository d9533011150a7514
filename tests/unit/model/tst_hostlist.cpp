// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/hostlist.h"

#include <QTest>

namespace {

QStringList keysOf(const HostList &list)
{
    QStringList keys;
    for (const HostEndpoint &endpoint : list.hosts())
        keys << endpoint.key();
    return keys;
}

} // namespace

class TestHostList final : public QObject
{
    Q_OBJECT

private slots:
    void expands_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("name") << "bmc1" << QStringList{"bmc1:623"};
        QTest::newRow("name and port") << "bmc1:9001" << QStringList{"bmc1:9001"};
        QTest::newRow("ipv4") << "10.0.0.5" << QStringList{"10.0.0.5:623"};
        QTest::newRow("bracketed v6 with port") << "[fe80::1]:6230" << QStringList{"[fe80::1]:6230"};
        QTest::newRow("bracketed v6") << "[::1]" << QStringList{"[::1]:623"};
        QTest::newRow("bare v6") << "2001:db8::7" << QStringList{"[2001:db8::7]:623"};
        QTest::newRow("list") << "a, b:700 ,c" << QStringList{"a:623", "b:700", "c:623"};
        QTest::newRow("last octet")
            << "10.0.0.[1-3]" << QStringList{"10.0.0.1:623", "10.0.0.2:623", "10.0.0.3:623"};
        QTest::newRow("two octets") << "10.0.[1-2].[5-6]"
                                    << QStringList{"10.0.1.5:623", "10.0.1.6:623", "10.0.2.5:623", "10.0.2.6:623"};
        QTest::newRow("padded names") << "node[08-10].lab"
                                      << QStringList{"node08.lab:623", "node09.lab:623", "node10.lab:623"};
        QTest::newRow("unpadded names") << "n[9-10]" << QStringList{"n9:623", "n10:623"};
        QTest::newRow("terms in a group") << "r[1,3-4]:700" << QStringList{"r1:700", "r3:700", "r4:700"};
        QTest::newRow("range list with port and list")
            << "h[1-2]:1000,x" << QStringList{"h1:1000", "h2:1000", "x:623"};
        QTest::newRow("duplicates kept once") << "a,A,a:623,a:624" << QStringList{"a:623", "a:624"};
    }

    void expands()
    {
        QFETCH(QString, expression);
        QFETCH(QStringList, keys);
        HostList list;
        QVERIFY2(list.add(expression), qPrintable(list.errorString()));
        QCOMPARE(keysOf(list), keys);
    }

    void cidrNetworks()
    {
        HostList list;
        QVERIFY2(list.add("127.0.0.0/29:6230"), qPrintable(list.errorString()));
        QCOMPARE(keysOf(list), (QStringList{"127.0.0.1:6230", "127.0.0.2:6230", "127.0.0.3:6230", "127.0.0.4:6230",
                                            "127.0.0.5:6230", "127.0.0.6:6230"}));
        HostList point;
        QVERIFY(point.add("127.0.0.9/32"));
        QCOMPARE(keysOf(point), QStringList{"127.0.0.9:623"});
        HostList pair;
        QVERIFY(pair.add("127.0.0.4/31"));
        QCOMPARE(keysOf(pair), (QStringList{"127.0.0.4:623", "127.0.0.5:623"}));
        HostList big(623, 100);
        QVERIFY(!big.add("10.0.0.0/24"));
        QCOMPARE(big.errorString(), QString("10.0.0.0/24 holds 254 addresses, more than the limit of 100."));
        HostList bad;
        QVERIFY(!bad.add("10.0.0.0/33"));
        QVERIFY(bad.errorString().contains("CIDR"));
    }

    void labelsHideTheDefaultPort()
    {
        QCOMPARE((HostEndpoint{"bmc", 623}).label(), QString("bmc"));
        QCOMPARE((HostEndpoint{"bmc", 624}).label(), QString("bmc:624"));
        QCOMPARE((HostEndpoint{"::1", 624}).label(), QString("[::1]:624"));
        QCOMPARE((HostEndpoint{"bmc", 9000}).label(9000), QString("bmc"));
    }

    void defaultPortApplies()
    {
        HostList list(9001);
        QVERIFY(list.add("a,b:5"));
        QCOMPARE(keysOf(list), (QStringList{"a:9001", "b:5"}));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << "  " << "The host list is empty.";
        QTest::newRow("empty entry") << "a,,b" << "Empty entry in the host list \"a,,b\".";
        QTest::newRow("unclosed") << "node[1-" << "Unbalanced brackets in \"node[1-\".";
        QTest::newRow("stray close") << "node1]" << "Unbalanced brackets in \"node1]\".";
        QTest::newRow("nested") << "n[[1-2]]" << "Unbalanced brackets in \"n[[1-2]]\".";
        QTest::newRow("backwards") << "n[5-1]" << "The range \"5-1\" in \"n[5-1]\" runs backwards.";
        QTest::newRow("not a range") << "n[a-b]"
                                     << "Invalid range \"[a-b]\" in \"n[a-b]\"; write it as [1-20] or [1,3,5-7].";
        QTest::newRow("port zero") << "h:0" << "Invalid port \"0\" in \"h:0\"; a port is a number from 1 to 65535.";
        QTest::newRow("port big") << "h:70000"
                                  << "Invalid port \"70000\" in \"h:70000\"; a port is a number from 1 to 65535.";
        QTest::newRow("port text") << "h:ipmi" << "Invalid port \"ipmi\" in \"h:ipmi\"; a port is a number from 1 to 65535.";
        QTest::newRow("no host") << ":623" << "No host name in \":623\".";
        QTest::newRow("bad v6") << "[fe80::zz]:623" << "\"fe80::zz\" is not a valid IPv6 address.";
        QTest::newRow("bad bare v6")
            << "1:2:3" << "\"1:2:3\" is not a valid IPv6 address; write [address]:port to give a port.";
        QTest::newRow("octet") << "10.0.0.[250-256]"
                               << "\"10.0.0.256\" is not a valid IPv4 address: 256 is not an octet (0-255).";
        QTest::newRow("space") << "a b" << "Invalid character ' ' in host \"a b\".";
        QTest::newRow("too many") << "10.[0-255].[0-255].[0-255]"
                                  << "\"10.[0-255].[0-255].[0-255]\" expands to more than 65536 hosts.";
    }

    void rejects()
    {
        QFETCH(QString, expression);
        QFETCH(QString, error);
        HostList list;
        QVERIFY(list.add("keep"));
        QVERIFY(!list.add(expression));
        QCOMPARE(list.errorString(), error);
        QCOMPARE(keysOf(list), QStringList{"keep:623"}); // nothing of the bad input was added
    }

    void capCountsTheWholeList()
    {
        HostList list(623, 10);
        QVERIFY(list.add("a[1-8]"));
        QVERIFY(!list.add("b[1-3]"));
        QCOMPARE(list.errorString(), QString("The host list would hold 11 hosts; at most 10 are allowed."));
        QCOMPARE(list.hosts().size(), 8);
        QVERIFY(list.add("b[1-2]"));
        QCOMPARE(list.hosts().size(), 10);
        HostList lists(623, 3);
        QVERIFY(!lists.add("a,b,c[1-2]")); // the items of one list count together
        QCOMPARE(lists.errorString(), QString("\"c[1-2]\" expands to more than 3 hosts."));
    }

    void exactlyTheCapIsAllowed()
    {
        HostList list;
        QVERIFY(list.add("10.0.[0-255].[0-255]"));
        QCOMPARE(list.hosts().size(), 65536);
        QCOMPARE(list.hosts().last().host, QString("10.0.255.255"));
    }

    void text()
    {
        HostList list;
        QVERIFY2(list.addText("# rack 1\nbmc1\n  bmc2:700   # spare port\n\nnode[1-2]\r\n"),
                 qPrintable(list.errorString()));
        QCOMPARE(keysOf(list), (QStringList{"bmc1:623", "bmc2:700", "node1:623", "node2:623"}));
    }

    void textErrorsNameTheLine()
    {
        HostList list;
        QVERIFY(!list.addText("good\n\nbad:port\n"));
        QCOMPARE(list.errorString(),
                 QString("Line 3: Invalid port \"port\" in \"bad:port\"; a port is a number from 1 to 65535."));
        QVERIFY(list.hosts().isEmpty()); // all or nothing
    }
};

QTEST_GUILESS_MAIN(TestHostList)
#include "tst_hostlist.moc"
