// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// examples/eventlog: every notification it provokes, printed decoded; and its listen and
// connect modes against each other.
#include "exampleprocess.h"
#include "qsctptestsupport.h"

#include <QtTest/QtTest>

using ExampleTest::ExampleProcess;

class tst_ExampleEventlog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void demo_data();
    void demo();
    void listenAndConnect();

private:
    QString m_demoOutput;
};

void tst_ExampleEventlog::help()
{
    const auto help = ExampleTest::run(QStringLiteral(EVENTLOG), {QStringLiteral("--help")});
    QCOMPARE(help->exitCode(), 0);
    for (const char *text : {"Usage:", "--listen", "--connect", "--bind"})
        QVERIFY2(help->output().contains(QLatin1String(text)), qPrintable(help->describe()));
    const auto both = ExampleTest::run(QStringLiteral(EVENTLOG),
                                       {QStringLiteral("--listen"), QStringLiteral(":1"),
                                        QStringLiteral("--connect"), QStringLiteral(":1")});
    QCOMPARE(both->exitCode(), 2);
}

void tst_ExampleEventlog::demo_data()
{
    // One row per notification the demo provokes: the line that shows it decoded.
    QTest::addColumn<QString>("pattern");
    const auto row = [](const char *name, const char *pattern) {
        QTest::newRow(name) << QString::fromLatin1(pattern);
    };
    row("client CommunicationUp",
        "\\[client\\] AssociationChange: state=CommunicationUp error=0 outboundStreams=10 "
        "inboundStreams=10 associationId=\\d+ ");
    row("server CommunicationUp", "\\[server:client\\] AssociationChange: state=CommunicationUp ");
    // 0x51746374, "Qtct"
    row("AdaptationIndication", "\\[server:client\\] AdaptationIndication: indication=1366582132 ");
    row("AuthenticationEvent",
        "\\[client\\] AuthenticationEvent: keyNumber=0 alternateKeyNumber=0 "
        "indication=NoAuthentication ");
    row("PeerAddressChange",
        "\\[client\\] PeerAddressChange: address=127\\.0\\.0\\.2 port=\\d+ "
        "state=AddressMadePrimary ");
    row("SenderDryEvent", "\\[client\\] SenderDryEvent: associationId=\\d+$");
    row("StreamResetEvent outgoing",
        "\\[client\\] StreamResetEvent: flags=OutgoingSsn streams=\\{1\\} ");
    row("StreamResetEvent incoming",
        "\\[server:client\\] StreamResetEvent: flags=IncomingSsn streams=\\{1\\} ");
    row("StreamChangeEvent",
        "\\[server:client\\] StreamChangeEvent: flags=NoFlags inboundStreams=2 "
        "outboundStreams=0 ");
    row("AssociationResetEvent",
        "\\[client\\] AssociationResetEvent: flags=NoFlags localTsn=\\d+ ");
    row("ShutdownEvent", "\\[server:client\\] ShutdownEvent: associationId=\\d+$");
    row("ShutdownComplete", "\\[client\\] AssociationChange: state=ShutdownComplete ");
    row("PartialDeliveryEvent",
        "\\[server:client2\\] PartialDeliveryEvent: indication=Aborted stream=\\d+ ");
    row("CommunicationLost",
        "\\[server:client2\\] AssociationChange: state=CommunicationLost .*abortCauseCode=12$");
    // The server's undelivered 's' bytes, handed back by the kernel.
    row("SendFailedEvent",
        "\\[server:client2\\] SendFailedEvent: legacy=false dataState=Data(Un)?[sS]ent "
        ".*data=\\[73 "
        "73 73 ");
    row("SendFailed (legacy)", "\\[server:client2\\] SendFailed: legacy=true ");
}

void tst_ExampleEventlog::demo()
{
    QTSCTP_REQUIRE_KERNEL_SCTP();
    QFETCH(QString, pattern);
    // The demo runs once; each row looks for its line in the same output.
    if (m_demoOutput.isEmpty()) {
        ExampleProcess demo(QStringLiteral(EVENTLOG));
        QVERIFY(demo.start());
        QVERIFY2(demo.waitForFinished(90000), qPrintable(demo.describe()));
        QVERIFY2(demo.exitCode() == 0, qPrintable(demo.describe()));
        QVERIFY2(demo.errors().isEmpty(), qPrintable(demo.describe()));
        QVERIFY2(!demo.output().contains(QLatin1String("malformed")), qPrintable(demo.describe()));
        m_demoOutput = demo.output();
    }
    const QRegularExpression re(QStringLiteral("^ *\\d+ ") + pattern,
                                QRegularExpression::MultilineOption);
    QVERIFY2(re.match(m_demoOutput).hasMatch(), qPrintable(m_demoOutput));
}

void tst_ExampleEventlog::listenAndConnect()
{
    QTSCTP_REQUIRE_KERNEL_SCTP();
    ExampleProcess listener(QStringLiteral(EVENTLOG),
                            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(listener.start());
    QRegularExpressionMatch listening;
    QVERIFY2(listener.waitForLine(QStringLiteral("== listening on (127\\.0\\.0\\.1:\\d+)$"),
                                  ExampleTest::Timeout, &listening),
             qPrintable(listener.describe()));

    ExampleProcess client(QStringLiteral(EVENTLOG),
                          {QStringLiteral("--connect"), listening.captured(1)});
    QVERIFY(client.start());
    EXPECT_LINE(client, "\\[client\\] AssociationChange: state=CommunicationUp ");
    EXPECT_LINE(listener, "\\[127\\.0\\.0\\.1:\\d+\\] AssociationChange: state=CommunicationUp ");

    // The listener ends: its kernel shuts the association down gracefully.
    listener.process().terminate();
    QVERIFY(listener.process().waitForFinished(ExampleTest::Timeout));
    EXPECT_LINE(client, "\\[client\\] ShutdownEvent: ");
    EXPECT_LINE(client, "\\[client\\] AssociationChange: state=ShutdownComplete ");
    QVERIFY2(client.waitForFinished(), qPrintable(client.describe()));
    QCOMPARE(client.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_ExampleEventlog)
#include "tst_example_eventlog.moc"
