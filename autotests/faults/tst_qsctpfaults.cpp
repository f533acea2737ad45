// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// QtSctp under network faults (run under scripts/with-sctp, as root inside its User-Mode
// Linux). All new; go-sctp has no such tests.
//
// The rig: two network namespaces, qsf_srv (the server) and qsf_cli (the client), joined by
// two veth pairs, one per path:
//
//     qsf_srv                        qsf_cli
//     qsf1s 10.1.1.1/24  <------>  qsf1c 10.1.1.2/24     path 1
//     qsf2s 10.2.2.1/24  <------>  qsf2c 10.2.2.2/24     path 2
//
// Sockets are created in a namespace by entering it on the main thread (setns) for the
// listen() or connectToHost() call: a socket stays in the namespace it was created in.
// Faults are "ip link set down" and netem loss on the veth ends. Timers are short (heartbeat
// 100 ms, RTO 100 to 400 ms, path and potentially-failed thresholds 3 and 1) so that a path
// fails within a second or two. initTestCase() builds the rig, cleanupTestCase() deletes the
// namespaces (and with them the veth pairs and the sysctls set in them).
//
// The peer-process test runs this binary again as the peer (--peer-helper), then kills it.

#include "qsctptestsupport.h"

#include <QtSctp/QSctpAddress>
#include <QtSctp/QSctpAssociationOptions>
#include <QtSctp/QSctpAssociationStatistics>
#include <QtSctp/QSctpMessage>
#include <QtSctp/QSctpNotification>
#include <QtSctp/QSctpPeerAddressInfo>
#include <QtSctp/QSctpServer>
#include <QtSctp/QSctpSocket>

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QDebug>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QMetaEnum>
#include <QtCore/QPointer>
#include <QtCore/QProcess>
#include <QtCore/QScopeGuard>
#include <QtCore/QTimer>
#include <QtCore/QtEndian>
#include <QtTest/QtTest>

#include <arpa/inet.h>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

using QtSctp::QSctpAddress;
using QtSctp::QSctpAssociationChange;
using QtSctp::QSctpAssociationOptions;
using QtSctp::QSctpAssociationStatistics;
using QtSctp::QSctpMessage;
using QtSctp::QSctpNotification;
using QtSctp::QSctpPeerAddressChange;
using QtSctp::QSctpPeerAddressInfo;
using QtSctp::QSctpServer;
using QtSctp::QSctpSocket;

namespace {

constexpr int Timeout = 10000;
constexpr quint16 UserInitiatedAbort = 12;

using QtSctpTest::ip;
using QtSctpTest::plainAddress;
using QtSctpTest::waitUntil;

const QString ServerNs = QStringLiteral("qsf_srv");
const QString ClientNs = QStringLiteral("qsf_cli");

// The fast timers of the two-path tests.
constexpr quint32 HeartbeatMs = 100;
constexpr quint32 RtoMinMs = 100;
constexpr quint32 RtoMaxMs = 400;

QSctpAssociationOptions fastTimers()
{
    QSctpAssociationOptions o;
    o.setHeartbeatInterval(HeartbeatMs);
    o.setRtoInitial(200);
    o.setRtoMin(RtoMinMs);
    o.setRtoMax(RtoMaxMs);
    // Linux enters the potentially-failed state only while pf_retrans < errors < pathmaxrxt.
    o.setPathMaxRetransmissions(3);
    o.setPotentiallyFailedThreshold(1);
    return o;
}

// --- the rig -----------------------------------------------------------------------------

QString tool(const char *name)
{
    for (const char *dir : {"/usr/sbin/", "/sbin/", "/usr/bin/", "/bin/"}) {
        const QString path = QString::fromLatin1(dir) + QString::fromLatin1(name);
        if (QFile::exists(path))
            return path;
    }
    return QString();
}

bool run(const char *name, const QStringList &args, const QByteArray &input = QByteArray())
{
    const QString program = tool(name);
    if (program.isEmpty())
        return false;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(Timeout)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s %s failed: %s", name, qPrintable(args.join(u' ')), p.readAll().constData());
        return false;
    }
    return true;
}

bool ipIn(const QString &ns, const QString &command)
{
    return run("ip", QStringList{QStringLiteral("-n"), ns} + command.split(u' '));
}

bool tcIn(const QString &ns, const QString &command)
{
    return run("tc", QStringList{QStringLiteral("-n"), ns} + command.split(u' '));
}

