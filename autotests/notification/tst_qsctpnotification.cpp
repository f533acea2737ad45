// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// Pure tests of the notification decoder. Every fixture is built here from the real Linux
// structs of <linux/sctp.h>, filled the way the kernel fills them.

#include <QtSctp/qsctpnotification.h>

#include <QtCore/qdebug.h>
#include <QtCore/qmetaobject.h>
#include <QtTest/qtest.h>

#include <cstring>
#include <functional>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

// After <netinet/in.h>: lksctp's header defines IPPROTO_SCTP as a macro when it comes first.
#include <netinet/sctp.h>

using namespace QtSctp;

Q_DECLARE_METATYPE(QtSctp::QSctpNotification::Type)
Q_DECLARE_METATYPE(QtSctp::QSctpNotification::DecodeError)

namespace {

using Header = decltype(sctp_notification::sn_header);

// The bytes of a struct S filled by `fill` (zeroed first), then `tail`, with the common header
// set: sn_type, sn_flags and sn_length (the total size).
template<typename S>
QByteArray build(quint16 type, quint16 flags, const std::function<void(S &)> &fill,
                 const QByteArray &tail = {})
{
    S s;
    std::memset(&s, 0, sizeof s);
    if (fill)
        fill(s);
    QByteArray bytes(reinterpret_cast<const char *>(&s), sizeof s);
    bytes += tail;
    Header header;
    header.sn_type = type;
    header.sn_flags = flags;
    header.sn_length = quint32(bytes.size());
    std::memcpy(bytes.data(), &header, sizeof header);
    return bytes;
}

void patchLength(QByteArray &bytes, quint32 length)
{
    std::memcpy(bytes.data() + offsetof(Header, sn_length), &length, sizeof length);
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

// --- fixtures, one builder per Linux struct ---------------------------------------------------

QByteArray assocChange(quint16 state, quint16 error, quint16 outbound, quint16 inbound,
                       qint32 assocId, const QByteArray &info = {})
{
    return build<sctp_assoc_change>(
            SCTP_ASSOC_CHANGE, 0,
            [&](sctp_assoc_change &s) {
                s.sac_state = state;
                s.sac_error = error;
                s.sac_outbound_streams = outbound;
                s.sac_inbound_streams = inbound;
                s.sac_assoc_id = assocId;
            },
            info);
}

QSctpAssociationChange expectedAssocChange(QSctpAssociationChange::State state, quint16 error,
                                           quint16 outbound, quint16 inbound, qint32 assocId,
                                           const QByteArray &info = {})
{
    QSctpAssociationChange change;
    change.setState(state);
    change.setError(error);
    change.setOutboundStreams(outbound);
    change.setInboundStreams(inbound);
    change.setAssociationId(assocId);
    change.setInfo(info);
    return change;
}

QByteArray paddrChangeV4(const char *ip, quint16 port, int state, int error, qint32 assocId)
{
    return build<sctp_paddr_change>(SCTP_PEER_ADDR_CHANGE, 0, [&](sctp_paddr_change &s) {
        sockaddr_in address;
        std::memset(&address, 0, sizeof address);
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        inet_pton(AF_INET, ip, &address.sin_addr);
        std::memcpy(&s.spc_aaddr, &address, sizeof address);
        s.spc_state = state;
        s.spc_error = error;
        s.spc_assoc_id = assocId;
    });
}

QByteArray paddrChangeV6(const char *ip, quint16 port, quint32 scopeId, int state, int error,
                         qint32 assocId)
{
    return build<sctp_paddr_change>(SCTP_PEER_ADDR_CHANGE, 0, [&](sctp_paddr_change &s) {
        sockaddr_in6 address;
        std::memset(&address, 0, sizeof address);
        address.sin6_family = AF_INET6;
        address.sin6_port = htons(port);
        address.sin6_scope_id = scopeId;
        inet_pton(AF_INET6, ip, &address.sin6_addr);
        std::memcpy(&s.spc_aaddr, &address, sizeof address);
        s.spc_state = state;
        s.spc_error = error;
        s.spc_assoc_id = assocId;
    });
}

QSctpPeerAddressChange expectedPaddrChange(const QHostAddress &address, quint16 port,
                                           QSctpPeerAddressChange::State state, qint32 error,
                                           qint32 assocId)
{
    QSctpPeerAddressChange change;
    change.setAddress(address);
    change.setPort(port);
    change.setState(state);
    change.setError(error);
    change.setAssociationId(assocId);
    return change;
}

// The kernel copies the cause code from the wire: sre_error holds it in network byte order.
QByteArray remoteErrorFixture(quint16 causeCode, qint32 assocId, const QByteArray &data)
{
    return build<sctp_remote_error>(
            SCTP_REMOTE_ERROR, 0,
            [&](sctp_remote_error &s) {
                s.sre_error = htons(causeCode);
                s.sre_assoc_id = assocId;
            },
            data);
}

QSctpRemoteError expectedRemoteError(quint16 causeCode, qint32 assocId, const QByteArray &data)
{
    QSctpRemoteError error;
    error.setCauseCode(causeCode);
    error.setAssociationId(assocId);
    error.setData(data);
    return error;
}

struct SendInfo
{
    quint16 flags = 0; // ssf_flags
    quint32 error = 0;
    quint16 stream = 0;
    quint16 ssn = 0;
    quint16 sendFlags = 0;
    quint32 ppid = 0; // host order: the fixture stores htonl(ppid), as the library sends it
    quint32 context = 0;
    quint32 timeToLive = 0;
    quint32 tsn = 0;
    quint32 cumulativeTsn = 0;
    qint32 assocId = 0;
};

QByteArray sendFailedLegacy(const SendInfo &i, const QByteArray &data)
{
    return build<sctp_send_failed>(
            SCTP_SEND_FAILED, i.flags,
            [&](sctp_send_failed &s) {
                s.ssf_error = i.error;
                s.ssf_info.sinfo_stream = i.stream;
                s.ssf_info.sinfo_ssn = i.ssn;
                s.ssf_info.sinfo_flags = i.sendFlags;
                s.ssf_info.sinfo_ppid = htonl(i.ppid);
                s.ssf_info.sinfo_context = i.context;
                s.ssf_info.sinfo_timetolive = i.timeToLive;
                s.ssf_info.sinfo_tsn = i.tsn;
                s.ssf_info.sinfo_cumtsn = i.cumulativeTsn;
                s.ssf_info.sinfo_assoc_id = i.assocId;
                s.ssf_assoc_id = i.assocId;
            },
            data);
}

QByteArray sendFailedEvent(const SendInfo &i, const QByteArray &data)
{
    return build<sctp_send_failed_event>(
            SCTP_SEND_FAILED_EVENT, i.flags,
            [&](sctp_send_failed_event &s) {
                s.ssf_error = i.error;
                s.ssfe_info.snd_sid = i.stream;
                s.ssfe_info.snd_flags = i.sendFlags;
                s.ssfe_info.snd_ppid = htonl(i.ppid);
                s.ssfe_info.snd_context = i.context;
                s.ssfe_info.snd_assoc_id = i.assocId;
                s.ssf_assoc_id = i.assocId;
            },
            data);
}

QSctpSendFailed expectedSendFailed(const SendInfo &i, bool legacy, const QByteArray &data)
{
    QSctpSendFailed failure;
    failure.setLegacy(legacy);
    failure.setDataState(QSctpSendFailed::DataState(i.flags));
    failure.setError(i.error);
    failure.setStream(i.stream);
    failure.setSendFlags(QSctpSendFailed::SendFlags::fromInt(i.sendFlags));
    failure.setPpid(i.ppid);
    failure.setContext(i.context);
    if (legacy) {
        failure.setSsn(i.ssn);
        failure.setTimeToLive(i.timeToLive);
        failure.setTsn(i.tsn);
        failure.setCumulativeTsn(i.cumulativeTsn);
    }
    failure.setAssociationId(i.assocId);
    failure.setData(data);
    return failure;
}

QByteArray shutdownEvent(qint32 assocId)
{
    return build<sctp_shutdown_event>(SCTP_SHUTDOWN_EVENT, 0,
                                      [&](sctp_shutdown_event &s) { s.sse_assoc_id = assocId; });
}

QByteArray adaptationEvent(quint32 indication, qint32 assocId)
{
    return build<sctp_adaptation_event>(SCTP_ADAPTATION_INDICATION, 0,
                                        [&](sctp_adaptation_event &s) {
                                            s.sai_adaptation_ind = indication;
                                            s.sai_assoc_id = assocId;
                                        });
}

QByteArray pdapiEvent(quint16 flags, quint32 indication, qint32 assocId, quint32 stream,
                      quint32 seq)
{
    return build<sctp_pdapi_event>(SCTP_PARTIAL_DELIVERY_EVENT, flags, [&](sctp_pdapi_event &s) {
        s.pdapi_indication = indication;
        s.pdapi_assoc_id = assocId;
        s.pdapi_stream = stream;
        s.pdapi_seq = seq;
    });
}

QByteArray authEvent(quint16 key, quint16 altKey, quint32 indication, qint32 assocId)
{
    return build<sctp_authkey_event>(SCTP_AUTHENTICATION_EVENT, 0, [&](sctp_authkey_event &s) {
        s.auth_keynumber = key;
        s.auth_altkeynumber = altKey;
        s.auth_indication = indication;
        s.auth_assoc_id = assocId;
    });
}

QByteArray senderDryEvent(qint32 assocId)
{
    return build<sctp_sender_dry_event>(SCTP_SENDER_DRY_EVENT, 0, [&](sctp_sender_dry_event &s) {
        s.sender_dry_assoc_id = assocId;
    });
}

QByteArray streamResetEvent(quint16 flags, qint32 assocId, const QList<quint16> &streams)
{
    QByteArray list;
    for (quint16 stream : streams)
        list.append(reinterpret_cast<const char *>(&stream), sizeof stream);
    return build<sctp_stream_reset_event>(
            SCTP_STREAM_RESET_EVENT, flags,
            [&](sctp_stream_reset_event &s) { s.strreset_assoc_id = assocId; }, list);
}

QByteArray assocResetEvent(quint16 flags, qint32 assocId, quint32 localTsn, quint32 remoteTsn)
{
    return build<sctp_assoc_reset_event>(SCTP_ASSOC_RESET_EVENT, flags,
                                         [&](sctp_assoc_reset_event &s) {
                                             s.assocreset_assoc_id = assocId;
                                             s.assocreset_local_tsn = localTsn;
                                             s.assocreset_remote_tsn = remoteTsn;
                                         });
}

QByteArray streamChangeEvent(quint16 flags, qint32 assocId, quint16 in, quint16 out)
{
    return build<sctp_stream_change_event>(SCTP_STREAM_CHANGE_EVENT, flags,
                                           [&](sctp_stream_change_event &s) {
                                               s.strchange_assoc_id = assocId;
                                               s.strchange_instrms = in;
                                               s.strchange_outstrms = out;
                                           });
}

QByteArray unknownNotification(quint16 type, quint16 flags, const QByteArray &body)
{
    QByteArray bytes(sizeof(Header), '\0');
    bytes += body;
    Header header;
    header.sn_type = type;
    header.sn_flags = flags;
    header.sn_length = quint32(bytes.size());
    std::memcpy(bytes.data(), &header, sizeof header);
    return bytes;
}

// An ABORT's error causes as Linux puts them in sac_info (the chunk body): one User-Initiated
// Abort cause (code 12, length 4 + 5, padded to 12) carrying "bye!!".
const QByteArray userAbortCauses = hex("000c0009") + QByteArray("bye!!") + hex("000000");
// The same ABORT as a whole chunk, as RFC 6458 describes sac_info: type 6, flags 0, length 16.
const QByteArray userAbortChunk = hex("06000010") + userAbortCauses;

// How the tail of a fixture is checked when sn_length is cut short.
enum class Tail {
    Fixed, // a fixed struct; bytes beyond it are optional (data, info, ...)
    Address, // struct sctp_paddr_change: the sockaddr is checked first
    StreamList, // struct sctp_stream_reset_event: a list of __u16 follows
};

struct Fixture
{
    const char *name;
    QByteArray bytes;
    std::size_t fixedSize;
    Tail tail;
};

// One valid fixture of each type, with a variable part where the type has one.
QList<Fixture> fixtures()
{
    SendInfo info;
    info.flags = SCTP_DATA_SENT;
    info.error = 0;
    info.stream = 3;
    info.ssn = 7;
    info.sendFlags = 3;
    info.ppid = 46;
    info.context = 0xc0ffee;
    info.timeToLive = 1000;
    info.tsn = 0x1000;
    info.cumulativeTsn = 0xfff;
    info.assocId = 5;
    return {
            {"SCTP_ASSOC_CHANGE", assocChange(SCTP_COMM_LOST, 0x0c00, 0, 0, 5, userAbortCauses),
             sizeof(sctp_assoc_change), Tail::Fixed},
            {"SCTP_PEER_ADDR_CHANGE v4",
             paddrChangeV4("192.0.2.7", 3868, SCTP_ADDR_UNREACHABLE, SCTP_FAILED_THRESHOLD, 5),
             sizeof(sctp_paddr_change), Tail::Address},
            {"SCTP_PEER_ADDR_CHANGE v6",
             paddrChangeV6("2001:db8::7", 3868, 0, SCTP_ADDR_AVAILABLE, 0, 5),
             sizeof(sctp_paddr_change), Tail::Address},
            {"SCTP_REMOTE_ERROR", remoteErrorFixture(1, 5, hex("00090000")),
             sizeof(sctp_remote_error), Tail::Fixed},
            {"SCTP_SEND_FAILED", sendFailedLegacy(info, "undelivered"), sizeof(sctp_send_failed),
             Tail::Fixed},
            {"SCTP_SEND_FAILED_EVENT", sendFailedEvent(info, "undelivered"),
             sizeof(sctp_send_failed_event), Tail::Fixed},
            {"SCTP_SHUTDOWN_EVENT", shutdownEvent(5), sizeof(sctp_shutdown_event), Tail::Fixed},
            {"SCTP_PARTIAL_DELIVERY_EVENT", pdapiEvent(0, SCTP_PARTIAL_DELIVERY_ABORTED, 5, 2, 9),
             sizeof(sctp_pdapi_event), Tail::Fixed},
            {"SCTP_ADAPTATION_INDICATION", adaptationEvent(0x01020304, 5),
             sizeof(sctp_adaptation_event), Tail::Fixed},
            {"SCTP_AUTHENTICATION_EVENT", authEvent(1, 0, SCTP_AUTH_NEW_KEY, 5),
             sizeof(sctp_authkey_event), Tail::Fixed},
            {"SCTP_SENDER_DRY_EVENT", senderDryEvent(5), sizeof(sctp_sender_dry_event),
             Tail::Fixed},
            {"SCTP_STREAM_RESET_EVENT",
             streamResetEvent(SCTP_STREAM_RESET_INCOMING_SSN, 5, {1, 2, 3}),
             sizeof(sctp_stream_reset_event), Tail::StreamList},
            {"SCTP_ASSOC_RESET_EVENT", assocResetEvent(0, 5, 100, 200),
             sizeof(sctp_assoc_reset_event), Tail::Fixed},
            {"SCTP_STREAM_CHANGE_EVENT", streamChangeEvent(0, 5, 20, 30),
             sizeof(sctp_stream_change_event), Tail::Fixed},
    };
}

QString debugText(const QVariant &value)
{
    QString text;
    QDebug(&text) << value;
    return text;
}

QString debugText(const QSctpNotification &notification)
{
    QString text;
    QDebug(&text) << notification;
    return text;
}

// A value different from `value` for a property of one of the gadgets.
QVariant otherValue(const QMetaProperty &property, const QVariant &value)
{
    if (property.isEnumType()) {
        const int current = value.toInt();
        if (property.isFlagType())
            return QVariant(current ^ 0x4);
        return QVariant(current + 1);
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return !value.toBool();
    case QMetaType::UShort:
        return QVariant::fromValue(quint16(value.value<quint16>() + 1));
    case QMetaType::Int:
        return value.toInt() + 1;
    case QMetaType::UInt:
        return value.toUInt() + 1;
    case QMetaType::QByteArray:
        return QVariant(value.toByteArray() + "x");
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<QHostAddress>())
        return QVariant::fromValue(QHostAddress(QStringLiteral("198.51.100.99")));
    if (value.metaType() == QMetaType::fromType<QList<quint16>>())
        return QVariant::fromValue(value.value<QList<quint16>>() << quint16(999));
    return {};
}

} // namespace

class tst_QSctpNotification : public QObject
{
    Q_OBJECT

private slots:
    void goSctpEvents_data();
    void goSctpEvents();
    void goSctpShortEvents_data();
    void goSctpShortEvents();
    void typesGoSctpRejects_data();
    void typesGoSctpRejects();

