// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// SCTP notifications over real kernel SCTP (run under scripts/with-sctp): subscriptions on
// sockets and servers, every event as its signal, and what the events mean for the socket.
//
// Ported from georgeyanev/go-sctp: TestAssocChangeEvent (assocChangeSequence),
// TestShutdownEvent (shutdownDeliversQueuedMessages), TestAdaptationEvent
// (adaptationIndication), TestSenderDryEvent (senderDry), TestAbort (abort) and
// TestPeerAddrChangeEvent (peerAddressChange, which go-sctp always skips: here the test sets
// net.sctp.addip_enable in a network namespace of its own). New: the subscription tests,
// unsubscribedAssociationChange, restart, sendFailedAfterPeerAbort and
// notificationsNeverAsData.
//
// The tests that change sysctls or queueing disciplines do it in network namespaces they
// create (qsn_*) and delete, so nothing outside them changes. They need root and ip/tc, as
// inside scripts/with-sctp's User-Mode Linux.

#include "qsctptestsupport.h"

#include <QtSctp/QSctpAddress>
#include <QtSctp/QSctpAssociationOptions>
#include <QtSctp/QSctpMessage>
#include <QtSctp/QSctpNotification>
#include <QtSctp/QSctpServer>
#include <QtSctp/QSctpSocket>

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QFile>
#include <QtCore/QMetaEnum>
#include <QtCore/QPointer>
#include <QtCore/QProcess>
#include <QtCore/QScopeGuard>
#include <QtCore/QTimer>
#include <QtCore/QtEndian>
#include <QtTest/QtTest>

#include <fcntl.h>
#include <memory>
#include <netinet/sctp.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

using QtSctp::QSctpAddress;
using QtSctp::QSctpAssociationChange;
using QtSctp::QSctpAssociationOptions;
using QtSctp::QSctpMessage;
using QtSctp::QSctpNotification;
using QtSctp::QSctpPeerAddressChange;
using QtSctp::QSctpSendFailed;
using QtSctp::QSctpServer;
using QtSctp::QSctpSocket;

namespace {

constexpr int Timeout = 10000;
constexpr quint16 FirstType = QSctpNotification::AssociationChange;
constexpr quint16 LastType = QSctpNotification::SendFailedEvent;
constexpr quint16 UserInitiatedAbort = 12; // RFC 9260 section 3.3.10.12

using QtSctpTest::ip;
using QtSctpTest::plainAddress;
using QtSctpTest::waitUntil;

bool containsAddress(const QSctpAddress &set, const QHostAddress &address)
{
    for (const QHostAddress &a : set.addresses()) {
        if (plainAddress(a) == plainAddress(address))
            return true;
    }
    return false;
}

QString typeName(quint16 type)
{
    return QString::fromLatin1(QMetaEnum::fromType<QSctpNotification::Type>().valueToKey(type));
}

QList<QSctpNotification::Type> allTypes()
{
    QList<QSctpNotification::Type> types;
    for (quint16 code = FirstType; code <= LastType; ++code)
        types.append(QSctpNotification::Type(code));
    return types;
}

// What the engine has for one notification type on a socket or server (SCTP_EVENT: a
// getsockopt() on the kernel engine's descriptor, usrsctp's own on the other); -1 on error.
int kernelSubscription(const QObject *object, quint16 type)
{
    sctp_event event{};
    event.se_type = type;
    if (!QtSctpTest::engineOption(object, IPPROTO_SCTP, SCTP_EVENT, &event))
        return -1;
    return event.se_on ? 1 : 0;
}

// "AssociationChange PeerAddressChange ..." of the types the engine has on for the object.
QString kernelSubscriptions(const QObject *object)
{
    QStringList on;
    for (quint16 code = FirstType; code <= LastType; ++code) {
        if (kernelSubscription(object, code) == 1)
            on.append(typeName(code));
    }
    return on.join(u' ');
}

// In type code order.
QString names(QList<QSctpNotification::Type> types)
{
    std::sort(types.begin(), types.end());
    QStringList list;
    for (QSctpNotification::Type type : types)
        list.append(typeName(type));
    return list.join(u' ');
}

// Everything one socket emitted, in order.
class Recorder
{
public:
    struct Event
    {
        enum Kind { Notification, Message, Disconnected } kind;
        QSctpNotification notification;
        QSctpMessage message;
    };

    // With messages, the socket emits them instead of queueing them (AutomaticReceiveMode).
    void attach(QSctpSocket *socket, bool messages = true)
    {
        QObject::connect(socket, &QSctpSocket::notificationReceived, socket,
                         [this](const QSctpNotification &n) {
                             events.append({Event::Notification, n, {}});
                         });
        if (messages) {
            QObject::connect(socket, &QSctpSocket::messageReceived, socket,
                             [this](const QSctpMessage &m) {
                                 events.append({Event::Message, {}, m});
                             });
        }
        QObject::connect(socket, &QSctpSocket::disconnected, socket, [this] {
            events.append({Event::Disconnected, {}, {}});
        });
        QObject::connect(socket, &QSctpSocket::sendFailed, socket,
                         [this](const QSctpSendFailed &f) { sendFailures.append(f); });
        QObject::connect(socket, &QSctpSocket::peerAddressChanged, socket,
                         [this](const QSctpPeerAddressChange &c) { addressChanges.append(c); });
        QObject::connect(socket, &QSctpSocket::associationChanged, socket,
                         [this](const QSctpAssociationChange &c) { associationChanges.append(c); });
        QObject::connect(socket, &QSctpSocket::senderDry, socket, [this] { ++senderDryCount; });
        QObject::connect(socket, &QSctpSocket::adaptationIndicationReceived, socket,
                         [this](const QtSctp::QSctpAdaptationIndication &a) {
                             adaptations.append(a.indication());
                         });
    }

