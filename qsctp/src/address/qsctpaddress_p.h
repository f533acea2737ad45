// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPADDRESS_P_H
#define QTSCTP_QSCTPADDRESS_P_H

//
//  W A R N I N G
//  -------------
//
// This file is not part of the QtSctp API. It exists for the convenience of qsctpaddress.cpp
// and may change from version to version without notice.
//

#include <QtSctp/qsctpaddress.h>

#include <QtCore/qcoreapplication.h>

#include <optional>

QTSCTP_BEGIN_NAMESPACE

// The pure parts of QSctpAddress: the text parser, the network family rules and formatting.
// A class rather than free functions so that tr() carries the "QtSctp::QSctpAddress" context.
class QSctpAddressParser
{
    Q_DECLARE_TR_FUNCTIONS(QtSctp::QSctpAddress)

public:
    // One entry of the host list: a literal address, or a host name still to be resolved.
    struct Host
    {
        QHostAddress address; // valid when name is empty
        QString name; // a host name (only when names are accepted)
        qsizetype position = 0; // where the entry starts in the text
    };

    struct Result
    {
        QList<Host> hosts;
        quint16 port = 0;
        QString error; // empty on success

        bool ok() const { return error.isEmpty(); }
    };

    enum NameMode { RejectNames, AcceptNames };

    // Splits "h1/h2/[v6%zone]:port" into hosts and a port. Linear in the length of the text.
    static Result parse(QStringView text, NameMode mode);
    // The port after the ':' (empty = 0, number, or service); returns an error or "".
    static QString parsePort(QStringView text, qsizetype portPos, quint16 *port);

    // Strict dotted-quad IPv4 (four decimal fields 0-255, no leading zeros), host byte order.
    static std::optional<quint32> parseIPv4(QStringView text);
    // Numeric port or service name ("sctp" entry of the services database, else "tcp").
    static std::optional<quint16> lookupService(QStringView name);

    // "127.0.0.1" or "[::1%lo]": the host as toString() prints it.
    static QString formatHost(const QHostAddress &address);
    static bool isV4Mapped(const QHostAddress &address, quint32 *ipv4 = nullptr);
    static bool isIPv4Like(const QHostAddress &address); // IPv4 or IPv4-mapped IPv6
    static bool isUnspecified(const QHostAddress &address);

    // The go-sctp network rules over a list of addresses; returns an error or an empty string.
    static QString applyNetwork(QList<QHostAddress> *addresses, QSctpAddress::Network network);
    // The address go-sctp takes for a host name: see QSctpAddress::resolve().
    static std::optional<QHostAddress> pickResolved(const QList<QHostAddress> &candidates,
                                                    QSctpAddress::Network network);
    static QString noAddressForName(const QString &name, QSctpAddress::Network network);

    // IPv6 zone <-> sin6_scope_id.
    static quint32 scopeIdForZone(const QString &zone);
    static QString zoneForScopeId(quint32 scopeId);
};

QTSCTP_END_NAMESPACE

#endif // QTSCTP_QSCTPADDRESS_P_H
