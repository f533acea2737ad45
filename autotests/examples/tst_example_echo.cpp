// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// examples/echo: the console server and client, multi-homed on 127.0.0.1 and 127.0.0.2.
#include "exampleprocess.h"
#include "qsctptestsupport.h"

#include <QtTest/QtTest>

using ExampleTest::ExampleProcess;

class tst_ExampleEcho : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void badCommandLine();
    void multiHomedEcho();
    void linesFromStandardInput();
    void refused();

private:
    // Starts a server with --once on two addresses and a free port; returns the address it
    // prints, with the port.
    QString startServer(ExampleProcess &server);
};

void tst_ExampleEcho::help()
{
    const auto server = ExampleTest::run(QStringLiteral(ECHO_SERVER), {QStringLiteral("--help")});
    QCOMPARE(server->exitCode(), 0);
    QVERIFY2(server->output().contains(QLatin1String("Usage:"))
                     && server->output().contains(QLatin1String("127.0.0.1/127.0.0.2:5000"))
                     && server->output().contains(QLatin1String("--once")),
             qPrintable(server->describe()));

    const auto client = ExampleTest::run(QStringLiteral(ECHO_CLIENT), {QStringLiteral("--help")});
    QCOMPARE(client->exitCode(), 0);
    for (const char *option : {"--bind", "--stream", "--ppid", "--timeout", "MESSAGE"}) {
        QVERIFY2(client->output().contains(QLatin1String(option)), qPrintable(client->describe()));
    }
}

void tst_ExampleEcho::badCommandLine()
{
    const auto noAddress = ExampleTest::run(QStringLiteral(ECHO_CLIENT), {});
    QCOMPARE(noAddress->exitCode(), 2);
    const auto badStream = ExampleTest::run(
            QStringLiteral(ECHO_CLIENT),
            {QStringLiteral("--stream"), QStringLiteral("x"), QStringLiteral("127.0.0.1:1")});
    QCOMPARE(badStream->exitCode(), 2);
    const auto badListen = ExampleTest::run(QStringLiteral(ECHO_SERVER),
                                            {QStringLiteral("127.0.0.1/nonsense:1")});
    QCOMPARE(badListen->exitCode(), 1);
    QVERIFY2(badListen->errors().contains(QLatin1String("cannot listen")),
             qPrintable(badListen->describe()));
}

QString tst_ExampleEcho::startServer(ExampleProcess &server)
{
    if (!server.start())
        return QString();
    QRegularExpressionMatch match;
    if (!server.waitForLine(QStringLiteral("^listening on (\\S+) \\(kernel SCTP\\)$"),
                            ExampleTest::Timeout, &match))
        return QString();
    return match.captured(1);
}

void tst_ExampleEcho::multiHomedEcho()
{
    QTSCTP_REQUIRE_KERNEL_SCTP();
    ExampleProcess server(QStringLiteral(ECHO_SERVER),
                          {QStringLiteral("--once"), QStringLiteral("127.0.0.1/127.0.0.2:0")});
    const QString address = startServer(server);
    QVERIFY2(address.startsWith(QLatin1String("127.0.0.1/127.0.0.2:")),
             qPrintable(server.describe()));
    const QString port = address.section(QLatin1Char(':'), -1);
    QVERIFY(port.toInt() > 0);

    ExampleProcess client(QStringLiteral(ECHO_CLIENT),
                          {QStringLiteral("--stream"), QStringLiteral("3"),
                           QStringLiteral("--ppid"), QStringLiteral("46"), address,
                           QStringLiteral("hello"), QStringLiteral("multi homed")});
    QVERIFY(client.start());
    EXPECT_LINE(client,
                "^connected to 127\\.0\\.0\\.1/127\\.0\\.0\\.2:\\d+ from 127\\.0\\.0\\.1:\\d+ "
                "\\(kernel SCTP, 10 streams out, 10 in\\)$");
    QVERIFY2(client.waitForFinished(), qPrintable(client.describe()));
    QVERIFY2(client.exitCode() == 0, qPrintable(client.describe()));

    // Both server addresses are paths of the one association, exactly one of them primary.
    QCOMPARE(client.allMatches(QStringLiteral("^path 127\\.0\\.0\\.[12] port %1 Active").arg(port))
                     .size(),
             2);
    QCOMPARE(client.allMatches(QStringLiteral("^path .* primary$")).size(), 1);
    // The replies, in order, on the stream and with the PPID the messages went with.
    EXPECT_LINE(client, "^reply on stream 3 PPID 46: hello$");
    EXPECT_LINE(client, "^reply on stream 3 PPID 46: multi homed$");
    EXPECT_LINE(client, "^disconnected$");

    EXPECT_LINE(server, "^accepted 127\\.0\\.0\\.1:\\d+ \\(10 streams in, 10 out\\)$");
    EXPECT_LINE(server, "^echo 5 bytes on stream 3 PPID 46 to ");
    EXPECT_LINE(server, "^echo 11 bytes on stream 3 PPID 46 to ");
    EXPECT_LINE(server, "^closed 127\\.0\\.0\\.1:\\d+$");
    QVERIFY2(server.waitForFinished(), qPrintable(server.describe()));
    QCOMPARE(server.exitCode(), 0);
}

void tst_ExampleEcho::linesFromStandardInput()
{
    QTSCTP_REQUIRE_KERNEL_SCTP();
    ExampleProcess server(QStringLiteral(ECHO_SERVER),
                          {QStringLiteral("--once"), QStringLiteral("127.0.0.1:0")});
    const QString address = startServer(server);
    QVERIFY2(!address.isEmpty(), qPrintable(server.describe()));

    ExampleProcess client(QStringLiteral(ECHO_CLIENT), {address});
    QVERIFY(client.start());
    client.process().write("first line\nsecond line\nno newline at the end");
    client.process().closeWriteChannel();
    QVERIFY2(client.waitForFinished(), qPrintable(client.describe()));
    QVERIFY2(client.exitCode() == 0, qPrintable(client.describe()));
    EXPECT_LINE(client, "^reply on stream 0 PPID 0: first line$");
    EXPECT_LINE(client, "^reply on stream 0 PPID 0: second line$");
    EXPECT_LINE(client, "^reply on stream 0 PPID 0: no newline at the end$");
    QVERIFY2(server.waitForFinished(), qPrintable(server.describe()));
    QCOMPARE(server.exitCode(), 0);
}

void tst_ExampleEcho::refused()
{
    QTSCTP_REQUIRE_KERNEL_SCTP();
    // A port nobody listens on: the server of the last test has gone, take its port again.
    ExampleProcess server(QStringLiteral(ECHO_SERVER), {QStringLiteral("127.0.0.1:0")});
    const QString address = startServer(server);
    QVERIFY2(!address.isEmpty(), qPrintable(server.describe()));
    server.process().kill();
    QVERIFY(server.process().waitForFinished(ExampleTest::Timeout));

    const auto client = ExampleTest::run(QStringLiteral(ECHO_CLIENT),
                                         {address, QStringLiteral("anyone there?")});
    QVERIFY2(client->exitCode() == 1, qPrintable(client->describe()));
    QVERIFY2(client->errors().contains(QLatin1String("refused"), Qt::CaseInsensitive),
             qPrintable(client->describe()));
}

QTEST_GUILESS_MAIN(tst_ExampleEcho)
#include "tst_example_echo.moc"
