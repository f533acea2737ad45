// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "qsctpsocket_p.h"

#include "options/qsctpassociationoptions_p.h"

#include <QtSctp/qsctpnotification.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qmetaobject.h>
#include <QtCore/qsocketnotifier.h>
#include <QtCore/qtimer.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

/*!
    \class QtSctp::QSctpSocket
    \brief A one-to-one SCTP association over Linux kernel SCTP.

    QSctpSocket connects to a multi-homed peer (all of its addresses at once, sctp_connectx)
    from an optional multi-homed local address, and exchanges messages: each sendMessage() is
    one SCTP user message with a stream id, a payload protocol identifier (PPID, host byte
    order in this API), an unordered flag, a context and optionally one peer address to send
    to. Each received message carries the kernel's receive information.

    Received messages are emitted one by one with messageReceived(), and queued for
    readMessage() and read() unless the receive mode says otherwise: in the default
    AutomaticReceiveMode a message is queued only while messageReceived() has no receiver. The
    read queue is bounded (maxPendingMessages()): when it is full the socket stops reading from
    the kernel, so a slow consumer closes the peer's receive window instead of growing memory.

    The socket is a sequential QIODevice too: write() sends one message on stream 0 with PPID 0,
    and read() returns the bytes of the queued messages in order, across message boundaries.

    Sending never blocks: when the kernel's send buffer is full the message waits in a send
    queue, written out when the socket becomes writable. messagesWritten() and bytesWritten()
    report what the kernel took, once per event loop pass.

    Messages larger than one receive are reassembled up to maxMessageSize(); a larger one is
    dropped and reported with MessageTooLargeError, naming its stream, PPID and size.
*/

QTSCTP_BEGIN_NAMESPACE

namespace {
// Messages handled per notifier activation, so one busy association cannot starve the loop.
constexpr int ReadBudget = 256;
constexpr int WriteBudget = 256;

QString tr(const char *text)
{
    return QCoreApplication::translate("QtSctp::QSctpSocket", text);
}
} // namespace