    void associationChange_data();
    void associationChange();
    void abortChunkForms_data();
    void abortChunkForms();
    void peerAddressChange_data();
    void peerAddressChange();
    void unsupportedAddressFamily_data();
    void unsupportedAddressFamily();
    void remoteError_data();
    void remoteError();
    void sendFailed_data();
    void sendFailed();
    void fixedEvents_data();
    void fixedEvents();
    void streamReset_data();
    void streamReset();
    void unknownType_data();
    void unknownType();

    void truncatedBuffer_data();
    void truncatedBuffer();
    void truncatedDeclaredLength_data();
    void truncatedDeclaredLength();
    void declaredLengthBelowHeader();
    void bytesBeyondDeclaredLengthIgnored();
    void unalignedBuffers_data();
    void unalignedBuffers();

    void typedAccessorsOfOtherTypes_data();
    void typedAccessorsOfOtherTypes();
    void valueTypes_data();
    void valueTypes();
    void notificationValueSemantics();
    void notificationDebug();
    void metaTypesRegistered();
};

// --- go-sctp ------------------------------------------------------------------------------------
//
// go-sctp's event tests (event_test.go: TestAssocChangeEvent, TestPeerAddrChangeEvent,
// TestRemoteErrorEvent, TestShutdownEvent, TestAdaptationEvent) read these notifications from a
// real association and hand them to ParseEvent; here they are the fixtures the kernel would
// have delivered.

void tst_QSctpNotification::goSctpEvents_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QSctpNotification::Type>("type");
    QTest::addColumn<QVariant>("expected");

    // go-sctp's InitOptions default to 10 streams each way.
    QTest::newRow("TestAssocChangeEvent: SCTP_COMM_UP")
            << assocChange(SCTP_COMM_UP, 0, 10, 10, 1) << QSctpNotification::AssociationChange
            << QVariant::fromValue(
                       expectedAssocChange(QSctpAssociationChange::CommunicationUp, 0, 10, 10, 1));
    QTest::newRow("TestAssocChangeEvent: SCTP_SHUTDOWN_COMP")
            << assocChange(SCTP_SHUTDOWN_COMP, 0, 0, 0, 1) << QSctpNotification::AssociationChange
            << QVariant::fromValue(
                       expectedAssocChange(QSctpAssociationChange::ShutdownComplete, 0, 0, 0, 1));
    QTest::newRow("TestPeerAddrChangeEvent: SCTP_ADDR_ADDED 127.0.0.2")
            << paddrChangeV4("127.0.0.2", 40000, SCTP_ADDR_ADDED, 0, 1)
            << QSctpNotification::PeerAddressChange
            << QVariant::fromValue(expectedPaddrChange(QHostAddress(QStringLiteral("127.0.0.2")),
                                                       40000, QSctpPeerAddressChange::AddressAdded,
                                                       0, 1));
    // Writing on stream 9 draws an ERROR with an Invalid Stream Identifier cause (code 1).
    QTest::newRow("TestRemoteErrorEvent: invalid stream identifier")
            << remoteErrorFixture(1, 1, hex("00090000")) << QSctpNotification::RemoteError
            << QVariant::fromValue(expectedRemoteError(1, 1, hex("00090000")));
    QSctpShutdownEvent shutdown;
    shutdown.setAssociationId(1);
    QTest::newRow("TestShutdownEvent") << shutdownEvent(1) << QSctpNotification::ShutdownEvent
                                       << QVariant::fromValue(shutdown);
    QSctpAdaptationIndication adaptation;
    adaptation.setIndication(0x01020304);
    adaptation.setAssociationId(1);
    QTest::newRow("TestAdaptationEvent: 0x01020304")
            << adaptationEvent(0x01020304, 1) << QSctpNotification::AdaptationIndication
            << QVariant::fromValue(adaptation);
    QSctpSenderDryEvent dry;
    dry.setAssociationId(1);
    QTest::newRow("SenderDryEvent")
            << senderDryEvent(1) << QSctpNotification::SenderDryEvent << QVariant::fromValue(dry);
    SendInfo info;
    info.flags = SCTP_DATA_UNSENT;
    info.sendFlags = 3; // SCTP_DATA_NOT_FRAG: the whole message came back
    info.ppid = 0x01020304;
    info.context = 42;
    info.assocId = 1;
    QTest::newRow("SendFailedEvent: whole message unsent")
            << sendFailedEvent(info, "hello") << QSctpNotification::SendFailedEvent
            << QVariant::fromValue(expectedSendFailed(info, false, "hello"));
}

