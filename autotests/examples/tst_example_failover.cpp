// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// examples/failover: failover-demo.sh builds two paths in network namespaces, takes one down
// and up again while qsctp-failover's traffic goes on. Needs root (the with-sctp kernel).
#include "exampleprocess.h"
#include "qsctptestsupport.h"

#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtTest/QtTest>

#include <unistd.h>

using ExampleTest::ExampleProcess;

class tst_ExampleFailover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void pathDownAndUp();
};

void tst_ExampleFailover::help()
{
    const auto help = ExampleTest::run(QStringLiteral(FAILOVER), {QStringLiteral("--help")});
    QCOMPARE(help->exitCode(), 0);
    for (const char *text : {"usage: qsctp-failover server", "qsctp-failover client",
                             "failover-demo.sh", "potentially failed"}) {
        QVERIFY2(help->output().contains(QLatin1String(text)), qPrintable(help->describe()));
    }
    const auto clientHelp = ExampleTest::run(QStringLiteral(FAILOVER),
                                             {QStringLiteral("client"), QStringLiteral("--help")});
    QCOMPARE(clientHelp->exitCode(), 0);
    QVERIFY2(clientHelp->output().contains(QLatin1String("--rate")),
             qPrintable(clientHelp->describe()));
    const auto nothing = ExampleTest::run(QStringLiteral(FAILOVER), {});
    QCOMPARE(nothing->exitCode(), 2);
}

void tst_ExampleFailover::pathDownAndUp()
{
    QTSCTP_REQUIRE_KERNEL_SCTP();
    QString missing;
    if (::geteuid() != 0)
        missing = QStringLiteral("needs root for network namespaces");
    else if (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty()
             && QStandardPaths::findExecutable(
                        QStringLiteral("ip"),
                        {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                        .isEmpty())
        missing = QStringLiteral("needs ip (iproute2)");
    if (!missing.isEmpty()) {
        if (QtSctpTest::sctpRequired())
            QFAIL(qPrintable(missing));
        QSKIP(qPrintable(missing));
    }

    ExampleProcess demo(QStringLiteral(FAILOVER_SCRIPT), {QStringLiteral(FAILOVER)});
    QVERIFY(demo.start());
    QVERIFY2(demo.waitForFinished(120000), qPrintable(demo.describe()));
    QVERIFY2(demo.exitCode() == 0, qPrintable(demo.describe()));

    // The client's path events for the server's first address, in this order, with the
    // script's steps between them.
    EXPECT_LINE(demo, "^\\s*\\S+ server: listening on 10\\.1\\.1\\.1/10\\.2\\.2\\.1:5000$");
    EXPECT_LINE(demo,
                "^\\S+ client: connected to 10\\.1\\.1\\.1/10\\.2\\.2\\.1:5000 from "
                "10\\.1\\.1\\.2/10\\.2\\.2\\.2:\\d+");
    EXPECT_LINE(demo, "^== path 1 goes down");
    EXPECT_LINE(demo, "^\\S+ client: path 10\\.1\\.1\\.1 potentially failed$");
    EXPECT_LINE(demo, "^\\S+ client: path 10\\.1\\.1\\.1 unreachable$");
    // The traffic went on over path 2 meanwhile.
    QRegularExpressionMatch during;
    QVERIFY2(demo.waitForLine(QStringLiteral("^\\S+ client: sent (\\d+), answered (\\d+), "
                                             "waiting \\d+; paths: 10\\.1\\.1\\.1 Inactive "
                                             "\\(primary\\), 10\\.2\\.2\\.1 Active$"),
                              ExampleTest::Timeout, &during),
             qPrintable(demo.describe()));
    EXPECT_LINE(demo, "^== path 1 comes back");
    EXPECT_LINE(demo, "^\\S+ client: path 10\\.1\\.1\\.1 available$");
    QRegularExpressionMatch summary;
    QVERIFY2(demo.waitForLine(QStringLiteral("^\\S+ client: summary: sent (\\d+), answered "
                                             "(\\d+), lost 0$"),
                              ExampleTest::Timeout, &summary),
             qPrintable(demo.describe()));
    QCOMPARE(summary.captured(1), summary.captured(2));
    QVERIFY2(summary.captured(2).toInt() > during.captured(2).toInt(), qPrintable(demo.describe()));

    // The server saw its side of the same: the client's first address lost and back.
    const QString out = demo.output();
    QVERIFY2(out.contains(QLatin1String("server: path 10.1.1.2 unreachable"))
                     && out.contains(QLatin1String("server: path 10.1.1.2 available")),
             qPrintable(demo.describe()));
    // Nothing is left behind.
    QVERIFY(!QFile::exists(QStringLiteral("/run/netns/qfo_srv")));
    QVERIFY(!QFile::exists(QStringLiteral("/run/netns/qfo_cli")));
}

QTEST_GUILESS_MAIN(tst_ExampleFailover)
#include "tst_example_failover.moc"