QString qsctpErrnoString(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QSctpSocket::Error qsctpErrorFromErrno(int error)
{
    switch (error) {
    case 0:
        return QSctpSocket::NoError;
    case EADDRINUSE:
        return QSctpSocket::AddressInUseError;
    case EADDRNOTAVAIL:
        return QSctpSocket::AddressNotAvailableError;
    case ECONNREFUSED:
        return QSctpSocket::ConnectionRefusedError;
    case ETIMEDOUT:
        return QSctpSocket::ConnectTimeoutError;
    case ENETUNREACH:
    case EHOSTUNREACH:
    case ENETDOWN:
        return QSctpSocket::NetworkError;
    case ECONNRESET:
    case ECONNABORTED:
    case EPIPE:
        return QSctpSocket::AssociationAbortedError;
    case EMSGSIZE:
        return QSctpSocket::MessageTooLargeError;
    case EACCES:
    case EPERM:
        return QSctpSocket::PermissionError;
    case EMFILE:
    case ENFILE:
    case ENOMEM:
    case ENOBUFS:
        return QSctpSocket::ResourceError;
    case EPROTONOSUPPORT:
    case ESOCKTNOSUPPORT:
    case ENOSYS:
        return QSctpSocket::UnsupportedError;
    default:
        return QSctpSocket::UnknownError;
    }
}

QSctpSocket::Error qsctpOptionError(int error)
{
    if (error == ENOPROTOOPT)
        return QSctpSocket::UnsupportedError;
    if (error == EINVAL)
        return QSctpSocket::OptionError;
    return qsctpErrorFromErrno(error);
}

QSctpSocket::Error qsctpOpenError(int error, const QSctpEngine *engine, QString *text)
{
    const QString detail = engine ? engine->openErrorDetail() : QString();
    const QSctpSocket::Error mapped = qsctpErrorFromErrno(error);
    if (!detail.isEmpty()) {
        *text = detail;
        return mapped == QSctpSocket::UnknownError ? QSctpSocket::ResourceError : mapped;
    }
    const QString name = engine ? engine->name() : qsctpDefaultEngineName();
    if (name == QLatin1String("kernel")
        && (mapped == QSctpSocket::UnsupportedError || error == EAFNOSUPPORT)) {
        *text = tr("This system has no kernel SCTP: socket(IPPROTO_SCTP) failed: %1. Load the "
                   "sctp module (modprobe sctp; it needs hmac), run under scripts/with-sctp, or "
                   "use the usrsctp engine (QtSctp::Engine::Userspace, QTSCTP_ENGINE=usrsctp).")
                        .arg(qsctpErrnoString(error));
        return QSctpSocket::UnsupportedError;
    }
    *text = tr("Cannot create an SCTP socket with the %1 engine: %2")
                    .arg(name, qsctpErrnoString(error));
    return mapped;
}

QString qsctpSetupErrorText(const char *option, int error, const QSctpEngine *engine)
{
    if (error == ENOPROTOOPT && qstrcmp(option, "IPV6_V6ONLY") == 0) {
        return tr("sctp6 (IPv6 only) is not supported by the %1 engine: its IPv6 endpoints "
                  "always take IPv4 peers too (use sctp with IPv6 addresses)")
                .arg(engine->name());
    }
    if (error == ENOPROTOOPT) {
        return tr("Cannot set %1: it is not supported by the %2 engine")
                .arg(QLatin1String(option), engine->name());
    }
    return tr("Cannot set %1: %2").arg(QLatin1String(option), qsctpErrnoString(error));
}

QString qsctpBindErrorText(int error, const QSctpEngine *engine)
{
    if (error == EADDRNOTAVAIL && !engine->hasKernelSocket()) {
        return tr("%1 (the %2 engine binds only addresses of this host's interfaces, not the "
                  "rest of 127.0.0.0/8 that Linux accepts)")
                .arg(qsctpErrnoString(error), engine->name());
    }
    return qsctpErrnoString(error);
}

QString qsctpHookUnsupportedText(const char *hook, const QSctpEngine *engine)
{
    return tr("The %1 hook is not supported by the %2 engine: it has no kernel socket to hand "
              "over")
            .arg(QLatin1String(hook), engine->name());
}

QSctpSocketPrivate::QSctpSocketPrivate(QSctpSocket *qq)
    : q(qq)
{ }

QSctpSocketPrivate::~QSctpSocketPrivate() = default;

void QSctpSocketPrivate::setState(QSctpSocket::SocketState newState)
{
    if (state == newState)
        return;
    state = newState;
    emit q->stateChanged(newState);
}

void QSctpSocketPrivate::setError(QSctpSocket::Error newError, const QString &text)
{
    error = newError;
    q->setErrorString(text);
    emit q->errorOccurred(newError);
}

void QSctpSocketPrivate::setErrnoError(QSctpSocket::Error newError, const QString &operation,
                                       int errnoValue)
{
    setError(newError, QStringLiteral("%1: %2").arg(operation, qsctpErrnoString(errnoValue)));
}

// --- connecting -------------------------------------------------------------------------------

// 0.0.0.0 and ::ffff:0.0.0.0, but not :: (which toIPv4Address() would take too).
static bool isUnspecifiedIPv4(const QHostAddress &a)
{
    static const QHostAddress mapped(QStringLiteral("::ffff:0.0.0.0"));
    return a == QHostAddress::AnyIPv4 || a == mapped;
}

// go-sctp's rule: an empty or unspecified peer address means this host. An unspecified IPv6
// address under sctp4 means it too (go's TestDialListenerAddr).
static QSctpAddress peerOrLoopback(const QSctpAddress &peer, QSctpAddress::Network net,
                                   int localFamily)
{
    const QHostAddress loopback4(QHostAddress::LocalHost);
    const QHostAddress loopback6(QHostAddress::LocalHostIPv6);
    QList<QHostAddress> addresses;
    for (const QHostAddress &a : peer.addresses()) {
        if (isUnspecifiedIPv4(a))
            addresses.append(net == QSctpAddress::Sctp6 ? loopback6 : loopback4);
        else if (a == QHostAddress::AnyIPv6 || a == QHostAddress::Any)
            addresses.append(net == QSctpAddress::Sctp4 ? loopback4 : loopback6);
        else
            addresses.append(a);
    }
    if (addresses.isEmpty()) {
        const bool v6 = net == QSctpAddress::Sctp6
                || (net == QSctpAddress::Sctp && localFamily == AF_INET6);
        addresses.append(v6 ? loopback6 : loopback4);
    }
    return QSctpAddress(addresses, peer.port());
}

// As in go, an unspecified IPv4 local address (0.0.0.0) is no choice of address under every
// network, the wildcard of whichever family the socket gets.
static QSctpAddress localOrWildcard(const QSctpAddress &local)
{
    const QList<QHostAddress> addresses = local.addresses();
    if (addresses.isEmpty() || !std::all_of(addresses.begin(), addresses.end(), isUnspecifiedIPv4))
        return local;
    return QSctpAddress(QList<QHostAddress>(), local.port());
}

// Whether the local addresses can reach the peer: one of the same family, IPv4-mapped counting
// as IPv4 (normalized() made those plain IPv4 already), or an unspecified one.
static bool sharesFamily(const QSctpAddress &local, const QSctpAddress &peer)
{
    const QList<QHostAddress> locals = local.addresses();
    if (std::any_of(locals.begin(), locals.end(), [](const QHostAddress &h) {
            return h == QHostAddress::AnyIPv6 || isUnspecifiedIPv4(h);
        }))
        return true;
    auto has = [](const QSctpAddress &a, QAbstractSocket::NetworkLayerProtocol protocol) {
        const QList<QHostAddress> list = a.addresses();
        return std::any_of(list.begin(), list.end(),
                           [protocol](const QHostAddress &h) { return h.protocol() == protocol; });
    };
    return (has(local, QAbstractSocket::IPv4Protocol) && has(peer, QAbstractSocket::IPv4Protocol))
            || (has(local, QAbstractSocket::IPv6Protocol)
                && has(peer, QAbstractSocket::IPv6Protocol));
}

void QSctpSocketPrivate::startConnect(const QSctpAddress &peer, QSctpAddress::Network net)
{
    network = net;
    requestedPeer = peer;

    if (peer.port() == 0) {
        failConnect(QSctpSocket::InvalidAddressError,
                    tr("Cannot connect to %1: the port is 0").arg(peer.toString()));
        return;
    }
    // One family for the socket, the local and the peer addresses (go-sctp's rules): IPv6
    // when the network says so or any given address is IPv6, IPv4 entries then v4-mapped.
    QString problem;
    const QSctpAddress local = localOrWildcard(localBind);
    const QSctpAddress localChecked = local.normalized(net, &problem);
    if (!problem.isEmpty()) {
        failConnect(QSctpSocket::InvalidAddressError,
                    tr("Cannot bind to %1: %2").arg(localBind.toString(), problem));
        return;
    }
    const bool localIPv6 = !local.addresses().isEmpty() && local.addressFamily(net) == AF_INET6;
    const QSctpAddress target
            = peerOrLoopback(peer, net, localIPv6 ? AF_INET6 : AF_INET).normalized(net, &problem);
    if (!problem.isEmpty()) {
        failConnect(QSctpSocket::InvalidAddressError,
                    tr("Cannot connect to %1: %2").arg(peer.toString(), problem));
        return;
    }
    if (!local.addresses().isEmpty() && !sharesFamily(localChecked, target)) {
        // go's errNoSuitableAddress: the INIT would go out and never be answered.
        failConnect(QSctpSocket::InvalidAddressError,
                    tr("Cannot connect to %1 from %2: no local address of the peer's family")
                            .arg(target.toString(), localBind.toString()));
        return;
    }
    int family = AF_INET;
    if (net == QSctpAddress::Sctp6
        || (net == QSctpAddress::Sctp && (target.addressFamily(net) == AF_INET6 || localIPv6)))
        family = AF_INET6;

    QString unavailable;
    engine = qsctpCreateEngine(settings.engine, &unavailable);
    if (!engine) {
        failConnect(QSctpSocket::UnsupportedError, unavailable);
        return;
    }
    if (preConnectHook && !engine->hasKernelSocket()) {
        const QString text = qsctpHookUnsupportedText("pre-connect", engine.get());
        engine.reset();
        failConnect(QSctpSocket::UnsupportedError, text);
        return;
    }
    if (const int err = engine->open(family)) {
        QString text;
        const QSctpSocket::Error mapped = qsctpOpenError(err, engine.get(), &text);
        engine.reset();
        failConnect(mapped, text);
        return;
    }

    QString problemText;
    int err = 0;
    if (!configureEngine(&problemText, &err)) {
        failConnect(qsctpOptionError(err), problemText);
        return;
    }
    if (preConnectHook) {
        QString hookError;
        if (!preConnectHook(engine->descriptor(), &hookError)) {
            failConnect(QSctpSocket::HookError,
                        tr("The pre-connect hook refused the socket: %1").arg(hookError));
            return;
        }
    }
    if (!local.addresses().isEmpty() || local.port() != 0) {
        if (const int bindErr = engine->bind(localChecked)) {
            QSctpSocket::Error mapped = qsctpErrorFromErrno(bindErr);
            if (bindErr == EINVAL)
                mapped = QSctpSocket::InvalidAddressError;
            failConnect(
                    mapped,
                    tr("Cannot bind to %1: %2")
                            .arg(localBind.toString(), qsctpBindErrorText(bindErr, engine.get())));
            return;
        }
    }

    createNotifiers();
    const int connectErr = engine->connect(target);
    if (connectErr == 0) {
        finishConnect();
        return;
    }
    if (connectErr != EINPROGRESS) {
        QSctpSocket::Error mapped = qsctpErrorFromErrno(connectErr);
        if (connectErr == EINVAL)
            mapped = QSctpSocket::InvalidAddressError;
        failConnect(mapped,
                    tr("Cannot connect to %1: %2")
                            .arg(target.toString(), qsctpErrnoString(connectErr)));
        return;
    }
    if (connectTimeout > 0) {
        connectDeadline = QDeadlineTimer(connectTimeout);
        if (!connectTimer) {
            connectTimer = new QTimer(q);
            connectTimer->setSingleShot(true);
            // A coarse timer may fire up to 5% early; a timeout must not come before its time.
            connectTimer->setTimerType(Qt::PreciseTimer);
            QObject::connect(connectTimer, &QTimer::timeout, q, [this] { connectTimedOut(); });
        }
        connectTimer->start(connectTimeout);
    } else {
        connectDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
    }
    updateWriteNotifier();
}

bool QSctpSocketPrivate::configureEngine(QString *errorText, int *err)
{
    struct Step
    {
        const char *name;
        int result;
    };
    // NODELAY on, as go-sctp does: without it small messages wait for the SACK of the previous.
    const Step steps[] = {
            {"SCTP_INITMSG", engine->setInitOptions(settings.initOptions)},
            // sctp6 is IPv6 only, as in go-sctp.
            {"IPV6_V6ONLY", network == QSctpAddress::Sctp6 ? engine->setIPv6Only(true) : 0},
            {"SO_SNDBUF", engine->setSendBufferSize(settings.sendBufferSize)},
            {"SO_RCVBUF", engine->setReceiveBufferSize(settings.receiveBufferSize)},
            {"SCTP_NODELAY", engine->setNoDelay(true)},
            {"SCTP_RECVRCVINFO", engine->setReceiveInfoEnabled(true)},
            {"SO_LINGER", linger >= 0 ? engine->setLinger(linger) : 0},
    };
    for (const Step &step : steps) {
        if (step.result) {
            *errorText = qsctpSetupErrorText(step.name, step.result, engine.get());
            *err = step.result;
            return false;
        }
    }
    // Before connect: the adaptation indication and INIT-time values travel in the INIT.
    QString failure;
    if (const int optionErr = qsctpApplyAssociationOptions(
                engine.get(), settings.associationOptions, QHostAddress(), 0, &failure)) {
        *errorText = failure;
        *err = optionErr;
        return false;
    }
    if (const int sendErr = settings.defaultSendSet ? applyDefaultSend(settings.defaultSend) : 0) {
        *errorText = tr("Cannot set %1: %2")
                             .arg(QLatin1String("SCTP_DEFAULT_SNDINFO"), qsctpErrnoString(sendErr));
        *err = sendErr;
        return false;
    }
    // The socket's state follows the association's (COMM_UP, COMM_LOST, SHUTDOWN_COMP ...).
    QString option;
    if (const int subscribeErr
        = qsctpApplySubscriptions(engine.get(), settings.subscriptions, &option)) {
        *errorText = tr("Cannot set %1: %2").arg(option, qsctpErrnoString(subscribeErr));
        *err = subscribeErr;
        return false;
    }
    return true;
}

void QSctpSocketPrivate::resetForConnect()
{
    error = QSctpSocket::NoError;
    readClosed = writeClosed = shutdownSent = false;
    readQueue.clear();
    readQueueBytes = headOffset = 0;
    partialMessage.clear();
    discardingOversized = false;
    sendingEnded = false;
}

void QSctpSocketPrivate::finishConnect()
{
    if (connectTimer)
        connectTimer->stop();
    enterConnected();
    emit q->connected();
    // Messages queued while connecting go out now.
    flushSendQueue();
}

void QSctpSocketPrivate::enterConnected()
{
    engine->streamCounts(&inboundStreams, &outboundStreams);
    refreshAddresses();
    if (!q->isOpen())
        q->QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    setState(QSctpSocket::ConnectedState);
    updateWriteNotifier();
}

void QSctpSocketPrivate::failConnect(QSctpSocket::Error err, const QString &text)
{
    if (connectTimer)
        connectTimer->stop();
    destroyNotifiers();
    engine.reset();
    sendQueue.clear();
    sendQueueBytes = 0;
    lookingUp = false;
    setState(QSctpSocket::UnconnectedState);
    setError(err, text);
}

void QSctpSocketPrivate::connectTimedOut()
{
    if (state != QSctpSocket::ConnectingState)
        return;
    failConnect(QSctpSocket::ConnectTimeoutError,
                tr("Connecting to %1 timed out after %2 ms")
                        .arg(requestedPeer.toString())
                        .arg(connectTimeout));
}

void QSctpSocketPrivate::adopt(std::unique_ptr<QSctpEngine> acceptedEngine,
                               const QSctpSocketSettings &inherited)
{
    engine = std::move(acceptedEngine);
    settings = inherited;
    createNotifiers();
    enterConnected();
}

void QSctpSocketPrivate::holdForServer()
{
    heldForServer = true;
    pauseReading(true);
}

void QSctpSocketPrivate::releaseFromServer()
{
    if (!heldForServer)
        return;
    heldForServer = false;
    if (!engine || !engine->isOpen() || readQueueFull())
        return;
    pauseReading(false);
    // An event-driven engine signalled what waits while the socket was held: look again.
    QMetaObject::invokeMethod(
            q,
            [this] {
                if (engine && !readingPaused)
                    dispatchEngineEvents(engine->readinessIsEventDriven()
                                                 ? engine->pendingEvents()
                                                 : int(QSctpEngine::ReadEvent));
            },
            Qt::QueuedConnection);
}

// --- readiness --------------------------------------------------------------------------------

void QSctpSocketPrivate::createNotifiers()
{
    destroyNotifiers();
    const qintptr fd = engine->readinessDescriptor();
    if (engine->readinessIsEventDriven()) {
        // An eventfd is always writable: one read notifier carries every event.
        readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, q);
        QObject::connect(readNotifier, &QSocketNotifier::activated, q,
                         [this] { onEngineEvents(); });
        readingPaused = false;
        return;
    }
    readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, q);
    QObject::connect(readNotifier, &QSocketNotifier::activated, q, [this] { onReadable(); });
    writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, q);
    writeNotifier->setEnabled(false);
    QObject::connect(writeNotifier, &QSocketNotifier::activated, q, [this] { onWritable(); });
    readingPaused = false;
}

