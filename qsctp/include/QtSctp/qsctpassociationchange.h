// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPASSOCIATIONCHANGE_H
#define QTSCTP_QSCTPASSOCIATIONCHANGE_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qdebug.h> // complete, or QMetaType does not record the QDebug operator
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>

QTSCTP_BEGIN_NAMESPACE

/// SCTP_ASSOC_CHANGE (struct sctp_assoc_change): an association came up, restarted, or ended.
class QTSCTP_EXPORT QSctpAssociationChange
{
    Q_GADGET
    Q_PROPERTY(State state READ state WRITE setState)
    Q_PROPERTY(quint16 error READ error WRITE setError)
    Q_PROPERTY(quint16 outboundStreams READ outboundStreams WRITE setOutboundStreams)
    Q_PROPERTY(quint16 inboundStreams READ inboundStreams WRITE setInboundStreams)
    Q_PROPERTY(qint32 associationId READ associationId WRITE setAssociationId)
    Q_PROPERTY(QByteArray info READ info WRITE setInfo)
    Q_PROPERTY(Features supportedFeatures READ supportedFeatures)
    Q_PROPERTY(QByteArray abortCauses READ abortCauses)
    Q_PROPERTY(quint16 abortCauseCode READ abortCauseCode)

public:
    /// What happened to the association (enum sctp_sac_state).
    enum State : quint16 {
        /// The association is up: data can flow (SCTP_COMM_UP).
        CommunicationUp = 0,
        /// The association failed or the peer aborted it (SCTP_COMM_LOST); see abortCauses().
        CommunicationLost = 1,
        /// The peer restarted; the association continues with new TSNs (SCTP_RESTART).
        Restart = 2,
        /// A graceful SHUTDOWN finished (SCTP_SHUTDOWN_COMP).
        ShutdownComplete = 3,
        /// The setup failed, e.g. INIT went unanswered (SCTP_CANT_STR_ASSOC).
        CannotStartAssociation = 4,
    };
    Q_ENUM(State)

    /// The features RFC 6458 lists in sac_info for #CommunicationUp and #Restart, one byte each
    /// (SCTP_ASSOC_SUPPORTS_PR = 1 ... SCTP_ASSOC_SUPPORTS_INTERLEAVING = 6), decoded into bits.
    enum Feature : quint8 {
        /// No feature listed.
        NoFeatures = 0x00,
        PartialReliability = 0x01, ///< SCTP_ASSOC_SUPPORTS_PR
        Authentication = 0x02, ///< SCTP_ASSOC_SUPPORTS_AUTH
        AddressReconfiguration = 0x04, ///< SCTP_ASSOC_SUPPORTS_ASCONF
        MultipleBuffers = 0x08, ///< SCTP_ASSOC_SUPPORTS_MULTIBUF
        StreamReconfiguration = 0x10, ///< SCTP_ASSOC_SUPPORTS_RE_CONFIG
        MessageInterleaving = 0x20, ///< SCTP_ASSOC_SUPPORTS_INTERLEAVING
    };
    /// A combination of Feature values.
    Q_DECLARE_FLAGS(Features, Feature)
    Q_FLAG(Features)

    /// A #CommunicationUp change with no streams, error or info.
    QSctpAssociationChange() = default;

    ///@{
    /// What happened.
    State state() const noexcept { return m_state; }
    void setState(State state) noexcept { m_state = state; }
    ///@}

    ///@{
    /// sac_error as the kernel delivers it. Linux puts an errno there when the setup fails
    /// locally (e.g. 110, ETIMEDOUT, for CannotStartAssociation) and the first error cause of a
    /// received ABORT in network byte order for CommunicationLost: use abortCauseCode() for the
    /// latter, it reads the cause from the info bytes in host byte order.
    quint16 error() const noexcept { return m_error; }
    void setError(quint16 error) noexcept { m_error = error; }
    ///@}

    ///@{
    /// sac_outbound_streams: the outbound streams negotiated (for #CommunicationUp and #Restart).
    quint16 outboundStreams() const noexcept { return m_outboundStreams; }
    void setOutboundStreams(quint16 count) noexcept { m_outboundStreams = count; }
    ///@}

    ///@{
    /// sac_inbound_streams: the inbound streams negotiated (for #CommunicationUp and #Restart).
    quint16 inboundStreams() const noexcept { return m_inboundStreams; }
    void setInboundStreams(quint16 count) noexcept { m_inboundStreams = count; }
    ///@}

    ///@{
    /// The kernel's id of the association this belongs to (sctp_assoc_t).
    qint32 associationId() const noexcept { return m_associationId; }
    void setAssociationId(qint32 id) noexcept { m_associationId = id; }
    ///@}

    ///@{
    /// sac_info: the bytes after the fixed struct, unchanged.
    QByteArray info() const { return m_info; }
    void setInfo(const QByteArray &info) { m_info = info; }
    ///@}

    /// For CommunicationUp and Restart: the feature list in info(), decoded (unknown codes are
    /// skipped). NoFeatures for the other states, and when the kernel sent no list (Linux
    /// does not fill one in).
    Features supportedFeatures() const noexcept;

    /// For CommunicationLost and CannotStartAssociation: the error causes of the ABORT chunk in
    /// info(). Linux delivers the chunk body (the causes) only; RFC 6458 describes the whole
    /// chunk: when info() starts with an ABORT chunk header (type 6 and a length that fits), the
    /// header is stripped. Empty for the other states.
    QByteArray abortCauses() const;
    /// The code of the first cause in abortCauses() in host byte order (RFC 9260 section 3.3.10,
    /// e.g. 12 for a User-Initiated Abort), or 0 when there is none.
    quint16 abortCauseCode() const noexcept;

    ///@{
    /// Equal when every field is equal.
    friend bool operator==(const QSctpAssociationChange &lhs,
                           const QSctpAssociationChange &rhs) noexcept
    {
        return lhs.m_state == rhs.m_state && lhs.m_error == rhs.m_error
                && lhs.m_outboundStreams == rhs.m_outboundStreams
                && lhs.m_inboundStreams == rhs.m_inboundStreams
                && lhs.m_associationId == rhs.m_associationId && lhs.m_info == rhs.m_info;
    }
    friend bool operator!=(const QSctpAssociationChange &lhs,
                           const QSctpAssociationChange &rhs) noexcept
    {
        return !(lhs == rhs);
    }
    ///@}

private:
    QByteArray m_info;
    qint32 m_associationId = 0;
    State m_state = CommunicationUp;
    quint16 m_error = 0;
    quint16 m_outboundStreams = 0;
    quint16 m_inboundStreams = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(QSctpAssociationChange::Features)

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpAssociationChange to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpAssociationChange &change);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_TYPEINFO(QtSctp::QSctpAssociationChange, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(QtSctp::QSctpAssociationChange)

#endif // QTSCTP_QSCTPASSOCIATIONCHANGE_H