// Enters a network namespace on this thread for its lifetime.
class NamespaceScope
{
public:
    explicit NamespaceScope(const QString &name)
    {
        m_original = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
        const int fd
                = ::open(qPrintable(QStringLiteral("/run/netns/") + name), O_RDONLY | O_CLOEXEC);
        m_entered = m_original >= 0 && fd >= 0 && ::setns(fd, CLONE_NEWNET) == 0;
        if (fd >= 0)
            ::close(fd);
    }
    ~NamespaceScope()
    {
        if (m_entered && ::setns(m_original, CLONE_NEWNET) != 0)
            qFatal("cannot return to the original network namespace");
        if (m_original >= 0)
            ::close(m_original);
    }
    NamespaceScope(const NamespaceScope &) = delete;
    NamespaceScope &operator=(const NamespaceScope &) = delete;
    bool isEntered() const { return m_entered; }

private:
    int m_original = -1;
    bool m_entered = false;
};

bool writeSysctl(const QString &ns, const char *path, const QByteArray &value)
{
    NamespaceScope scope(ns);
    if (!scope.isEntered())
        return false;
    QFile file(QString::fromLatin1(path));
    return file.open(QIODevice::WriteOnly) && file.write(value + '\n') == value.size() + 1;
}

// Packets an interface of a namespace has sent (/proc/net/dev as the namespace sees it).
qint64 txPackets(const QString &ns, const char *interface)
{
    NamespaceScope scope(ns);
    if (!scope.isEntered())
        return -1;
    QFile file(QStringLiteral("/proc/thread-self/net/dev"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(interface) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.startsWith(prefix))
            continue;
        const QList<QByteArray> fields = trimmed.mid(prefix.size()).simplified().split(' ');
        return fields.size() > 9 ? fields.at(9).toLongLong() : -1; // rx: 8 fields, then tx
    }
    return -1;
}

// Empty when this process may build the rig.
QString rigUnavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("needs root (network namespaces, veth, tc)");
    if (tool("ip").isEmpty() || tool("tc").isEmpty())
        return QStringLiteral("needs ip and tc (iproute2)");
    return QString();
}

bool deleteRig()
{
    bool ok = true;
    for (const QString &ns : {ServerNs, ClientNs}) {
        if (QFile::exists(QStringLiteral("/run/netns/") + ns))
            ok = run("ip", {QStringLiteral("netns"), QStringLiteral("del"), ns}) && ok;
    }
    return ok;
}

QString buildRig()
{
    deleteRig();
    for (const QString &ns : {ServerNs, ClientNs}) {
        if (!run("ip", {QStringLiteral("netns"), QStringLiteral("add"), ns}))
            return QStringLiteral("ip netns add %1 failed").arg(ns);
    }
    for (int path : {1, 2}) {
        const QString command = QStringLiteral("link add qsf%1s netns %2 type veth peer name "
                                               "qsf%1c netns %3")
                                        .arg(path)
                                        .arg(ServerNs, ClientNs);
        if (!run("ip", command.split(u' ')))
            return QStringLiteral("cannot create the veth pair of path %1").arg(path);
    }
    const auto batch = [](const QString &ns, char side, int last) {
        QByteArray lines = "link set lo up\n";
        for (int path : {1, 2}) {
            lines += QStringLiteral("addr add 10.%1.%1.%2/24 dev qsf%1%3\nlink set qsf%1%3 up\n")
                             .arg(path)
                             .arg(last)
                             .arg(QLatin1Char(side))
                             .toLatin1();
        }
        return run("ip", {QStringLiteral("-n"), ns, QStringLiteral("-batch"), QStringLiteral("-")},
                   lines);
    };
    if (!batch(ServerNs, 's', 1) || !batch(ClientNs, 'c', 2))
        return QStringLiteral("cannot configure the veth pairs");
    // Report the potentially-failed state (SCTP_ADDR_POTENTIALLY_FAILED, SCTP_PF in
    // SCTP_GET_PEER_ADDR_INFO): Linux hides it unless net.sctp.pf_expose is 2.
    for (const QString &ns : {ServerNs, ClientNs}) {
        if (!writeSysctl(ns, "/proc/sys/net/sctp/pf_expose", "2")
            || !writeSysctl(ns, "/proc/sys/net/sctp/pf_enable", "1"))
            return QStringLiteral("cannot set net.sctp.pf_expose in %1").arg(ns);
    }
    return QString();
}