void QSctpSocketPrivate::destroyNotifiers()
{
    // Before the descriptor closes: its number is reused at once.
    delete readNotifier;
    readNotifier = nullptr;
    delete writeNotifier;
    writeNotifier = nullptr;
}

void QSctpSocketPrivate::updateWriteNotifier()
{
    if (!writeNotifier)
        return;
    const bool wanted = wantsWrite();
    if (writeNotifier->isEnabled() != wanted)
        writeNotifier->setEnabled(wanted);
}

void QSctpSocketPrivate::pauseReading(bool paused)
{
    readingPaused = paused;
    if (engine && engine->readinessIsEventDriven())
        return; // its one notifier carries write events too: dispatching skips reading instead
    if (readNotifier && readNotifier->isEnabled() == paused)
        readNotifier->setEnabled(!paused);
}

bool QSctpSocketPrivate::wantsWrite() const
{
    return state == QSctpSocket::ConnectingState
            || (!sendQueue.empty() && state != QSctpSocket::UnconnectedState && !sendingEnded);
}

void QSctpSocketPrivate::onEngineEvents()
{
    if (!engine)
        return;
    // Cleared before looking: a signal that comes while handling wakes the notifier again.
    engine->clearReadiness();
    dispatchEngineEvents(engine->pendingEvents());
}

void QSctpSocketPrivate::dispatchEngineEvents(int events)
{
    if ((events & (QSctpEngine::ReadEvent | QSctpEngine::ErrorEvent)) && !readingPaused)
        onReadable(); // comes back by itself while more is readable (hasBufferedReceive())
    if (engine && (events & (QSctpEngine::WriteEvent | QSctpEngine::ErrorEvent)) && wantsWrite())
        onWritable();
    // Out of write budget with room left: the stack will not signal again for that room.
    if (engine && !engineEventsPosted && state != QSctpSocket::ConnectingState && wantsWrite()
        && (engine->pendingEvents() & QSctpEngine::WriteEvent)) {
        engineEventsPosted = true;
        QMetaObject::invokeMethod(
                q,
                [this] {
                    engineEventsPosted = false;
                    if (engine)
                        dispatchEngineEvents(engine->pendingEvents());
                },
                Qt::QueuedConnection);
    }
}

void QSctpSocketPrivate::onWritable()
{
    if (!engine)
        return;
    if (state == QSctpSocket::ConnectingState) {
        const int err = engine->pendingConnectError();
        int inbound = 0;
        int outbound = 0;
        if (err == 0) {
            // Writable with no error: established, as SCTP_STATUS confirms.
            if (engine->streamCounts(&inbound, &outbound) == 0 && outbound > 0)
                finishConnect();
        } else if (err != EINPROGRESS && err != EALREADY) {
            failConnect(qsctpErrorFromErrno(err),
                        tr("Cannot connect to %1: %2")
                                .arg(requestedPeer.toString(), qsctpErrnoString(err)));
        }
        return;
    }
    flushSendQueue();
}

