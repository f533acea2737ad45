// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// qsctp-monitor --headless --json --demo as another process, under kernel SCTP: every line
// is JSON, samples carry the path states, events are decoded; and while it runs, this
// process's view of the host's associations lists the other process's.

#include "qsctptestsupport.h"
#include "systemassociations.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtTest/QTest>

class tst_MonitorHeadless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoAsJsonLines();
};

void tst_MonitorHeadless::initTestCase()
{
    QTSCTP_REQUIRE_KERNEL_SCTP();
}

void tst_MonitorHeadless::demoAsJsonLines()
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral(QSCTP_MONITOR_BINARY),
                  {QStringLiteral("--headless"), QStringLiteral("--json"), QStringLiteral("--demo"),
                   QStringLiteral("--interval"), QStringLiteral("250"),
                   QStringLiteral("--duration"), QStringLiteral("5500")});
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));

    // Once it samples, its associations are in the kernel's table, owned by it.
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput()).contains("\"sample\""),
                             10000);
    SystemAssociations system;
    QString error;
    const QList<SystemAssociations::Entry> entries = system.read(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int theirs = 0;
    for (const SystemAssociations::Entry &entry : entries) {
        if (entry.pid == process.processId()) {
            ++theirs;
            QCOMPARE(entry.command, QStringLiteral("qsctp-monitor"));
            QVERIFY(!entry.paths.isEmpty());
        }
    }
    QVERIFY2(theirs >= 2, "the other process's associations should be listed");

    QVERIFY(process.waitForFinished(20000));
    output += process.readAllStandardOutput();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    int samples = 0;
    int twoPathSamples = 0;
    QSet<QString> events;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, line.constData());
        const QJsonObject object = document.object();
        const QString type = object.value(QStringLiteral("type")).toString();
        QVERIFY2(object.contains(QStringLiteral("association")) || type == QLatin1String("info"),
                 line.constData());
        if (type == QLatin1String("sample")) {
            ++samples;
            QVERIFY(object.contains(QStringLiteral("state")));
            const QJsonArray paths = object.value(QStringLiteral("paths")).toArray();
            for (const QJsonValue &path : paths) {
                const QString state = path.toObject().value(QStringLiteral("state")).toString();
                QVERIFY2(
                        QStringList({QStringLiteral("ACTIVE"), QStringLiteral("POTENTIALLY_FAILED"),
                                     QStringLiteral("INACTIVE"), QStringLiteral("UNCONFIRMED")})
                                .contains(state),
                        line.constData());
                QVERIFY(path.toObject().contains(QStringLiteral("srtt")));
                QVERIFY(path.toObject().contains(QStringLiteral("rto")));
                QVERIFY(path.toObject().contains(QStringLiteral("cwnd")));
            }
            if (object.value(QStringLiteral("association")).toString()
                        == QLatin1String("demo client")
                && paths.size() == 2)
                ++twoPathSamples;
        } else if (type == QLatin1String("event")) {
            QVERIFY(!object.value(QStringLiteral("summary")).toString().isEmpty());
            QVERIFY(object.value(QStringLiteral("details")).isObject());
            events.insert(object.value(QStringLiteral("event")).toString());
        } else {
            QFAIL(line.constData());
        }
    }
    QVERIFY2(samples >= 20, qPrintable(QString::number(samples)));
    QVERIFY(twoPathSamples >= 10);
    QVERIFY2(events.contains(QStringLiteral("COMM_UP")),
             qPrintable(QStringList(events.values()).join(u' ')));
}

QTEST_GUILESS_MAIN(tst_MonitorHeadless)
#include "tst_monitorheadless.moc"