// A server in qsf_srv and a client in qsf_cli, connected, with the accepted end.
struct Rig
{
    std::unique_ptr<QSctpServer> server = std::make_unique<QSctpServer>();
    std::unique_ptr<QSctpSocket> client = std::make_unique<QSctpSocket>();
    QPointer<QSctpSocket> accepted;
};

void connectRig(Rig &r, const QString &listen, const QString &local,
                const QSctpAssociationOptions &options)
{
    QVERIFY(r.server->setAssociationOptions(options));
    QVERIFY(r.client->setAssociationOptions(options));
    {
        NamespaceScope scope(ServerNs);
        QVERIFY(scope.isEntered());
        QVERIFY2(r.server->listen(listen), qPrintable(r.server->errorString()));
    }
    // The server's addresses with its port: the listener was bound to literal addresses.
    QString error;
    QSctpAddress target = QSctpAddress::fromString(listen, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    target.setPort(r.server->serverPort());
    {
        NamespaceScope scope(ClientNs);
        QVERIFY(scope.isEntered());
        r.client->setLocalBindAddress(QSctpAddress::fromString(local));
        r.client->connectToHost(target);
    }
    QVERIFY2(r.client->waitForConnected(Timeout), qPrintable(r.client->errorString()));
    QVERIFY2(r.server->waitForNewConnection(Timeout), qPrintable(r.server->errorString()));
    r.accepted = r.server->nextPendingConnection();
    QVERIFY(r.accepted);
}

bool allPathsActive(QSctpSocket *socket, int count)
{
    const QList<QSctpPeerAddressInfo> paths = socket->paths();
    return paths.size() == count
            && std::all_of(paths.cbegin(), paths.cend(), [](const QSctpPeerAddressInfo &p) {
                   return p.state() == QSctpPeerAddressInfo::Active;
               });
}

// Sends numbered messages on a timer while running; the receiving end checks that each
// number comes once and in order.
class SequencedTraffic
{
public:
    SequencedTraffic(QSctpSocket *sender, QSctpSocket *receiver, int perTick = 4)
        : m_sender(sender)
    {
        QObject::connect(
                receiver, &QSctpSocket::messageReceived, receiver, [this](const QSctpMessage &m) {
                    const quint32 n = qFromBigEndian<quint32>(m.payload().constData());
                    if (n != quint32(received))
                        problems.append(QStringLiteral("got %1, expected %2").arg(n).arg(received));
                    received = qint64(n) + 1;
                });
        QObject::connect(&m_timer, &QTimer::timeout, sender, [this, perTick] {
            for (int i = 0; i < perTick; ++i) {
                QByteArray payload(200, char(sent));
                qToBigEndian<quint32>(quint32(sent), payload.data());
                if (!m_sender->sendMessage(payload)) {
                    problems.append(QStringLiteral("send %1 failed: %2")
                                            .arg(sent)
                                            .arg(m_sender->errorString()));
                    return;
                }
                ++sent;
            }
        });
    }
    void start() { m_timer.start(10); }
    void stop() { m_timer.stop(); }

    qint64 sent = 0;
    qint64 received = 0;
    QStringList problems;

private:
    QSctpSocket *m_sender;
    QTimer m_timer;
};

// --- the peer process --------------------------------------------------------------------

// tst_qsctpfaults --peer-helper NAMESPACE LOCAL PEER PORT: a bare SCTP socket in NAMESPACE
// that connects from LOCAL to PEER:PORT, sends "ready" and then waits to be killed without
// ever reading.
int runPeerHelper(int argc, char **argv)
{
    if (argc != 6) {
        std::fprintf(stderr, "usage: %s --peer-helper NAMESPACE LOCAL PEER PORT\n", argv[0]);
        return 2;
    }
    const QByteArray nsPath = QByteArray("/run/netns/") + argv[2];
    const int nsFd = ::open(nsPath.constData(), O_RDONLY | O_CLOEXEC);
    if (nsFd < 0 || ::setns(nsFd, CLONE_NEWNET) != 0) {
        std::perror("setns");
        return 1;
    }
    const int fd = ::socket(AF_INET, SOCK_STREAM, IPPROTO_SCTP);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    sockaddr_in peer{};
    peer.sin_family = AF_INET;
    peer.sin_port = htons(quint16(std::atoi(argv[5])));
    if (fd < 0 || ::inet_pton(AF_INET, argv[3], &local.sin_addr) != 1
        || ::inet_pton(AF_INET, argv[4], &peer.sin_addr) != 1
        || ::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0
        || ::connect(fd, reinterpret_cast<sockaddr *>(&peer), sizeof peer) != 0
        || ::send(fd, "ready", 5, 0) != 5) {
        std::perror("peer helper");
        return 1;
    }
    for (;;)
        ::pause();
}

} // namespace

