// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// Association options, status, paths, statistics and dynamic addresses over real kernel SCTP
// (run under scripts/with-sctp).
//
// Ported from georgeyanev/go-sctp: TestSCTPStatus (associationStatus), TestSCTPCookieLife
// (serverOptionsInherited), TestListenerBindAddRemove (listenerBindAddRemove) and
// TestSCTPConnBindAddRemove (connectionBindAddRemove). New: everything else.
//
// Each option is checked twice: through QSctpSocket::associationOptions() and with a raw
// getsockopt() on the descriptor, so that a setter and a getter that agree on a wrong value
// cannot pass. The kernel keeps times in jiffies: a value may come back rounded up to the
// next tick (10 ms at HZ=100, as in User-Mode Linux).

#include "qsctptestsupport.h"

#include <QtSctp/QSctpAddress>
#include <QtSctp/QSctpAssociationOptions>
#include <QtSctp/QSctpAssociationStatistics>
#include <QtSctp/QSctpAssociationStatus>
#include <QtSctp/QSctpInitOptions>
#include <QtSctp/QSctpMessage>
#include <QtSctp/QSctpPeerAddressInfo>
#include <QtSctp/QSctpServer>
#include <QtSctp/QSctpSocket>

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QDebug>
#include <QtCore/QFile>
#include <QtCore/QMetaEnum>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtTest/QtTest>

#include <algorithm>
#include <arpa/inet.h>
#include <memory>
#include <netinet/sctp.h>
#include <sys/socket.h>
#include <unistd.h>

using QtSctp::QSctpAddress;
using QtSctp::QSctpAssociationOptions;
using QtSctp::QSctpAssociationStatistics;
using QtSctp::QSctpAssociationStatus;
using QtSctp::QSctpInitOptions;
using QtSctp::QSctpMessage;
using QtSctp::QSctpPeerAddressChange;
using QtSctp::QSctpPeerAddressInfo;
using QtSctp::QSctpServer;
using QtSctp::QSctpSocket;
using Option = QtSctp::QSctpAssociationOptions::Option;

Q_DECLARE_METATYPE(QtSctp::QSctpAssociationOptions::Option)