    qsizetype messageCount() const
    {
        return std::count_if(events.cbegin(), events.cend(),
                             [](const Event &e) { return e.kind == Event::Message; });
    }
    bool hasDisconnected() const
    {
        return std::any_of(events.cbegin(), events.cend(),
                           [](const Event &e) { return e.kind == Event::Disconnected; });
    }
    bool hasAddressChange(QSctpPeerAddressChange::State state, const QHostAddress &address) const
    {
        return std::any_of(addressChanges.cbegin(), addressChanges.cend(),
                           [&](const QSctpPeerAddressChange &c) {
                               return c.state() == state
                                       && plainAddress(c.address()) == plainAddress(address);
                           });
    }
    bool hasAssociationChange(QSctpAssociationChange::State state) const
    {
        return std::any_of(associationChanges.cbegin(), associationChanges.cend(),
                           [&](const QSctpAssociationChange &c) { return c.state() == state; });
    }
    qsizetype indexOfNotification(QSctpNotification::Type type) const
    {
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (events.at(i).kind == Event::Notification
                && events.at(i).notification.type() == type)
                return i;
        }
        return -1;
    }
    qsizetype indexOfAssociationChange(QSctpAssociationChange::State state) const
    {
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event &e = events.at(i);
            if (e.kind == Event::Notification
                && e.notification.type() == QSctpNotification::AssociationChange
                && e.notification.associationChange().state() == state)
                return i;
        }
        return -1;
    }

    // The association changes, shutdown events, messages and the end, as text.
    QStringList sequence() const
    {
        QStringList result;
        const QMetaEnum states = QMetaEnum::fromType<QSctpAssociationChange::State>();
        for (const Event &e : events) {
            switch (e.kind) {
            case Event::Message:
                result.append(QStringLiteral("data:") + QString::fromLatin1(e.message.payload()));
                break;
            case Event::Disconnected:
                result.append(QStringLiteral("disconnected"));
                break;
            case Event::Notification:
                if (e.notification.type() == QSctpNotification::AssociationChange)
                    result.append(QString::fromLatin1(
                            states.valueToKey(e.notification.associationChange().state())));
                else if (e.notification.type() == QSctpNotification::ShutdownEvent)
                    result.append(QStringLiteral("ShutdownEvent"));
                break;
            }
        }
        return result;
    }
    // Every event, for failure messages.
    QString describe() const
    {
        QStringList result;
        for (const Event &e : events) {
            switch (e.kind) {
            case Event::Message:
                result.append(QStringLiteral("message(%1 bytes)").arg(e.message.size()));
                break;
            case Event::Disconnected:
                result.append(QStringLiteral("disconnected"));
                break;
            case Event::Notification:
                result.append(typeName(e.notification.typeCode()));
                break;
            }
        }
        return result.join(u' ');
    }

    QList<Event> events;
    QList<QSctpSendFailed> sendFailures;
    QList<QSctpPeerAddressChange> addressChanges;
    QList<QSctpAssociationChange> associationChanges;
    QList<quint32> adaptations;
    int senderDryCount = 0;
};

// A listening server, a client and the accepted end.
struct Association
{
    std::unique_ptr<QSctpServer> server = std::make_unique<QSctpServer>();
    std::unique_ptr<QSctpSocket> client = std::make_unique<QSctpSocket>();
    QPointer<QSctpSocket> accepted; // owned by server
};

void listenAndConnect(Association &a, const QString &listenAddress = QStringLiteral("127.0.0.1:0"))
{
    QVERIFY2(a.server->listen(listenAddress), qPrintable(a.server->errorString()));
    a.client->connectToHost(a.server->serverAddress());
    QVERIFY2(a.client->waitForConnected(Timeout), qPrintable(a.client->errorString()));
}

void acceptOne(Association &a)
{
    QVERIFY2(a.server->waitForNewConnection(Timeout), qPrintable(a.server->errorString()));
    a.accepted = a.server->nextPendingConnection();
    QVERIFY(a.accepted);
}

QSctpMessage message(const QByteArray &payload, quint16 stream, quint32 ppid, quint32 context)
{
    QSctpMessage m(payload, stream, ppid);
    m.setContext(context);
    return m;
}

// --- network namespaces, sysctls and tc (root inside the test kernel) ----------------------

QString tool(const char *name)
{
    for (const char *dir : {"/usr/sbin/", "/sbin/", "/usr/bin/", "/bin/"}) {
        const QString path = QString::fromLatin1(dir) + QString::fromLatin1(name);
        if (QFile::exists(path))
            return path;
    }
    return QString();
}

bool run(const char *name, const QStringList &args, QString *output = nullptr)
{
    const QString program = tool(name);
    if (program.isEmpty())
        return false;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(Timeout)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    const QString text = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = text;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s %s failed: %s", name, qPrintable(args.join(u' ')), qPrintable(text));
        return false;
    }
    return true;
}

// Empty when this process may create network namespaces and run ip and tc.
QString networkUnavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("needs root (network namespaces, sysctls, tc)");
    if (tool("ip").isEmpty() || tool("tc").isEmpty())
        return QStringLiteral("needs ip and tc (iproute2)");
    if (!run("ip", {QStringLiteral("-V")}))
        return QStringLiteral("ip does not run");
    return QString();
}

// Enters a network namespace on this thread for its lifetime: sockets created meanwhile
// stay in it.
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

bool createNamespace(const QString &name)
{
    if (QFile::exists(QStringLiteral("/run/netns/") + name))
        run("ip", {QStringLiteral("netns"), QStringLiteral("del"), name});
    return run("ip", {QStringLiteral("netns"), QStringLiteral("add"), name})
            && run("ip",
                   {QStringLiteral("-n"), name, QStringLiteral("link"), QStringLiteral("set"),
                    QStringLiteral("lo"), QStringLiteral("up")});
}

// Writes a sysctl of the namespace this thread is in.
bool writeSysctl(const char *path, const QByteArray &value)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(value + '\n') == value.size() + 1;
}

const QStringList Namespaces = {QStringLiteral("qsn_addip"), QStringLiteral("qsn_restart")};

} // namespace

#define REQUIRE_NETWORK_CONFIGURATION() \
    do { \
        const QString reason_ = networkUnavailableReason(); \
        if (!reason_.isEmpty()) { \
            if (QtSctpTest::sctpRequired()) \
                QFAIL(qPrintable(reason_)); \
            QSKIP(qPrintable(reason_)); \
        } \
    } while (false)

#define WAIT_UNTIL(condition, msecs) \
    QVERIFY2(waitUntil([&] { return bool(condition); }, msecs), "timed out waiting for " #condition)

class tst_QSctpNotifications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // Subscriptions (new).
    void defaultSubscriptions();
    void subscribeEachType_data();
    void subscribeEachType();
    void subscribeInvalidType();
    void serverSubscriptionsCarryOver_data();
    void serverSubscriptionsCarryOver();
    void unsubscribedAssociationChange_data();
    void unsubscribedAssociationChange();

    // go-sctp's event tests.
    void assocChangeSequence_data();
    void assocChangeSequence();
    void shutdownDeliversQueuedMessages();
    void adaptationIndication();
    void senderDry();
    void abort_data();
    void abort();
    void peerAddressChange();

    // New.
    void restart();
    void sendFailedAfterPeerAbort();
    void notificationsNeverAsData();
};

void tst_QSctpNotifications::initTestCase()
{
    QtSctpTest::prepareEngine();
}

void tst_QSctpNotifications::cleanupTestCase()
{
    if (::geteuid() != 0)
        return;
    for (const QString &name : Namespaces) {
        if (QFile::exists(QStringLiteral("/run/netns/") + name))
            run("ip", {QStringLiteral("netns"), QStringLiteral("del"), name});
    }
}

