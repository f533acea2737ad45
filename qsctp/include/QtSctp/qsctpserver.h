// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPSERVER_H
#define QTSCTP_QSCTPSERVER_H

#include <QtSctp/qsctpaddress.h>
#include <QtSctp/qsctpinitoptions.h>
#include <QtSctp/qsctpsocket.h>
#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qobject.h>

#include <memory>

QTSCTP_BEGIN_NAMESPACE

class QSctpServerPrivate;

// Listens for one-to-one SCTP associations on one or several local addresses and hands each
// accepted association over as a connected QSctpSocket.
class QTSCTP_EXPORT QSctpServer : public QObject
{
    Q_OBJECT

public:
    explicit QSctpServer(QObject *parent = nullptr);
    ~QSctpServer() override;

    // Settings for the next listen(); sockets it accepts inherit them.
    QSctpInitOptions initOptions() const;
    void setInitOptions(const QSctpInitOptions &options);
    int sendBufferSize() const;
    void setSendBufferSize(int bytes);
    int receiveBufferSize() const;
    void setReceiveBufferSize(int bytes);
    // Called with the listening descriptor before bind (go-sctp's ListenConfig.Control).
    void setPreListenHook(QSctpSocket::DescriptorHook hook);
    // Protocol tunables for the listener and every association it accepts (set again on each
    // accepted socket: Linux does not pass on all of them, delayed SACK for one).
    bool setAssociationOptions(const QSctpAssociationOptions &options);
    QSctpAssociationOptions associationOptions() const;
    // Inherited by accepted sockets.
    QSctpSocket::ReceiveMode receiveMode() const;
    void setReceiveMode(QSctpSocket::ReceiveMode mode);
    qsizetype maxPendingMessages() const;
    void setMaxPendingMessages(qsizetype count);
    qint64 maxMessageSize() const;
    void setMaxMessageSize(qint64 bytes);

    // An empty address listens on every local address; port 0 picks a free port.
    bool listen(const QSctpAddress &address = QSctpAddress(),
                QSctpAddress::Network network = QSctpAddress::Sctp);
    // Literal addresses or host names (resolved blocking).
    bool listen(const QString &address, QSctpAddress::Network network = QSctpAddress::Sctp);
    bool isListening() const;
    void close();

    // Every local address with the real port (not 0.0.0.0 and not port 0).
    QSctpAddress serverAddress() const;
    quint16 serverPort() const;
    qintptr socketDescriptor() const;
    // The SCTP stack behind this object: "kernel" or "usrsctp" (userspace, over UDP). Before
    // it opens, the one it would use (QTSCTP_ENGINE=kernel|usrsctp overrides the choice).
    QString engineName() const;

    int maxPendingConnections() const;
    void setMaxPendingConnections(int count);
    bool hasPendingConnections() const;
    // The next accepted association, parented to this server; nullptr when there is none.
    QSctpSocket *nextPendingConnection();
    void pauseAccepting();
    void resumeAccepting();
    bool waitForNewConnection(int msecs = 0, bool *timedOut = nullptr);

    // Notification subscriptions of the listener, carried over to every accepted socket
    // (QSctpSocket::defaultSubscriptions() unless changed).
    bool subscribe(QSctpNotification::Type type);
    bool unsubscribe(QSctpNotification::Type type);
    bool isSubscribed(QSctpNotification::Type type) const;
    QList<QSctpNotification::Type> subscriptions() const;

    // Local addresses added to or removed from the listening endpoint (sctp_bindx, port 0 or
    // the server's port); associations accepted later use the new set.
    bool bindAdd(const QSctpAddress &addresses);
    bool bindRemove(const QSctpAddress &addresses);

    QSctpSocket::Error serverError() const;
    QString errorString() const;

Q_SIGNALS:
    void newConnection();
    void acceptError(QtSctp::QSctpSocket::Error error);

private:
    friend class QSctpServerPrivate;
    std::unique_ptr<QSctpServerPrivate> d;
};

QTSCTP_END_NAMESPACE

#endif // QTSCTP_QSCTPSERVER_H