namespace {

constexpr int Timeout = 10000;
constexpr qint64 Tick = 10; // the largest rounding a time in jiffies gets (HZ >= 100)

using QtSctpTest::ip;
using QtSctpTest::waitUntil;

QSctpAddress address(const char *text)
{
    QString error;
    const QSctpAddress a = QSctpAddress::fromString(QString::fromLatin1(text), &error);
    if (!error.isEmpty())
        qFatal("bad test address %s: %s", text, qPrintable(error));
    return a;
}

QHostAddress plain(const QHostAddress &a)
{
    bool ok = false;
    const quint32 v4 = a.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : QHostAddress(a.toString());
}

// Sorted, IPv4-mapped addresses as IPv4.
QStringList plainNames(const QList<QHostAddress> &addresses)
{
    QStringList names;
    for (const QHostAddress &a : addresses)
        names.append(plain(a).toString());
    names.sort();
    return names;
}

const Option AllOptions[] = {
        QSctpAssociationOptions::NoDelay,
        QSctpAssociationOptions::FragmentationDisabled,
        QSctpAssociationOptions::AdaptationIndication,
        QSctpAssociationOptions::HeartbeatInterval,
        QSctpAssociationOptions::HeartbeatEnabled,
        QSctpAssociationOptions::CookieLife,
        QSctpAssociationOptions::AssociationMaxRetransmissions,
        QSctpAssociationOptions::RtoInitial,
        QSctpAssociationOptions::RtoMin,
        QSctpAssociationOptions::RtoMax,
        QSctpAssociationOptions::PathMaxRetransmissions,
        QSctpAssociationOptions::PotentiallyFailedThreshold,
        QSctpAssociationOptions::MaxSegment,
        QSctpAssociationOptions::PartialDeliveryPoint,
        QSctpAssociationOptions::DelayedAckTime,
        QSctpAssociationOptions::DelayedAckFrequency,
};

QString optionKey(Option option)
{
    return QString::fromLatin1(
            QMetaEnum::fromType<QSctpAssociationOptions::Options>().valueToKey(option));
}

bool isTime(Option option)
{
    switch (option) {
    case QSctpAssociationOptions::HeartbeatInterval:
    case QSctpAssociationOptions::RtoInitial:
    case QSctpAssociationOptions::RtoMin:
    case QSctpAssociationOptions::RtoMax:
    case QSctpAssociationOptions::DelayedAckTime:
        return true;
    default:
        return false;
    }
}

qint64 valueOf(const QSctpAssociationOptions &o, Option option)
{
    switch (option) {
    case QSctpAssociationOptions::NoDelay:
        return o.noDelay();
    case QSctpAssociationOptions::FragmentationDisabled:
        return o.isFragmentationDisabled();
    case QSctpAssociationOptions::AdaptationIndication:
        return o.adaptationIndication();
    case QSctpAssociationOptions::HeartbeatInterval:
        return o.heartbeatInterval();
    case QSctpAssociationOptions::HeartbeatEnabled:
        return o.isHeartbeatEnabled();
    case QSctpAssociationOptions::CookieLife:
        return o.cookieLife();
    case QSctpAssociationOptions::AssociationMaxRetransmissions:
        return o.associationMaxRetransmissions();
    case QSctpAssociationOptions::RtoInitial:
        return o.rtoInitial();
    case QSctpAssociationOptions::RtoMin:
        return o.rtoMin();
    case QSctpAssociationOptions::RtoMax:
        return o.rtoMax();
    case QSctpAssociationOptions::PathMaxRetransmissions:
        return o.pathMaxRetransmissions();
    case QSctpAssociationOptions::PotentiallyFailedThreshold:
        return o.potentiallyFailedThreshold();
    case QSctpAssociationOptions::MaxSegment:
        return o.maxSegment();
    case QSctpAssociationOptions::PartialDeliveryPoint:
        return o.partialDeliveryPoint();
    case QSctpAssociationOptions::DelayedAckTime:
        return o.delayedAckTime();
    case QSctpAssociationOptions::DelayedAckFrequency:
        return o.delayedAckFrequency();
    }
    return -1;
}

void setValue(QSctpAssociationOptions *o, Option option, qint64 value)
{
    switch (option) {
    case QSctpAssociationOptions::NoDelay:
        return o->setNoDelay(value);
    case QSctpAssociationOptions::FragmentationDisabled:
        return o->setFragmentationDisabled(value);
    case QSctpAssociationOptions::AdaptationIndication:
        return o->setAdaptationIndication(quint32(value));
    case QSctpAssociationOptions::HeartbeatInterval:
        return o->setHeartbeatInterval(quint32(value));
    case QSctpAssociationOptions::HeartbeatEnabled:
        return o->setHeartbeatEnabled(value);
    case QSctpAssociationOptions::CookieLife:
        return o->setCookieLife(quint32(value));
    case QSctpAssociationOptions::AssociationMaxRetransmissions:
        return o->setAssociationMaxRetransmissions(quint16(value));
    case QSctpAssociationOptions::RtoInitial:
        return o->setRtoInitial(quint32(value));
    case QSctpAssociationOptions::RtoMin:
        return o->setRtoMin(quint32(value));
    case QSctpAssociationOptions::RtoMax:
        return o->setRtoMax(quint32(value));
    case QSctpAssociationOptions::PathMaxRetransmissions:
        return o->setPathMaxRetransmissions(quint16(value));
    case QSctpAssociationOptions::PotentiallyFailedThreshold:
        return o->setPotentiallyFailedThreshold(quint16(value));
    case QSctpAssociationOptions::MaxSegment:
        return o->setMaxSegment(quint32(value));
    case QSctpAssociationOptions::PartialDeliveryPoint:
        return o->setPartialDeliveryPoint(quint32(value));
    case QSctpAssociationOptions::DelayedAckTime:
        return o->setDelayedAckTime(quint32(value));
    case QSctpAssociationOptions::DelayedAckFrequency:
        return o->setDelayedAckFrequency(quint32(value));
    }
}

// Read past QSctpAssociationOptions: getsockopt() on the kernel engine's descriptor; on the
// usrsctp engine its own getsockopt() through the engine's translation of Linux's layouts.
template<typename T>
bool rawGet(const QObject *fd, int name, T *value)
{
    return QtSctpTest::engineOption(fd, IPPROTO_SCTP, name, value);
}

// The option as the engine has it for the association (or the endpoint), read without
// QSctpAssociationOptions; -1 when the engine refuses.
qint64 kernelValue(const QObject *fd, Option option)
{
    switch (option) {
    case QSctpAssociationOptions::NoDelay:
    case QSctpAssociationOptions::FragmentationDisabled: {
        int value = 0;
        const int name = option == QSctpAssociationOptions::NoDelay ? SCTP_NODELAY
                                                                    : SCTP_DISABLE_FRAGMENTS;
        return rawGet(fd, name, &value) ? qint64(value != 0) : -1;
    }
    case QSctpAssociationOptions::AdaptationIndication: {
        sctp_setadaptation value{};
        return rawGet(fd, SCTP_ADAPTATION_LAYER, &value) ? qint64(value.ssb_adaptation_ind) : -1;
    }
    case QSctpAssociationOptions::HeartbeatInterval:
    case QSctpAssociationOptions::HeartbeatEnabled: {
        sctp_paddrparams value{};
        if (!rawGet(fd, SCTP_PEER_ADDR_PARAMS, &value))
            return -1;
        return option == QSctpAssociationOptions::HeartbeatInterval
                ? qint64(value.spp_hbinterval)
                : qint64((value.spp_flags & SPP_HB_ENABLE) != 0);
    }
    case QSctpAssociationOptions::CookieLife:
    case QSctpAssociationOptions::AssociationMaxRetransmissions: {
        sctp_assocparams value{};
        if (!rawGet(fd, SCTP_ASSOCINFO, &value))
            return -1;
        return option == QSctpAssociationOptions::CookieLife ? qint64(value.sasoc_cookie_life)
                                                             : qint64(value.sasoc_asocmaxrxt);
    }
    case QSctpAssociationOptions::RtoInitial:
    case QSctpAssociationOptions::RtoMin:
    case QSctpAssociationOptions::RtoMax: {
        sctp_rtoinfo value{};
        if (!rawGet(fd, SCTP_RTOINFO, &value))
            return -1;
        return option == QSctpAssociationOptions::RtoInitial ? value.srto_initial
                : option == QSctpAssociationOptions::RtoMin  ? value.srto_min
                                                             : value.srto_max;
    }
    case QSctpAssociationOptions::PathMaxRetransmissions:
    case QSctpAssociationOptions::PotentiallyFailedThreshold: {
        sctp_paddrthlds value{};
        if (!rawGet(fd, SCTP_PEER_ADDR_THLDS, &value))
            return -1;
        return option == QSctpAssociationOptions::PathMaxRetransmissions ? value.spt_pathmaxrxt
                                                                         : value.spt_pathpfthld;
    }
    case QSctpAssociationOptions::MaxSegment: {
        sctp_assoc_value value{};
        return rawGet(fd, SCTP_MAXSEG, &value) ? qint64(value.assoc_value) : -1;
    }
    case QSctpAssociationOptions::PartialDeliveryPoint: {
        quint32 value = 0;
        return rawGet(fd, SCTP_PARTIAL_DELIVERY_POINT, &value) ? qint64(value) : -1;
    }
    case QSctpAssociationOptions::DelayedAckTime:
    case QSctpAssociationOptions::DelayedAckFrequency: {
        sctp_sack_info value{};
        if (!rawGet(fd, SCTP_DELAYED_SACK, &value))
            return -1;
        return option == QSctpAssociationOptions::DelayedAckTime ? value.sack_delay
                                                                 : value.sack_freq;
    }
    }
    return -1;
}

// A time may come back rounded up to the kernel's tick.
bool matches(Option option, qint64 actual, qint64 expected)
{
    if (isTime(option))
        return actual >= expected && actual < expected + Tick;
    return actual == expected;
}

// Every option of o that is set, as the association has it: what associationOptions() says
// and what the kernel says. Empty when all match, else what differs.
QString mismatches(QSctpSocket *socket, const QSctpAssociationOptions &o)
{
    const QSctpAssociationOptions current = socket->associationOptions();
    QStringList problems;
    for (Option option : AllOptions) {
        if (!o.isSet(option))
            continue;
        const qint64 wanted = valueOf(o, option);
        const qint64 reported = valueOf(current, option);
        const qint64 kernel = kernelValue(socket, option);
        if (!current.isSet(option) || !matches(option, reported, wanted)
            || !matches(option, kernel, wanted)) {
            problems.append(QStringLiteral("%1: set %2, associationOptions() %3, kernel %4")
                                    .arg(optionKey(option))
                                    .arg(wanted)
                                    .arg(reported)
                                    .arg(kernel));
        }
    }
    return problems.join(QStringLiteral("; "));
}

#ifdef QTSCTP_TEST_HAVE_USRSCTP
// usrsctp's defaults, asked from usrsctp itself (its header cannot meet Linux's here).
extern "C" {
uint32_t usrsctp_sysctl_get_sctp_rto_initial_default(void);
uint32_t usrsctp_sysctl_get_sctp_rto_min_default(void);
uint32_t usrsctp_sysctl_get_sctp_rto_max_default(void);
uint32_t usrsctp_sysctl_get_sctp_heartbeat_interval_default(void);
uint32_t usrsctp_sysctl_get_sctp_valid_cookie_life_default(void);
uint32_t usrsctp_sysctl_get_sctp_assoc_rtx_max_default(void);
uint32_t usrsctp_sysctl_get_sctp_path_rtx_max_default(void);
uint32_t usrsctp_sysctl_get_sctp_path_pf_threshold(void);
uint32_t usrsctp_sysctl_get_sctp_delayed_sack_time_default(void);
}
#endif

int usrsctpDefault(Option option)
{
#ifdef QTSCTP_TEST_HAVE_USRSCTP
    switch (option) {
    case QSctpAssociationOptions::RtoInitial:
        return int(usrsctp_sysctl_get_sctp_rto_initial_default());
    case QSctpAssociationOptions::RtoMin:
        return int(usrsctp_sysctl_get_sctp_rto_min_default());
    case QSctpAssociationOptions::RtoMax:
        return int(usrsctp_sysctl_get_sctp_rto_max_default());
    case QSctpAssociationOptions::HeartbeatInterval:
        return int(usrsctp_sysctl_get_sctp_heartbeat_interval_default());
    case QSctpAssociationOptions::CookieLife:
        return int(usrsctp_sysctl_get_sctp_valid_cookie_life_default());
    case QSctpAssociationOptions::AssociationMaxRetransmissions:
        return int(usrsctp_sysctl_get_sctp_assoc_rtx_max_default());
    case QSctpAssociationOptions::PathMaxRetransmissions:
        return int(usrsctp_sysctl_get_sctp_path_rtx_max_default());
    case QSctpAssociationOptions::PotentiallyFailedThreshold:
        return int(usrsctp_sysctl_get_sctp_path_pf_threshold());
    case QSctpAssociationOptions::DelayedAckTime:
        return int(usrsctp_sysctl_get_sctp_delayed_sack_time_default());
    default:
        break;
    }
#endif
    Q_UNUSED(option);
    return -1;
}

int readSysctl(const char *name)
{
    QFile file(QStringLiteral("/proc/sys/net/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const int value = file.readAll().trimmed().toInt(&ok);
    return ok ? value : -1;
}

struct Association
{
    std::unique_ptr<QSctpServer> server = std::make_unique<QSctpServer>();
    std::unique_ptr<QSctpSocket> client = std::make_unique<QSctpSocket>();
    QPointer<QSctpSocket> accepted; // owned by server
};

void establish(Association &a, const QString &listenAddress = QStringLiteral("127.0.0.1:0"))
{
    if (!a.server->isListening())
        QVERIFY2(a.server->listen(listenAddress), qPrintable(a.server->errorString()));
    a.client->connectToHost(a.server->serverAddress());
    QVERIFY2(a.client->waitForConnected(Timeout), qPrintable(a.client->errorString()));
    QVERIFY2(a.server->waitForNewConnection(Timeout), qPrintable(a.server->errorString()));
    a.accepted = a.server->nextPendingConnection();
    QVERIFY(a.accepted);
    a.accepted->setReceiveMode(QSctpSocket::QueueReceiveMode);
}

} // namespace

#define ESTABLISH(...) \
    do { \
        establish(__VA_ARGS__); \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)

#define WAIT_UNTIL(condition, msecs) \
    QVERIFY2(waitUntil([&] { return bool(condition); }, msecs), "timed out waiting for " #condition)

class tst_QSctpOptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // Options (new).
    void defaultsReadBack();
    void setAndReadBack_data();
    void setAndReadBack();
    void optionsBeforeConnect();
    void pathOptions();
    void invalidValues_data();
    void invalidValues();
    void bufferSizes();
    void defaultSendParameters();
    void sackDelayThroughPeerAddrParams();
    // go-sctp's TestSCTPCookieLife, extended to every option.
    void serverOptionsInherited_data();
    void serverOptionsInherited();
    void fragmentationDisabled();

    // Status and paths: go-sctp's TestSCTPStatus, and new ones.
    void associationStatus();
    void pathsOfMultiHomedPeer();
    void setPrimaryPath();
    void statistics();
    void requestPeerPrimaryWithoutAsconf();
    void callsWithoutAssociation();

    // Dynamic addresses: go-sctp's bindx tests.
    void listenerBindAddRemove_data();
    void listenerBindAddRemove();
    void connectionBindAddRemove();
};

void tst_QSctpOptions::initTestCase()
{
    QtSctpTest::prepareEngine();
}

void tst_QSctpOptions::defaultsReadBack()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    // Before connecting: what was requested, nothing yet.
    QCOMPARE(a.client->associationOptions().options(), QSctpAssociationOptions::Options());
    ESTABLISH(a);

    const QSctpAssociationOptions current = a.client->associationOptions();
    QCOMPARE(a.client->error(), QSctpSocket::NoError);
    for (Option option : AllOptions)
        QVERIFY2(current.isSet(option), qPrintable(optionKey(option)));
    // QtSctp's own default, as go-sctp's.
    QVERIFY(current.noDelay());
    QVERIFY(!current.isFragmentationDisabled());
    QCOMPARE(current.adaptationIndication(), quint32(0));
    // The kernel's defaults come from its sysctls.
    const struct
    {
        Option option;
        const char *sysctl;
    } fromSysctl[] = {
            {QSctpAssociationOptions::RtoInitial, "sctp/rto_initial"},
            {QSctpAssociationOptions::RtoMin, "sctp/rto_min"},
            {QSctpAssociationOptions::RtoMax, "sctp/rto_max"},
            {QSctpAssociationOptions::HeartbeatInterval, "sctp/hb_interval"},
            {QSctpAssociationOptions::CookieLife, "sctp/valid_cookie_life"},
            {QSctpAssociationOptions::AssociationMaxRetransmissions,
             "sctp/association_max_retrans"},
            {QSctpAssociationOptions::PathMaxRetransmissions, "sctp/path_max_retrans"},
            {QSctpAssociationOptions::PotentiallyFailedThreshold, "sctp/pf_retrans"},
            {QSctpAssociationOptions::DelayedAckTime, "sctp/sack_timeout"},
    };
    for (const auto &entry : fromSysctl) {
        const int expected
                = QtSctpTest::isUsrsctp() ? usrsctpDefault(entry.option) : readSysctl(entry.sysctl);
        QVERIFY2(expected >= 0, entry.sysctl);
        QVERIFY2(matches(entry.option, valueOf(current, entry.option), expected),
                 qPrintable(QStringLiteral("%1: %2, net.%3 is %4")
                                    .arg(optionKey(entry.option))
                                    .arg(valueOf(current, entry.option))
                                    .arg(QString::fromLatin1(entry.sysctl))
                                    .arg(expected)));
    }
    QVERIFY(current.isHeartbeatEnabled());
    QVERIFY(current.maxSegment() > 0);
    QCOMPARE(mismatches(a.client.get(), current), QString());
}

void tst_QSctpOptions::setAndReadBack_data()
{
    QTest::addColumn<Option>("option");
    QTest::addColumn<qint64>("value");
    QTest::newRow("NoDelay off") << QSctpAssociationOptions::NoDelay << qint64(0);
    QTest::newRow("FragmentationDisabled")
            << QSctpAssociationOptions::FragmentationDisabled << qint64(1);
    QTest::newRow("AdaptationIndication")
            << QSctpAssociationOptions::AdaptationIndication << qint64(0x01020304);
    QTest::newRow("HeartbeatInterval") << QSctpAssociationOptions::HeartbeatInterval << qint64(250);
    QTest::newRow("HeartbeatInterval, rounded to a tick")
            << QSctpAssociationOptions::HeartbeatInterval << qint64(1234);
    QTest::newRow("HeartbeatInterval 0") << QSctpAssociationOptions::HeartbeatInterval << qint64(0);
    QTest::newRow("HeartbeatEnabled off") << QSctpAssociationOptions::HeartbeatEnabled << qint64(0);
    QTest::newRow("CookieLife") << QSctpAssociationOptions::CookieLife << qint64(12345);
    QTest::newRow("AssociationMaxRetransmissions")
            << QSctpAssociationOptions::AssociationMaxRetransmissions << qint64(7);
    QTest::newRow("RtoInitial") << QSctpAssociationOptions::RtoInitial << qint64(2000);
    QTest::newRow("RtoMin") << QSctpAssociationOptions::RtoMin << qint64(200);
    QTest::newRow("RtoMax") << QSctpAssociationOptions::RtoMax << qint64(5000);
    QTest::newRow("PathMaxRetransmissions")
            << QSctpAssociationOptions::PathMaxRetransmissions << qint64(3);
    QTest::newRow("PotentiallyFailedThreshold")
            << QSctpAssociationOptions::PotentiallyFailedThreshold << qint64(2);
    QTest::newRow("MaxSegment") << QSctpAssociationOptions::MaxSegment << qint64(1000);
    QTest::newRow("PartialDeliveryPoint")
            << QSctpAssociationOptions::PartialDeliveryPoint << qint64(4096);
    QTest::newRow("DelayedAckTime") << QSctpAssociationOptions::DelayedAckTime << qint64(100);
    QTest::newRow("DelayedAckFrequency")
            << QSctpAssociationOptions::DelayedAckFrequency << qint64(3);
    QTest::newRow("DelayedAckFrequency 1 (off)")
            << QSctpAssociationOptions::DelayedAckFrequency << qint64(1);
}

// Each option on a connected socket: set, read back, and nothing else changes.
void tst_QSctpOptions::setAndReadBack()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(Option, option);
    QFETCH(qint64, value);
    Association a;
    ESTABLISH(a);

