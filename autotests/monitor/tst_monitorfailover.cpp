// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// A failover as the monitor sees it, under kernel SCTP as root (scripts/with-sctp): two
// network namespaces joined by two veth pairs, one per path,
//
//     qsm_srv                       qsm_cli
//     qsm1s 10.31.1.1/24 <------> qsm1c 10.31.1.2/24     path 1 (the primary)
//     qsm2s 10.31.2.1/24 <------> qsm2c 10.31.2.2/24     path 2
//
// a server and a client made through the monitor's session, one in each namespace, traffic
// on the association, then path 1 taken down: the client's timeline must show that path
// potentially failed and then inactive within the short timers set here, while the other
// stays active; the detail view is grabbed during the failover into the build tree.

#include "detailview.h"
#include "monitoredassociation.h"
#include "monitorsession.h"
#include "monitorwindow.h"
#include "plotbuilder.h"
#include "qsctptestsupport.h"
#include "timelineplot.h"

#include <QtSctp/qsctpserver.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtTest/QTest>

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

using namespace QtSctp;

namespace {

const QString ServerNs = QStringLiteral("qsm_srv");
const QString ClientNs = QStringLiteral("qsm_cli");

bool ip(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("ip"), arguments);
    if (!process.waitForStarted(5000))
        return false;
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(15000) || process.exitCode() != 0) {
        qWarning("ip %s: %s", qPrintable(arguments.join(u' ')), process.readAll().constData());
        return false;
    }
    return true;
}

// Runs on this thread inside a network namespace while it lives: sockets made then stay
// there.
class InNamespace
{
public:
    explicit InNamespace(const QString &name)
        : m_home(::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC))
    {
        const int target
                = ::open(QFile::encodeName(QStringLiteral("/run/netns/") + name).constData(),
                         O_RDONLY | O_CLOEXEC);
        m_inside = m_home >= 0 && target >= 0 && ::setns(target, CLONE_NEWNET) == 0;
        if (target >= 0)
            ::close(target);
    }
    ~InNamespace()
    {
        if (m_inside && ::setns(m_home, CLONE_NEWNET) != 0)
            qFatal("cannot go back to the test's network namespace");
        if (m_home >= 0)
            ::close(m_home);
    }
    InNamespace(const InNamespace &) = delete;
    InNamespace &operator=(const InNamespace &) = delete;
    bool isInside() const { return m_inside; }

private:
    int m_home;
    bool m_inside = false;
};

bool writeSysctl(const QString &ns, const char *path, const char *value)
{
    InNamespace inside(ns);
    QFile file(QString::fromLatin1(path));
    return inside.isInside() && file.open(QIODevice::WriteOnly) && file.write(value) > 0;
}

void removeNamespaces()
{
    for (const QString &ns : {ServerNs, ClientNs}) {
        if (QFile::exists(QStringLiteral("/run/netns/") + ns))
            ip({QStringLiteral("netns"), QStringLiteral("del"), ns});
    }
}

// Empty on success, else what failed.
QString buildNamespaces()
{
    removeNamespaces();
    for (const QString &ns : {ServerNs, ClientNs}) {
        if (!ip({QStringLiteral("netns"), QStringLiteral("add"), ns}))
            return QStringLiteral("ip netns add %1").arg(ns);
    }
    for (int path : {1, 2}) {
        if (!ip({QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("qsm%1s").arg(path),
                 QStringLiteral("netns"), ServerNs, QStringLiteral("type"), QStringLiteral("veth"),
                 QStringLiteral("peer"), QStringLiteral("name"), QStringLiteral("qsm%1c").arg(path),
                 QStringLiteral("netns"), ClientNs}))
            return QStringLiteral("veth pair %1").arg(path);
    }
    for (const auto &[ns, side, host] :
         {std::tuple{ServerNs, 's', 1}, std::tuple{ClientNs, 'c', 2}}) {
        QByteArray batch = "link set lo up\n";
        for (int path : {1, 2}) {
            batch += QStringLiteral("addr add 10.31.%1.%2/24 dev qsm%1%3\nlink set qsm%1%3 up\n")
                             .arg(path)
                             .arg(host)
                             .arg(QLatin1Char(side))
                             .toLatin1();
        }
        if (!ip({QStringLiteral("-n"), ns, QStringLiteral("-batch"), QStringLiteral("-")}, batch))
            return QStringLiteral("addresses in %1").arg(ns);
        // Linux reports the potentially-failed state only with pf_expose 2.
        if (!writeSysctl(ns, "/proc/sys/net/sctp/pf_enable", "1")
            || !writeSysctl(ns, "/proc/sys/net/sctp/pf_expose", "2"))
            return QStringLiteral("net.sctp.pf_expose in %1").arg(ns);
    }
    return {};
}

// The states a path went through, each once, in order.
QList<QSctpPeerAddressInfo::State> pathStates(const MonitoredAssociation *association,
                                              const QString &address)
{
    QList<QSctpPeerAddressInfo::State> states;
    const AssociationTimeline &timeline = association->timeline();
    for (const AssociationTimeline::Sample &sample : timeline.samples()) {
        for (const AssociationTimeline::PathValues &values : sample.paths) {
            if (timeline.paths().at(values.path).address == address
                && (states.isEmpty() || states.last() != values.state))
                states.append(values.state);
        }
    }
    return states;
}

} // namespace

class tst_MonitorFailover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pathFailsAndIsShown();
};

