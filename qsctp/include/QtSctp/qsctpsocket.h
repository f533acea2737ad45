// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPSOCKET_H
#define QTSCTP_QSCTPSOCKET_H

#include <QtSctp/qsctpaddress.h>
#include <QtSctp/qsctpassociationoptions.h>
#include <QtSctp/qsctpassociationstatistics.h>
#include <QtSctp/qsctpassociationstatus.h>
#include <QtSctp/qsctpinitoptions.h>
#include <QtSctp/qsctpmessage.h>
#include <QtSctp/qsctpnotification.h>
#include <QtSctp/qsctppeeraddressinfo.h>
#include <QtSctp/qtsctpengine.h>
#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qiodevice.h>

#include <functional>
#include <memory>

QTSCTP_BEGIN_NAMESPACE

class QSctpServerPrivate;
class QSctpSocketPrivate;

/// A one-to-one SCTP association (a SOCK_STREAM SCTP socket): connect to a multi-homed peer,
/// send and receive messages with stream ids and PPIDs, and use it as a QIODevice where a byte
/// stream is enough.
///
/// connectToHost() connects to every address of the peer at once (sctp_connectx()), from the
/// local addresses of setLocalBindAddress() (sctp_bindx()). sendMessage() sends one SCTP
/// message with a stream id, a PPID (host byte order in this API), an unordered flag, a
/// context and optionally one peer address; it never blocks: when the kernel's buffer is full
/// the message waits in a send queue. Received messages are emitted by messageReceived() and,
/// depending on the ReceiveMode, queued for readMessage() and read(); the queue is bounded
/// (maxPendingMessages()), and when it is full the socket stops reading from the kernel, so a
/// slow consumer closes the peer's window instead of growing memory.
///
/// As a sequential QIODevice, write() sends one message with the default send parameters and
/// read() returns the bytes of queued messages across message boundaries.
///
/// Errors: calls that can fail return false (or a default value), set error() and
/// errorString(), and emit errorOccurred(). Every notification the socket is subscribed to is
/// emitted by its own signal and by notificationReceived(). See docs/socket.md.
class QTSCTP_EXPORT QSctpSocket : public QIODevice
{
    Q_OBJECT
    Q_PROPERTY(SocketState state READ state NOTIFY stateChanged)
    Q_PROPERTY(QtSctp::QSctpAddress localAddress READ localAddress)
    Q_PROPERTY(QtSctp::QSctpAddress peerAddress READ peerAddress)

public:
    /// The state of the association, as stateChanged() reports it.
    enum SocketState {
        /// No association: before connecting, after the end, or after a failed attempt.
        UnconnectedState,
        ConnectingState, ///< resolving names, or INIT sent and waiting for the handshake
        /// The association is up: messages flow.
        ConnectedState,
        ClosingState, ///< SHUTDOWN started, or queued messages still to be handed to the kernel
    };
    Q_ENUM(SocketState)

    /// What went wrong; error() keeps the last one and errorString() describes it.
    enum Error {
        /// No error since the last successful operation that resets it.
        NoError,
        UnsupportedError, ///< no SCTP here (kernel without SCTP, or an engine that lacks a feature)
        InvalidAddressError, ///< unparsable address, or a family the network does not allow
        /// The local address and port are in use.
        AddressInUseError,
        AddressNotAvailableError, ///< a local address this host does not have
        ConnectionRefusedError, ///< nobody listens there (the peer answered with ABORT)
        /// setConnectTimeout() expired, or INIT went unanswered.
        ConnectTimeoutError,
        NetworkError, ///< host or network unreachable
        AssociationAbortedError, ///< the peer aborted, or the association was lost
        InvalidStreamError, ///< a stream id beyond the negotiated outbound streams
        MessageTooLargeError, ///< beyond what the kernel sends, or beyond maxMessageSize() received
        OperationError, ///< a call in the wrong state
        ResourceError, ///< out of descriptors or memory
        /// Not allowed (EACCES, EPERM).
        PermissionError,
        HookError, ///< the pre-connect or pre-listen hook refused
        TimeoutError, ///< a waitFor...() call ran out of time
        OptionError, ///< the kernel refused an option's value (the text names the option)
        /// Anything else; errorString() has the system's text.
        UnknownError,
    };
    Q_ENUM(Error)

    /// How sendMessage() sends a message.
    enum SendFlag {
        /// In stream order.
        NoSendFlags = 0x0,
        UnorderedSend = 0x1, ///< deliver as soon as it arrives, not in stream order
    };
    /// A combination of SendFlag values.
    Q_DECLARE_FLAGS(SendFlags, SendFlag)
    Q_FLAG(SendFlags)