    const QSctpAssociationOptions before = a.client->associationOptions();
    QVERIFY2(!matches(option, valueOf(before, option), value),
             "the row's value is the default: it proves nothing");
    QSctpAssociationOptions o;
    setValue(&o, option, value);
    QCOMPARE(o.options(), QSctpAssociationOptions::Options(option));
    QVERIFY2(a.client->setAssociationOptions(o), qPrintable(a.client->errorString()));
    QCOMPARE(mismatches(a.client.get(), o), QString());

    const QSctpAssociationOptions after = a.client->associationOptions();
    // A frequency of 1 switches delayed SACK off, and the kernel then reports no delay (usrsctp
    // keeps reporting the delay it would use).
    const bool sackOff = option == QSctpAssociationOptions::DelayedAckFrequency && value == 1;
    if (sackOff)
        QCOMPARE(after.delayedAckTime(),
                 QtSctpTest::isUsrsctp() ? before.delayedAckTime() : quint32(0));
    for (Option other : AllOptions) {
        if (other == option || (sackOff && other == QSctpAssociationOptions::DelayedAckTime))
            continue;
        QVERIFY2(valueOf(after, other) == valueOf(before, other),
                 qPrintable(QStringLiteral("%1 changed from %2 to %3")
                                    .arg(optionKey(other))
                                    .arg(valueOf(before, other))
                                    .arg(valueOf(after, other))));
    }
    // The peer's end is its own.
    QVERIFY(!matches(option, kernelValue(a.accepted, option), value));
    QCOMPARE(a.client->error(), QSctpSocket::NoError);

