// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// examples/diameter: requests and answers matched by hop-by-hop id; a slow server's
// back-pressure and the client's per-request timeouts.
#include "exampleprocess.h"
#include "qsctptestsupport.h"

#include <QtTest/QtTest>

using ExampleTest::ExampleProcess;

class tst_ExampleDiameter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void answersMatchRequests();
    void slowServer();

private:
    QString startServer(ExampleProcess &server);
};

void tst_ExampleDiameter::help()
{
    const auto server
            = ExampleTest::run(QStringLiteral(DIAMETER_SERVER), {QStringLiteral("--help")});
    QCOMPARE(server->exitCode(), 0);
    for (const char *text : {"Usage:", "PPID 46", "--slow", "--max-pending", "--receive-buffer"})
        QVERIFY2(server->output().contains(QLatin1String(text)), qPrintable(server->describe()));
    const auto client
            = ExampleTest::run(QStringLiteral(DIAMETER_CLIENT), {QStringLiteral("--help")});
    QCOMPARE(client->exitCode(), 0);
    for (const char *text : {"Usage:", "hop-by-hop", "--timeout", "--max-queued", "Exit status"})
        QVERIFY2(client->output().contains(QLatin1String(text)), qPrintable(client->describe()));
    const auto bad = ExampleTest::run(
            QStringLiteral(DIAMETER_CLIENT),
            {QStringLiteral("--count"), QStringLiteral("0"), QStringLiteral("127.0.0.1:3868")});
    QCOMPARE(bad->exitCode(), 2);
}

QString tst_ExampleDiameter::startServer(ExampleProcess &server)
{
    if (!server.start())
        return QString();
    QRegularExpressionMatch match;
    if (!server.waitForLine(QStringLiteral("^listening on (\\S+) \\(kernel SCTP"),
                            ExampleTest::Timeout, &match))
        return QString();
    return match.captured(1);
}

void tst_ExampleDiameter::answersMatchRequests()
{
    QTSCTP_REQUIRE_KERNEL_SCTP();
    ExampleProcess server(QStringLiteral(DIAMETER_SERVER),
                          {QStringLiteral("--once"), QStringLiteral("127.0.0.1/127.0.0.2:0")});
    const QString address = startServer(server);
    QVERIFY2(!address.isEmpty(), qPrintable(server.describe()));

    constexpr int Count = 200;
    ExampleProcess client(QStringLiteral(DIAMETER_CLIENT),
                          {QStringLiteral("--count"), QString::number(Count),
                           QStringLiteral("--verbose"), address});
    QVERIFY(client.start());
    QVERIFY2(client.waitForFinished(60000), qPrintable(client.describe()));
    QVERIFY2(client.exitCode() == 0, qPrintable(client.describe()));
    QVERIFY2(client.errors().isEmpty(), qPrintable(client.describe()));

    // Every request answered once, with DIAMETER_SUCCESS, on a stream away from 0; the
    // hop-by-hop ids are consecutive from a random start.
    const QList<QRegularExpressionMatch> answers = client.allMatches(
            QStringLiteral("^answer #(\\d+) hop-by-hop 0x([0-9a-f]{8}) result (\\d+) on stream "
                           "(\\d+) after \\d+ ms$"));
    QCOMPARE(answers.size(), Count);
    QSet<int> numbers;
    for (const QRegularExpressionMatch &m : answers) {
        const int number = m.captured(1).toInt();
        numbers.insert(number);
        const quint32 hopByHop = m.captured(2).toUInt(nullptr, 16);
        const quint32 first = answers.first().captured(2).toUInt(nullptr, 16)
                - quint32(answers.first().captured(1).toInt());
        QCOMPARE(hopByHop, quint32(first + quint32(number)));
        QCOMPARE(m.captured(3), QStringLiteral("2001"));
        QVERIFY(m.captured(4).toInt() >= 1 && m.captured(4).toInt() <= 3);
    }
    QCOMPARE(numbers.size(), Count);
    EXPECT_LINE(client,
                "^sent 200, answered 200, timed out 0 \\(0 answered late\\), max queued \\d+, ");

    EXPECT_LINE(server, "^closed 127\\.0\\.0\\.1:\\d+ after 200 answers$");
    QVERIFY2(server.waitForFinished(), qPrintable(server.describe()));
    QCOMPARE(server.exitCode(), 0);
}