void tst_MonitorFailover::initTestCase()
{
    QTSCTP_REQUIRE_KERNEL_SCTP();
    QStandardPaths::setTestModeEnabled(true);
    if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty()) {
        const char *reason = "needs root and iproute2 for network namespaces and veth";
        if (QtSctpTest::sctpRequired() && qEnvironmentVariable("QTSCTP_WITH_SCTP") == u"uml")
            QFAIL(reason);
        QSKIP(reason);
    }
    const QString failure = buildNamespaces();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void tst_MonitorFailover::cleanupTestCase()
{
    removeNamespaces();
}

void tst_MonitorFailover::pathFailsAndIsShown()
{
    MonitorSession session;
    session.setRefreshInterval(100);
    MonitorWindow window(&session);
    window.resize(1200, 820);
    window.showView(QStringLiteral("detail"));
    window.show();

    // Heartbeats every 100 ms, RTO 100 to 400 ms: potentially failed after one missed
    // retransmission, inactive after three.
    MonitorSession::EndpointOptions options;
    options.associationOptions.setHeartbeatInterval(100);
    options.associationOptions.setRtoInitial(200);
    options.associationOptions.setRtoMin(100);
    options.associationOptions.setRtoMax(400);
    options.associationOptions.setPathMaxRetransmissions(3);
    options.associationOptions.setPotentiallyFailedThreshold(1);
    QSctpServer *server = nullptr;
    {
        InNamespace inside(ServerNs);
        QVERIFY(inside.isInside());
        QString error;
        server = session.createServer(QStringLiteral("10.31.1.1/10.31.2.1:0"), options, &error);
        QVERIFY2(server, qPrintable(error));
    }
    MonitoredAssociation *client = nullptr;
    {
        InNamespace inside(ClientNs);
        QVERIFY(inside.isInside());
        options.localAddress = QSctpAddress::fromString(u"10.31.1.2/10.31.2.2:0");
        client = session.createClient(server->serverAddress(), options,
                                      QStringLiteral("failover client"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(client->socketState(), QSctpSocket::ConnectedState, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(client->currentPaths().size(), 2, 5000);
    for (const QSctpPeerAddressInfo &path : client->currentPaths()) {
        if (path.address().toString() == QLatin1String("10.31.1.1"))
            QVERIFY2(path.isPrimary(), "the first address should be the primary path");
    }
    window.detailView()->setAssociation(client->id());
    window.detailView()->setMetrics(
            {PlotData::Srtt, PlotData::Rto, PlotData::Cwnd, PlotData::MessageRateByPpid});

    // Traffic, so that the failure shows in retransmissions as well as heartbeats.
    QTimer traffic;
    connect(&traffic, &QTimer::timeout, client,
            [client] { client->send(QSctpMessage(QByteArray(300, 'd'), 1, 46)); });
    traffic.start(50);
    QTest::qWait(1500);

    QVERIFY(ip({QStringLiteral("-n"), ClientNs, QStringLiteral("link"), QStringLiteral("set"),
                QStringLiteral("qsm1c"), QStringLiteral("down")}));
    QTRY_VERIFY_WITH_TIMEOUT(pathStates(client, QStringLiteral("10.31.1.1"))
                                     .contains(QSctpPeerAddressInfo::Inactive),
                             15000);
    QTest::qWait(1500); // traffic on the other path after the failover

    const QList<QSctpPeerAddressInfo::State> failed
            = pathStates(client, QStringLiteral("10.31.1.1"));
    QVERIFY2(failed.indexOf(QSctpPeerAddressInfo::PotentiallyFailed)
                             > failed.indexOf(QSctpPeerAddressInfo::Active)
                     && failed.indexOf(QSctpPeerAddressInfo::Inactive)
                             > failed.indexOf(QSctpPeerAddressInfo::PotentiallyFailed),
             "path 1 should go active, potentially failed, inactive");
    QCOMPARE(pathStates(client, QStringLiteral("10.31.2.1")),
             QList<QSctpPeerAddressInfo::State>{QSctpPeerAddressInfo::Active});

    // The events, decoded, and the data still flowing.
    QStringList codes;
    for (const TimelineEvent &event : client->timeline().events())
        codes << event.code;
    QVERIFY2(codes.contains(QStringLiteral("ADDR_POTENTIALLY_FAILED")),
             qPrintable(codes.join(u' ')));
    QVERIFY2(codes.contains(QStringLiteral("ADDR_UNREACHABLE")), qPrintable(codes.join(u' ')));
    QCOMPARE(client->socketState(), QSctpSocket::ConnectedState);

    // The detail view shows both paths, path 1's band ending red.
    window.detailView()->refresh();
    const PlotData &data = window.detailView()->plot()->data();
    QCOMPARE(data.pathBands.size(), 2);
    QCOMPARE(data.pathBands.at(0).label, QStringLiteral("10.31.1.1"));
    QCOMPARE(data.pathBands.at(0).segments.last().state, int(QSctpPeerAddressInfo::Inactive));
    QCOMPARE(data.panels.first().series.size(), 2);
    const QString directory = QStringLiteral(QSCTP_SCREENSHOT_DIR);
    QDir().mkpath(directory);
    const QString file = QDir(directory).filePath(QStringLiteral("monitor-failover-detail.png"));
    QVERIFY(window.detailView()->grab().save(file));
    qInfo("screenshot: %s", qPrintable(file));
    traffic.stop();
}

QTEST_MAIN(tst_MonitorFailover)
#include "tst_monitorfailover.moc"