void tst_QSctpNotification::goSctpEvents()
{
    QFETCH(QByteArray, raw);
    QFETCH(QSctpNotification::Type, type);
    QFETCH(QVariant, expected);

    const QSctpNotification notification = QSctpNotification::decode(raw);
    QVERIFY2(notification.isValid(), qPrintable(notification.errorString()));
    QCOMPARE(notification.decodeError(), QSctpNotification::NoError);
    QVERIFY(notification.errorString().isEmpty());
    QCOMPARE(notification.type(), type);
    QCOMPARE(notification.typeCode(), quint16(type));
    QCOMPARE(notification.declaredLength(), quint32(raw.size()));
    QCOMPARE(notification.rawData(), raw);
    QCOMPARE(notification.value().metaType(), expected.metaType());
    QVERIFY2(notification.value() == expected, qPrintable(debugText(notification.value())));
}

// go-sctp returns "event too short" errors; so do we, with the reason.
void tst_QSctpNotification::goSctpShortEvents_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QSctpNotification::DecodeError>("error");

    QTest::newRow("empty") << QByteArray() << QSctpNotification::TruncatedHeader;
    QTest::newRow("7 bytes") << assocChange(SCTP_COMM_UP, 0, 1, 1, 1).left(7)
                             << QSctpNotification::TruncatedHeader;
    QByteArray shortAssoc = assocChange(SCTP_COMM_UP, 0, 1, 1, 1).left(16);
    patchLength(shortAssoc, 16);
    QTest::newRow("assocChangeEvent too short") << shortAssoc << QSctpNotification::TruncatedBody;
    QByteArray shortPaddr = paddrChangeV4("127.0.0.1", 1, 0, 0, 1).left(140);
    patchLength(shortPaddr, 140);
    QTest::newRow("peerAddrChangeEvent too short")
            << shortPaddr << QSctpNotification::TruncatedBody;
    QByteArray shortSfe = sendFailedEvent({}, {}).left(28);
    patchLength(shortSfe, 28);
    QTest::newRow("sendFailedEvent too short") << shortSfe << QSctpNotification::TruncatedBody;
}

void tst_QSctpNotification::goSctpShortEvents()
{
    QFETCH(QByteArray, raw);
    QFETCH(QSctpNotification::DecodeError, error);

    const QSctpNotification notification = QSctpNotification::decode(raw);
    QVERIFY(!notification.isValid());
    QCOMPARE(notification.decodeError(), error);
    QVERIFY(!notification.errorString().isEmpty());
    QVERIFY(!notification.value().isValid());
    QCOMPARE(notification.rawData(), raw);
}

// go-sctp's ParseEvent refuses these (SCTP_SEND_FAILED: "use SCTP_SEND_FAILED_EVENT";
// SCTP_PARTIAL_DELIVERY_EVENT: "discrepancies between sctp.h and RFC6458"; the others "not
// implemented"; unknown types are errors). QtSctp decodes them all.
void tst_QSctpNotification::typesGoSctpRejects_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QSctpNotification::Type>("type");
    QTest::addColumn<QVariant>("expected");

    SendInfo info;
    info.flags = SCTP_DATA_SENT;
    info.error = 0;
    info.stream = 1;
    info.ssn = 4;
    info.sendFlags = 1; // SCTP_DATA_LAST_FRAG: the head was sent, the tail came back
    info.ppid = 60;
    info.context = 9;
    info.timeToLive = 500;
    info.tsn = 77;
    info.cumulativeTsn = 76;
    info.assocId = 2;
    QTest::newRow("SCTP_SEND_FAILED")
            << sendFailedLegacy(info, "tail") << QSctpNotification::SendFailed
            << QVariant::fromValue(expectedSendFailed(info, true, "tail"));

    QSctpPartialDeliveryEvent pd;
    pd.setIndication(QSctpPartialDeliveryEvent::Aborted);
    pd.setAssociationId(2);
    pd.setStream(4);
    pd.setSequence(17);
    QTest::newRow("SCTP_PARTIAL_DELIVERY_EVENT")
            << pdapiEvent(0, SCTP_PARTIAL_DELIVERY_ABORTED, 2, 4, 17)
            << QSctpNotification::PartialDeliveryEvent << QVariant::fromValue(pd);

    QSctpAuthenticationEvent auth;
    auth.setKeyNumber(3);
    auth.setIndication(QSctpAuthenticationEvent::FreeKey);
    auth.setAssociationId(2);
    QTest::newRow("SCTP_AUTHENTICATION_EVENT")
            << authEvent(3, 0, SCTP_AUTH_FREE_KEY, 2) << QSctpNotification::AuthenticationEvent
            << QVariant::fromValue(auth);

    QSctpStreamResetEvent reset;
    reset.setFlags(QSctpStreamResetEvent::OutgoingSsn);
    reset.setStreams({0, 5});
    reset.setAssociationId(2);
    QTest::newRow("SCTP_STREAM_RESET_EVENT")
            << streamResetEvent(SCTP_STREAM_RESET_OUTGOING_SSN, 2, {0, 5})
            << QSctpNotification::StreamResetEvent << QVariant::fromValue(reset);

    QSctpAssociationResetEvent assocReset;
    assocReset.setLocalTsn(1000);
    assocReset.setRemoteTsn(2000);
    assocReset.setAssociationId(2);
    QTest::newRow("SCTP_ASSOC_RESET_EVENT")
            << assocResetEvent(0, 2, 1000, 2000) << QSctpNotification::AssociationResetEvent
            << QVariant::fromValue(assocReset);

    QSctpStreamChangeEvent change;
    change.setInboundStreams(16);
    change.setOutboundStreams(32);
    change.setAssociationId(2);
    QTest::newRow("SCTP_STREAM_CHANGE_EVENT")
            << streamChangeEvent(0, 2, 16, 32) << QSctpNotification::StreamChangeEvent
            << QVariant::fromValue(change);

    QTest::newRow("unknown type 0x8042") << unknownNotification(0x8042, 0, hex("0102"))
                                         << QSctpNotification::UnknownType << QVariant();
}

void tst_QSctpNotification::typesGoSctpRejects()
{
    QFETCH(QByteArray, raw);
    QFETCH(QSctpNotification::Type, type);
    QFETCH(QVariant, expected);

    const QSctpNotification notification = QSctpNotification::decode(raw);
    QVERIFY2(notification.isValid(), qPrintable(notification.errorString()));
    QCOMPARE(notification.type(), type);
    QCOMPARE(notification.value().isValid(), expected.isValid());
    if (expected.isValid())
        QVERIFY2(notification.value() == expected, qPrintable(debugText(notification.value())));
}

// --- every type ---------------------------------------------------------------------------------

