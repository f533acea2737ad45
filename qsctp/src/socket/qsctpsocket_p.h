// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPSOCKET_P_H
#define QTSCTP_QSCTPSOCKET_P_H

//
//  W A R N I N G
//  -------------
// Internal to QtSctp: not part of the public API, and may change without notice.
//

#include "engine/qsctpengine_p.h"

#include <QtSctp/qsctpsocket.h>

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qpointer.h>

#include <deque>

QT_BEGIN_NAMESPACE
    class QSocketNotifier;
    class QTimer;
QT_END_NAMESPACE

QTSCTP_BEGIN_NAMESPACE

class QSctpNotification;

// Text for an errno value, and the QSctpSocket::Error it stands for.
QString qsctpErrnoString(int error);
QSctpSocket::Error qsctpErrorFromErrno(int error);
// The error for a socket option the kernel refused: unknown to it, or a value it rejects.
QSctpSocket::Error qsctpOptionError(int error);
// The error and text for an engine's open() that failed: names a missing SCTP stack as such,
// and the engine with what it says about the failure.
QSctpSocket::Error qsctpOpenError(int error, const QSctpEngine *engine, QString *text);
// The text for a socket option that failed while an endpoint is set up, and for a bind that
// failed, naming the engine where it lacks what was asked.
QString qsctpSetupErrorText(const char *option, int error, const QSctpEngine *engine);
QString qsctpBindErrorText(int error, const QSctpEngine *engine);
// The error text for a descriptor hook on an engine without a kernel socket (usrsctp).
QString qsctpHookUnsupportedText(const char *hook, const QSctpEngine *engine);

// The notification types of QSctpSocket::defaultSubscriptions(), one bit per type from
// SCTP_ASSOC_CHANGE on; and switching a mask's types on in an engine (0, or the errno with
// the option's name).
quint32 qsctpDefaultSubscriptionMask();
// A notification type's bit in such a mask (0 for types outside SCTP_ASSOC_CHANGE to
// SCTP_SEND_FAILED_EVENT), and the types of a mask.
quint32 qsctpNotificationBit(QSctpNotification::Type type);
QList<QSctpNotification::Type> qsctpNotificationTypes(quint32 mask);
int qsctpApplySubscriptions(QSctpEngine *engine, quint32 mask, QString *failedOption);

// Settings a socket takes before it connects, and that a server hands to what it accepts.
struct QSctpSocketSettings
{
    Engine engine = Engine::Automatic;
    quint32 subscriptions = qsctpDefaultSubscriptionMask();
    QSctpAssociationOptions associationOptions;
    QSctpInitOptions initOptions;
    int sendBufferSize = 512 * 1024;
    int receiveBufferSize = 512 * 1024;
    QSctpSocket::ReceiveMode receiveMode = QSctpSocket::AutomaticReceiveMode;
    qsizetype maxPendingMessages = 1024;
    qint64 maxMessageSize = 16 * 1024 * 1024;
    // write()'s stream, PPID, context and ordering (SCTP_DEFAULT_SNDINFO once set).
    QSctpMessage defaultSend;
    bool defaultSendSet = false;
};

class QSctpSocketPrivate
{
public:
    explicit QSctpSocketPrivate(QSctpSocket *q);
    ~QSctpSocketPrivate();

    // State and errors.
    void setState(QSctpSocket::SocketState newState);
    void setError(QSctpSocket::Error error, const QString &text);
    void setErrnoError(QSctpSocket::Error error, const QString &operation, int errnoValue);

    // Connecting.
    void resetForConnect();
    void startConnect(const QSctpAddress &peer, QSctpAddress::Network network);
    bool configureEngine(QString *errorText, int *errnoValue);
    void finishConnect();
    void failConnect(QSctpSocket::Error error, const QString &text);
    void connectTimedOut();
    // Takes over an association that a server accepted.
    void adopt(std::unique_ptr<QSctpEngine> acceptedEngine, const QSctpSocketSettings &inherited);
    // An accepted socket reads nothing while it waits in its server's pending queue (nobody
    // could be connected to its signals yet); nextPendingConnection() releases it, and what
    // waits is read on the next pass of the event loop, or by a waitFor...() call.
    void holdForServer();
    void releaseFromServer();
    void enterConnected();