    /// Where received messages go.
    enum ReceiveMode {
        /// Queue for readMessage()/read() unless messageReceived() has a receiver (the default).
        AutomaticReceiveMode,
        QueueReceiveMode, ///< always queue (messageReceived() is emitted too)
        SignalReceiveMode, ///< only emit messageReceived(); nothing is queued
    };
    Q_ENUM(ReceiveMode)

    /// Called with the new socket's descriptor before bind and connect (go-sctp's
    /// Dialer.Control). Return false and set *errorString to refuse: the connect fails with
    /// #HookError.
    using DescriptorHook = std::function<bool(qintptr descriptor, QString *errorString)>;

    /// An unconnected socket with the defaults: 10 streams each way offered, 512 KiB buffers,
    /// NODELAY on, AutomaticReceiveMode, 1024 pending messages, 16 MiB largest message, the
    /// default notification subscriptions, Engine::Automatic.
    explicit QSctpSocket(QObject *parent = nullptr);
    /// Destroys the socket. The kernel ends an open association in the background: gracefully, or
    /// with ABORT under setLinger(0).
    ~QSctpSocket() override;

    // Settings for the next connect.
    ///@{
    /// The INIT options (streams offered, INIT retries) for the next connect.
    QSctpInitOptions initOptions() const;
    void setInitOptions(const QSctpInitOptions &options);
    ///@}
    ///@{
    /// The local addresses to bind before connecting (sctp_bindx()); a null address (the default)
    /// binds to every local address with a port the system picks.
    QSctpAddress localBindAddress() const;
    void setLocalBindAddress(const QSctpAddress &address);
    ///@}
    ///@{
    /// How long, in milliseconds, a connect may take before it fails with #ConnectTimeoutError; 0
    /// (the default) leaves it to the kernel's INIT retransmissions.
    int connectTimeout() const;
    void setConnectTimeout(int msecs);
    ///@}
    /// Sets the hook called with the descriptor before bind and connect; an empty function removes
    /// it.
    void setPreConnectHook(DescriptorHook hook);

    ///@{
    /// SO_SNDBUF and SO_RCVBUF as requested (512 KiB each by default, as go-sctp; Linux doubles
    /// what it grants). Applied at connect, and at once on a connected socket. For bulk
    /// transfers make the receiver's several times the sender's: at the window's edge Linux
    /// drops chunks and may wait for the 1 s retransmission timer. The setters fail, with the
    /// errno's error, only when the kernel refuses the size on an open socket.
    int sendBufferSize() const;
    bool setSendBufferSize(int bytes);
    ///@}
    ///@{
    /// SO_RCVBUF as requested; see sendBufferSize().
    int receiveBufferSize() const;
    bool setReceiveBufferSize(int bytes);
    ///@}

    /// What the kernel granted for SO_SNDBUF (Linux doubles the request and caps
    /// it at net.core.wmem_max without CAP_NET_ADMIN), in bytes; -1 without a socket.
    int grantedSendBufferSize() const;
    /// What the kernel granted for SO_RCVBUF (capped at net.core.rmem_max), in bytes; -1 without a
    /// socket.
    int grantedReceiveBufferSize() const;

    /// Protocol tunables (QSctpAssociationOptions): the ones set are applied at connect, or at
    /// once on a connected socket. A failure (#OptionError, or #UnsupportedError for an option
    /// the engine lacks) names the option and the reason.
    bool setAssociationOptions(const QSctpAssociationOptions &options);
    /// Every option as the kernel has it while there is a socket; otherwise what was requested.
    QSctpAssociationOptions associationOptions();
    /// What write() uses (stream, PPID, context, unordered; the payload is ignored): stream 0
    /// and PPID 0 unless set. Also the kernel's SCTP_DEFAULT_SNDINFO. Applied at connect, or at
    /// once on a connected socket, where a stream beyond the outbound count is refused.
    bool setDefaultSendParameters(const QSctpMessage &parameters);
    /// The send parameters write() uses; see setDefaultSendParameters().
    QSctpMessage defaultSendParameters() const;

    /// Heartbeat and retransmission thresholds of one peer address (QSctpAssociationOptions::
    /// PathOptions), on a connected socket. Other options fail with #OperationError; an address
    /// that is not the peer's fails too.
    bool setPathOptions(const QHostAddress &peerAddress, const QSctpAssociationOptions &options);
    /// The per-path options of \a peerAddress as the kernel has them, on a connected socket.
    QSctpAssociationOptions pathOptions(const QHostAddress &peerAddress);