void tst_QSctpNotification::associationChange_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QSctpAssociationChange>("expected");
    QTest::addColumn<QSctpAssociationChange::Features>("features");
    QTest::addColumn<QByteArray>("abortCauses");
    QTest::addColumn<quint16>("abortCauseCode");

    using C = QSctpAssociationChange;
    const QByteArray allFeatures = hex("010203040506");
    QTest::newRow("COMM_UP, no info (what Linux sends)")
            << assocChange(SCTP_COMM_UP, 0, 10, 12, 7)
            << expectedAssocChange(C::CommunicationUp, 0, 10, 12, 7) << C::Features()
            << QByteArray() << quint16(0);
    QTest::newRow("COMM_UP, all six features")
            << assocChange(SCTP_COMM_UP, 0, 65535, 65535, 7, allFeatures)
            << expectedAssocChange(C::CommunicationUp, 0, 65535, 65535, 7, allFeatures)
            << (C::PartialReliability | C::Authentication | C::AddressReconfiguration
                | C::MultipleBuffers | C::StreamReconfiguration | C::MessageInterleaving)
            << QByteArray() << quint16(0);
    QTest::newRow("COMM_UP, PR and MULTIBUF, unknown codes skipped")
            << assocChange(SCTP_COMM_UP, 0, 1, 1, 7, hex("0100ff0704"))
            << expectedAssocChange(C::CommunicationUp, 0, 1, 1, 7, hex("0100ff0704"))
            << (C::PartialReliability | C::MultipleBuffers) << QByteArray() << quint16(0);
    QTest::newRow("RESTART, AUTH and RE_CONFIG")
            << assocChange(SCTP_RESTART, 0, 5, 6, 8, hex("0205"))
            << expectedAssocChange(C::Restart, 0, 5, 6, 8, hex("0205"))
            << (C::Authentication | C::StreamReconfiguration) << QByteArray() << quint16(0);
    // Linux stores the received cause code in network byte order in sac_error: 12 -> 0x0c00.
    QTest::newRow("COMM_LOST, ABORT with a User-Initiated Abort cause")
            << assocChange(SCTP_COMM_LOST, htons(12), 0, 0, 9, userAbortCauses)
            << expectedAssocChange(C::CommunicationLost, htons(12), 0, 0, 9, userAbortCauses)
            << C::Features() << userAbortCauses << quint16(12);
    QTest::newRow("COMM_LOST, ABORT with two causes")
            << assocChange(SCTP_COMM_LOST, htons(13), 0, 0, 9, hex("000d0004000c0004"))
            << expectedAssocChange(C::CommunicationLost, htons(13), 0, 0, 9,
                                   hex("000d0004000c0004"))
            << C::Features() << hex("000d0004000c0004") << quint16(13);
    QTest::newRow("COMM_LOST, ABORT without causes")
            << assocChange(SCTP_COMM_LOST, 0, 0, 0, 9)
            << expectedAssocChange(C::CommunicationLost, 0, 0, 0, 9) << C::Features()
            << QByteArray() << quint16(0);
    QTest::newRow("COMM_LOST, one byte of info: no cause code")
            << assocChange(SCTP_COMM_LOST, 0, 0, 0, 9, hex("00"))
            << expectedAssocChange(C::CommunicationLost, 0, 0, 0, 9, hex("00")) << C::Features()
            << hex("00") << quint16(0);
    QTest::newRow("SHUTDOWN_COMP") << assocChange(SCTP_SHUTDOWN_COMP, 0, 0, 0, 9)
                                   << expectedAssocChange(C::ShutdownComplete, 0, 0, 0, 9)
                                   << C::Features() << QByteArray() << quint16(0);
    QTest::newRow("SHUTDOWN_COMP, info bytes not interpreted")
            << assocChange(SCTP_SHUTDOWN_COMP, 0, 0, 0, 9, hex("0102"))
            << expectedAssocChange(C::ShutdownComplete, 0, 0, 0, 9, hex("0102")) << C::Features()
            << QByteArray() << quint16(0);
    QTest::newRow("CANT_STR_ASSOC, INIT timed out (ETIMEDOUT)")
            << assocChange(SCTP_CANT_STR_ASSOC, 110, 0, 0, 0)
            << expectedAssocChange(C::CannotStartAssociation, 110, 0, 0, 0) << C::Features()
            << QByteArray() << quint16(0);
    QTest::newRow("unknown state kept")
            << assocChange(9, 1, 2, 3, 4) << expectedAssocChange(C::State(9), 1, 2, 3, 4)
            << C::Features() << QByteArray() << quint16(0);
}

void tst_QSctpNotification::associationChange()
{
    QFETCH(QByteArray, raw);
    QFETCH(QSctpAssociationChange, expected);
    QFETCH(QSctpAssociationChange::Features, features);
    QFETCH(QByteArray, abortCauses);
    QFETCH(quint16, abortCauseCode);

    const QSctpNotification notification = QSctpNotification::decode(raw);
    QVERIFY2(notification.isValid(), qPrintable(notification.errorString()));
    QCOMPARE(notification.type(), QSctpNotification::AssociationChange);
    const QSctpAssociationChange change = notification.associationChange();
    QCOMPARE(change, expected);
    QCOMPARE(change.state(), expected.state());
    QCOMPARE(change.error(), expected.error());
    QCOMPARE(change.outboundStreams(), expected.outboundStreams());
    QCOMPARE(change.inboundStreams(), expected.inboundStreams());
    QCOMPARE(change.associationId(), expected.associationId());
    QCOMPARE(change.info(), expected.info());
    QCOMPARE(change.supportedFeatures(), features);
    QCOMPARE(change.abortCauses(), abortCauses);
    QCOMPARE(change.abortCauseCode(), abortCauseCode);
    QCOMPARE(notification.value().value<QSctpAssociationChange>(), expected);
}

// Linux puts the ABORT's causes in sac_info; RFC 6458 says the whole chunk. Both read the same.
void tst_QSctpNotification::abortChunkForms_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QByteArray>("causes");
    QTest::addColumn<quint16>("code");

    QTest::newRow("Linux: causes")
            << int(SCTP_COMM_LOST) << userAbortCauses << userAbortCauses << quint16(12);
    QTest::newRow("RFC 6458: whole chunk")
            << int(SCTP_COMM_LOST) << userAbortChunk << userAbortCauses << quint16(12);
    QTest::newRow("RFC 6458: whole chunk, CANT_STR_ASSOC")
            << int(SCTP_CANT_STR_ASSOC) << userAbortChunk << userAbortCauses << quint16(12);
    QTest::newRow("RFC 6458: chunk header only")
            << int(SCTP_COMM_LOST) << hex("06000004") << QByteArray() << quint16(0);
    QTest::newRow("RFC 6458: chunk with the T bit")
            << int(SCTP_COMM_LOST) << hex("06010008000c0004") << hex("000c0004") << quint16(12);
    QTest::newRow("chunk length beyond the info: read as causes")
            << int(SCTP_COMM_LOST) << hex("06000040000c0004") << hex("06000040000c0004")
            << quint16(0x0600);
    QTest::newRow("chunk length below its header: read as causes")
            << int(SCTP_COMM_LOST) << hex("06000002") << hex("06000002") << quint16(0x0600);
    QTest::newRow("3 bytes starting with 6: read as causes")
            << int(SCTP_COMM_LOST) << hex("060000") << hex("060000") << quint16(0x0600);
    QTest::newRow("COMM_UP: not an abort")
            << int(SCTP_COMM_UP) << userAbortChunk << QByteArray() << quint16(0);
}

void tst_QSctpNotification::abortChunkForms()
{
    QFETCH(int, state);
    QFETCH(QByteArray, info);
    QFETCH(QByteArray, causes);
    QFETCH(quint16, code);

    const QSctpNotification notification
            = QSctpNotification::decode(assocChange(quint16(state), 0, 0, 0, 1, info));
    QVERIFY2(notification.isValid(), qPrintable(notification.errorString()));
    QCOMPARE(notification.associationChange().info(), info);
    QCOMPARE(notification.associationChange().abortCauses(), causes);
    QCOMPARE(notification.associationChange().abortCauseCode(), code);
}

void tst_QSctpNotification::peerAddressChange_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QSctpPeerAddressChange>("expected");
    QTest::addColumn<QString>("addressText");

    using C = QSctpPeerAddressChange;
    const struct
    {
        int linux;
        C::State state;
        const char *name;
    } states[] = {
            {SCTP_ADDR_AVAILABLE, C::AddressAvailable, "ADDR_AVAILABLE"},
            {SCTP_ADDR_UNREACHABLE, C::AddressUnreachable, "ADDR_UNREACHABLE"},
            {SCTP_ADDR_REMOVED, C::AddressRemoved, "ADDR_REMOVED"},
            {SCTP_ADDR_ADDED, C::AddressAdded, "ADDR_ADDED"},
            {SCTP_ADDR_MADE_PRIM, C::AddressMadePrimary, "ADDR_MADE_PRIM"},
            {SCTP_ADDR_CONFIRMED, C::AddressConfirmed, "ADDR_CONFIRMED"},
            {SCTP_ADDR_POTENTIALLY_FAILED, C::AddressPotentiallyFailed, "ADDR_POTENTIALLY_FAILED"},
    };
    for (const auto &s : states) {
        const int error = s.state == C::AddressUnreachable ? int(SCTP_FAILED_THRESHOLD) : 0;
        QTest::addRow("IPv4 %s", s.name)
                << paddrChangeV4("192.0.2.1", 3868, s.linux, error, 11)
                << expectedPaddrChange(QHostAddress(QStringLiteral("192.0.2.1")), 3868, s.state,
                                       error, 11)
                << QStringLiteral("192.0.2.1");
        QTest::addRow("IPv6 %s", s.name)
                << paddrChangeV6("2001:db8::1", 3868, 0, s.linux, error, 11)
                << expectedPaddrChange(QHostAddress(QStringLiteral("2001:db8::1")), 3868, s.state,
                                       error, 11)
                << QStringLiteral("2001:db8::1");
    }
    QTest::newRow("IPv4 port 0") << paddrChangeV4("127.0.0.1", 0, SCTP_ADDR_ADDED, 0, 1)
                                 << expectedPaddrChange(QHostAddress(QHostAddress::LocalHost), 0,
                                                        C::AddressAdded, 0, 1)
                                 << QStringLiteral("127.0.0.1");
    QTest::newRow("IPv4 port 65535")
            << paddrChangeV4("255.255.255.255", 65535, SCTP_ADDR_ADDED, 0, 1)
            << expectedPaddrChange(QHostAddress(QHostAddress::Broadcast), 65535, C::AddressAdded, 0,
                                   1)
            << QStringLiteral("255.255.255.255");
    QTest::newRow("IPv6 loopback") << paddrChangeV6("::1", 5333, 0, SCTP_ADDR_CONFIRMED, 0, 1)
                                   << expectedPaddrChange(QHostAddress(QHostAddress::LocalHostIPv6),
                                                          5333, C::AddressConfirmed, 0, 1)
                                   << QStringLiteral("::1");
    QHostAddress linkLocal(QStringLiteral("fe80::1"));
    linkLocal.setScopeId(QStringLiteral("3"));
    QTest::newRow("IPv6 link-local with scope id")
            << paddrChangeV6("fe80::1", 5333, 3, SCTP_ADDR_AVAILABLE, 0, 1)
            << expectedPaddrChange(linkLocal, 5333, C::AddressAvailable, 0, 1)
            << QStringLiteral("fe80::1%3");
    // An AF_INET6 socket reports IPv4 peers v4-mapped; the decoder keeps what the kernel said.
    QTest::newRow("IPv4-mapped IPv6")
            << paddrChangeV6("::ffff:127.0.0.2", 9, 0, SCTP_ADDR_ADDED, 0, 1)
            << expectedPaddrChange(QHostAddress(QStringLiteral("::ffff:127.0.0.2")), 9,
                                   C::AddressAdded, 0, 1)
            << QStringLiteral("::ffff:127.0.0.2");
}