void tst_QSctpNotifications::defaultSubscriptions()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    const QList<QSctpNotification::Type> expected
            = {QSctpNotification::AssociationChange, QSctpNotification::PeerAddressChange,
               QSctpNotification::RemoteError, QSctpNotification::ShutdownEvent,
               QSctpNotification::SendFailedEvent};
    QCOMPARE(names(QSctpSocket::defaultSubscriptions()), names(expected));

    Association a;
    QCOMPARE(names(a.client->subscriptions()), names(expected));
    QCOMPARE(names(a.server->subscriptions()), names(expected));
    listenAndConnect(a);
    if (QTest::currentTestFailed())
        return;
    acceptOne(a);
    if (QTest::currentTestFailed())
        return;

    // What the objects say is what the kernel has, on all three descriptors.
    QCOMPARE(names(a.accepted->subscriptions()), names(expected));
    QCOMPARE(kernelSubscriptions(a.client.get()), names(expected));
    QCOMPARE(kernelSubscriptions(a.server.get()), names(expected));
    QCOMPARE(kernelSubscriptions(a.accepted), names(expected));
    for (QSctpNotification::Type type : allTypes()) {
        QCOMPARE(a.client->isSubscribed(type), expected.contains(type));
        QCOMPARE(a.server->isSubscribed(type), expected.contains(type));
        QCOMPARE(a.accepted->isSubscribed(type), expected.contains(type));
    }
}

void tst_QSctpNotifications::subscribeEachType_data()
{
    QTest::addColumn<QSctpNotification::Type>("type");
    for (QSctpNotification::Type type : allTypes())
        QTest::newRow(qPrintable(typeName(type))) << type;
}

void tst_QSctpNotifications::subscribeEachType()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QSctpNotification::Type, type);
    const bool byDefault = QSctpSocket::defaultSubscriptions().contains(type);
    // Association changes stay on in the kernel whatever the application subscribed to.
    const int offInKernel = type == QSctpNotification::AssociationChange ? 1 : 0;

    // Before connecting: remembered, and applied to the new socket at connect.
    Association a;
    if (byDefault)
        QVERIFY(a.client->unsubscribe(type));
    else
        QVERIFY(a.client->subscribe(type));
    QCOMPARE(a.client->isSubscribed(type), !byDefault);
    QCOMPARE(a.client->subscriptions().contains(type), !byDefault);
    listenAndConnect(a);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(kernelSubscription(a.client.get(), type), byDefault ? offInKernel : 1);

    // On the connected socket: at once, in the kernel too; the other types stay as they were.
    QStringList others = kernelSubscriptions(a.client.get()).split(u' ');
    others.removeAll(typeName(type));
    const QString othersBefore = others.join(u' ');
    QVERIFY2(a.client->subscribe(type), qPrintable(a.client->errorString()));
    QVERIFY(a.client->isSubscribed(type));
    QVERIFY(a.client->subscriptions().contains(type));
    QCOMPARE(kernelSubscription(a.client.get(), type), 1);
    QVERIFY2(a.client->unsubscribe(type), qPrintable(a.client->errorString()));
    QVERIFY(!a.client->isSubscribed(type));
    QVERIFY(!a.client->subscriptions().contains(type));
    QCOMPARE(kernelSubscription(a.client.get(), type), offInKernel);
    QStringList othersAfter = kernelSubscriptions(a.client.get()).split(u' ');
    othersAfter.removeAll(typeName(type));
    QCOMPARE(othersAfter.join(u' '), othersBefore);
    QCOMPARE(a.client->error(), QSctpSocket::NoError);

    // On the listening server: the listener's kernel state follows.
    QVERIFY2(a.server->subscribe(type), qPrintable(a.server->errorString()));
    QVERIFY(a.server->isSubscribed(type));
    QCOMPARE(kernelSubscription(a.server.get(), type), 1);
    QVERIFY2(a.server->unsubscribe(type), qPrintable(a.server->errorString()));
    QVERIFY(!a.server->isSubscribed(type));
    QCOMPARE(kernelSubscription(a.server.get(), type), offInKernel);
}

void tst_QSctpNotifications::subscribeInvalidType()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    const QList<QSctpNotification::Type> defaults = QSctpSocket::defaultSubscriptions();
    for (quint16 code : {quint16(0), quint16(0x8000), quint16(LastType + 1), quint16(0xffff)}) {
        const auto type = QSctpNotification::Type(code);
        QSctpSocket socket;
        QVERIFY(!socket.subscribe(type));
        QCOMPARE(socket.error(), QSctpSocket::OperationError);
        QVERIFY2(socket.errorString().contains(QString::number(code)),
                 qPrintable(socket.errorString()));
        QVERIFY(!socket.unsubscribe(type));
        QVERIFY(!socket.isSubscribed(type));
        QCOMPARE(names(socket.subscriptions()), names(defaults));

        QSctpServer server;
        QVERIFY(!server.subscribe(type));
        QCOMPARE(server.serverError(), QSctpSocket::OperationError);
        QVERIFY(!server.unsubscribe(type));
        QVERIFY(!server.isSubscribed(type));
        QCOMPARE(names(server.subscriptions()), names(defaults));
    }
}

void tst_QSctpNotifications::serverSubscriptionsCarryOver_data()
{
    QTest::addColumn<bool>("whileListening");
    QTest::newRow("set before listen()") << false;
    QTest::newRow("set while listening") << true;
}

// go-sctp subscribes on the listener and relies on accepted connections having the events.
void tst_QSctpNotifications::serverSubscriptionsCarryOver()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(bool, whileListening);

    Recorder recorder;
    Association a;
    const auto change = [&] {
        QVERIFY(a.server->subscribe(QSctpNotification::SenderDryEvent));
        QVERIFY(a.server->subscribe(QSctpNotification::AdaptationIndication));
        QVERIFY(a.server->unsubscribe(QSctpNotification::PeerAddressChange));
    };
    if (!whileListening)
        change();
    QVERIFY2(a.server->listen(QStringLiteral("127.0.0.1:0")), qPrintable(a.server->errorString()));
    if (whileListening)
        change();

    const QList<QSctpNotification::Type> expected
            = {QSctpNotification::AssociationChange, QSctpNotification::RemoteError,
               QSctpNotification::ShutdownEvent,     QSctpNotification::AdaptationIndication,
               QSctpNotification::SenderDryEvent,    QSctpNotification::SendFailedEvent};
    QCOMPARE(names(a.server->subscriptions()), names(expected));
    QCOMPARE(kernelSubscriptions(a.server.get()), names(expected));

    QSctpAssociationOptions options;
    options.setAdaptationIndication(0x0a0b0c0d);
    QVERIFY(a.client->setAssociationOptions(options));
    a.client->connectToHost(a.server->serverAddress());
    QVERIFY2(a.client->waitForConnected(Timeout), qPrintable(a.client->errorString()));
    acceptOne(a);
    if (QTest::currentTestFailed())
        return;
    recorder.attach(a.accepted);

    QCOMPARE(names(a.accepted->subscriptions()), names(expected));
    QCOMPARE(kernelSubscriptions(a.accepted), names(expected));
    // And they work: the peer's adaptation indication arrives on the accepted socket.
    WAIT_UNTIL(!recorder.adaptations.isEmpty(), Timeout);
    QCOMPARE(recorder.adaptations, QList<quint32>{0x0a0b0c0d});
}

void tst_QSctpNotifications::unsubscribedAssociationChange_data()
{
    QTest::addColumn<bool>("clientEnds");
    QTest::newRow("the peer ends the association") << false;
    QTest::newRow("the socket ends the association") << true;
}