    // Readiness, from notifiers and from waitFor...().
    void createNotifiers();
    void destroyNotifiers();
    void onReadable();
    void onWritable();
    void updateWriteNotifier();
    void pauseReading(bool paused);
    // Engines with event-driven readiness (usrsctp): one notifier on their eventfd, whose
    // wake-ups are dispatched to onReadable()/onWritable() as the engine's events say.
    void onEngineEvents();
    void dispatchEngineEvents(int events);
    bool wantsWrite() const;

    // Receiving.
    bool queuesMessages() const;
    bool readQueueFull() const;
    void deliver(QSctpMessage &&message, bool queue);
    void handleNotification(const QByteArray &raw);
    void handleReceiveError(int errnoValue);
    void handleEndOfStream();
    QSctpMessage takeFromQueue(qint64 maxSize, bool wholeMessage);
    void afterQueueShrank();

    // Sending.
    bool checkSendable(const QSctpMessage &message);
    // 1 sent, 0 would block, -1 failed (error set).
    int sendNow(const QSctpMessage &message);
    void flushSendQueue();
    void noteWritten(qint64 bytes);
    void emitWritten();

    // Ending.
    void startShutdownIfFlushed();
    void teardown();

    // waitFor...(): one poll() round dispatched to the same handlers the notifiers call.
    bool pollOnce(const QDeadlineTimer &deadline, bool *timedOut);
    void refreshAddresses();

    // The association: notifications, options (qsctpsocketassociation.cpp).
    void emitTypedNotification(const QSctpNotification &notification);
    bool isSubscribedByUser(quint16 typeCode) const;
    bool requireAssociation(const char *operation);
    bool optionFailed(const char *option, int errnoValue);
    int applyDefaultSend(const QSctpMessage &defaults);

    QSctpSocket *q;
    std::unique_ptr<QSctpEngine> engine;
    QSctpAssociationChange lastAssociationChange;
    QSocketNotifier *readNotifier = nullptr;
    QSocketNotifier *writeNotifier = nullptr;
    QTimer *connectTimer = nullptr;

    QSctpSocket::SocketState state = QSctpSocket::UnconnectedState;
    QSctpSocket::Error error = QSctpSocket::NoError;

    QSctpSocketSettings settings;
    QSctpAddress localBind;
    int connectTimeout = 0;
    int linger = -1;
    QSctpSocket::DescriptorHook preConnectHook;

    QSctpAddress requestedPeer;
    QSctpAddress::Network network = QSctpAddress::Sctp;
    QSctpAddress localAddress; // last known; live from the kernel while connected
    QSctpAddress peerAddress;
    QDeadlineTimer connectDeadline;
    int inboundStreams = 0;
    int outboundStreams = 0;
    QString lookupText; // the names connectToHost(QString) resolves
    quint64 lookupGeneration = 0;
    bool lookingUp = false;

    // Receiving.
    std::deque<QSctpMessage> readQueue;
    qint64 readQueueBytes = 0;
    qint64 headOffset = 0; // bytes of readQueue.front() already read through read()
    QByteArray partialMessage;
    QByteArray partialNotification;
    bool discardingOversized = false;
    qint64 discardedBytes = 0;
    bool readingPaused = false;
    bool heldForServer = false;
    bool readClosed = false;
    bool emittingReadyRead = false;
    bool associationEnded = false; // COMM_LOST or SHUTDOWN_COMP read: drain, then tear down
    bool abortRequested = false;
    bool readAgainPosted = false;
    bool engineEventsPosted = false;
    quint64 messagesDelivered = 0;

    // Sending.
    std::deque<QSctpMessage> sendQueue;
    qint64 sendQueueBytes = 0;
    bool writeClosed = false;
    bool sendingEnded = false; // a send found the association gone: wait for its end
    bool shutdownSent = false;
    qint64 unreportedBytes = 0;
    qint64 unreportedMessages = 0;
    bool writtenSignalPosted = false;
};

QTSCTP_END_NAMESPACE

#endif // QTSCTP_QSCTPSOCKET_P_H
