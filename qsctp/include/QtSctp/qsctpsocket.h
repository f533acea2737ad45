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
#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qiodevice.h>

#include <functional>
#include <memory>

QTSCTP_BEGIN_NAMESPACE

class QSctpServerPrivate;
class QSctpSocketPrivate;

// A one-to-one SCTP association (a SOCK_STREAM SCTP socket): connect to a multi-homed peer,
// send and receive messages with stream ids and PPIDs, and use it as a QIODevice where a byte
// stream is enough. See docs in qsctpsocket.cpp.
class QTSCTP_EXPORT QSctpSocket : public QIODevice
{
    Q_OBJECT
    Q_PROPERTY(SocketState state READ state NOTIFY stateChanged)
    Q_PROPERTY(QtSctp::QSctpAddress localAddress READ localAddress)
    Q_PROPERTY(QtSctp::QSctpAddress peerAddress READ peerAddress)

public:
    enum SocketState {
        UnconnectedState,
        ConnectingState, // resolving names, or INIT sent and waiting for the handshake
        ConnectedState,
        ClosingState, // SHUTDOWN started, or queued messages still to be handed to the kernel
    };
    Q_ENUM(SocketState)

    enum Error {
        NoError,
        UnsupportedError, // no SCTP here (kernel without SCTP, or an engine that lacks a feature)
        InvalidAddressError, // unparsable address, or a family the network does not allow
        AddressInUseError,
        AddressNotAvailableError, // a local address this host does not have
        ConnectionRefusedError, // nobody listens there (the peer answered with ABORT)
        ConnectTimeoutError,
        NetworkError, // host or network unreachable
        AssociationAbortedError, // the peer aborted, or the association was lost
        InvalidStreamError, // a stream id beyond the negotiated outbound streams
        MessageTooLargeError, // beyond what the kernel sends, or beyond maxMessageSize() received
        OperationError, // a call in the wrong state
        ResourceError, // out of descriptors or memory
        PermissionError,
        HookError, // the pre-connect or pre-listen hook refused
        TimeoutError, // a waitFor...() call ran out of time
        OptionError, // the kernel refused an option's value (the text names the option)
        UnknownError,
    };
    Q_ENUM(Error)

    enum SendFlag {
        NoSendFlags = 0x0,
        UnorderedSend = 0x1, // deliver as soon as it arrives, not in stream order
    };
    Q_DECLARE_FLAGS(SendFlags, SendFlag)
    Q_FLAG(SendFlags)

    // Where received messages go.
    enum ReceiveMode {
        // Queue for readMessage()/read() unless messageReceived() has a receiver.
        AutomaticReceiveMode,
        QueueReceiveMode, // always queue (messageReceived() is emitted too)
        SignalReceiveMode, // only emit messageReceived(); nothing is queued
    };
    Q_ENUM(ReceiveMode)

    // Called with the new socket's descriptor before bind and connect (go-sctp's
    // Dialer.Control). Return false and set *errorString to refuse: the connect fails with
    // HookError.
    using DescriptorHook = std::function<bool(qintptr descriptor, QString *errorString)>;

    explicit QSctpSocket(QObject *parent = nullptr);
    ~QSctpSocket() override;

    // Settings for the next connect.
    QSctpInitOptions initOptions() const;
    void setInitOptions(const QSctpInitOptions &options);
    QSctpAddress localBindAddress() const;
    void setLocalBindAddress(const QSctpAddress &address);
    int connectTimeout() const;
    void setConnectTimeout(int msecs);
    void setPreConnectHook(DescriptorHook hook);

    // SO_SNDBUF and SO_RCVBUF as requested (512 KiB each by default, as go-sctp; Linux doubles
    // what it grants). Applied at connect, and at once on a connected socket. For bulk
    // transfers make the receiver's several times the sender's: at the window's edge Linux
    // drops chunks and may wait for the 1 s retransmission timer.
    int sendBufferSize() const;
    bool setSendBufferSize(int bytes);
    int receiveBufferSize() const;
    bool setReceiveBufferSize(int bytes);