    if (sackOff) {
        // On again, with the delay it had.
        QSctpAssociationOptions on;
        on.setDelayedAckFrequency(before.delayedAckFrequency());
        QVERIFY(a.client->setAssociationOptions(on));
        QCOMPARE(a.client->associationOptions().delayedAckTime(), before.delayedAckTime());
    }
}

void tst_QSctpOptions::optionsBeforeConnect()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QSctpAssociationOptions o;
    o.setNoDelay(false);
    o.setRtoInitial(500);
    o.setRtoMin(200);
    o.setRtoMax(3000);
    o.setHeartbeatInterval(500);
    o.setPathMaxRetransmissions(3);
    o.setPotentiallyFailedThreshold(1);
    o.setDelayedAckTime(100);
    o.setDelayedAckFrequency(2);
    o.setMaxSegment(1100);
    o.setPartialDeliveryPoint(5000);
    o.setCookieLife(30000);
    o.setAdaptationIndication(7);

    Association a;
    QVERIFY(a.client->setAssociationOptions(o));
    QCOMPARE(a.client->associationOptions(), o); // requested, not yet applied
    QSctpAssociationOptions more;
    more.setHeartbeatEnabled(true);
    more.setRtoMin(150); // replaces the one set before
    QVERIFY(a.client->setAssociationOptions(more));
    o.merge(more);
    QCOMPARE(a.client->associationOptions(), o);
    QCOMPARE(a.client->associationOptions().rtoMin(), quint32(150));

    ESTABLISH(a);
    QCOMPARE(mismatches(a.client.get(), o), QString());
}

void tst_QSctpOptions::pathOptions()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    QSctpAssociationOptions o;
    QVERIFY(!a.client->setPathOptions(ip("127.0.0.1"), o));
    QCOMPARE(a.client->error(), QSctpSocket::OperationError);
    QTSCTP_ALIASES_REFUSED_ON_USRSCTP(a.server.get(), QStringLiteral("127.0.0.1/127.0.0.2:0"));
    ESTABLISH(a, QStringLiteral("127.0.0.1/127.0.0.2:0"));

    const QSctpAssociationOptions first = a.client->pathOptions(ip("127.0.0.1"));
    QCOMPARE(first.options(),
             QSctpAssociationOptions::Options::fromInt(QSctpAssociationOptions::PathOptions));

    QSctpAssociationOptions second;
    second.setHeartbeatInterval(300);
    second.setPathMaxRetransmissions(4);
    second.setPotentiallyFailedThreshold(2);
    QVERIFY2(a.client->setPathOptions(ip("127.0.0.2"), second),
             qPrintable(a.client->errorString()));
    const QSctpAssociationOptions back = a.client->pathOptions(ip("127.0.0.2"));
    QVERIFY(matches(QSctpAssociationOptions::HeartbeatInterval, back.heartbeatInterval(), 300));
    QCOMPARE(back.pathMaxRetransmissions(), quint16(4));
    QCOMPARE(back.potentiallyFailedThreshold(), quint16(2));
    QVERIFY(back.isHeartbeatEnabled());
    // The other path keeps its own.
    QCOMPARE(a.client->pathOptions(ip("127.0.0.1")), first);

    QSctpAssociationOptions off;
    off.setHeartbeatEnabled(false);
    QVERIFY(a.client->setPathOptions(ip("127.0.0.1"), off));
    QVERIFY(!a.client->pathOptions(ip("127.0.0.1")).isHeartbeatEnabled());
    QVERIFY(a.client->pathOptions(ip("127.0.0.2")).isHeartbeatEnabled());
    QCOMPARE(a.client->error(), QSctpSocket::NoError);

    // Only per-path options, and only on addresses of the peer.
    QSctpAssociationOptions notPerPath;
    notPerPath.setRtoMin(200);
    QVERIFY(!a.client->setPathOptions(ip("127.0.0.2"), notPerPath));
    QCOMPARE(a.client->error(), QSctpSocket::OperationError);
    QVERIFY(!a.client->setPathOptions(ip("10.9.9.9"), second));
    QCOMPARE(a.client->error(), QSctpSocket::InvalidAddressError);
    QVERIFY2(a.client->errorString().contains(QStringLiteral("10.9.9.9")),
             qPrintable(a.client->errorString()));
    QCOMPARE(a.client->pathOptions(ip("10.9.9.9")).options(), QSctpAssociationOptions::Options());
    QCOMPARE(a.client->error(), QSctpSocket::InvalidAddressError);
}

void tst_QSctpOptions::invalidValues_data()
{
    QTest::addColumn<QSctpAssociationOptions>("options");
    QTest::addColumn<QString>("name"); // what the error must say

    QSctpAssociationOptions o;
    o.setRtoMin(3000);
    o.setRtoMax(1000);
    QTest::newRow("RTO min above max") << o << QStringLiteral("SCTP_RTOINFO");
    o = {};
    o.setRtoMax(500); // below the default minimum of 1 s
    QTest::newRow("RTO max below the minimum") << o << QStringLiteral("SCTP_RTOINFO");
    o = {};
    o.setDelayedAckTime(600);
    QTest::newRow("delayed SACK over 500 ms") << o << QStringLiteral("SCTP_DELAYED_SACK");
    o = {};
    o.setMaxSegment(100);
    QTest::newRow("segment too small") << o << QStringLiteral("SCTP_MAXSEG");
}

// A value the kernel refuses: false, an error naming the option, and nothing changed.
void tst_QSctpOptions::invalidValues()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QSctpAssociationOptions, options);
    QFETCH(QString, name);

    Association a;
    ESTABLISH(a);
    const QSctpAssociationOptions before = a.client->associationOptions();
    QSignalSpy errors(a.client.get(), &QSctpSocket::errorOccurred);
    if (QtSctpTest::isUsrsctp() && name == QLatin1String("SCTP_MAXSEG")) {
        // usrsctp takes any segment size (it only ever lowers the fragmentation point).
        QVERIFY2(a.client->setAssociationOptions(options), qPrintable(a.client->errorString()));
        QCOMPARE(a.client->associationOptions().maxSegment(), options.maxSegment());
        QVERIFY(errors.isEmpty());
        return;
    }
    QVERIFY(!a.client->setAssociationOptions(options));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(a.client->error(), QSctpSocket::OptionError);
    QVERIFY2(a.client->errorString().contains(name), qPrintable(a.client->errorString()));
    QCOMPARE(a.client->associationOptions(), before);
    QCOMPARE(a.client->state(), QSctpSocket::ConnectedState);

    // On a listening server.
    QVERIFY(!a.server->setAssociationOptions(options));
    QCOMPARE(a.server->serverError(), QSctpSocket::OptionError);
    QVERIFY2(a.server->errorString().contains(name), qPrintable(a.server->errorString()));
    QCOMPARE(a.server->associationOptions(), QSctpAssociationOptions());

    // Set before listen() or connect: listen() and the connect fail with the option's name.
    QSctpServer server;
    QVERIFY(server.setAssociationOptions(options));
    QVERIFY(!server.listen(QStringLiteral("127.0.0.1:0")));
    QCOMPARE(server.serverError(), QSctpSocket::OptionError);
    QVERIFY2(server.errorString().contains(name), qPrintable(server.errorString()));
    QSctpSocket socket;
    QVERIFY(socket.setAssociationOptions(options));
    socket.connectToHost(a.server->serverAddress());
    QVERIFY(!socket.waitForConnected(Timeout));
    QCOMPARE(socket.state(), QSctpSocket::UnconnectedState);
    QCOMPARE(socket.error(), QSctpSocket::OptionError);
    QVERIFY2(socket.errorString().contains(name), qPrintable(socket.errorString()));
}