#define REQUIRE_RIG() \
    do { \
        QTSCTP_REQUIRE_KERNEL_SCTP(); \
        if (!m_rigProblem.isEmpty()) { \
            if (QtSctpTest::sctpRequired()) \
                QFAIL(qPrintable(m_rigProblem)); \
            QSKIP(qPrintable(m_rigProblem)); \
        } \
    } while (false)

#define CONNECT_RIG(...) \
    do { \
        connectRig(__VA_ARGS__); \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)

#define WAIT_UNTIL(condition, msecs) \
    QVERIFY2(waitUntil([&] { return bool(condition); }, msecs), "timed out waiting for " #condition)

class tst_QSctpFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void pathFailover();
    void setPrimaryMovesTraffic();
    void lossyPath();
    void peerProcessKilled_data();
    void peerProcessKilled();

private:
    QString m_rigProblem;
};

void tst_QSctpFaults::initTestCase()
{
    if (!QtSctpTest::kernelSctpUnavailableReason().isEmpty())
        return; // each test reports it
    m_rigProblem = rigUnavailableReason();
    if (m_rigProblem.isEmpty())
        m_rigProblem = buildRig();
}

void tst_QSctpFaults::cleanupTestCase()
{
    if (::geteuid() == 0)
        QVERIFY(deleteRig());
}

// Path 1, the primary, goes down: its address goes potentially-failed, then unreachable,
// the data moves to path 2 without a gap or a duplicate, and path 1 comes back when its link
// does.
void tst_QSctpFaults::pathFailover()
{
    REQUIRE_RIG();
    Rig r;
    struct Change
    {
        QSctpPeerAddressChange::State state;
        QSctpPeerAddressInfo::State pathState; // paths() when the signal came
    };
    QList<Change> path1;
    QStringList otherChanges;
    connect(r.client.get(), &QSctpSocket::peerAddressChanged, r.client.get(),
            [&](const QSctpPeerAddressChange &c) {
                // Confirmation and the primary choice are not reachability.
                if (c.state() == QSctpPeerAddressChange::AddressConfirmed
                    || c.state() == QSctpPeerAddressChange::AddressMadePrimary)
                    return;
                if (plainAddress(c.address()) == ip("10.1.1.1"))
                    path1.append({c.state(), r.client->pathInfo(ip("10.1.1.1")).state()});
                else
                    otherChanges.append(QDebug::toString(c));
            });
    CONNECT_RIG(r, QStringLiteral("10.1.1.1/10.2.2.1:0"), QStringLiteral("10.1.1.2/10.2.2.2:0"),
                fastTimers());
    WAIT_UNTIL(allPathsActive(r.client.get(), 2), Timeout);
    QVERIFY(r.client->setPrimaryPath(ip("10.1.1.1")));
    path1.clear();

    SequencedTraffic traffic(r.client.get(), r.accepted);
    traffic.start();
    WAIT_UNTIL(traffic.received >= 100, Timeout);

    auto linkUp = qScopeGuard([] { ipIn(ClientNs, QStringLiteral("link set qsf1c up")); });
    QVERIFY(ipIn(ClientNs, QStringLiteral("link set qsf1c down")));
    const auto hasChange = [&](QSctpPeerAddressChange::State state) {
        return std::any_of(path1.cbegin(), path1.cend(),
                           [state](const Change &c) { return c.state == state; });
    };
    WAIT_UNTIL(hasChange(QSctpPeerAddressChange::AddressUnreachable), Timeout);
    QCOMPARE(r.client->pathInfo(ip("10.1.1.1")).state(), QSctpPeerAddressInfo::Inactive);
    QCOMPARE(r.client->pathInfo(ip("10.2.2.1")).state(), QSctpPeerAddressInfo::Active);
    // Data keeps flowing, over path 2.
    const qint64 atFailure = traffic.received;
    WAIT_UNTIL(traffic.received >= atFailure + 200, Timeout);

    linkUp.dismiss();
    QVERIFY(ipIn(ClientNs, QStringLiteral("link set qsf1c up")));
    WAIT_UNTIL(hasChange(QSctpPeerAddressChange::AddressAvailable), Timeout);
    QCOMPARE(r.client->pathInfo(ip("10.1.1.1")).state(), QSctpPeerAddressInfo::Active);

    traffic.stop();
    WAIT_UNTIL(traffic.received == traffic.sent, Timeout);
    QVERIFY2(traffic.problems.isEmpty(), qPrintable(traffic.problems.join(u'\n')));

    // The changes of 10.1.1.1, in order, each with the path state it announced.
    QList<QSctpPeerAddressChange::State> states;
    for (const Change &c : path1)
        states.append(c.state);
    const QList<QSctpPeerAddressChange::State> expected = {
            QSctpPeerAddressChange::AddressPotentiallyFailed,
            QSctpPeerAddressChange::AddressUnreachable, QSctpPeerAddressChange::AddressAvailable};
    QCOMPARE(states, expected);
    QCOMPARE(path1.at(0).pathState, QSctpPeerAddressInfo::PotentiallyFailed);
    QCOMPARE(path1.at(1).pathState, QSctpPeerAddressInfo::Inactive);
    QCOMPARE(path1.at(2).pathState, QSctpPeerAddressInfo::Active);
    QVERIFY2(otherChanges.isEmpty(), qPrintable(otherChanges.join(u'\n')));

    QCOMPARE(r.client->state(), QSctpSocket::ConnectedState);
    QCOMPARE(r.accepted->state(), QSctpSocket::ConnectedState);
    QCOMPARE(r.client->error(), QSctpSocket::NoError);
    QCOMPARE(plainAddress(r.client->associationStatus().primaryPath().address()), ip("10.1.1.1"));
}

