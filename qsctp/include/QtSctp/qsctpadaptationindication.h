// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPADAPTATIONINDICATION_H
#define QTSCTP_QSCTPADAPTATIONINDICATION_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qdebug.h> // complete, or QMetaType does not record the QDebug operator
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>

QTSCTP_BEGIN_NAMESPACE

/// SCTP_ADAPTATION_INDICATION (struct sctp_adaptation_event): the peer sent an Adaptation Layer
/// Indication parameter (RFC 5061) during setup.
class QTSCTP_EXPORT QSctpAdaptationIndication
{
    Q_GADGET
    Q_PROPERTY(quint32 indication READ indication WRITE setIndication)
    Q_PROPERTY(qint32 associationId READ associationId WRITE setAssociationId)

public:
    /// An empty event with every field 0.
    QSctpAdaptationIndication() = default;

    ///@{
    /// sai_adaptation_ind: the peer's 32-bit adaptation code point, in host byte order.
    quint32 indication() const noexcept { return m_indication; }
    void setIndication(quint32 indication) noexcept { m_indication = indication; }
    ///@}

    ///@{
    /// The kernel's id of the association this belongs to (sctp_assoc_t).
    qint32 associationId() const noexcept { return m_associationId; }
    void setAssociationId(qint32 id) noexcept { m_associationId = id; }
    ///@}

    ///@{
    /// Equal when every field is equal.
    friend bool operator==(const QSctpAdaptationIndication &lhs,
                           const QSctpAdaptationIndication &rhs) noexcept
    {
        return lhs.m_indication == rhs.m_indication && lhs.m_associationId == rhs.m_associationId;
    }
    friend bool operator!=(const QSctpAdaptationIndication &lhs,
                           const QSctpAdaptationIndication &rhs) noexcept
    {
        return !(lhs == rhs);
    }
    ///@}

private:
    quint32 m_indication = 0;
    qint32 m_associationId = 0;
};

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpAdaptationIndication to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpAdaptationIndication &indication);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_TYPEINFO(QtSctp::QSctpAdaptationIndication, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(QtSctp::QSctpAdaptationIndication)

#endif // QTSCTP_QSCTPADAPTATIONINDICATION_H