    // Receiving.
    ///@{
    /// Where received messages go; #AutomaticReceiveMode by default. Takes effect for the next
    /// message received.
    ReceiveMode receiveMode() const;
    void setReceiveMode(ReceiveMode mode);
    ///@}
    ///@{
    /// The read queue's bound (1024 by default, at least 1): when this many messages wait, the
    /// socket stops reading from the kernel, so a slow consumer closes the peer's window instead
    /// of growing memory.
    qsizetype maxPendingMessages() const;
    void setMaxPendingMessages(qsizetype count);
    ///@}
    ///@{
    /// The largest message, in bytes, reassembled from partial deliveries (16 MiB by default). A
    /// larger one is reported with #MessageTooLargeError and dropped, never delivered truncated.
    qint64 maxMessageSize() const;
    void setMaxMessageSize(qint64 bytes);
    ///@}

    /// Connects to every address of \a peer at once (sctp_connectx()), on \a network. Returns at
    /// once: connected() or errorOccurred() follows (#InvalidAddressError, #ConnectionRefusedError,
    /// #ConnectTimeoutError, #NetworkError, #UnsupportedError, #HookError, ...). Fails with
    /// #OperationError while the socket is connecting or connected.
    void connectToHost(const QSctpAddress &peer,
                       QSctpAddress::Network network = QSctpAddress::Sctp);
    /// Connects to \a peer given as text: literal addresses or host names ("db1/db2:3868"),
    /// names resolved asynchronously (QSctpAddress::resolveAsync()). A parse or lookup failure
    /// gives #InvalidAddressError.
    void connectToHost(const QString &peer, QSctpAddress::Network network = QSctpAddress::Sctp);
    /// Graceful: hands over what is still queued, then SHUTDOWN; disconnected() follows. Cancels
    /// an attempt in progress. With setLinger(0) it aborts instead.
    void disconnectFromHost();
    /// ABORT: the association ends at once, queued data is dropped, the peer sees it lost.
    void abort();
    /// Stops receiving: later data is dropped (no SCTP action, as shutdown SHUT_RD); the end of
    /// the association is still reported. Fails with #OperationError when not connected.
    bool closeRead();
    /// Stops sending: unlike TCP this starts a full SCTP SHUTDOWN (shutdown SHUT_WR), after the
    /// send queue. Fails with #OperationError when not connected.
    bool closeWrite();
    /// SO_LINGER, in seconds: < 0 graceful close in the background (default), 0 close sends
    /// ABORT, > 0 close waits up to that many seconds for the SHUTDOWN.
    bool setLinger(int seconds);
    /// The linger time in seconds; -1 (the default) for a graceful close in the background.
    int linger() const;

    /// The current state.
    SocketState state() const;
    /// The last error; errorString() describes it.
    Error error() const;
    /// The local addresses of the association, with the port (sctp_getladdrs()); the last known
    /// ones once it has ended, null before the first connect.
    QSctpAddress localAddress() const;
    /// The peer's addresses, with the port (sctp_getpaddrs()); the last known ones once the
    /// association has ended, null before the first connect.
    QSctpAddress peerAddress() const;
    /// The socket's descriptor, -1 without a socket. Do not hand it to QtNetwork classes: they
    /// reset the notification subscriptions.
    qintptr socketDescriptor() const;
    /// The SCTP stack behind this object: "kernel" or "usrsctp" (userspace, over UDP). Before
    /// it opens, the one it would use (QTSCTP_ENGINE=kernel|usrsctp overrides the choice).
    QString engineName() const;
    /// The engine for the next connect: Engine::Automatic (the default) or the one given to
    /// setEngine(). engineName() says which stack that is.
    Engine engine() const;
    /// Chooses the SCTP stack for the next connect, while the socket is unconnected. Fails
    /// with UnsupportedError, naming the engine, when this build or host does not have it,
    /// and with OperationError while the socket is open.
    bool setEngine(Engine engine);
    /// The negotiated number of inbound streams; 0 when unconnected.
    int inboundStreamCount() const;
    /// The negotiated number of outbound streams; stream ids go from 0 to this minus one. 0 when
    /// unconnected.
    int outboundStreamCount() const;

