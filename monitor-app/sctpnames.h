// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_SCTPNAMES_H
#define QTSCTP_MONITOR_SCTPNAMES_H

#include <QtSctp/qsctpassociationstatus.h>
#include <QtSctp/qsctppeeraddressinfo.h>
#include <QtSctp/qsctpsocket.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

// Names for the numbers SCTP puts on the wire and the kernel reports. The *Key() functions give
// fixed identifiers for files and scripts (never translated); the *Name() functions give text
// for people.
class SctpNames
{
    Q_DECLARE_TR_FUNCTIONS(SctpNames)
public:
    // The IANA name of a payload protocol identifier ("S1AP" for 18), empty when unknown.
    // Protocol names stay untranslated: they are what the specifications call them.
    static QString ppidName(quint32 ppid);
    // "S1AP (18)", or "PPID 1234" for an unknown one.
    static QString ppidLabel(quint32 ppid);

    // The RFC 9260 (and RFC 5061, RFC 4895) name of an error cause, e.g. "User-Initiated Abort"
    // for 12; empty when unknown.
    static QString errorCauseName(quint16 code);
    // "12 (User-Initiated Abort)", or "cause 999".
    static QString errorCauseLabel(quint16 code);

    // ACTIVE, POTENTIALLY_FAILED, INACTIVE, UNCONFIRMED, UNKNOWN.
    static QString pathStateKey(QtSctp::QSctpPeerAddressInfo::State state);
    static QString pathStateName(QtSctp::QSctpPeerAddressInfo::State state);
    // The kernel's path state number (as /proc/net/sctp/remaddr prints it) as a State.
    static QtSctp::QSctpPeerAddressInfo::State pathStateFromKernel(int value);

    // ESTABLISHED, COOKIE_WAIT, ... (SCTP_STATUS's sstat_state).
    static QString associationStateKey(QtSctp::QSctpAssociationStatus::State state);
    static QString associationStateName(QtSctp::QSctpAssociationStatus::State state);
    // The kernel's internal enum sctp_state (as /proc/net/sctp/assocs prints it in column ST),
    // which counts from CLOSED = 0, unlike SCTP_STATUS which counts from EMPTY = 0.
    static QtSctp::QSctpAssociationStatus::State associationStateFromProc(int value);

    // QSctpSocket's own state, for people ("connected").
    static QString socketStateName(QtSctp::QSctpSocket::SocketState state);
};

#endif // QTSCTP_MONITOR_SCTPNAMES_H