void tst_QSctpNotification::peerAddressChange()
{
    QFETCH(QByteArray, raw);
    QFETCH(QSctpPeerAddressChange, expected);
    QFETCH(QString, addressText);

    QCOMPARE(std::size_t(raw.size()), sizeof(sctp_paddr_change));
    const QSctpNotification notification = QSctpNotification::decode(raw);
    QVERIFY2(notification.isValid(), qPrintable(notification.errorString()));
    QCOMPARE(notification.type(), QSctpNotification::PeerAddressChange);
    const QSctpPeerAddressChange change = notification.peerAddressChange();
    QCOMPARE(change.address(), expected.address());
    QCOMPARE(change.address().protocol(), expected.address().protocol());
    QCOMPARE(change.address().toString(), addressText);
    QCOMPARE(change.address().scopeId(), expected.address().scopeId());
    QCOMPARE(change.port(), expected.port());
    QCOMPARE(change.state(), expected.state());
    QCOMPARE(change.error(), expected.error());
    QCOMPARE(change.associationId(), expected.associationId());
    QCOMPARE(change, expected);
}

void tst_QSctpNotification::unsupportedAddressFamily_data()
{
    QTest::addColumn<int>("family");
    QTest::newRow("AF_UNSPEC") << int(AF_UNSPEC);
    QTest::newRow("AF_UNIX") << int(AF_UNIX);
    QTest::newRow("AF_PACKET") << int(AF_PACKET);
    QTest::newRow("0xffff") << 0xffff;
}

void tst_QSctpNotification::unsupportedAddressFamily()
{
    QFETCH(int, family);
    QByteArray raw = paddrChangeV4("192.0.2.1", 1, SCTP_ADDR_AVAILABLE, 0, 1);
    const auto familyValue = sa_family_t(family);
    std::memcpy(raw.data() + offsetof(sctp_paddr_change, spc_aaddr)
                        + offsetof(sockaddr_storage, ss_family),
                &familyValue, sizeof familyValue);
    const QSctpNotification notification = QSctpNotification::decode(raw);
    QVERIFY(!notification.isValid());
    QCOMPARE(notification.decodeError(), QSctpNotification::UnsupportedAddressFamily);
    QVERIFY2(notification.errorString().contains(QString::number(family)),
             qPrintable(notification.errorString()));
    QCOMPARE(notification.peerAddressChange(), QSctpPeerAddressChange());
}

void tst_QSctpNotification::remoteError_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QSctpRemoteError>("expected");

    QTest::newRow("Invalid Stream Identifier, stream 9")
            << remoteErrorFixture(1, 3, hex("00090000"))
            << expectedRemoteError(1, 3, hex("00090000"));
    QTest::newRow("Unrecognized Chunk Type, chunk echoed")
            << remoteErrorFixture(6, 3, hex("c1000008deadbeef"))
            << expectedRemoteError(6, 3, hex("c1000008deadbeef"));
    QTest::newRow("No User Data, no data")
            << remoteErrorFixture(9, 3, {}) << expectedRemoteError(9, 3, {});
    QTest::newRow("high cause code byte order") << remoteErrorFixture(0x0105, 3, hex("0102"))
                                                << expectedRemoteError(0x0105, 3, hex("0102"));
}

void tst_QSctpNotification::remoteError()
{
    QFETCH(QByteArray, raw);
    QFETCH(QSctpRemoteError, expected);

    const QSctpNotification notification = QSctpNotification::decode(raw);
    QVERIFY2(notification.isValid(), qPrintable(notification.errorString()));
    QCOMPARE(notification.type(), QSctpNotification::RemoteError);
    const QSctpRemoteError error = notification.remoteError();
    QCOMPARE(error.causeCode(), expected.causeCode());
    QCOMPARE(error.data(), expected.data());
    QCOMPARE(error.associationId(), expected.associationId());
    QCOMPARE(error, expected);
}

void tst_QSctpNotification::sendFailed_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QSctpNotification::Type>("type");
    QTest::addColumn<QSctpSendFailed>("expected");

    SendInfo unsent;
    unsent.flags = SCTP_DATA_UNSENT;
    unsent.error = 0;
    unsent.stream = 2;
    unsent.sendFlags = 3 | 4; // whole message, unordered
    unsent.ppid = 0x12345678;
    unsent.context = 0xfeedface;
    unsent.assocId = 4;
    SendInfo sent = unsent;
    sent.flags = SCTP_DATA_SENT;
    sent.error = 110;
    sent.sendFlags = 1; // the tail of a fragmented message
    sent.ppid = 0xffffffff;
    sent.ssn = 65535;
    sent.timeToLive = 30000;
    sent.tsn = 0xfffffffe;
    sent.cumulativeTsn = 0xfffffffd;
    const QByteArray payload = QByteArray(1000, 'p') + QByteArray("\0end", 4);

    QTest::newRow("event, unsent, with data")
            << sendFailedEvent(unsent, payload) << QSctpNotification::SendFailedEvent
            << expectedSendFailed(unsent, false, payload);
    QTest::newRow("event, sent, tail, empty data")
            << sendFailedEvent(sent, {}) << QSctpNotification::SendFailedEvent
            << expectedSendFailed(sent, false, {});
    QTest::newRow("legacy, unsent, with data")
            << sendFailedLegacy(unsent, payload) << QSctpNotification::SendFailed
            << expectedSendFailed(unsent, true, payload);
    QTest::newRow("legacy, sent, all sndrcvinfo fields")
            << sendFailedLegacy(sent, "x") << QSctpNotification::SendFailed
            << expectedSendFailed(sent, true, "x");
}

void tst_QSctpNotification::sendFailed()
{
    QFETCH(QByteArray, raw);
    QFETCH(QSctpNotification::Type, type);
    QFETCH(QSctpSendFailed, expected);

    const QSctpNotification notification = QSctpNotification::decode(raw);
    QVERIFY2(notification.isValid(), qPrintable(notification.errorString()));
    QCOMPARE(notification.type(), type);
    const QSctpSendFailed failure = notification.sendFailed();
    QCOMPARE(failure.isLegacy(), type == QSctpNotification::SendFailed);
    QCOMPARE(failure.dataState(), expected.dataState());
    QCOMPARE(failure.error(), expected.error());
    QCOMPARE(failure.stream(), expected.stream());
    QCOMPARE(failure.sendFlags(), expected.sendFlags());
    // PPID is host byte order in the API, converted at the syscall.
    QCOMPARE(failure.ppid(), expected.ppid());
    QCOMPARE(failure.context(), expected.context());
    QCOMPARE(failure.ssn(), expected.ssn());
    QCOMPARE(failure.timeToLive(), expected.timeToLive());
    QCOMPARE(failure.tsn(), expected.tsn());
    QCOMPARE(failure.cumulativeTsn(), expected.cumulativeTsn());
    QCOMPARE(failure.associationId(), expected.associationId());
    QCOMPARE(failure.data(), expected.data());
    QCOMPARE(failure, expected);
}

// The fixed-size types, with realistic and extreme values.
void tst_QSctpNotification::fixedEvents_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QSctpNotification::Type>("type");
    QTest::addColumn<QVariant>("expected");

    QSctpShutdownEvent shutdown;
    shutdown.setAssociationId(-1);
    QTest::newRow("shutdown") << shutdownEvent(-1) << QSctpNotification::ShutdownEvent
                              << QVariant::fromValue(shutdown);

    QSctpAdaptationIndication adaptation;
    adaptation.setIndication(0xffffffff);
    adaptation.setAssociationId(1);
    QTest::newRow("adaptation 0xffffffff")
            << adaptationEvent(0xffffffff, 1) << QSctpNotification::AdaptationIndication
            << QVariant::fromValue(adaptation);

    QSctpPartialDeliveryEvent pd;
    pd.setStream(65535);
    pd.setSequence(0xfffffff0);
    pd.setAssociationId(8);
    QTest::newRow("partial delivery aborted, interleaved unordered")
            << pdapiEvent(1, SCTP_PARTIAL_DELIVERY_ABORTED, 8, 65535, 0xfffffff0)
            << QSctpNotification::PartialDeliveryEvent << QVariant::fromValue(pd);

    const struct
    {
        quint32 linux;
        QSctpAuthenticationEvent::Indication indication;
        const char *name;
    } indications[] = {
            {SCTP_AUTH_NEW_KEY, QSctpAuthenticationEvent::NewKey, "NEW_KEY"},
            {SCTP_AUTH_FREE_KEY, QSctpAuthenticationEvent::FreeKey, "FREE_KEY"},
            {SCTP_AUTH_NO_AUTH, QSctpAuthenticationEvent::NoAuthentication, "NO_AUTH"},
    };
    for (const auto &i : indications) {
        QSctpAuthenticationEvent auth;
        auth.setKeyNumber(7);
        auth.setAlternateKeyNumber(0);
        auth.setIndication(i.indication);
        auth.setAssociationId(3);
        QTest::addRow("authentication %s", i.name)
                << authEvent(7, 0, i.linux, 3) << QSctpNotification::AuthenticationEvent
                << QVariant::fromValue(auth);
    }
    QSctpAuthenticationEvent altKey;
    altKey.setKeyNumber(65535);
    altKey.setAlternateKeyNumber(4);
    QTest::newRow("authentication with alternate key")
            << authEvent(65535, 4, SCTP_AUTH_NEW_KEY, 0) << QSctpNotification::AuthenticationEvent
            << QVariant::fromValue(altKey);

    QSctpSenderDryEvent dry;
    dry.setAssociationId(12);
    QTest::newRow("sender dry") << senderDryEvent(12) << QSctpNotification::SenderDryEvent
                                << QVariant::fromValue(dry);

    QSctpAssociationResetEvent reset;
    reset.setLocalTsn(0xfffffff0);
    reset.setRemoteTsn(1);
    reset.setAssociationId(2);
    QTest::newRow("assoc reset") << assocResetEvent(0, 2, 0xfffffff0, 1)
                                 << QSctpNotification::AssociationResetEvent
                                 << QVariant::fromValue(reset);
    QSctpAssociationResetEvent denied = reset;
    denied.setFlags(QSctpAssociationResetEvent::Denied);
    QTest::newRow("assoc reset denied")
            << assocResetEvent(SCTP_ASSOC_RESET_DENIED, 2, 0xfffffff0, 1)
            << QSctpNotification::AssociationResetEvent << QVariant::fromValue(denied);
    QSctpAssociationResetEvent failed = reset;
    failed.setFlags(QSctpAssociationResetEvent::Failed);
    QTest::newRow("assoc reset failed")
            << assocResetEvent(SCTP_ASSOC_RESET_FAILED, 2, 0xfffffff0, 1)
            << QSctpNotification::AssociationResetEvent << QVariant::fromValue(failed);

    QSctpStreamChangeEvent change;
    change.setInboundStreams(100);
    change.setOutboundStreams(65535);
    change.setAssociationId(2);
    QTest::newRow("stream change")
            << streamChangeEvent(0, 2, 100, 65535) << QSctpNotification::StreamChangeEvent
            << QVariant::fromValue(change);
    QSctpStreamChangeEvent changeDenied = change;
    changeDenied.setFlags(QSctpStreamChangeEvent::Denied | QSctpStreamChangeEvent::Failed);
    QTest::newRow("stream change denied and failed")
            << streamChangeEvent(SCTP_STREAM_CHANGE_DENIED | SCTP_STREAM_CHANGE_FAILED, 2, 100,
                                 65535)
            << QSctpNotification::StreamChangeEvent << QVariant::fromValue(changeDenied);
}