void tst_ExampleDiameter::slowServer()
{
    QTSCTP_REQUIRE_KERNEL_SCTP();
    // 50 ms per request, four read ahead, a small receive buffer: the window closes soon.
    ExampleProcess server(QStringLiteral(DIAMETER_SERVER),
                          {QStringLiteral("--once"), QStringLiteral("--slow"), QStringLiteral("50"),
                           QStringLiteral("--max-pending"), QStringLiteral("4"),
                           QStringLiteral("--receive-buffer"), QStringLiteral("16384"),
                           QStringLiteral("127.0.0.1:0")});
    const QString address = startServer(server);
    QVERIFY2(!address.isEmpty(), qPrintable(server.describe()));

    // 60 requests of 4000 bytes against a 32 KiB send buffer, each with 1 s to be answered.
    constexpr int Count = 60;
    ExampleProcess client(QStringLiteral(DIAMETER_CLIENT),
                          {QStringLiteral("--count"), QString::number(Count),
                           QStringLiteral("--size"), QStringLiteral("4000"),
                           QStringLiteral("--timeout"), QStringLiteral("1000"),
                           QStringLiteral("--max-queued"), QStringLiteral("8"),
                           QStringLiteral("--send-buffer"), QStringLiteral("16384"), address});
    QVERIFY(client.start());
    QVERIFY2(client.waitForFinished(60000), qPrintable(client.describe()));
    // 3: some requests timed out.
    QVERIFY2(client.exitCode() == 3, qPrintable(client.describe()));

    // The back-pressure, as the client saw it: the kernel's buffer full, requests queued in
    // the socket, the client holding back, then going on.
    EXPECT_LINE(client,
                "^queued: the kernel's send buffer is full, request #\\d+ waits in the "
                "socket's send queue$");
    EXPECT_LINE(client, "^blocked: 8 requests queued in the socket, waiting for the peer$");
    EXPECT_LINE(client,
                "^timeout: request #\\d+ \\(hop-by-hop 0x[0-9a-f]{8}\\) got no answer "
                "within 1000 ms$");
    EXPECT_LINE(client, "^unblocked after \\d+ ms");
    QRegularExpressionMatch summary;
    QVERIFY2(client.waitForLine(QStringLiteral("^sent (\\d+), answered (\\d+), timed out (\\d+) "
                                               "\\(\\d+ answered late\\), max queued (\\d+), "
                                               "blocked (\\d+) times"),
                                ExampleTest::Timeout, &summary),
             qPrintable(client.describe()));
    QCOMPARE(summary.captured(1).toInt(), Count);
    const int answered = summary.captured(2).toInt();
    const int timedOut = summary.captured(3).toInt();
    QVERIFY2(answered > 0 && timedOut > 0, qPrintable(client.describe()));
    QCOMPARE(answered + timedOut, Count);
    QCOMPARE(summary.captured(4).toInt(), 8);
    QVERIFY(summary.captured(5).toInt() > 0);
    QCOMPARE(client.allMatches(QStringLiteral("^timeout: request #")).size(), timedOut);

    // The server's side: its read queue was full, so it stopped reading.
    EXPECT_LINE(server,
                "^read queue full \\(4 requests\\): not reading, the receive window "
                "closes$");
    QVERIFY2(server.waitForFinished(), qPrintable(server.describe()));
    QCOMPARE(server.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_ExampleDiameter)
#include "tst_example_diameter.moc"