// Nothing assumes COMM_UP: without association change events a socket still connects,
// exchanges messages and sees the association end.
void tst_QSctpNotifications::unsubscribedAssociationChange()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(bool, clientEnds);
    Recorder clientEvents;
    Recorder acceptedEvents;
    Association a;
    QVERIFY(a.server->unsubscribe(QSctpNotification::AssociationChange));
    QVERIFY(a.client->unsubscribe(QSctpNotification::AssociationChange));
    clientEvents.attach(a.client.get());
    QSignalSpy connectedSpy(a.client.get(), &QSctpSocket::connected);

    QVERIFY2(a.server->listen(QStringLiteral("127.0.0.1:0")), qPrintable(a.server->errorString()));
    a.client->connectToHost(a.server->serverAddress());
    QVERIFY(waitUntil([&] { return a.client->state() != QSctpSocket::ConnectingState; }));
    QCOMPARE(a.client->state(), QSctpSocket::ConnectedState);
    QCOMPARE(connectedSpy.size(), 1);
    acceptOne(a);
    if (QTest::currentTestFailed())
        return;
    acceptedEvents.attach(a.accepted);
    // Unsubscribed means silent, not off: the kernel keeps reporting them to the socket.
    QCOMPARE(kernelSubscription(a.client.get(), QSctpNotification::AssociationChange), 1);
    QCOMPARE(kernelSubscription(a.accepted, QSctpNotification::AssociationChange), 1);

    QVERIFY(a.client->sendMessage(QByteArrayLiteral("ping")));
    WAIT_UNTIL(acceptedEvents.messageCount() == 1, Timeout);
    QVERIFY(a.accepted->sendMessage(QByteArrayLiteral("pong")));
    WAIT_UNTIL(clientEvents.messageCount() == 1, Timeout);

    QSctpSocket *ending = clientEnds ? a.client.get() : a.accepted.data();
    QSctpSocket *other = clientEnds ? a.accepted.data() : a.client.get();
    Recorder &endingEvents = clientEnds ? clientEvents : acceptedEvents;
    Recorder &otherEvents = clientEnds ? acceptedEvents : clientEvents;
    ending->disconnectFromHost();
    // The side that receives the SHUTDOWN sees the end of the stream.
    WAIT_UNTIL(otherEvents.hasDisconnected(), Timeout);
    QCOMPARE(other->state(), QSctpSocket::UnconnectedState);
    QCOMPARE(other->error(), QSctpSocket::NoError);
    QCOMPARE(otherEvents.sequence(),
             QStringList({clientEnds ? QStringLiteral("data:ping") : QStringLiteral("data:pong"),
                          QStringLiteral("ShutdownEvent"), QStringLiteral("disconnected")}));
    QVERIFY(clientEvents.associationChanges.isEmpty());
    QVERIFY(acceptedEvents.associationChanges.isEmpty());

    // The side that sent it learns of the SHUTDOWN-COMPLETE only from SCTP_ASSOC_CHANGE (the
    // kernel neither marks the socket readable nor returns end of stream to it), which is why
    // that subscription stays on in the kernel.
    const bool ended = waitUntil([&] { return endingEvents.hasDisconnected(); }, 1000);
    QVERIFY2(ended, qPrintable(QStringLiteral("state %1").arg(ending->state())));
    QCOMPARE(ending->state(), QSctpSocket::UnconnectedState);
    QCOMPARE(ending->error(), QSctpSocket::NoError);
    QVERIFY(clientEvents.associationChanges.isEmpty());
    QVERIFY(acceptedEvents.associationChanges.isEmpty());
}

void tst_QSctpNotifications::assocChangeSequence_data()
{
    QTest::addColumn<bool>("acceptAfterShutdown");
    QTest::newRow("accepted before the data") << false;
    QTest::newRow("accepted after the shutdown completed") << true;
}

// go-sctp's TestAssocChangeEvent: COMM_UP, the data, SHUTDOWN_COMP, then end of stream.
void tst_QSctpNotifications::assocChangeSequence()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(bool, acceptAfterShutdown);

    Recorder clientEvents;
    Recorder acceptedEvents;
    Association a;
    clientEvents.attach(a.client.get());
    listenAndConnect(a);
    if (QTest::currentTestFailed())
        return;
    if (!acceptAfterShutdown) {
        acceptOne(a);
        if (QTest::currentTestFailed())
            return;
        acceptedEvents.attach(a.accepted);
    }

    QVERIFY(a.client->sendMessage(QByteArrayLiteral("hello")));
    a.client->disconnectFromHost();
    WAIT_UNTIL(clientEvents.hasDisconnected(), Timeout);
    if (acceptAfterShutdown) {
        // The association is over before the server looks: the accepted socket still
        // reports all of it, in order.
        acceptOne(a);
        if (QTest::currentTestFailed())
            return;
        acceptedEvents.attach(a.accepted);
    }
    WAIT_UNTIL(acceptedEvents.hasDisconnected(), Timeout);

    QCOMPARE(acceptedEvents.sequence().join(u' '),
             QStringLiteral("CommunicationUp data:hello ShutdownEvent ShutdownComplete "
                            "disconnected"));
    QCOMPARE(clientEvents.sequence().join(u' '),
             QStringLiteral("CommunicationUp ShutdownComplete disconnected"));

    // End of stream.
    QCOMPARE(a.accepted->state(), QSctpSocket::UnconnectedState);
    QCOMPARE(a.accepted->error(), QSctpSocket::NoError);
    QCOMPARE(a.accepted->lastAssociationChange().state(), QSctpAssociationChange::ShutdownComplete);
    QCOMPARE(a.client->lastAssociationChange().state(), QSctpAssociationChange::ShutdownComplete);
    QVERIFY(a.accepted->atEnd());
    char byte = 0;
    QCOMPARE(a.accepted->read(&byte, 1), qint64(-1));
    QVERIFY(!a.accepted->waitForReadyRead(100));
}