    // What the kernel granted for SO_SNDBUF and SO_RCVBUF (Linux doubles the request and caps
    // it at net.core.wmem_max/rmem_max without CAP_NET_ADMIN); -1 without a socket.
    int grantedSendBufferSize() const;
    int grantedReceiveBufferSize() const;

    // Protocol tunables (QSctpAssociationOptions): the ones set are applied at connect, or at
    // once on a connected socket. A failure names the option and the reason.
    bool setAssociationOptions(const QSctpAssociationOptions &options);
    // Every option as the kernel has it while there is a socket; otherwise what was requested.
    QSctpAssociationOptions associationOptions();
    // What write() uses (stream, PPID, context, unordered; the payload is ignored): stream 0
    // and PPID 0 unless set. Also the kernel's SCTP_DEFAULT_SNDINFO. Applied at connect, or at
    // once on a connected socket, where a stream beyond the outbound count is refused.
    bool setDefaultSendParameters(const QSctpMessage &parameters);
    QSctpMessage defaultSendParameters() const;

    // Heartbeat and retransmission thresholds of one peer address (QSctpAssociationOptions::
    // PathOptions), on a connected socket.
    bool setPathOptions(const QHostAddress &peerAddress, const QSctpAssociationOptions &options);
    QSctpAssociationOptions pathOptions(const QHostAddress &peerAddress);

    // Receiving.
    ReceiveMode receiveMode() const;
    void setReceiveMode(ReceiveMode mode);
    // The read queue's bound: when this many messages wait, the socket stops reading from the
    // kernel, so a slow consumer closes the peer's window instead of growing memory.
    qsizetype maxPendingMessages() const;
    void setMaxPendingMessages(qsizetype count);
    // The largest message reassembled from partial deliveries (16 MiB by default). A larger
    // one is reported with MessageTooLargeError and dropped, never delivered truncated.
    qint64 maxMessageSize() const;
    void setMaxMessageSize(qint64 bytes);

    void connectToHost(const QSctpAddress &peer,
                       QSctpAddress::Network network = QSctpAddress::Sctp);
    // Literal addresses or host names ("db1/db2:3868"); names are resolved asynchronously.
    void connectToHost(const QString &peer, QSctpAddress::Network network = QSctpAddress::Sctp);
    // Graceful: hands over what is still queued, then SHUTDOWN.
    void disconnectFromHost();
    // ABORT: the association ends at once, queued data is dropped, the peer sees it lost.
    void abort();
    // Stops receiving: later data is dropped (no SCTP action, as shutdown SHUT_RD); the end of
    // the association is still reported.
    bool closeRead();
    // Stops sending: unlike TCP this starts a full SCTP SHUTDOWN (shutdown SHUT_WR).
    bool closeWrite();
    // SO_LINGER: < 0 graceful close in the background (default), 0 close sends ABORT,
    // > 0 close waits up to that many seconds for the SHUTDOWN.
    bool setLinger(int seconds);
    int linger() const;

    SocketState state() const;
    Error error() const;
    QSctpAddress localAddress() const;
    QSctpAddress peerAddress() const;
    qintptr socketDescriptor() const;
    // The SCTP stack behind this object: "kernel" or "usrsctp" (userspace, over UDP). Before
    // it opens, the one it would use (QTSCTP_ENGINE=kernel|usrsctp overrides the choice).
    QString engineName() const;
    int inboundStreamCount() const;
    int outboundStreamCount() const;

    // Sending: one message per call, atomically; queued when the kernel's buffer is full.
    bool sendMessage(const QSctpMessage &message);
    bool sendMessage(const QByteArray &payload, quint16 stream = 0, quint32 payloadProtocolId = 0,
                     SendFlags flags = NoSendFlags);
    qsizetype messagesToWrite() const;

    // The pull API.
    bool hasPendingMessages() const;
    qsizetype pendingMessageCount() const;
    QSctpMessage readMessage();
    // Up to maxSize bytes of the oldest pending message; isEndOfRecord() on its last part.
    QSctpMessage readMessageFragment(qint64 maxSize);

    bool waitForConnected(int msecs = 30000);
    bool waitForReadyRead(int msecs = 30000) override;
    bool waitForBytesWritten(int msecs = 30000) override;
    bool waitForDisconnected(int msecs = 30000);

