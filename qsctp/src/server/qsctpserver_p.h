// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPSERVER_P_H
#define QTSCTP_QSCTPSERVER_P_H

//
//  W A R N I N G
//  -------------
// Internal to QtSctp: not part of the public API, and may change without notice.
//

#include "socket/qsctpsocket_p.h"

#include <QtSctp/qsctpserver.h>

#include <QtCore/qlist.h>
#include <QtCore/qpointer.h>

QT_BEGIN_NAMESPACE
    class QSocketNotifier;
QT_END_NAMESPACE

QTSCTP_BEGIN_NAMESPACE

class QSctpServerPrivate
{
public:
    explicit QSctpServerPrivate(QSctpServer *q)
        : q(q)
    { }

    void setError(QSctpSocket::Error error, const QString &text);
    // Accepts what the kernel has, up to maxPendingConnections; true when any arrived.
    bool acceptPending();
    void updateNotifier();
    // The engine behind a QSctpSocket or QSctpServer (for the tests' option hook), or null.
    static const QSctpEngine *engineOf(const QObject *object);
    // Hands an accepted socket out of the pending queue: it starts reading.
    static void release(QSctpSocket *socket);

    QSctpServer *q;
    std::unique_ptr<QSctpEngine> engine;
    QSocketNotifier *notifier = nullptr;
    QSctpSocketSettings settings;
    QSctpSocket::DescriptorHook preListenHook;
    QSctpAddress address;
    QList<QPointer<QSctpSocket>> pending;
    int maxPendingConnections = 30;
    bool paused = false;
    bool acceptPosted = false; // event-driven engines: a look at what waits, after a pause
    QSctpSocket::Error error = QSctpSocket::NoError;
    QString errorString;
};

QTSCTP_END_NAMESPACE

#endif // QTSCTP_QSCTPSERVER_P_H