// go-sctp's TestShutdownEvent, with messages still queued when the shutdown starts: every
// one arrives, then SHUTDOWN_EVENT and SHUTDOWN_COMP.
void tst_QSctpNotifications::shutdownDeliversQueuedMessages()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    constexpr int Count = 400;
    constexpr int Size = 2000;

    Recorder acceptedEvents;
    Recorder clientEvents;
    Association a;
    // More than the receiver's window, through a small send buffer: most messages wait in
    // QSctpSocket's send queue when the shutdown starts.
    QVERIFY(a.client->setSendBufferSize(4096));
    clientEvents.attach(a.client.get(), false);
    listenAndConnect(a);
    if (QTest::currentTestFailed())
        return;
    acceptOne(a);
    if (QTest::currentTestFailed())
        return;
    acceptedEvents.attach(a.accepted);

    for (int i = 0; i < Count; ++i) {
        QByteArray payload(Size, char('a' + i % 26));
        qToBigEndian<quint32>(quint32(i), payload.data());
        QVERIFY2(a.client->sendMessage(payload, quint16(i % 3), quint32(i)),
                 qPrintable(a.client->errorString()));
    }
    QVERIFY2(a.client->messagesToWrite() > 0, "all messages went to the kernel at once");
    a.client->disconnectFromHost();
    QCOMPARE(a.client->state(), QSctpSocket::ClosingState);

    WAIT_UNTIL(acceptedEvents.hasDisconnected() && clientEvents.hasDisconnected(), 30000);
    QCOMPARE(a.client->messagesToWrite(), 0);
    QCOMPARE(a.client->error(), QSctpSocket::NoError);
    QCOMPARE(a.client->lastAssociationChange().state(), QSctpAssociationChange::ShutdownComplete);
    QCOMPARE(a.accepted->error(), QSctpSocket::NoError);

    // Every message, in order, then the shutdown, then the end.
    QStringList tail;
    int next = 0;
    for (const Recorder::Event &e : acceptedEvents.events) {
        if (e.kind == Recorder::Event::Message) {
            QVERIFY2(tail.isEmpty(), "a message arrived after the shutdown began");
            QCOMPARE(e.message.size(), Size);
            QCOMPARE(qFromBigEndian<quint32>(e.message.payload().constData()), quint32(next));
            QCOMPARE(e.message.stream(), quint16(next % 3));
            QCOMPARE(e.message.payloadProtocolId(), quint32(next));
            ++next;
        } else if (e.kind == Recorder::Event::Disconnected) {
            tail.append(QStringLiteral("disconnected"));
        } else if (e.notification.type() == QSctpNotification::ShutdownEvent) {
            tail.append(QStringLiteral("ShutdownEvent"));
        } else if (e.notification.type() == QSctpNotification::AssociationChange
                   && e.notification.associationChange().state()
                           != QSctpAssociationChange::CommunicationUp) {
            tail.append(QString::fromLatin1(
                    QMetaEnum::fromType<QSctpAssociationChange::State>().valueToKey(
                            e.notification.associationChange().state())));
        }
    }
    QCOMPARE(next, Count);
    QCOMPARE(tail,
             QStringList({QStringLiteral("ShutdownEvent"), QStringLiteral("ShutdownComplete"),
                          QStringLiteral("disconnected")}));
}

// go-sctp's TestAdaptationEvent: the peer's indication comes before its first data.
void tst_QSctpNotifications::adaptationIndication()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Recorder acceptedEvents;
    Recorder clientEvents;
    Association a;
    QVERIFY(a.server->subscribe(QSctpNotification::AdaptationIndication));
    QSctpAssociationOptions options;
    options.setAdaptationIndication(0x01020304);
    QVERIFY(a.client->setAssociationOptions(options));
    QVERIFY(a.client->subscribe(QSctpNotification::AdaptationIndication));
    clientEvents.attach(a.client.get());
    listenAndConnect(a);
    if (QTest::currentTestFailed())
        return;
    acceptOne(a);
    if (QTest::currentTestFailed())
        return;
    acceptedEvents.attach(a.accepted);

    QVERIFY(a.client->sendMessage(QByteArrayLiteral("hello")));
    WAIT_UNTIL(acceptedEvents.messageCount() == 1, Timeout);

    const qsizetype indication
            = acceptedEvents.indexOfNotification(QSctpNotification::AdaptationIndication);
    QVERIFY2(indication >= 0, qPrintable(acceptedEvents.describe()));
    qsizetype data = -1;
    for (qsizetype i = 0; i < acceptedEvents.events.size(); ++i) {
        if (acceptedEvents.events.at(i).kind == Recorder::Event::Message)
            data = i;
    }
    QVERIFY2(indication < data, qPrintable(acceptedEvents.describe()));
    const QSctpNotification &n = acceptedEvents.events.at(indication).notification;
    QVERIFY(n.isValid());
    QCOMPARE(n.flags(), quint16(0));
    QCOMPARE(n.adaptationIndication().indication(), quint32(0x01020304));
    QCOMPARE(n.value().value<QtSctp::QSctpAdaptationIndication>().indication(),
             quint32(0x01020304));
    QCOMPARE(acceptedEvents.adaptations, QList<quint32>{0x01020304});
    QCOMPARE(acceptedEvents.events.at(data).message.payload(), QByteArrayLiteral("hello"));

    // The server sent no indication: the client, though subscribed, hears none.
    QVERIFY(a.accepted->sendMessage(QByteArrayLiteral("reply")));
    WAIT_UNTIL(clientEvents.messageCount() == 1, Timeout);
    QVERIFY(clientEvents.adaptations.isEmpty());
}

// go-sctp's TestSenderDryEvent: subscribing with nothing outstanding reports dry; after
// unsubscribing nothing more comes.
void tst_QSctpNotifications::senderDry()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Recorder clientEvents;
    Association a;
    a.client->setReceiveMode(QSctpSocket::QueueReceiveMode);
    clientEvents.attach(a.client.get(), false);
    QSignalSpy drySpy(a.client.get(), &QSctpSocket::senderDry);
    listenAndConnect(a);
    if (QTest::currentTestFailed())
        return;
    acceptOne(a);
    if (QTest::currentTestFailed())
        return;
    a.accepted->setReceiveMode(QSctpSocket::QueueReceiveMode);

    QVERIFY(a.client->sendMessage(QByteArrayLiteral("hello")));
    QVERIFY(!a.client->isSubscribed(QSctpNotification::SenderDryEvent));
    QVERIFY2(a.client->subscribe(QSctpNotification::SenderDryEvent),
             qPrintable(a.client->errorString()));
    QCOMPARE(kernelSubscription(a.client.get(), QSctpNotification::SenderDryEvent), 1);
    QVERIFY(drySpy.wait(Timeout) || drySpy.size() == 1);
    QCOMPARE(drySpy.size(), 1);
    const qsizetype dryIndex = clientEvents.indexOfNotification(QSctpNotification::SenderDryEvent);
    QVERIFY(dryIndex >= 0);
    QCOMPARE(clientEvents.events.at(dryIndex).notification.flags(), quint16(0));
    WAIT_UNTIL(a.accepted->pendingMessageCount() == 1, Timeout);
    QCOMPARE(a.accepted->readMessage().payload(), QByteArrayLiteral("hello"));

    QVERIFY(a.client->unsubscribe(QSctpNotification::SenderDryEvent));
    QCOMPARE(kernelSubscription(a.client.get(), QSctpNotification::SenderDryEvent), 0);
    QVERIFY(a.client->sendMessage(QByteArrayLiteral("again")));
    WAIT_UNTIL(a.accepted->pendingMessageCount() == 1, Timeout);
    // Once the client holds nothing unacknowledged a dry event would be queued already; the
    // reply sent after that comes behind it.
    WAIT_UNTIL(a.client->associationStatus().unacknowledgedChunks() == 0, Timeout);
    QVERIFY(a.accepted->sendMessage(QByteArrayLiteral("reply")));
    WAIT_UNTIL(a.client->pendingMessageCount() == 1, Timeout);
    QCOMPARE(drySpy.size(), 1);
    QCOMPARE(a.client->error(), QSctpSocket::NoError);
}

