// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "sctpnames.h"

using QtSctp::QSctpAssociationStatus;
using QtSctp::QSctpPeerAddressInfo;
using QtSctp::QSctpSocket;

QString SctpNames::ppidName(quint32 ppid)
{
    // From the IANA "SCTP Payload Protocol Identifiers" registry.
    switch (ppid) {
    case 1:
        return QStringLiteral("IUA");
    case 2:
        return QStringLiteral("M2UA");
    case 3:
        return QStringLiteral("M3UA");
    case 4:
        return QStringLiteral("SUA");
    case 5:
        return QStringLiteral("M2PA");
    case 6:
        return QStringLiteral("V5UA");
    case 7:
        return QStringLiteral("H.248");
    case 8:
        return QStringLiteral("BICC");
    case 9:
        return QStringLiteral("TALI");
    case 10:
        return QStringLiteral("DUA");
    case 11:
        return QStringLiteral("ASAP");
    case 12:
        return QStringLiteral("ENRP");
    case 13:
        return QStringLiteral("H.323");
    case 14:
        return QStringLiteral("Q.IPC");
    case 15:
        return QStringLiteral("SIMCO");
    case 18:
        return QStringLiteral("S1AP");
    case 19:
        return QStringLiteral("RUA");
    case 20:
        return QStringLiteral("HNBAP");
    case 24:
        return QStringLiteral("SBc-AP");
    case 25:
        return QStringLiteral("NBAP");
    case 27:
        return QStringLiteral("X2AP");
    case 29:
        return QStringLiteral("LCS-AP");
    case 31:
        return QStringLiteral("SABP");
    case 43:
        return QStringLiteral("M2AP");
    case 44:
        return QStringLiteral("M3AP");
    case 45:
        return QStringLiteral("SSH");
    case 46:
        return QStringLiteral("Diameter");
    case 47:
        return QStringLiteral("Diameter/DTLS");
    case 50:
        return QStringLiteral("WebRTC DCEP");
    case 51:
        return QStringLiteral("WebRTC String");
    case 52:
        return QStringLiteral("WebRTC Binary Partial");
    case 53:
        return QStringLiteral("WebRTC Binary");
    case 54:
        return QStringLiteral("WebRTC String Partial");
    case 55:
        return QStringLiteral("3GPP PUA");
    case 56:
        return QStringLiteral("WebRTC String Empty");
    case 57:
        return QStringLiteral("WebRTC Binary Empty");
    case 58:
        return QStringLiteral("XwAP");
    case 60:
        return QStringLiteral("NGAP");
    case 61:
        return QStringLiteral("XnAP");
    case 62:
        return QStringLiteral("F1AP");
    case 64:
        return QStringLiteral("E1AP");
    default:
        return {};
    }
}

QString SctpNames::ppidLabel(quint32 ppid)
{
    const QString name = ppidName(ppid);
    if (name.isEmpty())
        return tr("PPID %1").arg(ppid);
    return tr("%1 (%2)").arg(name).arg(ppid);
}

QString SctpNames::errorCauseName(quint16 code)
{
    switch (code) {
    case 1:
        return tr("Invalid Stream Identifier");
    case 2:
        return tr("Missing Mandatory Parameter");
    case 3:
        return tr("Stale Cookie Error");
    case 4:
        return tr("Out of Resource");
    case 5:
        return tr("Unresolvable Address");
    case 6:
        return tr("Unrecognized Chunk Type");
    case 7:
        return tr("Invalid Mandatory Parameter");
    case 8:
        return tr("Unrecognized Parameters");
    case 9:
        return tr("No User Data");
    case 10:
        return tr("Cookie Received While Shutting Down");
    case 11:
        return tr("Restart of an Association with New Addresses");
    case 12:
        return tr("User-Initiated Abort");
    case 13:
        return tr("Protocol Violation");
    case 0x00a0:
        return tr("Request to Delete Last Remaining IP Address");
    case 0x00a1:
        return tr("Operation Refused Due to Resource Shortage");
    case 0x00a2:
        return tr("Request to Delete Source IP Address");
    case 0x00a3:
        return tr("Association Aborted Due to Illegal ASCONF-ACK");
    case 0x00a4:
        return tr("Request Refused: No Authorization");
    case 0x0105:
        return tr("Unsupported HMAC Identifier");
    default:
        return {};
    }
}

QString SctpNames::errorCauseLabel(quint16 code)
{
    const QString name = errorCauseName(code);
    if (name.isEmpty())
        return tr("cause %1").arg(code);
    return tr("%1 (%2)").arg(code).arg(name);
}