    /// Sends \a message: one SCTP message, atomically; queued when the kernel's buffer is full,
    /// never blocking. Fails at once, returning false, with #OperationError (not connected, closed
    /// for writing, an empty payload), #InvalidStreamError (a stream at or beyond
    /// outboundStreamCount()), #MessageTooLargeError, or #InvalidAddressError (a destination that
    /// is not the peer's). messagesWritten() and bytesWritten() report what the kernel took.
    bool sendMessage(const QSctpMessage &message);
    /// Sends \a payload as one message on \a stream with \a payloadProtocolId (host byte order)
    /// and \a flags, like sendMessage(const QSctpMessage &).
    bool sendMessage(const QByteArray &payload, quint16 stream = 0, quint32 payloadProtocolId = 0,
                     SendFlags flags = NoSendFlags);
    /// Messages waiting in the socket's send queue for the kernel.
    qsizetype messagesToWrite() const;

    /// True when a received message waits in the read queue.
    bool hasPendingMessages() const;
    /// The number of messages in the read queue.
    qsizetype pendingMessageCount() const;
    /// Takes the oldest queued message (the rest of it, after read() or readMessageFragment()); a
    /// default message when the queue is empty. Taking one may resume reading from the kernel.
    QSctpMessage readMessage();
    /// Up to \a maxSize bytes of the oldest pending message; isEndOfRecord() on its last part.
    QSctpMessage readMessageFragment(qint64 maxSize);

    /// Blocks up to \a msecs milliseconds (-1: no limit) until connected, running the same handlers
    /// as the event loop. False on failure or time-out (#TimeoutError).
    bool waitForConnected(int msecs = 30000);
    /// Blocks up to \a msecs milliseconds until a message arrives. False at the end of the
    /// association, on time-out (#TimeoutError), and at once while the read queue is full.
    bool waitForReadyRead(int msecs = 30000) override;
    /// Blocks up to \a msecs milliseconds until the kernel took queued messages; false at once
    /// when nothing waits to be written, and on time-out (#TimeoutError).
    bool waitForBytesWritten(int msecs = 30000) override;
    /// Blocks up to \a msecs milliseconds until the association is gone (#OperationError when not
    /// connected, #TimeoutError on time-out).
    bool waitForDisconnected(int msecs = 30000);

    /// Notifications (SCTP_EVENT), each emitted by its own signal and by
    /// notificationReceived(). Subscribed by default: AssociationChange, PeerAddressChange,
    /// RemoteError, SendFailedEvent and ShutdownEvent. Association changes stay on in the
    /// kernel whatever the subscriptions (the socket's state follows them); unsubscribing
    /// only silences their signals. Returns that default set.
    static QList<QSctpNotification::Type> defaultSubscriptions();
    /// Subscribes to notifications of \a type, at once on an open socket, else at connect. Fails
    /// when the kernel or engine refuses the type.
    bool subscribe(QSctpNotification::Type type);
    /// Unsubscribes from notifications of \a type.
    bool unsubscribe(QSctpNotification::Type type);
    /// True when notifications of \a type are subscribed.
    bool isSubscribed(QSctpNotification::Type type) const;
    /// Every subscribed type.
    QList<QSctpNotification::Type> subscriptions() const;

    /// Why the last association ended: its last association change (CommunicationLost with
    /// the ABORT's causes, ShutdownComplete), when the kernel reported one.
    QSctpAssociationChange lastAssociationChange() const;

    /// The association's status (SCTP_STATUS). On failure, as for the calls below, it sets
    /// error() and returns a default value.
    QSctpAssociationStatus associationStatus();
    /// Every peer address with its state and figures (SCTP_GET_PEER_ADDR_INFO for each one),
    /// not only the primary that SCTP_STATUS reports.
    QList<QSctpPeerAddressInfo> paths();
    /// The state and figures of the path to \a peerAddress (SCTP_GET_PEER_ADDR_INFO).
    QSctpPeerAddressInfo pathInfo(const QHostAddress &peerAddress);
    /// Send to this peer address unless a message names another (SCTP_PRIMARY_ADDR).
    bool setPrimaryPath(const QHostAddress &peerAddress);
    /// Ask the peer to send to this local address (SCTP_SET_PEER_PRIMARY_ADDR, needs ASCONF:
    /// net.sctp.addip_enable on both sides; the error text says so when it is off).
    bool requestPeerPrimary(const QHostAddress &localAddress);
    /// The association's counters (SCTP_GET_ASSOC_STATS).
    QSctpAssociationStatistics statistics();