// SCTP_DEFAULT_SNDINFO: what write() sends with, in the kernel and in the library.
void tst_QSctpOptions::defaultSendParameters()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    const auto kernelDefault = [](const QObject *socket) {
        sctp_sndinfo info{};
        if (!QtSctpTest::engineOption(socket, IPPROTO_SCTP, SCTP_DEFAULT_SNDINFO, &info))
            return QString();
        return QStringLiteral("%1/%2/%3/%4")
                .arg(info.snd_sid)
                .arg(ntohl(info.snd_ppid))
                .arg(info.snd_context)
                .arg(info.snd_flags & SCTP_UNORDERED ? 1 : 0);
    };

    Association a;
    QCOMPARE(a.client->defaultSendParameters().stream(), quint16(0));
    QCOMPARE(a.client->defaultSendParameters().payloadProtocolId(), 0u);
    QSctpMessage parameters(QByteArrayLiteral("ignored"), 3, 46);
    parameters.setContext(7);
    parameters.setUnordered(true);
    QVERIFY(a.client->setDefaultSendParameters(parameters)); // before connecting: remembered
    ESTABLISH(a);
    QCOMPARE(kernelDefault(a.client.get()), QStringLiteral("3/46/7/1"));

    QCOMPARE(a.client->write("diameter"), qint64(8));
    WAIT_UNTIL(a.accepted->hasPendingMessages(), Timeout);
    const QSctpMessage received = a.accepted->readMessage();
    QCOMPARE(received.payload(), QByteArrayLiteral("diameter"));
    QCOMPARE(received.stream(), quint16(3));
    QCOMPARE(received.payloadProtocolId(), 46u);
    QVERIFY(received.isUnordered());

    // Connected: a stream beyond the outbound count is refused, and nothing changes.
    QSignalSpy errors(a.client.get(), &QSctpSocket::errorOccurred);
    QVERIFY(!a.client->setDefaultSendParameters(QSctpMessage(QByteArray(), 10, 18)));
    QCOMPARE(a.client->error(), QSctpSocket::InvalidStreamError);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(a.client->defaultSendParameters().stream(), quint16(3));
    QCOMPARE(kernelDefault(a.client.get()), QStringLiteral("3/46/7/1"));

    // And changed at once on the connected socket.
    QVERIFY(a.client->setDefaultSendParameters(QSctpMessage(QByteArray(), 9, 60)));
    QCOMPARE(kernelDefault(a.client.get()), QStringLiteral("9/60/0/0"));
    QCOMPARE(a.client->write("ngap"), qint64(4));
    WAIT_UNTIL(a.accepted->hasPendingMessages(), Timeout);
    const QSctpMessage second = a.accepted->readMessage();
    QCOMPARE(second.stream(), quint16(9));
    QCOMPARE(second.payloadProtocolId(), 60u);
    QVERIFY(!second.isUnordered());
}

// Linux's SPP_SACKDELAY_ENABLE/DISABLE in SCTP_PEER_ADDR_PARAMS and SCTP_DELAYED_SACK are two
// faces of one setting; the usrsctp engine maps the first onto the second (usrsctp has only
// that one).
void tst_QSctpOptions::sackDelayThroughPeerAddrParams()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    ESTABLISH(a);
    const auto setParams = [&](quint32 flags, quint32 delay) {
        sctp_paddrparams params{};
        params.spp_flags = flags;
        params.spp_sackdelay = delay;
        return QtSctpTest::setEngineOption(a.client.get(), IPPROTO_SCTP, SCTP_PEER_ADDR_PARAMS,
                                           params);
    };
    sctp_sack_info sack{};
    sctp_paddrparams params{};

    QVERIFY(setParams(SPP_SACKDELAY_ENABLE, 150));
    QVERIFY(QtSctpTest::engineOption(a.client.get(), IPPROTO_SCTP, SCTP_DELAYED_SACK, &sack));
    QVERIFY2(matches(QSctpAssociationOptions::DelayedAckTime, sack.sack_delay, 150),
             qPrintable(QString::number(sack.sack_delay)));
    QVERIFY(sack.sack_freq >= 2);
    QVERIFY(QtSctpTest::engineOption(a.client.get(), IPPROTO_SCTP, SCTP_PEER_ADDR_PARAMS, &params));
    QVERIFY(params.spp_flags & SPP_SACKDELAY_ENABLE);
    QVERIFY(!(params.spp_flags & SPP_SACKDELAY_DISABLE));
    QVERIFY(matches(QSctpAssociationOptions::DelayedAckTime, params.spp_sackdelay, 150));
    QCOMPARE(a.client->associationOptions().delayedAckTime(), sack.sack_delay);

    // Off: a SACK for every packet.
    QVERIFY(setParams(SPP_SACKDELAY_DISABLE, 0));
    QVERIFY(QtSctpTest::engineOption(a.client.get(), IPPROTO_SCTP, SCTP_DELAYED_SACK, &sack));
    QCOMPARE(sack.sack_freq, 1u);
    QVERIFY(QtSctpTest::engineOption(a.client.get(), IPPROTO_SCTP, SCTP_PEER_ADDR_PARAMS, &params));
    QVERIFY(params.spp_flags & SPP_SACKDELAY_DISABLE);
    QCOMPARE(a.client->associationOptions().delayedAckFrequency(), 1u);

    // And on again.
    QVERIFY(setParams(SPP_SACKDELAY_ENABLE, 120));
    QVERIFY(QtSctpTest::engineOption(a.client.get(), IPPROTO_SCTP, SCTP_DELAYED_SACK, &sack));
    QVERIFY(sack.sack_freq >= 2);
    QVERIFY(matches(QSctpAssociationOptions::DelayedAckTime, sack.sack_delay, 120));
    QVERIFY(a.client->sendMessage(QByteArrayLiteral("still here")));
    WAIT_UNTIL(a.accepted->pendingMessageCount() == 1, Timeout);
}

void tst_QSctpOptions::bufferSizes()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    // Linux doubles a request, capped at net.core.[wr]mem_max unless the process may force it;
    // usrsctp grants what is asked.
    const bool usrsctp = QtSctpTest::isUsrsctp();
    const bool force = ::geteuid() == 0;
    const int wmemMax = readSysctl("core/wmem_max");
    const int rmemMax = readSysctl("core/rmem_max");
    const auto granted = [force, usrsctp](int requested, int max) {
        if (usrsctp)
            return requested;
        return 2 * (force ? requested : qMin(requested, max));
    };

    QSctpSocket unconnected;
    QCOMPARE(unconnected.sendBufferSize(), 512 * 1024);
    QCOMPARE(unconnected.receiveBufferSize(), 512 * 1024);
    QCOMPARE(unconnected.grantedSendBufferSize(), -1);
    QCOMPARE(unconnected.grantedReceiveBufferSize(), -1);

    Association a;
    QVERIFY(a.client->setSendBufferSize(48 * 1024));
    QVERIFY(a.client->setReceiveBufferSize(96 * 1024));
    a.server->setSendBufferSize(40000);
    a.server->setReceiveBufferSize(80000);
    ESTABLISH(a);
    QCOMPARE(a.client->grantedSendBufferSize(), granted(48 * 1024, wmemMax));
    QCOMPARE(a.client->grantedReceiveBufferSize(), granted(96 * 1024, rmemMax));
    // Accepted sockets have the listener's.
    QCOMPARE(a.accepted->sendBufferSize(), 40000);
    QCOMPARE(a.accepted->grantedSendBufferSize(), granted(40000, wmemMax));
    QCOMPARE(a.accepted->grantedReceiveBufferSize(), granted(80000, rmemMax));

    // At once on a connected socket.
    QVERIFY(a.client->setSendBufferSize(200000));
    QVERIFY(a.client->setReceiveBufferSize(150000));
    QCOMPARE(a.client->sendBufferSize(), 200000);
    QCOMPARE(a.client->grantedSendBufferSize(), granted(200000, wmemMax));
    QCOMPARE(a.client->grantedReceiveBufferSize(), granted(150000, rmemMax));
    int raw = 0;
    QVERIFY(QtSctpTest::engineOption(a.client.get(), SOL_SOCKET, SO_SNDBUF, &raw));
    QCOMPARE(raw, a.client->grantedSendBufferSize());

    a.client->abort();
    QCOMPARE(a.client->grantedSendBufferSize(), -1);
}

void tst_QSctpOptions::serverOptionsInherited_data()
{
    QTest::addColumn<bool>("whileListening");
    QTest::newRow("set before listen()") << false;
    QTest::newRow("set while listening") << true;
}