void QSctpSocketPrivate::onReadable()
{
    if (!engine)
        return;

    // A connect that fails shows up as an error on the socket, with nothing to read.
    if (state == QSctpSocket::ConnectingState) {
        const int err = engine->pendingConnectError();
        if (err != 0 && err != EINPROGRESS && err != EALREADY) {
            failConnect(qsctpErrorFromErrno(err),
                        tr("Cannot connect to %1: %2")
                                .arg(requestedPeer.toString(), qsctpErrnoString(err)));
            return;
        }
    }

    const quint64 queuedBefore = readQueue.size();
    const bool queue = queuesMessages(); // once per activation, not per message
    for (int budget = ReadBudget; budget > 0 || associationEnded; --budget) {
        if (!engine || !engine->isOpen())
            break;
        if (!readClosed && !associationEnded && readQueueFull()) {
            pauseReading(true);
            break;
        }
        QSctpReceiveInfo info;
        int err = 0;
        const char *data = nullptr;
        const qint64 n = engine->receive(&data, &info, &err);
        if (n < 0) {
            // After COMM_LOST the error that follows says nothing new.
            if (err != EAGAIN && err != EWOULDBLOCK && !associationEnded)
                handleReceiveError(err);
            break;
        }
        if (n == 0) {
            handleEndOfStream();
            break;
        }
        if (info.notification) {
            partialNotification.append(data, n);
            if (info.endOfRecord)
                handleNotification(std::exchange(partialNotification, QByteArray()));
            continue;
        }
        if (readClosed)
            continue; // closeRead(): data is dropped, but the association's end still counts
        if (!discardingOversized && partialMessage.size() + n > settings.maxMessageSize) {
            // Too large: drop it piece by piece, and report it whole once its end is here.
            discardingOversized = true;
            discardedBytes = partialMessage.size();
            partialMessage.clear();
        }
        if (discardingOversized) {
            discardedBytes += n;
            if (info.endOfRecord) {
                discardingOversized = false;
                setError(QSctpSocket::MessageTooLargeError,
                         tr("Dropped a message of %1 bytes on stream %2 (PPID %3): larger than "
                            "maxMessageSize() (%4 bytes)")
                                 .arg(discardedBytes)
                                 .arg(info.stream)
                                 .arg(info.ppid)
                                 .arg(settings.maxMessageSize));
            }
            continue;
        }
        QByteArray payload;
        if (partialMessage.isEmpty() && info.endOfRecord) {
            payload = QByteArray(data, n);
        } else {
            partialMessage.append(data, n);
            if (!info.endOfRecord)
                continue;
            payload = std::exchange(partialMessage, QByteArray());
        }
        QSctpMessage message(payload, info.stream, info.ppid);
        message.setContext(info.context);
        message.setUnordered(info.unordered);
        QSctpMessage::ReceiveFlags flags = QSctpMessage::EndOfRecord;
        if (info.unordered)
            flags |= QSctpMessage::Unordered;
        if (info.present)
            flags |= QSctpMessage::ReceiveInfoPresent;
        message.setReceiveInfo(info.ssn, info.tsn, info.cumulativeTsn, flags);
        deliver(std::move(message), queue);
    }

    if (associationEnded && engine) {
        teardown();
        return;
    }

    // Out of budget or room with pieces still in the engine's batch: the batch buffer belongs
    // to the thread, so the engine keeps them; and the descriptor may not become readable again
    // for them, so come back from the event loop.
    if (engine)
        engine->keepBufferedReceive();
    if (engine && engine->hasBufferedReceive() && !readingPaused && !readAgainPosted) {
        readAgainPosted = true;
        QMetaObject::invokeMethod(
                q,
                [this] {
                    readAgainPosted = false;
                    onReadable();
                },
                Qt::QueuedConnection);
    }

    if (readQueue.size() > queuedBefore && !emittingReadyRead) {
        emittingReadyRead = true;
        emit q->readyRead();
        emittingReadyRead = false;
    }
}

// --- receiving --------------------------------------------------------------------------------

bool QSctpSocketPrivate::queuesMessages() const
{
    switch (settings.receiveMode) {
    case QSctpSocket::QueueReceiveMode:
        return true;
    case QSctpSocket::SignalReceiveMode:
        return false;
    case QSctpSocket::AutomaticReceiveMode:
        break;
    }
    static const QMetaMethod signal = QMetaMethod::fromSignal(&QSctpSocket::messageReceived);
    return !q->isSignalConnected(signal);
}

bool QSctpSocketPrivate::readQueueFull() const
{
    return qsizetype(readQueue.size()) >= settings.maxPendingMessages;
}

void QSctpSocketPrivate::deliver(QSctpMessage &&message, bool queue)
{
    ++messagesDelivered;
    if (queue) {
        readQueueBytes += message.size();
        readQueue.push_back(message);
    }
    emit q->messageReceived(message);
}

void QSctpSocketPrivate::handleNotification(const QByteArray &raw)
{
    const QSctpNotification notification = QSctpNotification::decode(raw);
    // Association changes are always on in the kernel (the socket's state needs them); the
    // application hears of what it subscribed to.
    if (isSubscribedByUser(notification.typeCode())) {
        emit q->notificationReceived(notification);
        emitTypedNotification(notification);
    }
    if (!notification.isValid() || notification.type() != QSctpNotification::AssociationChange)
        return;
    const QSctpAssociationChange change = notification.associationChange();
    lastAssociationChange = change;
    switch (change.state()) {
    case QSctpAssociationChange::CommunicationUp:
        if (state == QSctpSocket::ConnectingState)
            finishConnect();
        break;
    case QSctpAssociationChange::CommunicationLost: {
        const QString cause = change.abortCauseCode()
                ? tr(" (ABORT with cause %1)").arg(change.abortCauseCode())
                : QString();
        if (state == QSctpSocket::ConnectingState) {
            failConnect(QSctpSocket::ConnectionRefusedError,
                        tr("Cannot connect to %1: the peer aborted the association%2")
                                .arg(requestedPeer.toString(), cause));
        } else if (state != QSctpSocket::UnconnectedState) {
            setError(QSctpSocket::AssociationAbortedError,
                     tr("The association was lost%1").arg(cause));
            // The kernel queues the send failures behind COMM_LOST: read them before the end.
            associationEnded = true;
        }
        break;
    }
    case QSctpAssociationChange::CannotStartAssociation:
        if (state == QSctpSocket::ConnectingState) {
            failConnect(QSctpSocket::ConnectTimeoutError,
                        tr("Cannot connect to %1: the association could not be started (no "
                           "answer to INIT)")
                                .arg(requestedPeer.toString()));
        }
        break;
    case QSctpAssociationChange::ShutdownComplete:
        if (state != QSctpSocket::UnconnectedState && state != QSctpSocket::ConnectingState)
            associationEnded = true;
        break;
    case QSctpAssociationChange::Restart:
        break;
    }
}

void QSctpSocketPrivate::handleReceiveError(int err)
{
    if (state == QSctpSocket::ConnectingState) {
        failConnect(qsctpErrorFromErrno(err),
                    tr("Cannot connect to %1: %2")
                            .arg(requestedPeer.toString(), qsctpErrnoString(err)));
        return;
    }
    QSctpSocket::Error mapped = qsctpErrorFromErrno(err);
    if (err == ETIMEDOUT)
        mapped = QSctpSocket::AssociationAbortedError;
    setErrnoError(mapped, tr("Receive failed"), err);
    teardown();
}