// setPrimaryPath() moves the data: the packets go out on that path's link.
void tst_QSctpFaults::setPrimaryMovesTraffic()
{
    REQUIRE_RIG();
    Rig r;
    QSctpAssociationOptions options = fastTimers();
    options.setHeartbeatInterval(1000); // few heartbeats to count against
    CONNECT_RIG(r, QStringLiteral("10.1.1.1/10.2.2.1:0"), QStringLiteral("10.1.1.2/10.2.2.2:0"),
                options);
    WAIT_UNTIL(allPathsActive(r.client.get(), 2), Timeout);
    r.accepted->setReceiveMode(QSctpSocket::QueueReceiveMode);

    constexpr int Count = 200;
    for (const char *target : {"10.2.2.1", "10.1.1.1"}) {
        const bool onTwo = qstrcmp(target, "10.2.2.1") == 0;
        QVERIFY2(r.client->setPrimaryPath(ip(target)), qPrintable(r.client->errorString()));
        for (const QSctpPeerAddressInfo &p : r.client->paths())
            QCOMPARE(p.isPrimary(), plainAddress(p.address()) == ip(target));

        const qint64 before1 = txPackets(ClientNs, "qsf1c");
        const qint64 before2 = txPackets(ClientNs, "qsf2c");
        QVERIFY(before1 >= 0 && before2 >= 0);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < Count; ++i)
            QVERIFY(r.client->sendMessage(QByteArray(300, char(i))));
        WAIT_UNTIL(r.accepted->pendingMessageCount() == Count, Timeout);
        WAIT_UNTIL(r.client->associationStatus().unacknowledgedChunks() == 0, Timeout);
        while (r.accepted->hasPendingMessages())
            r.accepted->readMessage();
        const qint64 used
                = txPackets(ClientNs, onTwo ? "qsf2c" : "qsf1c") - (onTwo ? before2 : before1);
        const qint64 other
                = txPackets(ClientNs, onTwo ? "qsf1c" : "qsf2c") - (onTwo ? before1 : before2);
        const QString counts = QStringLiteral("%1 packets on the primary %2, %3 on the other")
                                       .arg(used)
                                       .arg(QLatin1String(target))
                                       .arg(other);
        // At least one packet per few messages, and on the other path no more than a
        // heartbeat and an answer to the server's per second, and ARP.
        QVERIFY2(used >= Count / 8, qPrintable(counts));
        QVERIFY2(other <= 4 + 4 * (timer.elapsed() / 1000 + 1), qPrintable(counts));
    }
    QCOMPARE(r.client->error(), QSctpSocket::NoError);
}