// go-sctp's TestSCTPCookieLife: what the listener has, the associations it accepts have,
// delayed SACK included (Linux does not copy that one).
void tst_QSctpOptions::serverOptionsInherited()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(bool, whileListening);

    QSctpAssociationOptions o;
    o.setCookieLife(20000);
    o.setDelayedAckTime(120);
    o.setDelayedAckFrequency(4);
    o.setHeartbeatInterval(700);
    o.setRtoInitial(900);
    o.setRtoMin(300);
    o.setRtoMax(4000);
    o.setPathMaxRetransmissions(4);
    o.setPotentiallyFailedThreshold(2);
    o.setAssociationMaxRetransmissions(8);
    o.setMaxSegment(1100);
    o.setPartialDeliveryPoint(3000);
    o.setNoDelay(false);
    o.setAdaptationIndication(0x0a0b0c0d);
    o.setFragmentationDisabled(true);
    o.setHeartbeatEnabled(true);

    Association a;
    if (whileListening)
        QVERIFY(a.server->listen(QStringLiteral("127.0.0.1:0")));
    QVERIFY2(a.server->setAssociationOptions(o), qPrintable(a.server->errorString()));
    QCOMPARE(a.server->associationOptions(), o);
    ESTABLISH(a);

    // The listener itself has them (go-sctp reads the cookie life there too).
    for (Option option :
         {QSctpAssociationOptions::CookieLife, QSctpAssociationOptions::DelayedAckTime,
          QSctpAssociationOptions::RtoMin}) {
        QVERIFY2(matches(option, kernelValue(a.server.get(), option), valueOf(o, option)),
                 qPrintable(optionKey(option)));
    }
    QCOMPARE(mismatches(a.accepted, o), QString());
    // The client did not ask for any of it.
    QVERIFY(!matches(QSctpAssociationOptions::CookieLife,
                     kernelValue(a.client.get(), QSctpAssociationOptions::CookieLife), 20000));
}

// With fragmentation disabled a message larger than the fragmentation point fails at once
// with MessageTooLargeError; with it enabled the same message goes through in pieces.
void tst_QSctpOptions::fragmentationDisabled()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    ESTABLISH(a);

    QSctpAssociationOptions o;
    o.setFragmentationDisabled(true);
    o.setMaxSegment(1200);
    QVERIFY2(a.client->setAssociationOptions(o), qPrintable(a.client->errorString()));
    QCOMPARE(a.client->associationStatus().fragmentationPoint(), quint32(1200));

    QByteArray fits(1200, 'f');
    QVERIFY2(a.client->sendMessage(fits), qPrintable(a.client->errorString()));
    WAIT_UNTIL(a.accepted->pendingMessageCount() == 1, Timeout);
    QCOMPARE(a.accepted->readMessage().payload(), fits);

    QSignalSpy errors(a.client.get(), &QSctpSocket::errorOccurred);
    QVERIFY(!a.client->sendMessage(QByteArray(1201, 'x')));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(a.client->error(), QSctpSocket::MessageTooLargeError);
    QVERIFY2(a.client->errorString().contains(QStringLiteral("1201")),
             qPrintable(a.client->errorString()));
    QCOMPARE(a.client->state(), QSctpSocket::ConnectedState);
    QCOMPARE(a.client->messagesToWrite(), 0);

    // Without the segment limit the fragmentation point follows the path MTU.
    QSctpAssociationOptions mtu;
    mtu.setMaxSegment(0);
    QVERIFY2(a.client->setAssociationOptions(mtu), qPrintable(a.client->errorString()));
    const QSctpAssociationStatus status = a.client->associationStatus();
    const quint32 point = status.fragmentationPoint();
    QVERIFY2(point > 1200 && point < status.primaryPath().mtu(),
             qPrintable(QStringLiteral("fragmentation point %1, path MTU %2")
                                .arg(point)
                                .arg(status.primaryPath().mtu())));
    QVERIFY(!a.client->sendMessage(QByteArray(int(point) + 1, 'y')));
    QCOMPARE(a.client->error(), QSctpSocket::MessageTooLargeError);

    // Fragmentation back on: the same size goes through, reassembled.
    QSctpAssociationOptions on;
    on.setFragmentationDisabled(false);
    QVERIFY(a.client->setAssociationOptions(on));
    QByteArray big(int(point) * 3, 'z');
    for (int i = 0; i < big.size(); i += 997)
        big[i] = char(i);
    QVERIFY2(a.client->sendMessage(big), qPrintable(a.client->errorString()));
    WAIT_UNTIL(a.accepted->pendingMessageCount() == 1, Timeout);
    QCOMPARE(a.accepted->readMessage().payload(), big);
}

// go-sctp's TestSCTPStatus: each side's stream counts are the minimum of the two offers.
void tst_QSctpOptions::associationStatus()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    QSctpInitOptions init;
    init.setOutboundStreams(11);
    init.setMaxInboundStreams(9);
    a.client->setInitOptions(init);
    ESTABLISH(a);

    // Remote outbound 11, our inbound 10: 10. Remote inbound 9, our outbound 10: 9.
    const QSctpAssociationStatus accepted = a.accepted->associationStatus();
    QCOMPARE(a.accepted->error(), QSctpSocket::NoError);
    QCOMPARE(accepted.state(), QSctpAssociationStatus::Established);
    QCOMPARE(accepted.inboundStreams(), quint16(10));
    QCOMPARE(accepted.outboundStreams(), quint16(9));
    QCOMPARE(a.accepted->inboundStreamCount(), 10);
    QCOMPARE(a.accepted->outboundStreamCount(), 9);
    QVERIFY(accepted.receiveWindow() > 0);
    QVERIFY(accepted.fragmentationPoint() > 0);
    QCOMPARE(plain(accepted.primaryPath().address()), ip("127.0.0.1"));
    QCOMPARE(accepted.primaryPath().port(), a.client->localAddress().port());
    QVERIFY(accepted.primaryPath().isPrimary());
    QCOMPARE(accepted.primaryPath().state(), QSctpPeerAddressInfo::Active);

    const QSctpAssociationStatus client = a.client->associationStatus();
    QCOMPARE(client.state(), QSctpAssociationStatus::Established);
    QCOMPARE(client.inboundStreams(), quint16(9));
    QCOMPARE(client.outboundStreams(), quint16(10));
    QCOMPARE(client.primaryPath().port(), a.server->serverPort());
    QVERIFY(client.primaryPath().mtu() > 0);
    QVERIFY(client.primaryPath().retransmissionTimeout() > 0);
    QVERIFY(client.primaryPath().congestionWindow() > 0);

    // Queues: what the peer holds unread shrinks its window; nothing is missing or
    // unacknowledged on a path that loses nothing.
    const quint32 window = client.receiveWindow();
    QVERIFY(window > 8000);
    a.accepted->setMaxPendingMessages(1);
    QVERIFY(a.client->sendMessage(QByteArrayLiteral("read into the queue")));
    QVERIFY(a.client->sendMessage(QByteArray(8000, 'k'))); // stays in the peer's kernel
    WAIT_UNTIL(a.accepted->pendingMessageCount() == 1, Timeout);
    WAIT_UNTIL(a.client->associationStatus().receiveWindow() <= window - 8000, Timeout);
    WAIT_UNTIL(a.client->associationStatus().unacknowledgedChunks() == 0, Timeout);
    QCOMPARE(a.accepted->associationStatus().pendingChunks(), quint16(0));

    // Without an association: an error and a default.
    a.client->abort();
    QCOMPARE(a.client->associationStatus(), QSctpAssociationStatus());
    QCOMPARE(a.client->error(), QSctpSocket::OperationError);
}