    /// Local addresses added to the association (sctp_bindx); the peer hears of
    /// them when both sides have net.sctp.addip_enable=1. Give the addresses with port 0.
    bool bindAdd(const QSctpAddress &addresses);
    /// Local addresses removed from the association (sctp_bindx), as bindAdd().
    bool bindRemove(const QSctpAddress &addresses);

    // QIODevice
    /// True: a socket has no positions.
    bool isSequential() const override;
    /// The bytes of the queued messages not read yet.
    qint64 bytesAvailable() const override;
    /// The bytes of the messages waiting in the send queue.
    qint64 bytesToWrite() const override;
    /// True when the queued bytes hold a newline.
    bool canReadLine() const override;
    /// disconnectFromHost(), drops the read queue, and closes the device.
    void close() override;
    /// True when no queued bytes are left to read.
    bool atEnd() const override;

Q_SIGNALS:
    /// Emitted when the association is up.
    void connected();
    /// Emitted when the association is gone, whatever the reason (lastAssociationChange() says
    /// which).
    void disconnected();
    /// Emitted with the new \a state at each change.
    void stateChanged(QtSctp::QSctpSocket::SocketState state);
    /// Emitted with \a error when an error occurs; errorString() describes it.
    void errorOccurred(QtSctp::QSctpSocket::Error error);
    /// Emitted for each received \a message, whatever the receive mode.
    void messageReceived(const QtSctp::QSctpMessage &message);
    /// Emitted, at most once per event loop pass, with the \a count of messages the kernel took
    /// (bytesWritten() follows with their bytes).
    void messagesWritten(qint64 count);
    /// Every SCTP notification the socket is subscribed to, decoded; unknown types too.
    void notificationReceived(const QtSctp::QSctpNotification &notification);
    /// An association change (SCTP_ASSOC_CHANGE): up, lost, restart, shutdown complete.
    void associationChanged(const QtSctp::QSctpAssociationChange &change);
    /// A peer address changed state (SCTP_PEER_ADDR_CHANGE).
    void peerAddressChanged(const QtSctp::QSctpPeerAddressChange &change);
    /// The peer sent an ERROR chunk (SCTP_REMOTE_ERROR).
    void remoteErrorReceived(const QtSctp::QSctpRemoteError &error);
    /// Data that was not delivered, handed back: stream, PPID, context and payload. From the
    /// kernel (SendFailedEvent), and for messages still in the socket's own send queue when
    /// the association ends (DataUnsent), except after abort().
    void sendFailed(const QtSctp::QSctpSendFailed &failure);
    /// The peer sent SHUTDOWN (SCTP_SHUTDOWN_EVENT).
    void shutdownReceived(const QtSctp::QSctpShutdownEvent &event);
    /// The peer's adaptation layer indication (SCTP_ADAPTATION_INDICATION).
    void adaptationIndicationReceived(const QtSctp::QSctpAdaptationIndication &indication);
    /// A partial delivery was aborted (SCTP_PARTIAL_DELIVERY_EVENT).
    void partialDeliveryEvent(const QtSctp::QSctpPartialDeliveryEvent &event);
    /// An SCTP-AUTH key event (SCTP_AUTHENTICATION_EVENT).
    void authenticationEvent(const QtSctp::QSctpAuthenticationEvent &event);
    /// Nothing is left to send or retransmit (SCTP_SENDER_DRY_EVENT).
    void senderDry(const QtSctp::QSctpSenderDryEvent &event);
    /// Streams were reset (SCTP_STREAM_RESET_EVENT).
    void streamReset(const QtSctp::QSctpStreamResetEvent &event);
    /// The association's TSNs were reset (SCTP_ASSOC_RESET_EVENT).
    void associationReset(const QtSctp::QSctpAssociationResetEvent &event);
    /// Streams were added (SCTP_STREAM_CHANGE_EVENT).
    void streamChanged(const QtSctp::QSctpStreamChangeEvent &event);

protected:
    /// Reads up to \a maxSize queued bytes into \a data, across message boundaries.
    qint64 readData(char *data, qint64 maxSize) override;
    /// Reads a line of up to \a maxSize bytes into \a data.
    qint64 readLineData(char *data, qint64 maxSize) override;
    /// Sends the \a size bytes at \a data as one message with the default send parameters; -1
    /// when sendMessage() fails.
    qint64 writeData(const char *data, qint64 size) override;

private:
    friend class QSctpServerPrivate;
    friend class QSctpSocketPrivate;
    std::unique_ptr<QSctpSocketPrivate> d;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(QSctpSocket::SendFlags)

QTSCTP_END_NAMESPACE

#endif // QTSCTP_QSCTPSOCKET_H
