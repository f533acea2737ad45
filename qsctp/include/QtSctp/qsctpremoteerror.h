// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPREMOTEERROR_H
#define QTSCTP_QSCTPREMOTEERROR_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qdebug.h> // complete, or QMetaType does not record the QDebug operator
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>

QTSCTP_BEGIN_NAMESPACE

/// SCTP_REMOTE_ERROR (struct sctp_remote_error): the peer sent an ERROR chunk.
class QTSCTP_EXPORT QSctpRemoteError
{
    Q_GADGET
    Q_PROPERTY(quint16 causeCode READ causeCode WRITE setCauseCode)
    Q_PROPERTY(QByteArray data READ data WRITE setData)
    Q_PROPERTY(qint32 associationId READ associationId WRITE setAssociationId)

public:
    /// An empty event with every field 0.
    QSctpRemoteError() = default;

    ///@{
    /// The cause code of the error (RFC 9260 section 3.3.10) in host byte order. Linux stores it
    /// in network byte order in sre_error (a __be16); the decoder converts it.
    quint16 causeCode() const noexcept { return m_causeCode; }
    void setCauseCode(quint16 code) noexcept { m_causeCode = code; }
    ///@}

    ///@{
    /// sre_data: what follows the cause header on the wire. Linux delivers the cause-specific
    /// information of the first cause, padded to a multiple of four bytes.
    QByteArray data() const { return m_data; }
    void setData(const QByteArray &data) { m_data = data; }
    ///@}

    ///@{
    /// The kernel's id of the association this belongs to (sctp_assoc_t).
    qint32 associationId() const noexcept { return m_associationId; }
    void setAssociationId(qint32 id) noexcept { m_associationId = id; }
    ///@}

    ///@{
    /// Equal when every field is equal.
    friend bool operator==(const QSctpRemoteError &lhs, const QSctpRemoteError &rhs) noexcept
    {
        return lhs.m_causeCode == rhs.m_causeCode && lhs.m_data == rhs.m_data
                && lhs.m_associationId == rhs.m_associationId;
    }
    friend bool operator!=(const QSctpRemoteError &lhs, const QSctpRemoteError &rhs) noexcept
    {
        return !(lhs == rhs);
    }
    ///@}

private:
    QByteArray m_data;
    qint32 m_associationId = 0;
    quint16 m_causeCode = 0;
};

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpRemoteError to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpRemoteError &error);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_TYPEINFO(QtSctp::QSctpRemoteError, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(QtSctp::QSctpRemoteError)

#endif // QTSCTP_QSCTPREMOTEERROR_H