void tst_QSctpNotification::fixedEvents()
{
    QFETCH(QByteArray, raw);
    QFETCH(QSctpNotification::Type, type);
    QFETCH(QVariant, expected);

    const QSctpNotification notification = QSctpNotification::decode(raw);
    QVERIFY2(notification.isValid(), qPrintable(notification.errorString()));
    QCOMPARE(notification.type(), type);
    QCOMPARE(notification.value().metaType(), expected.metaType());
    QVERIFY2(notification.value() == expected, qPrintable(debugText(notification.value())));
    // The typed accessor agrees with value().
    switch (type) {
    case QSctpNotification::ShutdownEvent:
        QCOMPARE(notification.shutdownEvent(), expected.value<QSctpShutdownEvent>());
        break;
    case QSctpNotification::AdaptationIndication:
        QCOMPARE(notification.adaptationIndication().indication(),
                 expected.value<QSctpAdaptationIndication>().indication());
        break;
    case QSctpNotification::PartialDeliveryEvent:
        QCOMPARE(notification.partialDeliveryEvent().stream(),
                 expected.value<QSctpPartialDeliveryEvent>().stream());
        QCOMPARE(notification.partialDeliveryEvent().sequence(),
                 expected.value<QSctpPartialDeliveryEvent>().sequence());
        QCOMPARE(notification.partialDeliveryEvent().indication(),
                 QSctpPartialDeliveryEvent::Aborted);
        break;
    case QSctpNotification::AuthenticationEvent:
        QCOMPARE(notification.authenticationEvent().indication(),
                 expected.value<QSctpAuthenticationEvent>().indication());
        QCOMPARE(notification.authenticationEvent().keyNumber(),
                 expected.value<QSctpAuthenticationEvent>().keyNumber());
        QCOMPARE(notification.authenticationEvent().alternateKeyNumber(),
                 expected.value<QSctpAuthenticationEvent>().alternateKeyNumber());
        break;
    case QSctpNotification::SenderDryEvent:
        QCOMPARE(notification.senderDryEvent(), expected.value<QSctpSenderDryEvent>());
        break;
    case QSctpNotification::AssociationResetEvent:
        QCOMPARE(notification.associationResetEvent().flags(),
                 expected.value<QSctpAssociationResetEvent>().flags());
        QCOMPARE(notification.associationResetEvent().localTsn(),
                 expected.value<QSctpAssociationResetEvent>().localTsn());
        QCOMPARE(notification.associationResetEvent().remoteTsn(),
                 expected.value<QSctpAssociationResetEvent>().remoteTsn());
        break;
    case QSctpNotification::StreamChangeEvent:
        QCOMPARE(notification.streamChangeEvent().flags(),
                 expected.value<QSctpStreamChangeEvent>().flags());
        QCOMPARE(notification.streamChangeEvent().inboundStreams(),
                 expected.value<QSctpStreamChangeEvent>().inboundStreams());
        QCOMPARE(notification.streamChangeEvent().outboundStreams(),
                 expected.value<QSctpStreamChangeEvent>().outboundStreams());
        break;
    default:
        QFAIL("unexpected type in the data");
    }
}

void tst_QSctpNotification::streamReset_data()
{
    QTest::addColumn<quint16>("flags");
    QTest::addColumn<QList<quint16>>("streams");

    QList<quint16> many;
    for (int i = 0; i < 1000; ++i)
        many.append(quint16(i * 65));
    QTest::newRow("no streams: all") << quint16(SCTP_STREAM_RESET_OUTGOING_SSN) << QList<quint16>();
    QTest::newRow("one stream") << quint16(SCTP_STREAM_RESET_INCOMING_SSN) << QList<quint16>{7};
    QTest::newRow("two streams, both directions")
            << quint16(SCTP_STREAM_RESET_INCOMING_SSN | SCTP_STREAM_RESET_OUTGOING_SSN)
            << QList<quint16>{0, 65535};
    QTest::newRow("1000 streams") << quint16(SCTP_STREAM_RESET_OUTGOING_SSN) << many;
    QTest::newRow("denied") << quint16(SCTP_STREAM_RESET_OUTGOING_SSN | SCTP_STREAM_RESET_DENIED)
                            << QList<quint16>{1, 2};
    QTest::newRow("failed") << quint16(SCTP_STREAM_RESET_INCOMING_SSN | SCTP_STREAM_RESET_FAILED)
                            << QList<quint16>{3};
    QTest::newRow("unknown flag bit kept") << quint16(0x8001) << QList<quint16>{3};
}

void tst_QSctpNotification::streamReset()
{
    QFETCH(quint16, flags);
    QFETCH(QList<quint16>, streams);

    const QByteArray raw = streamResetEvent(flags, 6, streams);
    QCOMPARE(raw.size(), qsizetype(sizeof(sctp_stream_reset_event) + 2 * streams.size()));
    const QSctpNotification notification = QSctpNotification::decode(raw);
    QVERIFY2(notification.isValid(), qPrintable(notification.errorString()));
    QCOMPARE(notification.type(), QSctpNotification::StreamResetEvent);
    QCOMPARE(notification.flags(), flags);
    const QSctpStreamResetEvent event = notification.streamResetEvent();
    QCOMPARE(event.flags().toInt(), flags);
    QCOMPARE(event.streams(), streams);
    QCOMPARE(event.associationId(), 6);
    QCOMPARE(event.flags().testFlag(QSctpStreamResetEvent::Denied),
             bool(flags & SCTP_STREAM_RESET_DENIED));
}

void tst_QSctpNotification::unknownType_data()
{
    QTest::addColumn<quint16>("type");
    QTest::addColumn<quint16>("flags");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("0x0000, empty") << quint16(0) << quint16(0) << QByteArray();
    QTest::newRow("0x7fff") << quint16(0x7fff) << quint16(1) << hex("01");
    QTest::newRow("SCTP_DATA_IO_EVENT (0x8000) is no notification")
            << quint16(SCTP_DATA_IO_EVENT) << quint16(0) << hex("00000000");
    QTest::newRow("next kernel type (0x800e)")
            << quint16(SCTP_SN_TYPE_MAX + 1) << quint16(0xabcd) << QByteArray("future body");
    QTest::newRow("0xffff, long body")
            << quint16(0xffff) << quint16(0xffff) << QByteArray(4096, 'z');
}

void tst_QSctpNotification::unknownType()
{
    QFETCH(quint16, type);
    QFETCH(quint16, flags);
    QFETCH(QByteArray, body);

    const QByteArray raw = unknownNotification(type, flags, body);
    const QSctpNotification notification = QSctpNotification::decode(raw);
    QVERIFY2(notification.isValid(), qPrintable(notification.errorString()));
    QCOMPARE(notification.decodeError(), QSctpNotification::NoError);
    QCOMPARE(notification.type(), QSctpNotification::UnknownType);
    QCOMPARE(notification.typeCode(), type);
    QCOMPARE(notification.flags(), flags);
    QCOMPARE(notification.declaredLength(), quint32(raw.size()));
    QCOMPARE(notification.rawData(), raw);
    QCOMPARE(notification.rawData().mid(QSctpNotification::HeaderSize), body);
    QVERIFY(!notification.value().isValid());
    QCOMPARE(notification.associationChange(), QSctpAssociationChange());
    QCOMPARE(notification.sendFailed(), QSctpSendFailed());
    const QString text = debugText(notification);
    QVERIFY2(text.contains(QString::number(type, 16)), qPrintable(text));
}

// --- lengths
// --------------------------------------------------------------------------------------

void tst_QSctpNotification::truncatedBuffer_data()
{
    QTest::addColumn<QByteArray>("raw");
    for (const Fixture &fixture : fixtures())
        QTest::newRow(fixture.name) << fixture.bytes;
    QTest::newRow("unknown type") << unknownNotification(0x9000, 0, "body");
}