void QSctpSocketPrivate::handleEndOfStream()
{
    // The peer shut the association down (or ours completed): nothing more will arrive.
    if (!partialMessage.isEmpty()) {
        setError(QSctpSocket::AssociationAbortedError,
                 tr("The association ended in the middle of a message (%1 bytes arrived)")
                         .arg(partialMessage.size()));
        partialMessage.clear();
    }
    teardown();
}

QSctpMessage QSctpSocketPrivate::takeFromQueue(qint64 maxSize, bool wholeMessage)
{
    if (readQueue.empty())
        return {};
    QSctpMessage &head = readQueue.front();
    const qint64 remaining = head.size() - headOffset;
    if (headOffset == 0 && (wholeMessage || maxSize >= remaining)) {
        QSctpMessage result = std::move(head);
        readQueue.pop_front();
        readQueueBytes -= result.size();
        afterQueueShrank();
        return result;
    }
    const qint64 take = wholeMessage ? remaining : qMin(maxSize, remaining);
    QSctpMessage result = head;
    result.setPayload(head.payload().mid(headOffset, take));
    QSctpMessage::ReceiveFlags flags = head.receiveFlags();
    if (take < remaining) {
        flags &= ~QSctpMessage::ReceiveFlags(QSctpMessage::EndOfRecord);
        headOffset += take;
    } else {
        readQueueBytes -= head.size();
        readQueue.pop_front();
        headOffset = 0;
        afterQueueShrank();
    }
    result.setReceiveInfo(result.streamSequenceNumber(), result.transmissionSequenceNumber(),
                          result.cumulativeTsn(), flags);
    return result;
}

void QSctpSocketPrivate::afterQueueShrank()
{
    if (readingPaused && !readQueueFull() && engine && engine->isOpen()) {
        pauseReading(false);
        // What the kernel holds may already be readable: look now rather than wait for a new
        // edge that will not come while the peer's window is closed.
        QMetaObject::invokeMethod(
                q, [this] { onReadable(); }, Qt::QueuedConnection);
    }
}

// --- sending ----------------------------------------------------------------------------------

bool QSctpSocketPrivate::checkSendable(const QSctpMessage &message)
{
    if (writeClosed) {
        setError(QSctpSocket::OperationError, tr("Cannot send: the socket was closed for writing"));
        return false;
    }
    if (state != QSctpSocket::ConnectedState && state != QSctpSocket::ConnectingState) {
        setError(QSctpSocket::OperationError, tr("Cannot send: the socket is not connected"));
        return false;
    }
    // The kernel would say EINVAL: a DATA chunk carries at least one byte.
    if (message.payload().isEmpty()) {
        setError(QSctpSocket::OperationError,
                 tr("Cannot send an empty message: SCTP has no zero-length user messages"));
        return false;
    }
    if (state == QSctpSocket::ConnectedState && message.stream() >= outboundStreams) {
        setError(QSctpSocket::InvalidStreamError,
                 tr("Cannot send on stream %1: the association has %2 outbound streams (0 to %3)")
                         .arg(message.stream())
                         .arg(outboundStreams)
                         .arg(outboundStreams - 1));
        return false;
    }
    return true;
}

int QSctpSocketPrivate::sendNow(const QSctpMessage &message)
{
    int err = 0;
    const qint64 sent = engine->send(
            message, requestedPeer.port() ? requestedPeer.port() : peerAddress.port(), &err);
    if (sent >= 0) {
        noteWritten(sent);
        return 1;
    }
    if (err == EAGAIN || err == EWOULDBLOCK)
        return 0;
    switch (err) {
    case ECONNRESET:
    case EPIPE:
    case ENOTCONN:
    case ESHUTDOWN:
        // The association is gone, and its end (the peer's ABORT, COMM_LOST) is still to be
        // read: the message stays queued, sending stops, and the end hands the queue back as
        // undelivered data (DataUnsent), as it does with what waited anyway.
        if (state == QSctpSocket::ConnectedState || state == QSctpSocket::ClosingState) {
            sendingEnded = true;
            updateWriteNotifier();
            QMetaObject::invokeMethod(
                    q,
                    [this] {
                        if (engine && !readingPaused)
                            dispatchEngineEvents(engine->readinessIsEventDriven()
                                                         ? engine->pendingEvents()
                                                         : int(QSctpEngine::ReadEvent));
                    },
                    Qt::QueuedConnection);
            return 0;
        }
        break;
    case EMSGSIZE: {
        const int granted = engine->grantedSendBufferSize();
        const QString limit = granted > 0 && message.size() > granted
                ? tr("larger than the socket's send buffer of %1 bytes; raise "
                     "setSendBufferSize() (capped by net.core.wmem_max without CAP_NET_ADMIN)")
                          .arg(granted)
                : qsctpErrnoString(err);
        setError(QSctpSocket::MessageTooLargeError,
                 tr("Cannot send a message of %1 bytes on stream %2: %3")
                         .arg(message.size())
                         .arg(message.stream())
                         .arg(limit));
        return -1;
    }
    case EOPNOTSUPP:
        if (!message.destination().isNull()) {
            setError(QSctpSocket::UnsupportedError,
                     tr("Cannot send to %1: sending to one IPv6 address of an association that "
                        "also has IPv4 paths is not supported by the %2 engine")
                             .arg(message.destination().toString(), engine->name()));
            return -1;
        }
        break;
    case EINVAL:
    case EADDRNOTAVAIL: // what Linux says for an address that is not the peer's
        if (!message.destination().isNull()) {
            setError(QSctpSocket::InvalidAddressError,
                     tr("Cannot send to %1: not an address of this association's peer")
                             .arg(message.destination().toString()));
            return -1;
        }
        break;
    default:
        break;
    }
    setErrnoError(qsctpErrorFromErrno(err), tr("Send failed"), err);
    return -1;
}

void QSctpSocketPrivate::flushSendQueue()
{
    if (!engine || state == QSctpSocket::ConnectingState || sendingEnded)
        return;
    constexpr int BatchSize = 32;
    const quint16 peerPort = requestedPeer.port() ? requestedPeer.port() : peerAddress.port();
    int budget = WriteBudget;
    while (!sendQueue.empty() && budget > 0) {
        const QSctpMessage &front = sendQueue.front();
        if (front.stream() >= outboundStreams) {
            // Queued while connecting, before the stream count was known: report, drop.
            const QSctpMessage dropped = front;
            sendQueueBytes -= dropped.size();
            sendQueue.pop_front();
            checkSendable(dropped);
            continue;
        }
        // The valid run at the head goes out in one sendmmsg().
        const QSctpMessage *batch[BatchSize];
        int count = 0;
        for (auto it = sendQueue.cbegin(); it != sendQueue.cend() && count < qMin(BatchSize, budget)
             && it->stream() < outboundStreams;
             ++it)
            batch[count++] = &*it;
        int err = 0;
        const int sent = count > 1 ? engine->sendBatch(batch, count, peerPort, &err) : 0;
        if (sent > 0) {
            for (int i = 0; i < sent; ++i) {
                noteWritten(sendQueue.front().size());
                sendQueueBytes -= sendQueue.front().size();
                sendQueue.pop_front();
            }
            budget -= sent;
            if (sent == count)
                continue;
        }
        // One at a time: a single message, or the one the batch stopped at, for its error.
        const int result = sendNow(sendQueue.front());
        if (result == 0)
            break;
        --budget;
        sendQueueBytes -= sendQueue.front().size();
        sendQueue.pop_front();
        if (result < 0 && (!engine || state == QSctpSocket::UnconnectedState))
            return;
    }
    updateWriteNotifier();
    if (sendQueue.empty())
        startShutdownIfFlushed();
}