void tst_QSctpNotifications::abort_data()
{
    QTest::addColumn<int>("how");
    QTest::newRow("abort()") << 0;
    QTest::newRow("linger 0, disconnectFromHost()") << 1;
    QTest::newRow("linger 0, close()") << 2;
}

// go-sctp's TestAbort: the peer sees COMM_LOST with the ABORT's cause, the socket reports an
// aborted association, and nothing more arrives.
void tst_QSctpNotifications::abort()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(int, how);

    Recorder acceptedEvents;
    Association a;
    listenAndConnect(a);
    if (QTest::currentTestFailed())
        return;
    acceptOne(a);
    if (QTest::currentTestFailed())
        return;
    acceptedEvents.attach(a.accepted);
    QSignalSpy clientDisconnected(a.client.get(), &QSctpSocket::disconnected);

    QVERIFY(a.client->sendMessage(QByteArrayLiteral("before")));
    WAIT_UNTIL(acceptedEvents.messageCount() == 1, Timeout);
    for (int i = 0; i < 5; ++i)
        QVERIFY(a.client->sendMessage(QByteArrayLiteral("late")));
    switch (how) {
    case 0:
        a.client->abort();
        break;
    case 1:
        QVERIFY(a.client->setLinger(0));
        a.client->disconnectFromHost();
        break;
    default:
        QVERIFY(a.client->setLinger(0));
        a.client->close();
        break;
    }
    QCOMPARE(a.client->state(), QSctpSocket::UnconnectedState);
    QCOMPARE(clientDisconnected.size(), 1);
    QCOMPARE(a.client->error(), QSctpSocket::NoError); // aborting is not an error here

    WAIT_UNTIL(acceptedEvents.hasDisconnected(), Timeout);
    const qsizetype lost
            = acceptedEvents.indexOfAssociationChange(QSctpAssociationChange::CommunicationLost);
    QVERIFY2(lost >= 0, qPrintable(acceptedEvents.describe()));
    const QSctpAssociationChange change
            = acceptedEvents.events.at(lost).notification.associationChange();
    QCOMPARE(change.abortCauseCode(), UserInitiatedAbort);
    QVERIFY(!change.abortCauses().isEmpty());
    QCOMPARE(a.accepted->lastAssociationChange(), change);
    QCOMPARE(a.accepted->error(), QSctpSocket::AssociationAbortedError);
    QVERIFY2(a.accepted->errorString().contains(QString::number(UserInitiatedAbort)),
             qPrintable(a.accepted->errorString()));
    QCOMPARE(a.accepted->state(), QSctpSocket::UnconnectedState);
    for (qsizetype i = lost + 1; i < acceptedEvents.events.size(); ++i) {
        QVERIFY2(acceptedEvents.events.at(i).kind != Recorder::Event::Message,
                 qPrintable(acceptedEvents.describe()));
    }
    QCOMPARE(acceptedEvents.events.constLast().kind, Recorder::Event::Disconnected);

    // Nothing more: no sending, no waiting for data.
    QVERIFY(!a.accepted->sendMessage(QByteArrayLiteral("after")));
    QCOMPARE(a.accepted->error(), QSctpSocket::OperationError);
    QVERIFY(!a.accepted->waitForReadyRead(100));
}

// go-sctp's TestPeerAddrChangeEvent (skipped there: it needs net.sctp.addip_enable=1), with
// removal and the peer-primary request added.
void tst_QSctpNotifications::peerAddressChange()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QTSCTP_SKIP_ON_USRSCTP("needs a network namespace with net.sctp.addip_enable and "
                           "127.0.0.2 and 127.0.0.3 bound, which are kernel SCTP's");
    REQUIRE_NETWORK_CONFIGURATION();
    const QString ns = QStringLiteral("qsn_addip");
    QVERIFY(createNamespace(ns));
    auto dropNamespace = qScopeGuard([&] {
        run("ip", {QStringLiteral("netns"), QStringLiteral("del"), ns});
    });

    Recorder acceptedEvents;
    Recorder clientEvents;
    Association a;
    {
        NamespaceScope scope(ns);
        QVERIFY(scope.isEntered());
        // Sysctls of this namespace only; ASCONF without AUTH needs addip_noauth_enable.
        QVERIFY(writeSysctl("/proc/sys/net/sctp/addip_enable", "1"));
        QVERIFY(writeSysctl("/proc/sys/net/sctp/addip_noauth_enable", "1"));
        QVERIFY2(a.server->listen(QStringLiteral("127.0.0.1:0")),
                 qPrintable(a.server->errorString()));
        a.client->setLocalBindAddress(QSctpAddress(ip("127.0.0.1"), 0));
        a.client->connectToHost(a.server->serverAddress());
    }
    clientEvents.attach(a.client.get());
    QVERIFY2(a.client->waitForConnected(Timeout), qPrintable(a.client->errorString()));
    acceptOne(a);
    if (QTest::currentTestFailed())
        return;
    acceptedEvents.attach(a.accepted);

    QVERIFY(a.client->sendMessage(QByteArrayLiteral("hello")));
    WAIT_UNTIL(acceptedEvents.messageCount() == 1, Timeout);
    QVERIFY(a.accepted->sendMessage(QByteArrayLiteral("yes")));
    WAIT_UNTIL(clientEvents.messageCount() == 1, Timeout);
    const quint16 clientPort = a.client->localAddress().port();

    // The client adds 127.0.0.2: the peer hears ADDR_ADDED.
    QVERIFY2(a.client->bindAdd(QSctpAddress(ip("127.0.0.2"), 0)),
             qPrintable(a.client->errorString()));
    QVERIFY(containsAddress(a.client->localAddress(), ip("127.0.0.2")));
    WAIT_UNTIL(
            acceptedEvents.hasAddressChange(QSctpPeerAddressChange::AddressAdded, ip("127.0.0.2")),
            Timeout);
    for (const QSctpPeerAddressChange &c : acceptedEvents.addressChanges) {
        if (c.state() == QSctpPeerAddressChange::AddressAdded)
            QCOMPARE(c.port(), clientPort);
    }
    QVERIFY(containsAddress(a.accepted->peerAddress(), ip("127.0.0.2")));

    // And removes it again: ADDR_REMOVED.
    QVERIFY2(a.client->bindRemove(QSctpAddress(ip("127.0.0.2"), 0)),
             qPrintable(a.client->errorString()));
    QVERIFY(!containsAddress(a.client->localAddress(), ip("127.0.0.2")));
    WAIT_UNTIL(acceptedEvents.hasAddressChange(QSctpPeerAddressChange::AddressRemoved,
                                               ip("127.0.0.2")),
               Timeout);
    QVERIFY(!containsAddress(a.accepted->peerAddress(), ip("127.0.0.2")));

    // Adds 127.0.0.3 and asks the peer to send there (ASCONF SET_PRIMARY): ADDR_MADE_PRIM.
    QVERIFY2(a.client->bindAdd(QSctpAddress(ip("127.0.0.3"), 0)),
             qPrintable(a.client->errorString()));
    WAIT_UNTIL(
            acceptedEvents.hasAddressChange(QSctpPeerAddressChange::AddressAdded, ip("127.0.0.3")),
            Timeout);
    // The address joins the client's side of the association when the ASCONF-ACK is in.
    WAIT_UNTIL(a.client->requestPeerPrimary(ip("127.0.0.3")), Timeout);
    WAIT_UNTIL(acceptedEvents.hasAddressChange(QSctpPeerAddressChange::AddressMadePrimary,
                                               ip("127.0.0.3")),
               Timeout);
    QCOMPARE(plainAddress(a.accepted->associationStatus().primaryPath().address()),
             ip("127.0.0.3"));

    // The association carries on.
    QVERIFY(a.client->sendMessage(QByteArrayLiteral("after")));
    WAIT_UNTIL(acceptedEvents.messageCount() == 2, Timeout);
    QCOMPARE(a.accepted->state(), QSctpSocket::ConnectedState);
    QVERIFY(!acceptedEvents.hasAssociationChange(QSctpAssociationChange::CommunicationLost));
}