// recvmsg() returned fewer bytes than sn_length (a notification larger than the buffer):
// every prefix is an error, never a read past it.
void tst_QSctpNotification::truncatedBuffer()
{
    QFETCH(QByteArray, raw);

    for (qsizetype size = 0; size < raw.size(); ++size) {
        // A heap copy of exactly `size` bytes, so that the sanitizers see any overread.
        const QByteArray prefix(raw.constData(), size);
        const QSctpNotification notification = QSctpNotification::decode(prefix);
        QVERIFY(!notification.isValid());
        const auto expected = size < QSctpNotification::HeaderSize
                ? QSctpNotification::TruncatedHeader
                : QSctpNotification::LengthBeyondBuffer;
        QCOMPARE(notification.decodeError(), expected);
        QVERIFY(!notification.errorString().isEmpty());
        QVERIFY(!notification.value().isValid());
        QCOMPARE(notification.rawData(), prefix);
        if (size >= QSctpNotification::HeaderSize) {
            QCOMPARE(notification.declaredLength(), quint32(raw.size()));
            QCOMPARE(notification.typeCode(), QSctpNotification::decode(raw).typeCode());
            QVERIFY2(notification.errorString().contains(QString::number(raw.size())),
                     qPrintable(notification.errorString()));
            QVERIFY2(notification.errorString().contains(QString::number(size)),
                     qPrintable(notification.errorString()));
        } else {
            QCOMPARE(notification.typeCode(), quint16(0));
            QCOMPARE(notification.type(), QSctpNotification::UnknownType);
        }
    }
}

void tst_QSctpNotification::truncatedDeclaredLength_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<quint64>("fixedSize");
    QTest::addColumn<int>("tail");
    for (const Fixture &fixture : fixtures())
        QTest::newRow(fixture.name)
                << fixture.bytes << quint64(fixture.fixedSize) << int(fixture.tail);
}

// sn_length itself says fewer bytes than the struct needs: every prefix, with sn_length patched
// to its size, fails with the error that names what is missing (or, past the fixed struct,
// decodes with a shorter variable part).
void tst_QSctpNotification::truncatedDeclaredLength()
{
    QFETCH(QByteArray, raw);
    QFETCH(quint64, fixedSize);
    QFETCH(int, tail);

    const QSctpNotification full = QSctpNotification::decode(raw);
    QVERIFY2(full.isValid(), qPrintable(full.errorString()));
    const auto addressOffset = qsizetype(offsetof(sctp_paddr_change, spc_aaddr));

    for (qsizetype size = 0; size < raw.size(); ++size) {
        QByteArray prefix(raw.constData(), size);
        if (size >= QSctpNotification::HeaderSize)
            patchLength(prefix, quint32(size));
        const QSctpNotification notification = QSctpNotification::decode(prefix);

        auto expected = QSctpNotification::NoError;
        if (size < QSctpNotification::HeaderSize) {
            expected = QSctpNotification::TruncatedHeader;
        } else if (Tail(tail) == Tail::Address) {
            // The fixtures' addresses are AF_INET or AF_INET6: family, then sockaddr, then body.
            const bool v6 = full.peerAddressChange().address().protocol()
                    == QAbstractSocket::IPv6Protocol;
            const qsizetype sockaddrSize = v6 ? sizeof(sockaddr_in6) : sizeof(sockaddr_in);
            if (size < addressOffset + qsizetype(sizeof(sa_family_t)))
                expected = QSctpNotification::TruncatedAddress;
            else if (size < addressOffset + sockaddrSize)
                expected = QSctpNotification::TruncatedAddress;
            else if (size < qsizetype(fixedSize))
                expected = QSctpNotification::TruncatedBody;
        } else if (size < qsizetype(fixedSize)) {
            expected = QSctpNotification::TruncatedBody;
        } else if (Tail(tail) == Tail::StreamList && (size - qsizetype(fixedSize)) % 2 != 0) {
            expected = QSctpNotification::TruncatedStreamList;
        }

        QCOMPARE(notification.decodeError(), expected);
        QCOMPARE(notification.isValid(), expected == QSctpNotification::NoError);
        QCOMPARE(notification.errorString().isEmpty(), expected == QSctpNotification::NoError);
        if (size >= QSctpNotification::HeaderSize && expected != QSctpNotification::NoError) {
            // The message names the type and the size it got.
            const QString typeName
                    = QString::fromLatin1(QTest::currentDataTag()).section(u' ', 0, 0);
            const QString message = notification.errorString();
            QVERIFY2(message.contains(typeName), qPrintable(message));
            QVERIFY2(message.contains(QString::number(size)), qPrintable(message));
        }
        if (expected != QSctpNotification::NoError) {
            QVERIFY(!notification.value().isValid());
            QCOMPARE(notification.type(),
                     size < QSctpNotification::HeaderSize ? QSctpNotification::UnknownType
                                                          : full.type());
            continue;
        }
        // Past the fixed struct: the same event with the shorter variable part.
        QCOMPARE(notification.type(), full.type());
        QCOMPARE(notification.rawData(), prefix);
        switch (full.type()) {
        case QSctpNotification::AssociationChange:
            QCOMPARE(notification.associationChange().info(),
                     full.associationChange().info().left(size - qsizetype(fixedSize)));
            break;
        case QSctpNotification::RemoteError:
            QCOMPARE(notification.remoteError().data(),
                     full.remoteError().data().left(size - qsizetype(fixedSize)));
            break;
        case QSctpNotification::SendFailed:
        case QSctpNotification::SendFailedEvent:
            QCOMPARE(notification.sendFailed().data(),
                     full.sendFailed().data().left(size - qsizetype(fixedSize)));
            QCOMPARE(notification.sendFailed().ppid(), full.sendFailed().ppid());
            break;
        case QSctpNotification::StreamResetEvent:
            QCOMPARE(notification.streamResetEvent().streams(),
                     full.streamResetEvent().streams().first((size - qsizetype(fixedSize)) / 2));
            break;
        default:
            QFAIL("a fixed-size type decoded from fewer bytes than its struct");
        }
    }
}

void tst_QSctpNotification::declaredLengthBelowHeader()
{
    for (quint32 length = 0; length < quint32(QSctpNotification::HeaderSize); ++length) {
        QByteArray raw = shutdownEvent(1);
        patchLength(raw, length);
        const QSctpNotification notification = QSctpNotification::decode(raw);
        QVERIFY(!notification.isValid());
        QCOMPARE(notification.decodeError(), QSctpNotification::InvalidLength);
        QCOMPARE(notification.declaredLength(), length);
        QCOMPARE(notification.type(), QSctpNotification::ShutdownEvent);
        QVERIFY(!notification.errorString().isEmpty());
    }
    QByteArray huge = shutdownEvent(1);
    patchLength(huge, 0xffffffff);
    QCOMPARE(QSctpNotification::decode(huge).decodeError(), QSctpNotification::LengthBeyondBuffer);
}

void tst_QSctpNotification::bytesBeyondDeclaredLengthIgnored()
{
    for (const Fixture &fixture : fixtures()) {
        const QByteArray padded = fixture.bytes + QByteArray(13, '\xee');
        const QSctpNotification exact = QSctpNotification::decode(fixture.bytes);
        const QSctpNotification notification = QSctpNotification::decode(padded);
        QVERIFY2(notification.isValid(), fixture.name);
        QCOMPARE(notification.rawData(), fixture.bytes);
        QCOMPARE(notification.value(), exact.value());
        QCOMPARE(notification, exact);
    }
}

void tst_QSctpNotification::unalignedBuffers_data()
{
    QTest::addColumn<QByteArray>("raw");
    for (const Fixture &fixture : fixtures())
        QTest::newRow(fixture.name) << fixture.bytes;
}

void tst_QSctpNotification::unalignedBuffers()
{
    QFETCH(QByteArray, raw);

    const QSctpNotification aligned = QSctpNotification::decode(raw);
    QVERIFY(aligned.isValid());
    for (qsizetype offset = 1; offset < 8; ++offset) {
        QByteArray storage(offset, '\x55');
        storage += raw;
        const QByteArrayView unaligned(storage.constData() + offset, raw.size());
        const QSctpNotification notification = QSctpNotification::decode(unaligned);
        QVERIFY2(notification.isValid(), qPrintable(notification.errorString()));
        QCOMPARE(notification.value(), aligned.value());
        QCOMPARE(notification, aligned);
    }
}

// --- value types
// ----------------------------------------------------------------------------------

void tst_QSctpNotification::typedAccessorsOfOtherTypes_data()
{
    unalignedBuffers_data();
}

// Each typed accessor returns a default value unless the type matches.
void tst_QSctpNotification::typedAccessorsOfOtherTypes()
{
    QFETCH(QByteArray, raw);

    const QSctpNotification n = QSctpNotification::decode(raw);
    QVERIFY(n.isValid());
    const auto type = n.type();
    const auto check = [&](bool matches, const QVariant &typed, const QVariant &defaultValue) {
        return matches ? typed == n.value() : typed == defaultValue;
    };
    using N = QSctpNotification;
    QVERIFY(check(type == N::AssociationChange, QVariant::fromValue(n.associationChange()),
                  QVariant::fromValue(QSctpAssociationChange())));
    QVERIFY(check(type == N::PeerAddressChange, QVariant::fromValue(n.peerAddressChange()),
                  QVariant::fromValue(QSctpPeerAddressChange())));
    QVERIFY(check(type == N::RemoteError, QVariant::fromValue(n.remoteError()),
                  QVariant::fromValue(QSctpRemoteError())));
    QVERIFY(check(type == N::SendFailed || type == N::SendFailedEvent,
                  QVariant::fromValue(n.sendFailed()), QVariant::fromValue(QSctpSendFailed())));
    QVERIFY(check(type == N::ShutdownEvent, QVariant::fromValue(n.shutdownEvent()),
                  QVariant::fromValue(QSctpShutdownEvent())));
    QVERIFY(check(type == N::PartialDeliveryEvent, QVariant::fromValue(n.partialDeliveryEvent()),
                  QVariant::fromValue(QSctpPartialDeliveryEvent())));
    QVERIFY(check(type == N::AdaptationIndication, QVariant::fromValue(n.adaptationIndication()),
                  QVariant::fromValue(QSctpAdaptationIndication())));
    QVERIFY(check(type == N::AuthenticationEvent, QVariant::fromValue(n.authenticationEvent()),
                  QVariant::fromValue(QSctpAuthenticationEvent())));
    QVERIFY(check(type == N::SenderDryEvent, QVariant::fromValue(n.senderDryEvent()),
                  QVariant::fromValue(QSctpSenderDryEvent())));
    QVERIFY(check(type == N::StreamResetEvent, QVariant::fromValue(n.streamResetEvent()),
                  QVariant::fromValue(QSctpStreamResetEvent())));
    QVERIFY(check(type == N::AssociationResetEvent, QVariant::fromValue(n.associationResetEvent()),
                  QVariant::fromValue(QSctpAssociationResetEvent())));
    QVERIFY(check(type == N::StreamChangeEvent, QVariant::fromValue(n.streamChangeEvent()),
                  QVariant::fromValue(QSctpStreamChangeEvent())));
}