void QSctpSocketPrivate::noteWritten(qint64 bytes)
{
    unreportedBytes += bytes;
    ++unreportedMessages;
    if (writtenSignalPosted)
        return;
    // Nobody listens: save the posted call (an eventfd write and read per send);
    // waitForBytesWritten() reads the counters itself.
    static const QMetaMethod messagesWrittenSignal
            = QMetaMethod::fromSignal(&QSctpSocket::messagesWritten);
    static const QMetaMethod bytesWrittenSignal = QMetaMethod::fromSignal(&QIODevice::bytesWritten);
    if (!q->isSignalConnected(messagesWrittenSignal) && !q->isSignalConnected(bytesWrittenSignal))
        return;
    // Once per event loop pass, never from inside sendMessage(): a slot that sends again
    // must not recurse.
    writtenSignalPosted = true;
    QMetaObject::invokeMethod(
            q, [this] { emitWritten(); }, Qt::QueuedConnection);
}

void QSctpSocketPrivate::emitWritten()
{
    writtenSignalPosted = false;
    if (!unreportedMessages)
        return;
    const qint64 bytes = std::exchange(unreportedBytes, 0);
    const qint64 messages = std::exchange(unreportedMessages, 0);
    emit q->messagesWritten(messages);
    emit q->bytesWritten(bytes);
}

// --- ending -----------------------------------------------------------------------------------

void QSctpSocketPrivate::startShutdownIfFlushed()
{
    if (state != QSctpSocket::ClosingState || shutdownSent || !sendQueue.empty() || !engine)
        return;
    shutdownSent = true;
    // SHUT_WR on a one-to-one SCTP socket starts the full SHUTDOWN; the kernel still delivers
    // what it holds, and reading ends when the peer's SHUTDOWN-ACK completes it.
    if (const int err = engine->shutdown(SHUT_WR)) {
        if (err != ENOTCONN)
            setErrnoError(qsctpErrorFromErrno(err), tr("Shutdown failed"), err);
        teardown();
    }
}

void QSctpSocketPrivate::teardown()
{
    if (connectTimer)
        connectTimer->stop();
    if (engine && engine->isOpen()) {
        int err = 0;
        const QSctpAddress local = engine->localAddresses(&err);
        if (!err && !local.isNull())
            localAddress = local;
    }
    destroyNotifiers();
    engine.reset();
    associationEnded = false;
    // Messages that never reached the kernel are handed back like the kernel's own send
    // failures; after abort() the application dropped them itself.
    std::deque<QSctpMessage> unsent;
    unsent.swap(sendQueue);
    sendQueueBytes = 0;
    partialNotification.clear();
    const QSctpSocket::SocketState previous = state;
    if (!abortRequested
        && (previous == QSctpSocket::ConnectedState || previous == QSctpSocket::ClosingState)) {
        for (const QSctpMessage &message : unsent) {
            QSctpSendFailed failure;
            failure.setDataState(QSctpSendFailed::DataUnsent);
            failure.setStream(message.stream());
            failure.setPpid(message.payloadProtocolId());
            failure.setContext(message.context());
            failure.setSendFlags(QSctpSendFailed::SendFlags(QSctpSendFailed::FirstFragment)
                                 | QSctpSendFailed::LastFragment
                                 | (message.isUnordered() ? QSctpSendFailed::Unordered
                                                          : QSctpSendFailed::NoSendFlags));
            failure.setData(message.payload());
            emit q->sendFailed(failure);
        }
    }
    abortRequested = false;
    sendingEnded = false;
    setState(QSctpSocket::UnconnectedState);
    if (previous == QSctpSocket::ConnectedState || previous == QSctpSocket::ClosingState)
        emit q->disconnected();
}

void QSctpSocketPrivate::refreshAddresses()
{
    if (!engine || !engine->isOpen())
        return;
    int err = 0;
    const QSctpAddress local = engine->localAddresses(&err);
    if (!err)
        localAddress = local;
    const QSctpAddress peer = engine->peerAddresses(&err);
    if (!err && !peer.isNull())
        peerAddress = peer;
}

bool QSctpSocketPrivate::pollOnce(const QDeadlineTimer &deadline, bool *timedOut)
{
    *timedOut = false;
    if (!engine)
        return false;
    if (!readingPaused && engine->hasBufferedReceive()) {
        onReadable(); // already received, no need to wait
        return true;
    }
    const bool eventDriven = engine->readinessIsEventDriven();
    const bool wantRead = !readingPaused;
    const bool wantWrite = wantsWrite();
    if (eventDriven) {
        // What the stack signalled before may still be waiting: no wake-up comes for it.
        engine->clearReadiness();
        const int events = engine->pendingEvents();
        if (((events & (QSctpEngine::ReadEvent | QSctpEngine::ErrorEvent)) && wantRead)
            || ((events & (QSctpEngine::WriteEvent | QSctpEngine::ErrorEvent)) && wantWrite)) {
            dispatchEngineEvents(events);
            return true;
        }
    }
    pollfd pfd{};
    pfd.fd = int(engine->readinessDescriptor());
    if (eventDriven)
        pfd.events = POLLIN; // the eventfd: readable when the stack signals
    else
        pfd.events = (wantRead ? POLLIN : 0) | (wantWrite ? POLLOUT : 0);
    QDeadlineTimer effective = deadline;
    if (state == QSctpSocket::ConnectingState && connectDeadline < effective)
        effective = connectDeadline;
    int result;
    do {
        const qint64 remaining = effective.remainingTime();
        result = ::poll(&pfd, 1, remaining < 0 ? -1 : int(qMin<qint64>(remaining, INT_MAX)));
    } while (result < 0 && errno == EINTR);
    if (result < 0)
        return false;
    if (result == 0) {
        if (state == QSctpSocket::ConnectingState && connectDeadline.hasExpired()
            && connectTimeout > 0)
            connectTimedOut();
        else
            *timedOut = true;
        return state != QSctpSocket::UnconnectedState;
    }
    if (eventDriven) {
        onEngineEvents();
        return true;
    }
    if (pfd.revents & (POLLIN | POLLERR | POLLHUP))
        onReadable();
    if (engine && (pfd.revents & (POLLOUT | POLLERR | POLLHUP)))
        onWritable();
    return true;
}

// --- QSctpSocket ------------------------------------------------------------------------------

QSctpSocket::QSctpSocket(QObject *parent)
    : QIODevice(parent)
    , d(std::make_unique<QSctpSocketPrivate>(this))
{ }

QSctpSocket::~QSctpSocket()
{
    // The kernel finishes a graceful shutdown in the background (or aborts under linger 0).
    d->destroyNotifiers();
    d->engine.reset();
}

QSctpInitOptions QSctpSocket::initOptions() const
{
    return d->settings.initOptions;
}

void QSctpSocket::setInitOptions(const QSctpInitOptions &options)
{
    d->settings.initOptions = options;
}

QSctpAddress QSctpSocket::localBindAddress() const
{
    return d->localBind;
}

void QSctpSocket::setLocalBindAddress(const QSctpAddress &address)
{
    d->localBind = address;
}

int QSctpSocket::connectTimeout() const
{
    return d->connectTimeout;
}

void QSctpSocket::setConnectTimeout(int msecs)
{
    d->connectTimeout = qMax(0, msecs);
}

void QSctpSocket::setPreConnectHook(DescriptorHook hook)
{
    d->preConnectHook = std::move(hook);
}

int QSctpSocket::sendBufferSize() const
{
    return d->settings.sendBufferSize;
}

bool QSctpSocket::setSendBufferSize(int bytes)
{
    d->settings.sendBufferSize = bytes;
    if (d->engine && d->engine->isOpen()) {
        if (const int err = d->engine->setSendBufferSize(bytes)) {
            d->setErrnoError(qsctpErrorFromErrno(err), tr("Cannot set SO_SNDBUF"), err);
            return false;
        }
    }
    return true;
}