QString SctpNames::pathStateKey(QSctpPeerAddressInfo::State state)
{
    switch (state) {
    case QSctpPeerAddressInfo::Active:
        return QStringLiteral("ACTIVE");
    case QSctpPeerAddressInfo::PotentiallyFailed:
        return QStringLiteral("POTENTIALLY_FAILED");
    case QSctpPeerAddressInfo::Inactive:
        return QStringLiteral("INACTIVE");
    case QSctpPeerAddressInfo::Unconfirmed:
        return QStringLiteral("UNCONFIRMED");
    case QSctpPeerAddressInfo::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QString SctpNames::pathStateName(QSctpPeerAddressInfo::State state)
{
    switch (state) {
    case QSctpPeerAddressInfo::Active:
        return tr("active");
    case QSctpPeerAddressInfo::PotentiallyFailed:
        return tr("potentially failed");
    case QSctpPeerAddressInfo::Inactive:
        return tr("inactive");
    case QSctpPeerAddressInfo::Unconfirmed:
        return tr("unconfirmed");
    case QSctpPeerAddressInfo::Unknown:
        break;
    }
    return tr("unknown");
}

QSctpPeerAddressInfo::State SctpNames::pathStateFromKernel(int value)
{
    switch (value) {
    case QSctpPeerAddressInfo::Inactive:
    case QSctpPeerAddressInfo::PotentiallyFailed:
    case QSctpPeerAddressInfo::Active:
    case QSctpPeerAddressInfo::Unconfirmed:
        return QSctpPeerAddressInfo::State(value);
    default:
        return QSctpPeerAddressInfo::Unknown;
    }
}

QString SctpNames::associationStateKey(QSctpAssociationStatus::State state)
{
    switch (state) {
    case QSctpAssociationStatus::Empty:
        return QStringLiteral("EMPTY");
    case QSctpAssociationStatus::Closed:
        return QStringLiteral("CLOSED");
    case QSctpAssociationStatus::CookieWait:
        return QStringLiteral("COOKIE_WAIT");
    case QSctpAssociationStatus::CookieEchoed:
        return QStringLiteral("COOKIE_ECHOED");
    case QSctpAssociationStatus::Established:
        return QStringLiteral("ESTABLISHED");
    case QSctpAssociationStatus::ShutdownPending:
        return QStringLiteral("SHUTDOWN_PENDING");
    case QSctpAssociationStatus::ShutdownSent:
        return QStringLiteral("SHUTDOWN_SENT");
    case QSctpAssociationStatus::ShutdownReceived:
        return QStringLiteral("SHUTDOWN_RECEIVED");
    case QSctpAssociationStatus::ShutdownAckSent:
        return QStringLiteral("SHUTDOWN_ACK_SENT");
    }
    return QStringLiteral("UNKNOWN");
}

QString SctpNames::associationStateName(QSctpAssociationStatus::State state)
{
    switch (state) {
    case QSctpAssociationStatus::Empty:
        return tr("empty");
    case QSctpAssociationStatus::Closed:
        return tr("closed");
    case QSctpAssociationStatus::CookieWait:
        return tr("cookie wait");
    case QSctpAssociationStatus::CookieEchoed:
        return tr("cookie echoed");
    case QSctpAssociationStatus::Established:
        return tr("established");
    case QSctpAssociationStatus::ShutdownPending:
        return tr("shutdown pending");
    case QSctpAssociationStatus::ShutdownSent:
        return tr("shutdown sent");
    case QSctpAssociationStatus::ShutdownReceived:
        return tr("shutdown received");
    case QSctpAssociationStatus::ShutdownAckSent:
        return tr("shutdown ack sent");
    }
    return tr("unknown");
}

QSctpAssociationStatus::State SctpNames::associationStateFromProc(int value)
{
    // enum sctp_state of include/net/sctp/constants.h: CLOSED 0 ... SHUTDOWN_ACK_SENT 7.
    if (value < 0 || value > 7)
        return QSctpAssociationStatus::Empty;
    return QSctpAssociationStatus::State(value + 1);
}

QString SctpNames::socketStateName(QSctpSocket::SocketState state)
{
    switch (state) {
    case QSctpSocket::UnconnectedState:
        return tr("unconnected");
    case QSctpSocket::ConnectingState:
        return tr("connecting");
    case QSctpSocket::ConnectedState:
        return tr("connected");
    case QSctpSocket::ClosingState:
        return tr("closing");
    }
    return tr("unknown");
}