// 10 % loss both ways on the only path: 10,000 messages all arrive, in order on each of four
// streams, and the statistics show the retransmissions.
void tst_QSctpFaults::lossyPath()
{
    REQUIRE_RIG();
    constexpr int Count = 10000;
    constexpr int Streams = 4;
    Rig r;
    QSctpAssociationOptions options;
    options.setRtoInitial(200);
    options.setRtoMin(RtoMinMs);
    options.setRtoMax(RtoMaxMs);
    CONNECT_RIG(r, QStringLiteral("10.1.1.1:0"), QStringLiteral("10.1.1.2:0"), options);
    QCOMPARE(r.client->paths().size(), 1);

    auto noLoss = qScopeGuard([] {
        tcIn(ClientNs, QStringLiteral("qdisc del dev qsf1c root"));
        tcIn(ServerNs, QStringLiteral("qdisc del dev qsf1s root"));
    });
    QVERIFY(tcIn(ClientNs, QStringLiteral("qdisc add dev qsf1c root netem loss 10%")));
    QVERIFY(tcIn(ServerNs, QStringLiteral("qdisc add dev qsf1s root netem loss 10%")));

    QList<quint32> next(Streams, 0);
    qint64 received = 0;
    QStringList problems;
    connect(r.accepted, &QSctpSocket::messageReceived, r.accepted, [&](const QSctpMessage &m) {
        const quint32 n = qFromBigEndian<quint32>(m.payload().constData());
        if (m.stream() >= Streams || n != next[m.stream()]) {
            if (problems.size() < 10)
                problems.append(QStringLiteral("stream %1: got %2").arg(m.stream()).arg(n));
        } else {
            ++next[m.stream()];
        }
        ++received;
    });
    const QSctpAssociationStatistics before = r.client->statistics();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Count; ++i) {
        QByteArray payload(100, char(i));
        qToBigEndian<quint32>(quint32(i / Streams), payload.data());
        QVERIFY2(r.client->sendMessage(payload, quint16(i % Streams)),
                 qPrintable(r.client->errorString()));
    }
    WAIT_UNTIL(received == Count, 60000);
    WAIT_UNTIL(r.client->associationStatus().unacknowledgedChunks() == 0, Timeout);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    for (int s = 0; s < Streams; ++s)
        QCOMPARE(next.at(s), quint32(Count / Streams));

    const QSctpAssociationStatistics after = r.client->statistics();
    const quint64 retransmitted = after.retransmittedChunks - before.retransmittedChunks;
    qInfo("%d messages in %lld ms; %llu retransmitted chunks, %llu gap acks, %llu packets sent",
          Count, elapsed, retransmitted, after.gapAcksReceived - before.gapAcksReceived,
          after.packetsSent - before.packetsSent);
    QVERIFY(retransmitted > 0);
    QCOMPARE(r.client->state(), QSctpSocket::ConnectedState);
    QCOMPARE(r.client->error(), QSctpSocket::NoError);
}

void tst_QSctpFaults::peerProcessKilled_data()
{
    QTest::addColumn<int>("scenario");
    QTest::newRow("idle peer: its kernel shuts down gracefully") << 0;
    QTest::newRow("peer with unread data: its kernel aborts") << 1;
    QTest::newRow("peer unreachable: the heartbeats give up") << 2;
}