int QSctpSocket::receiveBufferSize() const
{
    return d->settings.receiveBufferSize;
}

bool QSctpSocket::setReceiveBufferSize(int bytes)
{
    d->settings.receiveBufferSize = bytes;
    if (d->engine && d->engine->isOpen()) {
        if (const int err = d->engine->setReceiveBufferSize(bytes)) {
            d->setErrnoError(qsctpErrorFromErrno(err), tr("Cannot set SO_RCVBUF"), err);
            return false;
        }
    }
    return true;
}

QSctpSocket::ReceiveMode QSctpSocket::receiveMode() const
{
    return d->settings.receiveMode;
}

void QSctpSocket::setReceiveMode(ReceiveMode mode)
{
    d->settings.receiveMode = mode;
}

qsizetype QSctpSocket::maxPendingMessages() const
{
    return d->settings.maxPendingMessages;
}

void QSctpSocket::setMaxPendingMessages(qsizetype count)
{
    d->settings.maxPendingMessages = qMax<qsizetype>(1, count);
    if (d->readingPaused)
        d->afterQueueShrank();
}

qint64 QSctpSocket::maxMessageSize() const
{
    return d->settings.maxMessageSize;
}

void QSctpSocket::setMaxMessageSize(qint64 bytes)
{
    d->settings.maxMessageSize = qMax<qint64>(1, bytes);
}

void QSctpSocket::connectToHost(const QSctpAddress &peer, QSctpAddress::Network network)
{
    if (d->state != UnconnectedState) {
        d->setError(OperationError,
                    tr("Cannot connect: the socket is already connecting or connected"));
        return;
    }
    d->resetForConnect();
    d->requestedPeer = peer;
    d->setState(ConnectingState);
    if (d->state == ConnectingState)
        d->startConnect(peer, network);
}

void QSctpSocket::connectToHost(const QString &peer, QSctpAddress::Network network)
{
    QString error;
    const QSctpAddress literal = QSctpAddress::fromString(peer, &error);
    if (error.isEmpty()) {
        connectToHost(literal, network);
        return;
    }
    if (d->state != UnconnectedState) {
        d->setError(OperationError,
                    tr("Cannot connect: the socket is already connecting or connected"));
        return;
    }
    // Not a literal: resolve names without blocking, then connect.
    d->resetForConnect();
    d->lookupText = peer;
    d->setState(ConnectingState);
    d->lookingUp = true;
    d->network = network;
    const quint64 generation = ++d->lookupGeneration;
    QSctpAddress::resolveAsync(peer, network, this,
                               [this, generation, network, peer](const QSctpAddress &address,
                                                                 const QString &resolveError) {
                                   if (generation != d->lookupGeneration || !d->lookingUp)
                                       return; // aborted or superseded
                                   d->lookingUp = false;
                                   if (!resolveError.isEmpty()) {
                                       d->failConnect(
                                               InvalidAddressError,
                                               tr("Cannot resolve %1: %2").arg(peer, resolveError));
                                       return;
                                   }
                                   d->requestedPeer = address;
                                   d->startConnect(address, network);
                               });
}

void QSctpSocket::disconnectFromHost()
{
    switch (d->state) {
    case UnconnectedState:
    case ClosingState:
        return;
    case ConnectingState:
        // No association yet: cancel the attempt.
        d->lookingUp = false;
        d->teardown();
        return;
    case ConnectedState:
        if (d->linger == 0) {
            // SO_LINGER 0 means ABORT on close (go-sctp's SetLinger(0)); a SHUTDOWN would be
            // the graceful end. What arrived stays readable.
            d->teardown();
            return;
        }
        d->setState(ClosingState);
        d->updateWriteNotifier();
        d->startShutdownIfFlushed();
        return;
    }
}

void QSctpSocket::abort()
{
    d->lookingUp = false;
    if (d->engine && d->engine->isOpen())
        d->engine->setLinger(0); // close() now sends ABORT
    d->readQueue.clear();
    d->readQueueBytes = d->headOffset = 0;
    d->abortRequested = true;
    d->teardown();
    if (isOpen())
        QIODevice::close();
}

bool QSctpSocket::closeRead()
{
    if (!d->engine || d->state == UnconnectedState) {
        d->setError(OperationError, tr("Cannot close for reading: the socket is not connected"));
        return false;
    }
    // No more data is delivered; what is queued stays readable. Not shutdown(SHUT_RD): SCTP
    // takes no action on it, and recvmsg() would then report an end of stream at once, which
    // hides the association's real end. The socket keeps reading instead, dropping the data.
    d->readClosed = true;
    d->partialMessage.clear();
    d->discardingOversized = false;
    d->pauseReading(false);
    return true;
}

bool QSctpSocket::closeWrite()
{
    if (!d->engine || d->state == UnconnectedState) {
        d->setError(OperationError, tr("Cannot close for writing: the socket is not connected"));
        return false;
    }
    d->writeClosed = true;
    if (d->state == ConnectedState)
        d->setState(ClosingState);
    d->startShutdownIfFlushed();
    return true;
}

bool QSctpSocket::setLinger(int seconds)
{
    d->linger = seconds < 0 ? -1 : seconds;
    if (d->engine && d->engine->isOpen()) {
        if (const int err = d->engine->setLinger(d->linger)) {
            d->setErrnoError(qsctpErrorFromErrno(err), tr("Cannot set SO_LINGER"), err);
            return false;
        }
    }
    return true;
}

int QSctpSocket::linger() const
{
    return d->linger;
}

QSctpSocket::SocketState QSctpSocket::state() const
{
    return d->state;
}

QSctpSocket::Error QSctpSocket::error() const
{
    return d->error;
}

QSctpAddress QSctpSocket::localAddress() const
{
    if (d->engine && d->engine->isOpen()) {
        int err = 0;
        const QSctpAddress live = d->engine->localAddresses(&err);
        if (!err && !live.isNull())
            d->localAddress = live;
    }
    return d->localAddress;
}

QSctpAddress QSctpSocket::peerAddress() const
{
    if (d->engine && d->engine->isOpen() && d->state != ConnectingState) {
        int err = 0;
        const QSctpAddress live = d->engine->peerAddresses(&err);
        if (!err && !live.isNull())
            d->peerAddress = live;
    }
    return d->peerAddress;
}

qintptr QSctpSocket::socketDescriptor() const
{
    return d->engine ? d->engine->descriptor() : -1;
}

QString QSctpSocket::engineName() const
{
    return d->engine ? d->engine->name() : qsctpEngineName(d->settings.engine);
}

Engine QSctpSocket::engine() const
{
    return d->settings.engine;
}

bool QSctpSocket::setEngine(Engine engine)
{
    if (d->state != UnconnectedState || d->engine) {
        d->setError(OperationError,
                    tr("Cannot change the engine of a socket that is open (it uses the %1 "
                       "engine)")
                            .arg(engineName()));
        return false;
    }
    QString reason;
    if (!isEngineAvailable(engine, &reason)) {
        d->setError(UnsupportedError, reason);
        return false;
    }
    d->settings.engine = engine;
    return true;
}

int QSctpSocket::inboundStreamCount() const
{
    return d->inboundStreams;
}

int QSctpSocket::outboundStreamCount() const
{
    return d->outboundStreams;
}

bool QSctpSocket::sendMessage(const QSctpMessage &message)
{
    if (!d->checkSendable(message))
        return false;
    if (d->sendQueue.empty() && d->state == ConnectedState) {
        const int result = d->sendNow(message);
        if (result != 0)
            return result > 0;
    }
    d->sendQueue.push_back(message);
    d->sendQueueBytes += message.size();
    d->updateWriteNotifier();
    return true;
}

