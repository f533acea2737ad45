// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPUSRSCTPBRIDGE_P_H
#define QTSCTP_QSCTPUSRSCTPBRIDGE_P_H

//
//  W A R N I N G
//  -------------
// Internal to QtSctp: not part of the public API, and may change without notice.
//

// The neutral ground between the two SCTP headers. <usrsctp.h> and <netinet/sctp.h> define the
// same names with different values (usrsctp's COMM_UP is 1, Linux's 0; its ESTABLISHED is 8,
// Linux's 4), so no translation unit includes both: qsctpusrsctpengine.cpp reads usrsctp's
// structs into these values, qsctpusrsctplinux.cpp writes and reads Linux's layouts. Every enum
// value here is in the vocabulary of QtSctp's public types (which follow Linux's numbering).

#include <QtSctp/qtsctpglobal.h>
#include <QtCore/qbytearray.h>
#include <QtCore/qglobal.h>
#include <QtCore/qlist.h>

#include <sys/socket.h>

QTSCTP_BEGIN_NAMESPACE

namespace QSctpUsrsctpBridge {

// One notification, field by field. type is a QSctpNotification::Type (Linux's sn_type);
// states and indications are the public enums' values.
struct Notification
{
    quint16 type = 0;
    quint16 flags = 0;
    quint32 assocId = 0;
    // SCTP_ASSOC_CHANGE
    quint16 assocState = 0; // QSctpAssociationChange::State
    quint16 assocError = 0;
    quint16 outboundStreams = 0;
    quint16 inboundStreams = 0;
    // SCTP_PEER_ADDR_CHANGE
    sockaddr_storage address{};
    quint32 addressState = 0; // QSctpPeerAddressChange::State
    quint32 addressError = 0;
    // SCTP_REMOTE_ERROR: the cause code as on the wire (network order)
    quint16 remoteCauseWire = 0;
    // SCTP_SEND_FAILED_EVENT
    quint32 sendError = 0;
    quint16 sendStream = 0;
    bool sendUnordered = false;
    quint32 sendPpidWire = 0; // network order, as the PPID was handed to the stack
    quint32 sendContext = 0;
    // SCTP_ADAPTATION_INDICATION
    quint32 adaptation = 0;
    // SCTP_PARTIAL_DELIVERY_EVENT (indication: Linux's value)
    quint32 pdIndication = 0;
    quint32 pdStream = 0;
    quint32 pdSequence = 0;
    // SCTP_AUTHENTICATION_EVENT (indication: Linux's value)
    quint16 authKeyNumber = 0;
    quint32 authIndication = 0;
    // SCTP_STREAM_RESET_EVENT
    QList<quint16> streams;
    // SCTP_ASSOC_RESET_EVENT
    quint32 localTsn = 0;
    quint32 remoteTsn = 0;
    // SCTP_STREAM_CHANGE_EVENT: inboundStreams and outboundStreams above
    // sac_info, sre_data, ssf_data
    QByteArray data;
};

// Linux-layout notification bytes for QSctpNotification::decode().
QByteArray toLinuxNotification(const Notification &notification);

// The Linux option a caller asked for, engine-neutrally.
enum class Option {
    Unsupported,
    IntValue, // an int both ways: see intOption
    Linger,
    InitMsg,
    Status,
    PeerAddrInfo,
    RtoInfo,
    AssocInfo,
    PeerAddrParams,
    DelayedSack,
    MaxSeg,
    Adaptation,
    PrimaryAddr,
    SetPeerPrimaryAddr,
    Event, // SCTP_EVENT
    DefaultSndInfo, // SCTP_DEFAULT_SNDINFO
    PeerAddrThresholds, // SCTP_PEER_ADDR_THLDS
};
enum class IntOption {
    None,
    SendBuffer,
    ReceiveBuffer,
    Error,
    NoDelay,
    DisableFragments,
    RecvRcvInfo,
    PartialDeliveryPoint,
    ReuseAddress,
};
Option classify(int level, int name, IntOption *intOption);
// The Linux option's name, for messages.
const char *linuxOptionName(int level, int name);

struct InitMsg
{
    quint16 outboundStreams = 0;
    quint16 maxInboundStreams = 0;
    quint16 maxAttempts = 0;
    quint16 maxInitTimeout = 0;
};
struct PathInfo
{
    sockaddr_storage address{};
    quint16 state = 0xffff; // QSctpPeerAddressInfo::State
    quint32 cwnd = 0;
    quint32 srtt = 0;
    quint32 rto = 0;
    quint32 mtu = 0;
};
struct Status
{
    qint32 state = 0; // QSctpAssociationStatus::State
    quint32 rwnd = 0;
    quint16 unackedData = 0;
    quint16 pendingData = 0;
    quint16 inboundStreams = 0;
    quint16 outboundStreams = 0;
    quint32 fragmentationPoint = 0;
    PathInfo primary;
};
struct RtoInfo
{
    quint32 initial = 0;
    quint32 max = 0;
    quint32 min = 0;
};
struct AssocInfo
{
    quint16 maxRetransmissions = 0;
    quint16 peerDestinations = 0;
    quint32 peerRwnd = 0;
    quint32 localRwnd = 0;
    quint32 cookieLife = 0;
};
// Flags: the SPP_* meaning named here, translated on each side.
struct PeerAddrParams
{
    sockaddr_storage address{};
    quint32 heartbeatInterval = 0;
    quint32 pathMtu = 0;
    quint16 pathMaxRetransmissions = 0;
    bool heartbeatEnable = false;
    bool heartbeatDisable = false;
    bool pmtudEnable = false;
    bool pmtudDisable = false;
    bool heartbeatTimeIsZero = false;
    // Linux keeps the SACK delay here too (usrsctp in SCTP_DELAYED_SACK only, where the engine
    // puts it): enabled with spp_sackdelay, or disabled (a SACK for every packet).
    bool sackDelayEnable = false;
    bool sackDelayDisable = false;
    quint32 sackDelay = 0;
};
struct Thresholds
{
    sockaddr_storage address{};
    quint16 pathMaxRetransmissions = 0;
    quint16 potentiallyFailed = 0;
};
struct SndInfo
{
    quint16 stream = 0;
    bool unordered = false;
    quint32 ppidWire = 0; // network order, as given
    quint32 context = 0;
};
struct SackInfo
{
    quint32 delay = 0;
    quint32 frequency = 0;
};

// Linux struct bytes <-> neutral values. read*() return 0 or EINVAL (too short); write*() fill
// the caller's buffer and its length, or return EINVAL.
int readInitMsg(const void *value, unsigned length, InitMsg *out);
int writeInitMsg(const InitMsg &in, void *value, unsigned *length);
int writeStatus(const Status &in, void *value, unsigned *length);
int readPathAddress(const void *value, unsigned length, sockaddr_storage *address);
int writePathInfo(const PathInfo &in, void *value, unsigned *length);
int readRtoInfo(const void *value, unsigned length, RtoInfo *out);
int writeRtoInfo(const RtoInfo &in, void *value, unsigned *length);
int readAssocInfo(const void *value, unsigned length, AssocInfo *out);
int writeAssocInfo(const AssocInfo &in, void *value, unsigned *length);
int readPeerAddrParams(const void *value, unsigned length, PeerAddrParams *out);
int writePeerAddrParams(const PeerAddrParams &in, void *value, unsigned *length);
int readSackInfo(const void *value, unsigned length, SackInfo *out);
int writeSackInfo(const SackInfo &in, void *value, unsigned *length);
// SCTP_MAXSEG: an int or a struct sctp_assoc_value.
int readAssocValue(const void *value, unsigned length, quint32 *out);
int writeAssocValue(quint32 in, void *value, unsigned *length);
int readU32(const void *value, unsigned length, quint32 *out);
int writeU32(quint32 in, void *value, unsigned *length);
// SCTP_PRIMARY_ADDR (struct sctp_prim) and SCTP_SET_PEER_PRIMARY_ADDR (sctp_setpeerprim).
int readPrimaryAddress(const void *value, unsigned length, sockaddr_storage *address);
int writePrimaryAddress(const sockaddr_storage &address, void *value, unsigned *length);
int readPeerPrimaryAddress(const void *value, unsigned length, sockaddr_storage *address);
// SCTP_EVENT (struct sctp_event): the type asked about (a QSctpNotification::Type) and whether
// it is on.
int readEvent(const void *value, unsigned length, quint16 *type, bool *on);
int writeEvent(quint16 type, bool on, void *value, unsigned *length);
int readThresholds(const void *value, unsigned length, Thresholds *out);
int writeThresholds(const Thresholds &in, void *value, unsigned *length);
int readSndInfo(const void *value, unsigned length, SndInfo *out);
int writeSndInfo(const SndInfo &in, void *value, unsigned *length);

} // namespace QSctpUsrsctpBridge

QTSCTP_END_NAMESPACE

#endif // QTSCTP_QSCTPUSRSCTPBRIDGE_P_H