// The peer process dies. Its kernel closes the socket: with nothing unread a SHUTDOWN, with
// unread data an ABORT (both at once). When nothing can reach us any more the association
// ends by our own timers: after the association's retransmission limit, not before.
void tst_QSctpFaults::peerProcessKilled()
{
    REQUIRE_RIG();
    QFETCH(int, scenario);
    constexpr quint16 AssocMaxRxt = 3;
    constexpr quint32 HbMs = 100;
    constexpr quint32 RtoMin = 100;
    constexpr quint32 RtoMax = 200;

    QSctpAssociationOptions options;
    options.setHeartbeatInterval(HbMs);
    options.setRtoInitial(RtoMax);
    options.setRtoMin(RtoMin);
    options.setRtoMax(RtoMax);
    options.setPathMaxRetransmissions(AssocMaxRxt);
    options.setAssociationMaxRetransmissions(AssocMaxRxt);
    QSctpServer server;
    QVERIFY(server.setAssociationOptions(options));
    {
        NamespaceScope scope(ServerNs);
        QVERIFY(scope.isEntered());
        QVERIFY2(server.listen(QStringLiteral("10.1.1.1:0")), qPrintable(server.errorString()));
    }

    QProcess peer;
    peer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    peer.start(QCoreApplication::applicationFilePath(),
               {QStringLiteral("--peer-helper"), ClientNs, QStringLiteral("10.1.1.2"),
                QStringLiteral("10.1.1.1"), QString::number(server.serverPort())});
    auto killPeer = qScopeGuard([&] {
        peer.kill();
        peer.waitForFinished();
    });
    QVERIFY2(peer.waitForStarted(Timeout), qPrintable(peer.errorString()));
    QVERIFY2(server.waitForNewConnection(Timeout), qPrintable(server.errorString()));
    QPointer<QSctpSocket> accepted = server.nextPendingConnection();
    QVERIFY(accepted);
    accepted->setReceiveMode(QSctpSocket::QueueReceiveMode);
    QList<QSctpNotification::Type> notifications;
    connect(accepted, &QSctpSocket::notificationReceived, accepted,
            [&](const QSctpNotification &n) { notifications.append(n.type()); });
    QSignalSpy disconnected(accepted, &QSctpSocket::disconnected);
    WAIT_UNTIL(accepted->pendingMessageCount() == 1, Timeout);
    QCOMPARE(accepted->readMessage().payload(), QByteArrayLiteral("ready"));

    auto linkUp = qScopeGuard([] { ipIn(ClientNs, QStringLiteral("link set qsf1c up")); });
    if (scenario == 1) {
        QVERIFY(accepted->sendMessage(QByteArrayLiteral("never read")));
        // In the peer's kernel, acknowledged.
        WAIT_UNTIL(accepted->associationStatus().unacknowledgedChunks() == 0, Timeout);
    } else if (scenario == 2) {
        QVERIFY(ipIn(ClientNs, QStringLiteral("link set qsf1c down")));
    } else {
        linkUp.dismiss();
    }

    QElapsedTimer sinceKill;
    sinceKill.start();
    peer.kill();
    QVERIFY(peer.waitForFinished(Timeout));
    killPeer.dismiss();
    WAIT_UNTIL(!disconnected.isEmpty(), Timeout);
    const qint64 elapsed = sinceKill.elapsed();
    qInfo("the association ended %lld ms after the kill", elapsed);
    QCOMPARE(accepted->state(), QSctpSocket::UnconnectedState);
    QVERIFY(!accepted->hasPendingMessages()); // nothing more arrived
    const QSctpAssociationChange last = accepted->lastAssociationChange();

    switch (scenario) {
    case 0:
        QCOMPARE(last.state(), QSctpAssociationChange::ShutdownComplete);
        QVERIFY(notifications.contains(QSctpNotification::ShutdownEvent));
        QCOMPARE(accepted->error(), QSctpSocket::NoError);
        QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
        break;
    case 1:
        QCOMPARE(last.state(), QSctpAssociationChange::CommunicationLost);
        QCOMPARE(last.abortCauseCode(), UserInitiatedAbort);
        QCOMPARE(accepted->error(), QSctpSocket::AssociationAbortedError);
        QVERIFY(!notifications.contains(QSctpNotification::ShutdownEvent));
        QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
        break;
    default: {
        QCOMPARE(last.state(), QSctpAssociationChange::CommunicationLost);
        QCOMPARE(last.abortCauseCode(), quint16(0)); // no ABORT came: our own timers
        QCOMPARE(accepted->error(), QSctpSocket::AssociationAbortedError);
        // AssocMaxRxt + 1 unanswered heartbeats, each after at least RtoMin and at most the
        // interval plus 1.5 RTO (the kernel's jitter), one more for the phase, and slack.
        const qint64 atLeast = qint64(AssocMaxRxt) * RtoMin;
        const qint64 atMost = qint64(AssocMaxRxt + 2) * (HbMs + RtoMax * 3 / 2) + 1500;
        QVERIFY2(elapsed >= atLeast && elapsed <= atMost,
                 qPrintable(QStringLiteral("%1 ms, expected %2 to %3")
                                    .arg(elapsed)
                                    .arg(atLeast)
                                    .arg(atMost)));
        break;
    }
    }
}

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--peer-helper") == 0)
        return runPeerHelper(argc, argv);
    QCoreApplication app(argc, argv);
    tst_QSctpFaults test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_qsctpfaults.moc"
