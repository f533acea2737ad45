// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// examples/multistream: the server's three streams shown by the Widgets client, offscreen.
#include "exampleprocess.h"
#include "qsctptestsupport.h"

#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtTest/QtTest>

using ExampleTest::ExampleProcess;

namespace {
const QStringList Offscreen = {QStringLiteral("QT_QPA_PLATFORM=offscreen")};
}

class tst_ExampleMultistream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void threeStreams();
};

void tst_ExampleMultistream::help()
{
    const auto server
            = ExampleTest::run(QStringLiteral(MULTISTREAM_SERVER), {QStringLiteral("--help")});
    QCOMPARE(server->exitCode(), 0);
    for (const char *text : {"Usage:", "--interval", "--image-size", "stream 2"})
        QVERIFY2(server->output().contains(QLatin1String(text)), qPrintable(server->describe()));

    const auto client = ExampleTest::run(QStringLiteral(MULTISTREAM_CLIENT),
                                         {QStringLiteral("--help")}, Offscreen);
    QCOMPARE(client->exitCode(), 0);
    for (const char *text : {"Usage:", "--print", "--quit-after", "--say", "--screenshot"})
        QVERIFY2(client->output().contains(QLatin1String(text)), qPrintable(client->describe()));
}

void tst_ExampleMultistream::threeStreams()
{
    QTSCTP_REQUIRE_KERNEL_SCTP();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    ExampleProcess server(QStringLiteral(MULTISTREAM_SERVER),
                          {QStringLiteral("--interval"), QStringLiteral("100"),
                           QStringLiteral("--image-size"), QStringLiteral("64"),
                           QStringLiteral("127.0.0.1/127.0.0.2:0")});
    QVERIFY(server.start());
    QRegularExpressionMatch listening;
    QVERIFY2(server.waitForLine(QStringLiteral("^listening on (\\S+) \\(kernel SCTP\\)$"),
                                ExampleTest::Timeout, &listening),
             qPrintable(server.describe()));
    const QString address = listening.captured(1);

    const QString screenshot = dir.filePath(QStringLiteral("multistream.png"));
    ExampleProcess client(
            QStringLiteral(MULTISTREAM_CLIENT),
            {QStringLiteral("--nick"), QStringLiteral("tester"), QStringLiteral("--say"),
             QStringLiteral("hello from the test"), QStringLiteral("--print"),
             QStringLiteral("--quit-after"), QStringLiteral("3"), QStringLiteral("--timeout"),
             QStringLiteral("20000"), QStringLiteral("--screenshot"), screenshot, address},
            Offscreen);
    QVERIFY(client.start());
    QVERIFY2(client.waitForFinished(30000), qPrintable(client.describe()));
    QVERIFY2(client.exitCode() == 0, qPrintable(client.describe()));

    EXPECT_LINE(client, "^connected to 127\\.0\\.0\\.1/127\\.0\\.0\\.2:\\d+ \\(3 streams in\\)$");
    // Each message was shown by the pane its stream id picks, with that stream's PPID.
    const QList<QRegularExpressionMatch> shown
            = client.allMatches(QStringLiteral("^stream (\\d+) PPID (\\d+): (\\w+)"));
    QVERIFY2(shown.size() >= 9, qPrintable(client.describe()));
    const QHash<QString, QPair<QString, QString>> expected
            = {{QStringLiteral("0"), {QStringLiteral("51"), QStringLiteral("time")}},
               {QStringLiteral("1"), {QStringLiteral("51"), QStringLiteral("chat")}},
               {QStringLiteral("2"), {QStringLiteral("53"), QStringLiteral("image")}}};
    for (const QRegularExpressionMatch &m : shown) {
        QVERIFY2(expected.contains(m.captured(1)), qPrintable(m.captured(0)));
        QCOMPARE(m.captured(2), expected.value(m.captured(1)).first);
        QCOMPARE(m.captured(3), expected.value(m.captured(1)).second);
    }
    QVERIFY2(!client.allMatches(QStringLiteral("^stream 0 PPID 51: time \\d{4}-\\d\\d-\\d\\dT"
                                               "\\d\\d:\\d\\d:\\d\\d\\.\\d{3}$"))
                      .isEmpty(),
             qPrintable(client.describe()));
    QVERIFY2(!client.allMatches(QStringLiteral("^stream 1 PPID 51: chat server: welcome, "))
                      .isEmpty(),
             qPrintable(client.describe()));
    // Our own chat line came back through the server, on the chat stream.
    QVERIFY2(!client.allMatches(QStringLiteral("^stream 1 PPID 51: chat tester: hello from the "
                                               "test$"))
                      .isEmpty(),
             qPrintable(client.describe()));
    QVERIFY2(!client.allMatches(QStringLiteral("^stream 2 PPID 53: image 64x64, \\d+ bytes PNG$"))
                      .isEmpty(),
             qPrintable(client.describe()));
    // What the widgets showed at the end.
    EXPECT_LINE(client,
                "^shown: time \"\\d{4}-[^\"]+\"; chat [3-9]\\d* lines, last \"[^\"]+\"; "
                "image 64x64$");
    const QImage image(screenshot);
    QVERIFY2(!image.isNull() && image.width() > 200 && image.height() > 150,
             qPrintable(screenshot));

    EXPECT_LINE(server, "^client 127\\.0\\.0\\.1:\\d+ joined \\(3 streams out\\)$");
    EXPECT_LINE(server, "^chat from 127\\.0\\.0\\.1:\\d+: tester: hello from the test$");
    EXPECT_LINE(server, "^client 127\\.0\\.0\\.1:\\d+ left$");
}

QTEST_GUILESS_MAIN(tst_ExampleMultistream)
#include "tst_example_multistream.moc"
