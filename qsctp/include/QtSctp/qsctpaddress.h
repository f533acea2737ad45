// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPADDRESS_H
#define QTSCTP_QSCTPADDRESS_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qlist.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>
#include <QtCore/qstring.h>
#include <QtNetwork/qhostaddress.h>

#include <functional>
#include <optional>
#include <sys/socket.h>
#include <utility>

QT_BEGIN_NAMESPACE
    class QDebug;
    class QObject;
QT_END_NAMESPACE

QTSCTP_BEGIN_NAMESPACE

// A multi-homed SCTP endpoint: a list of IP addresses and one port. See the class
// documentation in qsctpaddress.cpp for the text syntax and the network family rules.
class QTSCTP_EXPORT QSctpAddress
{
    Q_GADGET
    Q_PROPERTY(QList<QHostAddress> addresses READ addresses WRITE setAddresses)
    Q_PROPERTY(quint16 port READ port WRITE setPort)
    Q_PROPERTY(bool null READ isNull)
    Q_PROPERTY(bool wildcard READ isWildcard)
    Q_PROPERTY(QString text READ toString)

public:
    enum Network {
        Sctp, // IPv4 and IPv6 ("sctp")
        Sctp4, // IPv4 only ("sctp4")
        Sctp6, // IPv6 only ("sctp6")
    };
    Q_ENUM(Network)

    QSctpAddress() noexcept = default;
    QSctpAddress(const QList<QHostAddress> &addresses, quint16 port);
    QSctpAddress(const QHostAddress &address, quint16 port);

    void swap(QSctpAddress &other) noexcept
    {
        m_addresses.swap(other.m_addresses);
        std::swap(m_port, other.m_port);
    }

    QList<QHostAddress> addresses() const { return m_addresses; }
    void setAddresses(const QList<QHostAddress> &addresses);
    quint16 port() const noexcept { return m_port; }
    void setPort(quint16 port) noexcept { m_port = port; }

    bool isNull() const noexcept { return m_addresses.isEmpty() && m_port == 0; }
    bool isWildcard() const noexcept;

    QString toString() const;
    static QSctpAddress fromString(QStringView text, QString *errorString = nullptr);

    static QSctpAddress resolve(QStringView text, Network network = Sctp,
                                QString *errorString = nullptr);
    using ResolveCallback
            = std::function<void(const QtSctp::QSctpAddress &address, const QString &errorString)>;
    static void resolveAsync(QStringView text, Network network, const QObject *context,
                             ResolveCallback callback);

    QSctpAddress normalized(Network network, QString *errorString = nullptr) const;
    int addressFamily(Network network = Sctp) const noexcept;

    static std::optional<Network> networkFromString(QStringView name) noexcept;
    static QString networkName(Network network);

    QByteArray toSockaddrs(Network network = Sctp, int *count = nullptr,
                           QString *errorString = nullptr) const;
    static QSctpAddress fromSockaddrs(const void *data, qsizetype size, int count,
                                      QString *errorString = nullptr);
    static QSctpAddress fromSockaddr(const sockaddr *address, socklen_t length,
                                     QString *errorString = nullptr);

    friend bool operator==(const QSctpAddress &lhs, const QSctpAddress &rhs) noexcept
    {
        return equals(lhs, rhs);
    }
    friend bool operator!=(const QSctpAddress &lhs, const QSctpAddress &rhs) noexcept
    {
        return !equals(lhs, rhs);
    }

private:
    static bool equals(const QSctpAddress &lhs, const QSctpAddress &rhs) noexcept;

    QList<QHostAddress> m_addresses;
    quint16 m_port = 0;
};

inline void swap(QSctpAddress &lhs, QSctpAddress &rhs) noexcept
{
    lhs.swap(rhs);
}

QTSCTP_EXPORT size_t qHash(const QSctpAddress &address, size_t seed = 0) noexcept;
#ifndef QT_NO_DEBUG_STREAM
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpAddress &address);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_TYPEINFO(QtSctp::QSctpAddress, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(QtSctp::QSctpAddress)

#endif // QTSCTP_QSCTPADDRESS_H