void tst_QSctpNotification::valueTypes_data()
{
    unalignedBuffers_data();
}

// Through QVariant and QMetaProperty, as a GUI would see them: registered, copyable, comparable,
// printable, and every property readable; changing any writable property breaks equality.
void tst_QSctpNotification::valueTypes()
{
    QFETCH(QByteArray, raw);

    const QSctpNotification notification = QSctpNotification::decode(raw);
    const QVariant value = notification.value();
    QVERIFY(value.isValid());
    const QMetaType metaType = value.metaType();
    QVERIFY(metaType.isValid());
    QVERIFY(metaType.isEqualityComparable());
    QVERIFY(metaType.hasRegisteredDebugStreamOperator());
    const QByteArray typeName = metaType.name();
    QVERIFY2(typeName.startsWith("QtSctp::QSctp"), typeName.constData());
    QCOMPARE(QMetaType::fromName(typeName), metaType);

    // Copy, equality, QVariant round trip.
    const QVariant copy = value;
    QCOMPARE(copy, value);
    QVariant roundTrip(metaType, value.constData());
    QCOMPARE(roundTrip, value);
    QVERIFY(value != QVariant(metaType)); // the fixtures differ from default values

    // QDebug names the class and says more than its name.
    const QString text = debugText(value);
    const QString className = QString::fromLatin1(typeName.mid(int(sizeof("QtSctp::")) - 1));
    QVERIFY2(text.contains(className + QLatin1Char('(')), qPrintable(text));
    QVERIFY2(text.size() > 2 * className.size(), qPrintable(text));

    const QMetaObject *metaObject = metaType.metaObject();
    QVERIFY(metaObject);
    QVERIFY(metaObject->propertyCount() > 0);
    for (int i = metaObject->propertyOffset(); i < metaObject->propertyCount(); ++i) {
        const QMetaProperty property = metaObject->property(i);
        const QVariant read = property.readOnGadget(value.constData());
        QVERIFY2(read.isValid(), property.name());
        if (!property.isWritable())
            continue;
        QVariant changed = value;
        const QVariant other = otherValue(property, read);
        QVERIFY2(other.isValid(), property.name());
        QVERIFY2(property.writeOnGadget(changed.data(), other), property.name());
        QVERIFY2(changed != value, property.name());
        QVERIFY2(property.writeOnGadget(changed.data(), read), property.name());
        QVERIFY2(changed == value, property.name());
    }
}

void tst_QSctpNotification::notificationValueSemantics()
{
    const QSctpNotification null;
    QVERIFY(!null.isValid());
    QCOMPARE(null.decodeError(), QSctpNotification::NoError);
    QVERIFY(null.errorString().isEmpty());
    QCOMPARE(null.type(), QSctpNotification::UnknownType);
    QCOMPARE(null.typeCode(), quint16(0));
    QCOMPARE(null.flags(), quint16(0));
    QCOMPARE(null.declaredLength(), quint32(0));
    QVERIFY(null.rawData().isNull());
    QVERIFY(!null.value().isValid());
    QCOMPARE(null.associationChange(), QSctpAssociationChange());
    QCOMPARE(null, QSctpNotification());

    const QByteArray raw = assocChange(SCTP_COMM_UP, 0, 3, 4, 5);
    QSctpNotification a = QSctpNotification::decode(raw);
    const QSctpNotification b = QSctpNotification::decode(raw);
    QCOMPARE(a, b);
    QVERIFY(a != null);
    const QSctpNotification c = QSctpNotification::decode(shutdownEvent(5));
    QVERIFY(a != c);
    const QSctpNotification invalid = QSctpNotification::decode(raw.left(3));
    QVERIFY(invalid != null);
    QVERIFY(invalid != a);
    QCOMPARE(invalid, QSctpNotification::decode(raw.left(3)));

    QSctpNotification copy = a;
    QCOMPARE(copy, a);
    QSctpNotification moved = std::move(copy);
    QCOMPARE(moved, a);
    moved = c;
    QCOMPARE(moved, c);
    moved.swap(a);
    QCOMPARE(moved, b);
    QCOMPARE(a, c);
    a = std::move(moved);
    QCOMPARE(a, b);

    const QVariant variant = QVariant::fromValue(a);
    QCOMPARE(variant.value<QSctpNotification>(), a);

    // The gadget's own properties.
    const QMetaObject &metaObject = QSctpNotification::staticMetaObject;
    for (int i = metaObject.propertyOffset(); i < metaObject.propertyCount(); ++i)
        QVERIFY2(metaObject.property(i).readOnGadget(&a).isValid(), metaObject.property(i).name());
    QCOMPARE(metaObject.property(metaObject.indexOfProperty("value")).readOnGadget(&a), a.value());
}

void tst_QSctpNotification::notificationDebug()
{
    QCOMPARE(debugText(QSctpNotification()), QStringLiteral("QSctpNotification(null) "));

    for (const Fixture &fixture : fixtures()) {
        const QSctpNotification notification = QSctpNotification::decode(fixture.bytes);
        const QString text = debugText(notification);
        QVERIFY2(text.startsWith(QStringLiteral("QSctpNotification(")), qPrintable(text));
        // The typed value prints inside, e.g. "QSctpAssociationChange(".
        const QByteArray typeName = notification.value().metaType().name();
        const QString className = QString::fromLatin1(typeName.mid(int(sizeof("QtSctp::")) - 1));
        QVERIFY2(text.contains(className + QLatin1Char('(')), qPrintable(text));
    }

    const QString lost = debugText(QSctpNotification::decode(
            assocChange(SCTP_COMM_LOST, htons(12), 0, 0, 1, userAbortCauses)));
    QVERIFY2(lost.contains(QStringLiteral("CommunicationLost")), qPrintable(lost));
    QVERIFY2(lost.contains(QStringLiteral("abort cause 12")), qPrintable(lost));
    const QString up = debugText(
            QSctpNotification::decode(assocChange(SCTP_COMM_UP, 0, 1, 1, 1, hex("0102"))));
    QVERIFY2(up.contains(QStringLiteral("PartialReliability|Authentication")), qPrintable(up));
    const QString v6 = debugText(QSctpNotification::decode(
            paddrChangeV6("2001:db8::1", 80, 0, SCTP_ADDR_POTENTIALLY_FAILED, 0, 1)));
    QVERIFY2(v6.contains(QStringLiteral("[2001:db8::1]:80")), qPrintable(v6));
    QVERIFY2(v6.contains(QStringLiteral("AddressPotentiallyFailed")), qPrintable(v6));
    const QString streams = debugText(QSctpNotification::decode(
            streamResetEvent(SCTP_STREAM_RESET_INCOMING_SSN | 0x100, 1, {4, 5})));
    QVERIFY2(streams.contains(QStringLiteral("IncomingSsn|0x100")), qPrintable(streams));
    QVERIFY2(streams.contains(QStringLiteral("streams 4,5")), qPrintable(streams));

    const QString invalid = debugText(QSctpNotification::decode(shutdownEvent(1).left(10)));
    QVERIFY2(invalid.contains(QStringLiteral("LengthBeyondBuffer")), qPrintable(invalid));
    const QString unknown
            = debugText(QSctpNotification::decode(unknownNotification(0x9abc, 2, "hi")));
    QVERIFY2(unknown.contains(QStringLiteral("type 0x9abc")), qPrintable(unknown));
    QVERIFY2(unknown.contains(QStringLiteral("68 69")), qPrintable(unknown));

    const QString big
            = debugText(QSctpNotification::decode(sendFailedEvent({}, QByteArray(500, 'a'))));
    QVERIFY2(big.contains(QStringLiteral("(500 bytes)")), qPrintable(big));
    QVERIFY2(big.size() < 600, qPrintable(big));
}

void tst_QSctpNotification::metaTypesRegistered()
{
    const char *names[] = {
            "QtSctp::QSctpNotification",         "QtSctp::QSctpAssociationChange",
            "QtSctp::QSctpPeerAddressChange",    "QtSctp::QSctpRemoteError",
            "QtSctp::QSctpSendFailed",           "QtSctp::QSctpShutdownEvent",
            "QtSctp::QSctpPartialDeliveryEvent", "QtSctp::QSctpAdaptationIndication",
            "QtSctp::QSctpAuthenticationEvent",  "QtSctp::QSctpSenderDryEvent",
            "QtSctp::QSctpStreamResetEvent",     "QtSctp::QSctpAssociationResetEvent",
            "QtSctp::QSctpStreamChangeEvent",
    };
    // Decoding one of each registers the value types with the meta type system.
    for (const Fixture &fixture : fixtures())
        QVERIFY(QSctpNotification::decode(fixture.bytes).value().isValid());
    QCOMPARE(QMetaType::fromType<QSctpNotification>().name(),
             QByteArrayView("QtSctp::QSctpNotification"));
    for (const char *name : names) {
        const QMetaType metaType = QMetaType::fromName(name);
        QVERIFY2(metaType.isValid(), name);
        QVERIFY2(metaType.metaObject(), name);
        QVERIFY2(metaType.isEqualityComparable(), name);
    }
    // The enums are known to the meta object system by name.
    QCOMPARE(QMetaEnum::fromType<QSctpNotification::Type>().valueToKey(SCTP_SEND_FAILED_EVENT),
             "SendFailedEvent");
    QCOMPARE(QMetaEnum::fromType<QSctpPeerAddressChange::State>().keyCount(), 7);
}

QTEST_APPLESS_MAIN(tst_QSctpNotification)

#include "tst_qsctpnotification.moc"