bool QSctpSocket::sendMessage(const QByteArray &payload, quint16 stream, quint32 payloadProtocolId,
                              SendFlags flags)
{
    QSctpMessage message(payload, stream, payloadProtocolId);
    message.setUnordered(flags.testFlag(UnorderedSend));
    return sendMessage(message);
}

qsizetype QSctpSocket::messagesToWrite() const
{
    return qsizetype(d->sendQueue.size());
}

bool QSctpSocket::hasPendingMessages() const
{
    return !d->readQueue.empty();
}

qsizetype QSctpSocket::pendingMessageCount() const
{
    return qsizetype(d->readQueue.size());
}

QSctpMessage QSctpSocket::readMessage()
{
    return d->takeFromQueue(0, true);
}

QSctpMessage QSctpSocket::readMessageFragment(qint64 maxSize)
{
    if (maxSize <= 0)
        return {};
    return d->takeFromQueue(maxSize, false);
}

bool QSctpSocket::waitForConnected(int msecs)
{
    if (d->state == ConnectedState)
        return true;
    if (d->state != ConnectingState)
        return false;
    const QDeadlineTimer deadline(msecs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(msecs));
    if (d->lookingUp) {
        // Resolve here instead of in the event loop.
        d->lookingUp = false;
        ++d->lookupGeneration;
        QString resolveError;
        const QSctpAddress resolved
                = QSctpAddress::resolve(d->lookupText, d->network, &resolveError);
        if (!resolveError.isEmpty()) {
            d->failConnect(InvalidAddressError,
                           tr("Cannot resolve %1: %2").arg(d->lookupText, resolveError));
            return false;
        }
        d->startConnect(resolved, d->network);
    }
    while (d->state == ConnectingState) {
        bool timedOut = false;
        if (!d->pollOnce(deadline, &timedOut))
            break;
        if (timedOut) {
            d->setError(TimeoutError, tr("waitForConnected() timed out after %1 ms").arg(msecs));
            return false;
        }
    }
    return d->state == ConnectedState;
}

bool QSctpSocket::waitForReadyRead(int msecs)
{
    const QDeadlineTimer deadline(msecs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(msecs));
    if (d->state == ConnectingState && !waitForConnected(int(deadline.remainingTime())))
        return false;
    const quint64 before = d->messagesDelivered;
    while (d->messagesDelivered == before) {
        if (d->state == UnconnectedState || !d->engine || d->readClosed)
            return false;
        if (d->readingPaused)
            return false; // the queue is full: read from it first
        bool timedOut = false;
        if (!d->pollOnce(deadline, &timedOut))
            return d->messagesDelivered != before;
        if (timedOut) {
            d->setError(TimeoutError, tr("waitForReadyRead() timed out after %1 ms").arg(msecs));
            return false;
        }
    }
    return true;
}

bool QSctpSocket::waitForBytesWritten(int msecs)
{
    if (d->unreportedMessages) {
        d->emitWritten();
        return true;
    }
    if (d->sendQueue.empty())
        return false;
    const QDeadlineTimer deadline(msecs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(msecs));
    while (!d->unreportedMessages) {
        if (d->state == UnconnectedState || !d->engine || d->sendQueue.empty())
            return false;
        bool timedOut = false;
        if (!d->pollOnce(deadline, &timedOut))
            break;
        if (timedOut) {
            d->setError(TimeoutError, tr("waitForBytesWritten() timed out after %1 ms").arg(msecs));
            return false;
        }
    }
    if (!d->unreportedMessages)
        return false;
    d->emitWritten();
    return true;
}

bool QSctpSocket::waitForDisconnected(int msecs)
{
    if (d->state == UnconnectedState) {
        d->setError(OperationError, tr("waitForDisconnected(): the socket is not connected"));
        return false;
    }
    const QDeadlineTimer deadline(msecs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(msecs));
    while (d->state != UnconnectedState) {
        if (d->readingPaused && d->engine) {
            // A full read queue would hide the end of the association: keep draining into it.
            d->pauseReading(false);
            d->settings.maxPendingMessages = qMax<qsizetype>(d->settings.maxPendingMessages,
                                                             qsizetype(d->readQueue.size()) + 1);
        }
        bool timedOut = false;
        if (!d->pollOnce(deadline, &timedOut))
            break;
        if (timedOut) {
            d->setError(TimeoutError, tr("waitForDisconnected() timed out after %1 ms").arg(msecs));
            return false;
        }
    }
    return d->state == UnconnectedState;
}

bool QSctpSocket::isSequential() const
{
    return true;
}

qint64 QSctpSocket::bytesAvailable() const
{
    return d->readQueueBytes - d->headOffset + QIODevice::bytesAvailable();
}

qint64 QSctpSocket::bytesToWrite() const
{
    return d->sendQueueBytes;
}

bool QSctpSocket::canReadLine() const
{
    qint64 offset = d->headOffset;
    for (const QSctpMessage &message : d->readQueue) {
        if (message.payload().indexOf('\n', offset) >= 0)
            return true;
        offset = 0;
    }
    return QIODevice::canReadLine();
}

void QSctpSocket::close()
{
    disconnectFromHost();
    d->readQueue.clear();
    d->readQueueBytes = d->headOffset = 0;
    d->afterQueueShrank();
    QIODevice::close();
}

bool QSctpSocket::atEnd() const
{
    return bytesAvailable() == 0;
}

qint64 QSctpSocket::readData(char *data, qint64 maxSize)
{
    qint64 copied = 0;
    while (copied < maxSize && !d->readQueue.empty()) {
        const QSctpMessage &head = d->readQueue.front();
        const qint64 available = head.size() - d->headOffset;
        const qint64 take = qMin(available, maxSize - copied);
        std::memcpy(data + copied, head.payload().constData() + d->headOffset, size_t(take));
        copied += take;
        d->headOffset += take;
        if (d->headOffset == head.size()) {
            d->readQueueBytes -= head.size();
            d->readQueue.pop_front();
            d->headOffset = 0;
        }
    }
    if (copied > 0) {
        d->afterQueueShrank();
        return copied;
    }
    if (maxSize == 0)
        return 0;
    // Nothing queued: 0 while more may come, -1 (end of stream) once nothing can.
    return d->state == ConnectedState && !d->readClosed ? 0 : -1;
}

qint64 QSctpSocket::readLineData(char *data, qint64 maxSize)
{
    qint64 copied = 0;
    while (copied < maxSize && !d->readQueue.empty()) {
        const QSctpMessage &head = d->readQueue.front();
        const char *begin = head.payload().constData() + d->headOffset;
        const qint64 available = head.size() - d->headOffset;
        qint64 take = qMin(available, maxSize - copied);
        const void *newline = std::memchr(begin, '\n', size_t(take));
        if (newline)
            take = static_cast<const char *>(newline) - begin + 1;
        const qint64 got = readData(data + copied, take);
        if (got <= 0)
            break;
        copied += got;
        if (newline)
            break;
    }
    return copied;
}

qint64 QSctpSocket::writeData(const char *data, qint64 size)
{
    // Writing nothing writes nothing, as on any QIODevice (an empty message cannot be sent).
    if (size == 0)
        return 0;
    // One message, atomically, like go-sctp's Write: on stream 0 with PPID 0 unless
    // setDefaultSendParameters() said otherwise.
    QSctpMessage message = d->settings.defaultSend;
    message.setPayload(QByteArray(data, size));
    if (!sendMessage(message))
        return -1;
    return size;
}

QTSCTP_END_NAMESPACE