    // Notifications (SCTP_EVENT), each emitted by its own signal and by
    // notificationReceived(). Subscribed by default: AssociationChange, PeerAddressChange,
    // RemoteError, SendFailedEvent and ShutdownEvent. Association changes stay on in the
    // kernel whatever the subscriptions (the socket's state follows them); unsubscribing
    // only silences their signals.
    static QList<QSctpNotification::Type> defaultSubscriptions();
    bool subscribe(QSctpNotification::Type type);
    bool unsubscribe(QSctpNotification::Type type);
    bool isSubscribed(QSctpNotification::Type type) const;
    QList<QSctpNotification::Type> subscriptions() const;

    // Why the last association ended: its last association change (CommunicationLost with
    // the ABORT's causes, ShutdownComplete), when the kernel reported one.
    QSctpAssociationChange lastAssociationChange() const;

    // Status and paths of the association. On failure they set error() and return a default.
    QSctpAssociationStatus associationStatus();
    // Every peer address with its state and figures (SCTP_GET_PEER_ADDR_INFO for each one),
    // not only the primary that SCTP_STATUS reports.
    QList<QSctpPeerAddressInfo> paths();
    QSctpPeerAddressInfo pathInfo(const QHostAddress &peerAddress);
    // Send to this peer address unless a message names another (SCTP_PRIMARY_ADDR).
    bool setPrimaryPath(const QHostAddress &peerAddress);
    // Ask the peer to send to this local address (SCTP_SET_PEER_PRIMARY_ADDR, needs ASCONF:
    // net.sctp.addip_enable on both sides).
    bool requestPeerPrimary(const QHostAddress &localAddress);
    QSctpAssociationStatistics statistics();

    // Local addresses added to or removed from the association (sctp_bindx); the peer hears of
    // them when both sides have net.sctp.addip_enable=1. Give the addresses with port 0.
    bool bindAdd(const QSctpAddress &addresses);
    bool bindRemove(const QSctpAddress &addresses);

    // QIODevice
    bool isSequential() const override;
    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    bool canReadLine() const override;
    void close() override;
    bool atEnd() const override;

Q_SIGNALS:
    void connected();
    void disconnected();
    void stateChanged(QtSctp::QSctpSocket::SocketState state);
    void errorOccurred(QtSctp::QSctpSocket::Error error);
    void messageReceived(const QtSctp::QSctpMessage &message);
    void messagesWritten(qint64 count);
    // Every SCTP notification the socket is subscribed to, decoded; unknown types too.
    void notificationReceived(const QtSctp::QSctpNotification &notification);
    void associationChanged(const QtSctp::QSctpAssociationChange &change);
    void peerAddressChanged(const QtSctp::QSctpPeerAddressChange &change);
    void remoteErrorReceived(const QtSctp::QSctpRemoteError &error);
    // Data that was not delivered, handed back: stream, PPID, context and payload. From the
    // kernel (SendFailedEvent), and for messages still in the socket's own send queue when
    // the association ends (DataUnsent), except after abort().
    void sendFailed(const QtSctp::QSctpSendFailed &failure);
    void shutdownReceived(const QtSctp::QSctpShutdownEvent &event);
    void adaptationIndicationReceived(const QtSctp::QSctpAdaptationIndication &indication);
    void partialDeliveryEvent(const QtSctp::QSctpPartialDeliveryEvent &event);
    void authenticationEvent(const QtSctp::QSctpAuthenticationEvent &event);
    void senderDry(const QtSctp::QSctpSenderDryEvent &event);
    void streamReset(const QtSctp::QSctpStreamResetEvent &event);
    void associationReset(const QtSctp::QSctpAssociationResetEvent &event);
    void streamChanged(const QtSctp::QSctpStreamChangeEvent &event);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 readLineData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    friend class QSctpServerPrivate;
    friend class QSctpSocketPrivate;
    std::unique_ptr<QSctpSocketPrivate> d;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(QSctpSocket::SendFlags)

QTSCTP_END_NAMESPACE

#endif // QTSCTP_QSCTPSOCKET_H