// The peer loses its association without telling us (its ABORT is dropped) and associates
// again from the same address and port: we see RESTART, and the messages we had sent into
// the old association come back as send failures.
void tst_QSctpNotifications::restart()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QTSCTP_SKIP_ON_USRSCTP("drops the peer's ABORT with tc netem in a network namespace of "
                           "kernel SCTP's");
    REQUIRE_NETWORK_CONFIGURATION();
    const QString ns = QStringLiteral("qsn_restart");
    QVERIFY(createNamespace(ns));
    auto dropNamespace = qScopeGuard([&] {
        run("ip", {QStringLiteral("netns"), QStringLiteral("del"), ns});
    });

    Recorder acceptedEvents;
    Recorder restartedEvents;
    Association a;
    auto restarted = std::make_unique<QSctpSocket>();
    {
        NamespaceScope scope(ns);
        QVERIFY(scope.isEntered());
        QVERIFY2(a.server->listen(QStringLiteral("127.0.0.1:0")),
                 qPrintable(a.server->errorString()));
        a.client->setLocalBindAddress(QSctpAddress(ip("127.0.0.1"), 0));
        a.client->connectToHost(a.server->serverAddress());
    }
    QVERIFY2(a.client->waitForConnected(Timeout), qPrintable(a.client->errorString()));
    acceptOne(a);
    if (QTest::currentTestFailed())
        return;
    acceptedEvents.attach(a.accepted);
    const quint16 clientPort = a.client->localAddress().port();
    QVERIFY(clientPort != 0);

    // The client vanishes: its ABORT never arrives.
    const QStringList qdisc = {QStringLiteral("-n"),    ns,
                               QStringLiteral("qdisc"), QStringLiteral("add"),
                               QStringLiteral("dev"),   QStringLiteral("lo"),
                               QStringLiteral("root"),  QStringLiteral("netem"),
                               QStringLiteral("loss"),  QStringLiteral("100%")};
    QVERIFY(run("tc", qdisc));
    auto removeQdisc = qScopeGuard([&] {
        run("tc",
            {QStringLiteral("-n"), ns, QStringLiteral("qdisc"), QStringLiteral("del"),
             QStringLiteral("dev"), QStringLiteral("lo"), QStringLiteral("root")});
    });
    a.client->abort();
    // What the server sends now goes nowhere.
    for (quint32 i = 0; i < 3; ++i) {
        QVERIFY(a.accepted->sendMessage(
                message(QByteArrayLiteral("pending-") + QByteArray::number(i), quint16(i),
                        0x1000 + i, 0x2000 + i)));
    }
    QCOMPARE(a.accepted->messagesToWrite(), 0);
    removeQdisc.dismiss();
    QVERIFY(run("tc",
                {QStringLiteral("-n"), ns, QStringLiteral("qdisc"), QStringLiteral("del"),
                 QStringLiteral("dev"), QStringLiteral("lo"), QStringLiteral("root")}));

    // The "restarted" peer: same address, same port.
    {
        NamespaceScope scope(ns);
        QVERIFY(scope.isEntered());
        restarted->setLocalBindAddress(QSctpAddress(ip("127.0.0.1"), clientPort));
        restarted->connectToHost(a.server->serverAddress());
    }
    restartedEvents.attach(restarted.get());
    QVERIFY2(restarted->waitForConnected(Timeout), qPrintable(restarted->errorString()));
    WAIT_UNTIL(acceptedEvents.hasAssociationChange(QSctpAssociationChange::Restart), Timeout);
    QCOMPARE(a.accepted->state(), QSctpSocket::ConnectedState);
    QCOMPARE(a.accepted->lastAssociationChange().state(), QSctpAssociationChange::Restart);
    QCOMPARE(a.accepted->error(), QSctpSocket::NoError);
    QCOMPARE(a.server->hasPendingConnections(), false); // the same association, not a new one

    // The three messages come back with what was sent.
    WAIT_UNTIL(acceptedEvents.sendFailures.size() == 3, Timeout);
    for (const QSctpSendFailed &failure : acceptedEvents.sendFailures) {
        const quint32 i = failure.context() - 0x2000;
        QVERIFY2(i < 3, qPrintable(QString::number(failure.context(), 16)));
        QCOMPARE(failure.data(), QByteArrayLiteral("pending-") + QByteArray::number(i));
        QCOMPARE(failure.stream(), quint16(i));
        QCOMPARE(failure.ppid(), 0x1000 + i);
        QVERIFY(!failure.isLegacy()); // SCTP_SEND_FAILED_EVENT, the default subscription
        QCOMPARE(failure.sendFlags()
                         & (QSctpSendFailed::FirstFragment | QSctpSendFailed::LastFragment),
                 QSctpSendFailed::SendFlags(QSctpSendFailed::FirstFragment
                                            | QSctpSendFailed::LastFragment));
    }

    // Both ends carry on over the restarted association.
    QVERIFY(restarted->sendMessage(QByteArrayLiteral("after restart")));
    WAIT_UNTIL(acceptedEvents.messageCount() == 1, Timeout);
    QVERIFY(a.accepted->sendMessage(QByteArrayLiteral("welcome back")));
    WAIT_UNTIL(restartedEvents.messageCount() == 1, Timeout);
    QCOMPARE(restartedEvents.events.constLast().message.payload(),
             QByteArrayLiteral("welcome back"));
}