void tst_QSctpOptions::pathsOfMultiHomedPeer()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    // Unconfirmed paths are probed at the RTO: keep it short.
    QSctpAssociationOptions fast;
    fast.setRtoInitial(200);
    fast.setRtoMin(100);
    QVERIFY(a.client->setAssociationOptions(fast));
    QTSCTP_ALIASES_REFUSED_ON_USRSCTP(a.server.get(),
                                      QStringLiteral("127.0.0.1/127.0.0.2/127.0.0.3:0"));
    ESTABLISH(a, QStringLiteral("127.0.0.1/127.0.0.2/127.0.0.3:0"));

    const QStringList expected = {QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2"),
                                  QStringLiteral("127.0.0.3")};
    QList<QSctpPeerAddressInfo> paths;
    const auto allActive = [&] {
        paths = a.client->paths();
        return paths.size() == 3 && std::all_of(paths.cbegin(), paths.cend(), [](const auto &p) {
                   return p.state() == QSctpPeerAddressInfo::Active;
               });
    };
    QVERIFY2(waitUntil(allActive), qPrintable(QDebug::toString(paths)));
    QList<QHostAddress> addresses;
    for (const QSctpPeerAddressInfo &p : paths)
        addresses.append(p.address());
    QCOMPARE(plainNames(addresses), expected);
    const QHostAddress primary = a.client->associationStatus().primaryPath().address();
    QCOMPARE(std::count_if(paths.cbegin(), paths.cend(),
                           [](const QSctpPeerAddressInfo &p) { return p.isPrimary(); }),
             1);
    for (const QSctpPeerAddressInfo &p : paths) {
        QCOMPARE(p.port(), a.server->serverPort());
        QCOMPARE(p.isPrimary(), plain(p.address()) == plain(primary));
        QVERIFY(p.mtu() > 0);
        QVERIFY(p.retransmissionTimeout() >= 100);
        QVERIFY(p.congestionWindow() > 0);
        // pathInfo() of the same address says the same, except for the primary flag, which
        // only paths() and associationStatus() know.
        QSctpPeerAddressInfo single = a.client->pathInfo(p.address());
        QCOMPARE(single.state(), p.state());
        QCOMPARE(plain(single.address()), plain(p.address()));
        QCOMPARE(single.mtu(), p.mtu());
    }
    QCOMPARE(a.client->error(), QSctpSocket::NoError);

    // The accepted end sees the client's address.
    bool found = false;
    for (const QSctpPeerAddressInfo &p : a.accepted->paths())
        found = found || (plain(p.address()) == ip("127.0.0.1") && p.isPrimary());
    QVERIFY(found);

    QCOMPARE(a.client->pathInfo(ip("10.9.9.9")).state(), QSctpPeerAddressInfo::Unknown);
    QCOMPARE(a.client->error(), QSctpSocket::InvalidAddressError);
    QVERIFY2(a.client->errorString().contains(QStringLiteral("10.9.9.9")),
             qPrintable(a.client->errorString()));
}

void tst_QSctpOptions::setPrimaryPath()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    QList<QSctpPeerAddressChange> changes;
    connect(a.client.get(), &QSctpSocket::peerAddressChanged, a.client.get(),
            [&](const QSctpPeerAddressChange &c) { changes.append(c); });
    QTSCTP_ALIASES_REFUSED_ON_USRSCTP(a.server.get(),
                                      QStringLiteral("127.0.0.1/127.0.0.2/127.0.0.3:0"));
    ESTABLISH(a, QStringLiteral("127.0.0.1/127.0.0.2/127.0.0.3:0"));

    for (const char *target : {"127.0.0.3", "127.0.0.2", "127.0.0.1"}) {
        QVERIFY2(a.client->setPrimaryPath(ip(target)), qPrintable(a.client->errorString()));
        QCOMPARE(plain(a.client->associationStatus().primaryPath().address()), ip(target));
        for (const QSctpPeerAddressInfo &p : a.client->paths())
            QCOMPARE(p.isPrimary(), plain(p.address()) == ip(target));
        // Linux 5.5 and later say so with a peer address change.
        WAIT_UNTIL(std::any_of(changes.cbegin(), changes.cend(),
                               [&](const QSctpPeerAddressChange &c) {
                                   return c.state() == QSctpPeerAddressChange::AddressMadePrimary
                                           && plain(c.address()) == ip(target);
                               }),
                   Timeout);
        // Traffic still flows.
        QVERIFY(a.client->sendMessage(QByteArray(target)));
        WAIT_UNTIL(a.accepted->pendingMessageCount() == 1, Timeout);
        QCOMPARE(a.accepted->readMessage().payload(), QByteArray(target));
    }
    QVERIFY(!a.client->setPrimaryPath(ip("10.9.9.9")));
    QCOMPARE(a.client->error(), QSctpSocket::InvalidAddressError);
    QCOMPARE(plain(a.client->associationStatus().primaryPath().address()), ip("127.0.0.1"));
}

void tst_QSctpOptions::statistics()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    ESTABLISH(a);
    if (QtSctpTest::isUsrsctp()) {
        // usrsctp keeps no counters per association (SCTP_GET_ASSOC_STATS is Linux's).
        QCOMPARE(a.client->statistics(), QSctpAssociationStatistics());
        QCOMPARE(a.client->error(), QSctpSocket::UnsupportedError);
        QVERIFY2(a.client->errorString().contains(
                         QLatin1String("SCTP_GET_ASSOC_STATS is not supported by the usrsctp "
                                       "engine")),
                 qPrintable(a.client->errorString()));
        QCOMPARE(a.client->state(), QSctpSocket::ConnectedState);
        return;
    }
    const QSctpAssociationStatistics clientBefore = a.client->statistics();
    const QSctpAssociationStatistics acceptedBefore = a.accepted->statistics();
    QCOMPARE(a.client->error(), QSctpSocket::NoError);

    constexpr int Ordered = 50;
    constexpr int Unordered = 20;
    for (int i = 0; i < Ordered; ++i)
        QVERIFY(a.client->sendMessage(QByteArray(100, 'o'), quint16(i % 5)));
    for (int i = 0; i < Unordered; ++i)
        QVERIFY(a.client->sendMessage(QByteArray(100, 'u'), 0, 0, QSctpSocket::UnorderedSend));
    WAIT_UNTIL(a.accepted->pendingMessageCount() == Ordered + Unordered, Timeout);
    WAIT_UNTIL(a.client->associationStatus().unacknowledgedChunks() == 0, Timeout);

    const QSctpAssociationStatistics client = a.client->statistics();
    const QSctpAssociationStatistics accepted = a.accepted->statistics();
    QCOMPARE(client.orderedChunksSent - clientBefore.orderedChunksSent, quint64(Ordered));
    QCOMPARE(client.unorderedChunksSent - clientBefore.unorderedChunksSent, quint64(Unordered));
    QCOMPARE(accepted.orderedChunksReceived - acceptedBefore.orderedChunksReceived,
             quint64(Ordered));
    QCOMPARE(accepted.unorderedChunksReceived - acceptedBefore.unorderedChunksReceived,
             quint64(Unordered));
    QVERIFY(client.packetsSent > clientBefore.packetsSent);
    QVERIFY(client.sacksReceived > clientBefore.sacksReceived);
    QVERIFY(accepted.sacksSent > acceptedBefore.sacksSent);
    QVERIFY(accepted.packetsReceived > acceptedBefore.packetsReceived);
    QCOMPARE(client.retransmittedChunks, quint64(0)); // loopback loses nothing
    // Control chunks: the SACKs at least.
    QVERIFY(client.controlChunksReceived >= client.sacksReceived);
    QCOMPARE(a.client->error(), QSctpSocket::NoError);
}

void tst_QSctpOptions::requestPeerPrimaryWithoutAsconf()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    // usrsctp does ASCONF unless told not to (its sctp_asconf_enable).
    const int addip = QtSctpTest::isUsrsctp() ? 1 : readSysctl("sctp/addip_enable");
    QVERIFY(addip >= 0);
    Association a;
    ESTABLISH(a);
    const bool ok = a.client->requestPeerPrimary(ip("127.0.0.1"));
    if (addip == 0) {
        // Said by name, not as a bare EPERM.
        QVERIFY(!ok);
        QCOMPARE(a.client->error(), QSctpSocket::UnsupportedError);
        QVERIFY2(a.client->errorString().contains(QStringLiteral("addip_enable")),
                 qPrintable(a.client->errorString()));
    } else if (!ok) {
        QCOMPARE(a.client->error(), QSctpSocket::UnsupportedError);
    }
    QVERIFY(!a.client->requestPeerPrimary(ip("10.9.9.9")));
    QCOMPARE(a.client->state(), QSctpSocket::ConnectedState);
}

