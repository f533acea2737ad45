// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPSERVER_H
#define QTSCTP_QSCTPSERVER_H

#include <QtSctp/qsctpaddress.h>
#include <QtSctp/qsctpinitoptions.h>
#include <QtSctp/qsctpsocket.h>
#include <QtSctp/qtsctpengine.h>
#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qobject.h>

#include <memory>

QTSCTP_BEGIN_NAMESPACE

class QSctpServerPrivate;

/// Listens for one-to-one SCTP associations on one or several local addresses and hands each
/// accepted association over as a connected QSctpSocket.
///
/// The settings made before listen() (INIT options, buffer sizes, association options, receive
/// mode, queue bounds, notification subscriptions, engine) carry over to every accepted
/// socket. newConnection() announces waiting associations, nextPendingConnection() takes them.
/// Errors use QSctpSocket::Error: serverError() and errorString() keep the last one, and a
/// failed accept emits acceptError(). See docs/server.md.
class QTSCTP_EXPORT QSctpServer : public QObject
{
    Q_OBJECT

public:
    /// A server that does not listen yet, with the defaults of QSctpSocket and 30 pending
    /// connections at most.
    explicit QSctpServer(QObject *parent = nullptr);
    /// Stops listening; accepted sockets that are still children of the server go with it.
    ~QSctpServer() override;

    ///@{
    /// The INIT options for the next listen(): the streams offered to every peer in INIT-ACK.
    QSctpInitOptions initOptions() const;
    void setInitOptions(const QSctpInitOptions &options);
    ///@}
    ///@{
    /// SO_SNDBUF for the listener and the accepted sockets, in bytes (512 KiB by default).
    int sendBufferSize() const;
    void setSendBufferSize(int bytes);
    ///@}
    ///@{
    /// SO_RCVBUF for the listener and the accepted sockets, in bytes (512 KiB by default).
    int receiveBufferSize() const;
    void setReceiveBufferSize(int bytes);
    ///@}
    /// Called with the listening descriptor before bind (go-sctp's ListenConfig.Control); returning
    /// false fails listen() with QSctpSocket::HookError.
    void setPreListenHook(QSctpSocket::DescriptorHook hook);
    /// Protocol tunables for the listener and every association it accepts (set again on each
    /// accepted socket: Linux does not pass on all of them, delayed SACK for one). Fails with
    /// QSctpSocket::OptionError, naming the option, when the kernel refuses one on the listener.
    bool setAssociationOptions(const QSctpAssociationOptions &options);
    /// The options given to setAssociationOptions().
    QSctpAssociationOptions associationOptions() const;
    ///@{
    /// The receive mode of accepted sockets (QSctpSocket::AutomaticReceiveMode by default).
    QSctpSocket::ReceiveMode receiveMode() const;
    void setReceiveMode(QSctpSocket::ReceiveMode mode);
    ///@}
    ///@{
    /// The read queue bound of accepted sockets (QSctpSocket::maxPendingMessages()).
    qsizetype maxPendingMessages() const;
    void setMaxPendingMessages(qsizetype count);
    ///@}
    ///@{
    /// The largest message accepted sockets reassemble (QSctpSocket::maxMessageSize()).
    qint64 maxMessageSize() const;
    void setMaxMessageSize(qint64 bytes);
    ///@}

    /// Listens on every address of \a address at once (sctp_bindx()), on \a network. An empty
    /// address listens on every local address; port 0 picks a free port. Returns false with
    /// serverError() set on failure (QSctpSocket::InvalidAddressError, AddressInUseError,
    /// AddressNotAvailableError, UnsupportedError, HookError, OperationError when already
    /// listening).
    bool listen(const QSctpAddress &address = QSctpAddress(),
                QSctpAddress::Network network = QSctpAddress::Sctp);
    /// Listens on \a address given as text: literal addresses or host names (resolved blocking).
    bool listen(const QString &address, QSctpAddress::Network network = QSctpAddress::Sctp);
    /// True while the server listens.
    bool isListening() const;
    /// Stops listening. Sockets already accepted stay connected.
    void close();

    /// Every local address with the real port (not 0.0.0.0 and not port 0).
    QSctpAddress serverAddress() const;
    /// The port of serverAddress().
    quint16 serverPort() const;
    /// The listening descriptor; -1 when not listening.
    qintptr socketDescriptor() const;
    /// The SCTP stack behind this object: "kernel" or "usrsctp" (userspace, over UDP). Before
    /// it opens, the one it would use (QTSCTP_ENGINE=kernel|usrsctp overrides the choice).
    QString engineName() const;
    /// The engine for the next listen(), which the sockets it accepts use too:
    /// Engine::Automatic (the default) or the one given to setEngine().
    Engine engine() const;
    /// Chooses the SCTP stack for the next listen(), while the server is not listening. Fails
    /// with UnsupportedError, naming the engine, when this build or host does not have it.
    bool setEngine(Engine engine);

    ///@{
    /// The most accepted associations waiting for nextPendingConnection() (30 by default, at least
    /// 1); while that many wait the server stops accepting and the kernel's backlog holds the rest.
    int maxPendingConnections() const;
    void setMaxPendingConnections(int count);
    ///@}
    /// True when an accepted association waits for nextPendingConnection().
    bool hasPendingConnections() const;
    /// The next accepted association, connected and parented to this server; nullptr when there is
    /// none.
    QSctpSocket *nextPendingConnection();
    /// Stops accepting associations until resumeAccepting(); the kernel's backlog holds them.
    void pauseAccepting();
    /// Accepts associations again after pauseAccepting().
    void resumeAccepting();
    /// Blocks up to \a msecs milliseconds (-1: no limit) until an association waits; \a timedOut,
    /// when given, tells a time-out apart from an error. Fails with QSctpSocket::OperationError
    /// when not listening or while accepting is paused.
    bool waitForNewConnection(int msecs = 0, bool *timedOut = nullptr);

    /// Subscribes the listener to notifications of \a type, carried over to every accepted socket
    /// (QSctpSocket::defaultSubscriptions() unless changed).
    bool subscribe(QSctpNotification::Type type);
    /// Unsubscribes the listener, and sockets it accepts later, from notifications of \a type.
    bool unsubscribe(QSctpNotification::Type type);
    /// True when notifications of \a type are subscribed.
    bool isSubscribed(QSctpNotification::Type type) const;
    /// Every subscribed type.
    QList<QSctpNotification::Type> subscriptions() const;

    /// Local addresses added to the listening endpoint (sctp_bindx, port 0 or
    /// the server's port); associations accepted later use the new set. Fails with
    /// QSctpSocket::OperationError when not listening.
    bool bindAdd(const QSctpAddress &addresses);
    /// Local addresses removed from the listening endpoint, as bindAdd().
    bool bindRemove(const QSctpAddress &addresses);

    /// The last error.
    QSctpSocket::Error serverError() const;
    /// A readable, translatable description of the last error, naming what failed and why.
    QString errorString() const;

Q_SIGNALS:
    /// Emitted when accepted associations wait for nextPendingConnection().
    void newConnection();
    /// Emitted with \a error when accepting an association fails.
    void acceptError(QtSctp::QSctpSocket::Error error);

private:
    friend class QSctpServerPrivate;
    std::unique_ptr<QSctpServerPrivate> d;
};

QTSCTP_END_NAMESPACE

#endif // QTSCTP_QSCTPSERVER_H