// The peer aborts while our messages wait for its closed receive window: every message the
// kernel still held comes back with its stream, PPID, context and payload.
void tst_QSctpNotifications::sendFailedAfterPeerAbort()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    constexpr int Count = 150;
    constexpr int Size = 1000;
    const auto payload = [](int i) {
        QByteArray data(Size, char('A' + i % 26));
        qToBigEndian<quint32>(quint32(i), data.data());
        return data;
    };

    Recorder clientEvents;
    Association a;
    a.server->setReceiveBufferSize(4096);
    a.server->setReceiveMode(QSctpSocket::QueueReceiveMode);
    a.server->setMaxPendingMessages(1); // the accepted socket stops reading at once
    QVERIFY(a.client->setSendBufferSize(16384));
    clientEvents.attach(a.client.get());
    listenAndConnect(a);
    if (QTest::currentTestFailed())
        return;
    acceptOne(a);
    if (QTest::currentTestFailed())
        return;
    QList<quint32> delivered; // what reached the accepted socket's queue
    connect(a.accepted, &QSctpSocket::messageReceived, a.accepted,
            [&](const QSctpMessage &m) { delivered.append(m.context()); });

    for (int i = 0; i < Count; ++i) {
        QVERIFY2(a.client->sendMessage(
                         message(payload(i), quint16(i % 3), 0x50000000u + quint32(i), quint32(i))),
                 qPrintable(a.client->errorString()));
    }
    // The window closes: messages wait in the client's kernel and in its send queue.
    WAIT_UNTIL(a.client->messagesToWrite() > 0 && a.accepted->pendingMessageCount() == 1, Timeout);
    const qsizetype queuedInLibrary = a.client->messagesToWrite();

    a.accepted->abort();
    WAIT_UNTIL(clientEvents.hasDisconnected(), Timeout);
    QCOMPARE(a.client->error(), QSctpSocket::AssociationAbortedError);
    QCOMPARE(a.client->lastAssociationChange().state(), QSctpAssociationChange::CommunicationLost);
    QCOMPARE(a.client->lastAssociationChange().abortCauseCode(), UserInitiatedAbort);

    // What the stack reported: whole messages, each as it was sent, in sending order (Linux);
    // usrsctp hands back what it held stream by stream, each stream in sending order.
    const bool byStream = QtSctpTest::isUsrsctp();
    QList<quint32> failed;
    QList<qint64> lastOnStream(3, -1);
    int unsent = 0;
    for (const QSctpSendFailed &f : clientEvents.sendFailures) {
        const quint32 i = f.context();
        QVERIFY(i < quint32(Count));
        QCOMPARE(f.data(), payload(int(i)));
        QCOMPARE(f.stream(), quint16(i % 3));
        QCOMPARE(f.ppid(), 0x50000000u + i);
        QVERIFY(!delivered.contains(i));
        QVERIFY(!failed.contains(i));
        QVERIFY2(f.dataState() == QSctpSendFailed::DataUnsent
                         || f.dataState() == QSctpSendFailed::DataSent,
                 qPrintable(QStringLiteral("data state %1").arg(int(f.dataState()))));
        if (f.dataState() == QSctpSendFailed::DataUnsent)
            ++unsent;
        if (byStream) {
            QVERIFY2(lastOnStream[i % 3] < qint64(i), "not in sending order on its stream");
            lastOnStream[i % 3] = i;
        } else {
            QVERIFY2(failed.isEmpty() || failed.constLast() + 1 == i, "not in sending order");
        }
        failed.append(i);
    }
    QVERIFY2(!failed.isEmpty(), qPrintable(clientEvents.describe()));
    // The closed window kept most of them off the wire.
    QVERIFY2(unsent > 0, "no message reported as never sent");
    if (byStream) {
        // Nothing left out in between.
        std::sort(failed.begin(), failed.end());
        for (qsizetype k = 1; k < failed.size(); ++k)
            QVERIFY2(failed.at(k - 1) + 1 == failed.at(k), "a message is missing");
    }
    // Messages still in QSctpSocket's own send queue never reached the kernel: they are
    // undelivered data too and come back the same way, as the last ones.
    QVERIFY2(!failed.isEmpty() && failed.constLast() == quint32(Count - 1),
             qPrintable(QStringLiteral("%1 handed back, %2 were still in the send queue")
                                .arg(failed.size())
                                .arg(queuedInLibrary)));
    for (qsizetype i = 0; i < clientEvents.events.size(); ++i)
        QVERIFY(clientEvents.events.at(i).kind != Recorder::Event::Message);
}

// With every notification type subscribed on both ends, the messages are exactly what was
// sent, and notifications come only through the notification signals.
void tst_QSctpNotifications::notificationsNeverAsData()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Recorder clientEvents;
    Recorder acceptedEvents;
    Association a;
    for (QSctpNotification::Type type : allTypes()) {
        QVERIFY(a.server->subscribe(type));
        QVERIFY(a.client->subscribe(type));
    }
    a.server->setReceiveMode(QSctpSocket::QueueReceiveMode);
    a.client->setReceiveMode(QSctpSocket::QueueReceiveMode);
    clientEvents.attach(a.client.get(), false);
    listenAndConnect(a);
    if (QTest::currentTestFailed())
        return;
    acceptOne(a);
    if (QTest::currentTestFailed())
        return;
    acceptedEvents.attach(a.accepted, false);
    QCOMPARE(kernelSubscriptions(a.accepted), names(allTypes()));

    // Payloads that look like notifications are data all the same.
    QList<QByteArray> sent = {
            QByteArray::fromHex("0180000014000000000000000a000a0001000000"), // COMM_UP
            QByteArray::fromHex("0980000c00000000"), // SENDER_DRY
            QByteArrayLiteral("x"),
    };
    for (int i = 0; i < 60; ++i)
        sent.append(QByteArray(1 + i * 37, char(i)));
    qint64 bytes = 0;
    for (const QByteArray &p : sent) {
        QVERIFY(a.client->sendMessage(p));
        bytes += p.size();
    }
    WAIT_UNTIL(a.accepted->pendingMessageCount() == sent.size(), Timeout);
    QCOMPARE(a.accepted->bytesAvailable(), bytes);
    for (const QByteArray &p : sent)
        QCOMPARE(a.accepted->readMessage().payload(), p);
    QVERIFY(!a.accepted->hasPendingMessages());

    QVERIFY(a.accepted->sendMessage(QByteArrayLiteral("back")));
    WAIT_UNTIL(a.client->pendingMessageCount() == 1, Timeout);
    QCOMPARE(a.client->readMessage().payload(), QByteArrayLiteral("back"));

    a.client->disconnectFromHost();
    WAIT_UNTIL(acceptedEvents.hasDisconnected() && clientEvents.hasDisconnected(), Timeout);
    QVERIFY(!a.accepted->hasPendingMessages());
    QVERIFY(!a.client->hasPendingMessages());
    QCOMPARE(a.accepted->bytesAvailable(), qint64(0));

    // The notifications came, through their signals, all of them well-formed.
    for (const Recorder *r : {&clientEvents, &acceptedEvents}) {
        QVERIFY2(r->indexOfNotification(QSctpNotification::AssociationChange) >= 0,
                 qPrintable(r->describe()));
        for (const Recorder::Event &e : r->events) {
            if (e.kind == Recorder::Event::Notification)
                QVERIFY2(e.notification.isValid(), qPrintable(e.notification.errorString()));
        }
    }
    QVERIFY(acceptedEvents.indexOfNotification(QSctpNotification::ShutdownEvent) >= 0);
    QVERIFY(clientEvents.senderDryCount >= 1);
}

QTEST_GUILESS_MAIN(tst_QSctpNotifications)

#include "tst_qsctpnotifications.moc"