void tst_QSctpOptions::callsWithoutAssociation()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QSctpSocket socket;
    const auto expectOperationError = [&](const char *what) {
        QVERIFY2(socket.error() == QSctpSocket::OperationError, what);
        QVERIFY2(!socket.errorString().isEmpty(), what);
    };
    QCOMPARE(socket.associationStatus(), QSctpAssociationStatus());
    expectOperationError("associationStatus");
    QVERIFY(socket.paths().isEmpty());
    expectOperationError("paths");
    QCOMPARE(socket.pathInfo(ip("127.0.0.1")).state(), QSctpPeerAddressInfo::Unknown);
    expectOperationError("pathInfo");
    QCOMPARE(socket.statistics(), QSctpAssociationStatistics());
    expectOperationError("statistics");
    QVERIFY(!socket.setPrimaryPath(ip("127.0.0.1")));
    expectOperationError("setPrimaryPath");
    QVERIFY(!socket.requestPeerPrimary(ip("127.0.0.1")));
    expectOperationError("requestPeerPrimary");
    QVERIFY(!socket.bindAdd(address("127.0.0.2:0")));
    expectOperationError("bindAdd");
    QVERIFY(!socket.bindRemove(address("127.0.0.2:0")));
    expectOperationError("bindRemove");
    QCOMPARE(socket.pathOptions(ip("127.0.0.1")).options(), QSctpAssociationOptions::Options());
    expectOperationError("pathOptions");

    QSctpServer server;
    QVERIFY(!server.bindAdd(address("127.0.0.2:0")));
    QCOMPARE(server.serverError(), QSctpSocket::OperationError);
    QVERIFY(!server.bindRemove(address("127.0.0.2:0")));
    QCOMPARE(server.serverError(), QSctpSocket::OperationError);
}

void tst_QSctpOptions::listenerBindAddRemove_data()
{
    QTest::addColumn<QString>("listen");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QSctpAddress::Network>("network");
    QTest::newRow("sctp4") << QStringLiteral("127.0.0.1/127.0.0.2/127.0.0.3/127.0.0.4:0")
                           << QStringLiteral("127.0.0.2/127.0.0.1:0") << QSctpAddress::Sctp4;
    QTest::newRow("sctp, with ::1")
            << QStringLiteral("[::1]/127.0.0.1/127.0.0.2/127.0.0.3/127.0.0.4:0")
            << QStringLiteral("[::1]/127.0.0.2/127.0.0.1:0") << QSctpAddress::Sctp;
}

// go-sctp's TestListenerBindAddRemove, and what the change means for new associations.
void tst_QSctpOptions::listenerBindAddRemove()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QString, listen);
    QFETCH(QString, change);
    QFETCH(QSctpAddress::Network, network);

    QSctpServer server;
    QTSCTP_ALIASES_REFUSED_ON_USRSCTP(&server, listen, network);
    QVERIFY2(server.listen(listen, network), qPrintable(server.errorString()));
    const QStringList all = plainNames(server.serverAddress().addresses());
    QCOMPARE(all.size(), listen.count(u'/') + 1);
    QString parseError;
    const QSctpAddress changed = QSctpAddress::fromString(change, &parseError);
    QVERIFY2(parseError.isEmpty() && !changed.addresses().isEmpty(), qPrintable(parseError));
    const QStringList removed = plainNames(changed.addresses());

    QVERIFY2(server.bindRemove(QSctpAddress(changed.addresses(), 0)),
             qPrintable(server.errorString()));
    QStringList remaining = all;
    for (const QString &r : removed)
        remaining.removeAll(r);
    QCOMPARE(plainNames(server.serverAddress().addresses()), remaining);
    QCOMPARE(server.serverAddress().port(), server.serverPort());

    // Nobody listens on 127.0.0.1 now; 127.0.0.3 still answers.
    {
        QSctpSocket refused;
        refused.connectToHost(QSctpAddress(ip("127.0.0.1"), server.serverPort()));
        QVERIFY(!refused.waitForConnected(Timeout));
        QCOMPARE(refused.error(), QSctpSocket::ConnectionRefusedError);
        QSctpSocket answered;
        answered.connectToHost(QSctpAddress(ip("127.0.0.3"), server.serverPort()));
        QVERIFY2(answered.waitForConnected(Timeout), qPrintable(answered.errorString()));
        QVERIFY(server.waitForNewConnection(Timeout));
        delete server.nextPendingConnection();
    }

    // Back again, with port 0 meaning the server's.
    QVERIFY2(server.bindAdd(QSctpAddress(changed.addresses(), 0)),
             qPrintable(server.errorString()));
    QCOMPARE(plainNames(server.serverAddress().addresses()), all);
    QSctpSocket client;
    client.connectToHost(QSctpAddress(ip("127.0.0.1"), server.serverPort()));
    QVERIFY2(client.waitForConnected(Timeout), qPrintable(client.errorString()));
    QVERIFY(server.waitForNewConnection(Timeout));

    // The last address cannot go.
    QList<QHostAddress> allButOne;
    for (const QHostAddress &h : server.serverAddress().addresses()) {
        if (plain(h) != ip("127.0.0.4"))
            allButOne.append(h);
    }
    QVERIFY2(server.bindRemove(QSctpAddress(allButOne, 0)), qPrintable(server.errorString()));
    QVERIFY(!server.bindRemove(QSctpAddress(ip("127.0.0.4"), 0)));
    QVERIFY(server.serverError() != QSctpSocket::NoError);
    QVERIFY2(server.errorString().contains(QStringLiteral("127.0.0.4")),
             qPrintable(server.errorString()));
    QVERIFY(plainNames(server.serverAddress().addresses()).contains(QStringLiteral("127.0.0.4")));
    QVERIFY(server.isListening());
}

// go-sctp's TestSCTPConnBindAddRemove.
void tst_QSctpOptions::connectionBindAddRemove()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    a.client->setLocalBindAddress(address("127.0.0.1:0"));
    ESTABLISH(a);
    const quint16 port = a.client->localAddress().port();

    if (QtSctpTest::isUsrsctp()) {
        // Only addresses of the host's interfaces: refused with the reason, and nothing else
        // changes.
        QVERIFY(!a.client->bindAdd(QSctpAddress({ip("127.0.0.2"), ip("127.0.0.3")}, 0)));
        QCOMPARE(a.client->error(), QSctpSocket::AddressNotAvailableError);
        QVERIFY2(a.client->errorString().contains(QLatin1String("usrsctp engine binds only")),
                 qPrintable(a.client->errorString()));
        QVERIFY(a.client->sendMessage(QByteArrayLiteral("still here")));
        WAIT_UNTIL(a.accepted->pendingMessageCount() == 1, Timeout);
        QCOMPARE(a.client->state(), QSctpSocket::ConnectedState);
        return;
    }
    QVERIFY2(a.client->bindAdd(QSctpAddress({ip("127.0.0.2"), ip("127.0.0.3")}, 0)),
             qPrintable(a.client->errorString()));
    QCOMPARE(plainNames(a.client->localAddress().addresses()),
             QStringList({QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2"),
                          QStringLiteral("127.0.0.3")}));
    QCOMPARE(a.client->localAddress().port(), port);

    QVERIFY2(a.client->bindRemove(QSctpAddress({ip("127.0.0.1"), ip("127.0.0.2")}, 0)),
             qPrintable(a.client->errorString()));
    QCOMPARE(plainNames(a.client->localAddress().addresses()),
             QStringList({QStringLiteral("127.0.0.3")}));

    // An address the host does not have cannot be added.
    QVERIFY(!a.client->bindAdd(QSctpAddress(ip("10.9.9.9"), 0)));
    QVERIFY(a.client->error() != QSctpSocket::NoError);
    QVERIFY2(a.client->errorString().contains(QStringLiteral("10.9.9.9")),
             qPrintable(a.client->errorString()));

    // The association carries on.
    QVERIFY(a.client->sendMessage(QByteArrayLiteral("still here")));
    WAIT_UNTIL(a.accepted->pendingMessageCount() == 1, Timeout);
    QCOMPARE(a.client->state(), QSctpSocket::ConnectedState);
}

QTEST_GUILESS_MAIN(tst_QSctpOptions)

#include "tst_qsctpoptions.moc"
