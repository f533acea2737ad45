// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "qsctpserver_p.h"

#include "options/qsctpassociationoptions_p.h"

#include <QtSctp/qsctpnotification.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qsocketnotifier.h>

#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

/*!
    \class QtSctp::QSctpServer
    \brief Listens for one-to-one SCTP associations.

    listen() binds one or several local addresses at once (sctp_bindx); with port 0 the kernel
    picks a port and serverAddress() reports it together with every local address the server
    listens on. Each association the server accepts becomes a QSctpSocket in ConnectedState,
    parented to the server, that inherits its INIT options, buffer sizes and receive settings
    (and the kernel's socket options and event subscriptions).
*/

QTSCTP_BEGIN_NAMESPACE

namespace {
constexpr int ListenBacklog = 128;
}

void QSctpServerPrivate::setError(QSctpSocket::Error newError, const QString &text)
{
    error = newError;
    errorString = text;
}

void QSctpServerPrivate::updateNotifier()
{
    if (!notifier)
        return;
    const bool wanted = !paused && pending.size() < maxPendingConnections;
    if (notifier->isEnabled() != wanted)
        notifier->setEnabled(wanted);
    // An event-driven engine (usrsctp) signals once: what arrived while accepting was paused
    // or full is looked at when it resumes.
    if (wanted && !acceptPosted && engine && engine->readinessIsEventDriven()
        && (engine->pendingEvents() & QSctpEngine::ReadEvent)) {
        acceptPosted = true;
        QMetaObject::invokeMethod(
                q,
                [this] {
                    acceptPosted = false;
                    if (engine && !paused && acceptPending())
                        emit q->newConnection();
                },
                Qt::QueuedConnection);
    }
}

void QSctpServerPrivate::release(QSctpSocket *socket)
{
    socket->d->releaseFromServer();
}

const QSctpEngine *QSctpServerPrivate::engineOf(const QObject *object)
{
    if (const auto *socket = qobject_cast<const QSctpSocket *>(object))
        return socket->d->engine.get();
    if (const auto *server = qobject_cast<const QSctpServer *>(object))
        return server->d->engine.get();
    return nullptr;
}

bool QSctpServerPrivate::acceptPending()
{
    bool accepted = false;
    while (engine && pending.size() < maxPendingConnections) {
        int err = 0;
        std::unique_ptr<QSctpEngine> connection = engine->accept(&err);
        if (!connection) {
            if (err == EAGAIN || err == EWOULDBLOCK || err == EINTR)
                break;
            // ECONNABORTED: the association went away before accept(); try the next one.
            if (err == ECONNABORTED)
                continue;
            setError(
                    qsctpErrorFromErrno(err),
                    QSctpServer::tr("Cannot accept an association: %1").arg(qsctpErrnoString(err)));
            emit q->acceptError(error);
            break;
        }
        // Linux does not pass every option on to accepted sockets (delayed SACK): set them.
        QString failure;
        if (const int optionErr = qsctpApplyAssociationOptions(
                    connection.get(), settings.associationOptions, QHostAddress(), 0, &failure)) {
            setError(qsctpErrorFromErrno(optionErr), failure);
            emit q->acceptError(error);
        }
        auto *socket = new QSctpSocket(q);
        socket->d->adopt(std::move(connection), settings);
        socket->d->holdForServer();
        pending.append(socket);
        accepted = true;
    }
    updateNotifier();
    return accepted;
}

QSctpServer::QSctpServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<QSctpServerPrivate>(this))
{ }

QSctpServer::~QSctpServer()
{
    close();
}

QSctpInitOptions QSctpServer::initOptions() const
{
    return d->settings.initOptions;
}

void QSctpServer::setInitOptions(const QSctpInitOptions &options)
{
    d->settings.initOptions = options;
}

int QSctpServer::sendBufferSize() const
{
    return d->settings.sendBufferSize;
}

void QSctpServer::setSendBufferSize(int bytes)
{
    d->settings.sendBufferSize = bytes;
}

int QSctpServer::receiveBufferSize() const
{
    return d->settings.receiveBufferSize;
}

void QSctpServer::setReceiveBufferSize(int bytes)
{
    d->settings.receiveBufferSize = bytes;
}

void QSctpServer::setPreListenHook(QSctpSocket::DescriptorHook hook)
{
    d->preListenHook = std::move(hook);
}

bool QSctpServer::setAssociationOptions(const QSctpAssociationOptions &options)
{
    if (isListening()) {
        QString failure;
        if (const int err
            = qsctpApplyAssociationOptions(d->engine.get(), options, QHostAddress(), 0, &failure)) {
            d->setError(qsctpOptionError(err), failure);
            return false;
        }
    }
    d->settings.associationOptions.merge(options);
    return true;
}

QSctpAssociationOptions QSctpServer::associationOptions() const
{
    return d->settings.associationOptions;
}

QSctpSocket::ReceiveMode QSctpServer::receiveMode() const
{
    return d->settings.receiveMode;
}

void QSctpServer::setReceiveMode(QSctpSocket::ReceiveMode mode)
{
    d->settings.receiveMode = mode;
}

qsizetype QSctpServer::maxPendingMessages() const
{
    return d->settings.maxPendingMessages;
}

void QSctpServer::setMaxPendingMessages(qsizetype count)
{
    d->settings.maxPendingMessages = qMax<qsizetype>(1, count);
}

qint64 QSctpServer::maxMessageSize() const
{
    return d->settings.maxMessageSize;
}

void QSctpServer::setMaxMessageSize(qint64 bytes)
{
    d->settings.maxMessageSize = qMax<qint64>(1, bytes);
}

bool QSctpServer::listen(const QSctpAddress &address, QSctpAddress::Network network)
{
    if (isListening()) {
        d->setError(QSctpSocket::OperationError,
                    tr("The server is already listening on %1").arg(d->address.toString()));
        return false;
    }
    QString problem;
    const QSctpAddress normalized = address.normalized(network, &problem);
    if (!problem.isEmpty()) {
        d->setError(QSctpSocket::InvalidAddressError,
                    tr("Cannot listen on %1: %2").arg(address.toString(), problem));
        return false;
    }
    // go-sctp's choice: IPv6 (dual stack) unless every address is IPv4 or sctp4 says so.
    int family = AF_INET6;
    if (network == QSctpAddress::Sctp4
        || (network == QSctpAddress::Sctp && !address.addresses().isEmpty()
            && address.addressFamily(network) == AF_INET))
        family = AF_INET;

    QString unavailable;
    auto engine = qsctpCreateEngine(d->settings.engine, &unavailable);
    if (!engine) {
        d->setError(QSctpSocket::UnsupportedError, unavailable);
        return false;
    }
    if (d->preListenHook && !engine->hasKernelSocket()) {
        d->setError(QSctpSocket::UnsupportedError,
                    qsctpHookUnsupportedText("pre-listen", engine.get()));
        return false;
    }
    int err = engine->open(family);
    if (err == EAFNOSUPPORT && family == AF_INET6 && network == QSctpAddress::Sctp
        && address.addresses().isEmpty()) {
        family = AF_INET; // no IPv6 on this host: the wildcard is IPv4's
        err = engine->open(family);
    }
    if (err) {
        QString text;
        const QSctpSocket::Error mapped = qsctpOpenError(err, engine.get(), &text);
        d->setError(mapped, text);
        return false;
    }

    struct Step
    {
        const char *name;
        int result;
    };
    const Step steps[] = {
            {"SO_REUSEADDR", engine->setReuseAddress(true)},
            // sctp6 is IPv6 only, as in go-sctp; sctp listens dual-stack.
            {"IPV6_V6ONLY", network == QSctpAddress::Sctp6 ? engine->setIPv6Only(true) : 0},
            {"SCTP_INITMSG", engine->setInitOptions(d->settings.initOptions)},
            {"SO_SNDBUF", engine->setSendBufferSize(d->settings.sendBufferSize)},
            {"SO_RCVBUF", engine->setReceiveBufferSize(d->settings.receiveBufferSize)},
            {"SCTP_NODELAY", engine->setNoDelay(true)},
            {"SCTP_RECVRCVINFO", engine->setReceiveInfoEnabled(true)},
    };
    for (const Step &step : steps) {
        if (step.result) {
            d->setError(qsctpOptionError(step.result),
                        qsctpSetupErrorText(step.name, step.result, engine.get()));
            return false;
        }
    }
    QString failure;
    if ((err = qsctpApplyAssociationOptions(engine.get(), d->settings.associationOptions,
                                            QHostAddress(), 0, &failure))) {
        d->setError(qsctpOptionError(err), failure);
        return false;
    }
    // Accepted sockets inherit the listener's subscriptions (the kernel copies them).
    QString option;
    if ((err = qsctpApplySubscriptions(engine.get(), d->settings.subscriptions, &option))) {
        d->setError(qsctpErrorFromErrno(err),
                    tr("Cannot set %1: %2").arg(option, qsctpErrnoString(err)));
        return false;
    }
    if (d->preListenHook) {
        QString hookError;
        if (!d->preListenHook(engine->descriptor(), &hookError)) {
            d->setError(QSctpSocket::HookError,
                        tr("The pre-listen hook refused the socket: %1").arg(hookError));
            return false;
        }
    }
    if ((err = engine->bind(normalized))) {
        QSctpSocket::Error mapped = qsctpErrorFromErrno(err);
        if (err == EINVAL)
            mapped = QSctpSocket::InvalidAddressError;
        d->setError(mapped,
                    tr("Cannot listen on %1: %2")
                            .arg(address.toString(), qsctpBindErrorText(err, engine.get())));
        return false;
    }
    if ((err = engine->listen(ListenBacklog))) {
        d->setError(qsctpErrorFromErrno(err),
                    tr("Cannot listen on %1: %2").arg(address.toString(), qsctpErrnoString(err)));
        return false;
    }

    d->engine = std::move(engine);
    d->address = d->engine->localAddresses(&err);
    d->error = QSctpSocket::NoError;
    d->errorString.clear();
    d->notifier
            = new QSocketNotifier(d->engine->readinessDescriptor(), QSocketNotifier::Read, this);
    connect(d->notifier, &QSocketNotifier::activated, this, [this] {
        if (d->engine && d->engine->readinessIsEventDriven())
            d->engine->clearReadiness();
        if (d->acceptPending())
            emit newConnection();
    });
    d->updateNotifier();
    return true;
}

bool QSctpServer::listen(const QString &address, QSctpAddress::Network network)
{
    QString problem;
    const QSctpAddress resolved = QSctpAddress::resolve(address, network, &problem);
    if (!problem.isEmpty()) {
        d->setError(QSctpSocket::InvalidAddressError,
                    tr("Cannot listen on %1: %2").arg(address, problem));
        return false;
    }
    return listen(resolved, network);
}

bool QSctpServer::isListening() const
{
    return d->engine && d->engine->isOpen();
}

void QSctpServer::close()
{
    // The notifier goes before the descriptor: its number is reused at once.
    delete d->notifier;
    d->notifier = nullptr;
    d->engine.reset();
}

QSctpAddress QSctpServer::serverAddress() const
{
    if (isListening()) {
        // Addresses added with bindx later show up too.
        int err = 0;
        const QSctpAddress live = d->engine->localAddresses(&err);
        if (!err && !live.isNull())
            d->address = live;
    }
    return d->address;
}

quint16 QSctpServer::serverPort() const
{
    return d->address.port();
}

qintptr QSctpServer::socketDescriptor() const
{
    return d->engine ? d->engine->descriptor() : -1;
}

QString QSctpServer::engineName() const
{
    return d->engine ? d->engine->name() : qsctpEngineName(d->settings.engine);
}

Engine QSctpServer::engine() const
{
    return d->settings.engine;
}

bool QSctpServer::setEngine(Engine engine)
{
    if (isListening()) {
        d->setError(QSctpSocket::OperationError,
                    tr("Cannot change the engine of a listening server (it uses the %1 engine)")
                            .arg(engineName()));
        return false;
    }
    QString reason;
    if (!isEngineAvailable(engine, &reason)) {
        d->setError(QSctpSocket::UnsupportedError, reason);
        return false;
    }
    d->settings.engine = engine;
    return true;
}

int QSctpServer::maxPendingConnections() const
{
    return d->maxPendingConnections;
}

void QSctpServer::setMaxPendingConnections(int count)
{
    d->maxPendingConnections = qMax(1, count);
    d->updateNotifier();
}

bool QSctpServer::hasPendingConnections() const
{
    for (const auto &socket : d->pending) {
        if (socket)
            return true;
    }
    return false;
}

QSctpSocket *QSctpServer::nextPendingConnection()
{
    while (!d->pending.isEmpty()) {
        QPointer<QSctpSocket> socket = d->pending.takeFirst();
        if (socket) {
            QSctpServerPrivate::release(socket);
            d->updateNotifier();
            return socket;
        }
    }
    d->updateNotifier();
    return nullptr;
}

void QSctpServer::pauseAccepting()
{
    d->paused = true;
    d->updateNotifier();
}

void QSctpServer::resumeAccepting()
{
    d->paused = false;
    d->updateNotifier();
}

bool QSctpServer::waitForNewConnection(int msecs, bool *timedOut)
{
    if (timedOut)
        *timedOut = false;
    if (!isListening()) {
        d->setError(QSctpSocket::OperationError, tr("The server is not listening"));
        return false;
    }
    if (hasPendingConnections())
        return true;
    if (d->paused) {
        d->setError(QSctpSocket::OperationError,
                    tr("waitForNewConnection(): accepting is paused (resumeAccepting())"));
        return false;
    }
    const QDeadlineTimer deadline(msecs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(msecs));
    for (;;) {
        if (d->engine->readinessIsEventDriven()) {
            // Associations that came before the last wake-up was cleared do not signal again.
            d->engine->clearReadiness();
            if (d->acceptPending()) {
                emit newConnection();
                return true;
            }
            if (!isListening())
                return false;
        }
        pollfd pfd{int(d->engine->readinessDescriptor()), POLLIN, 0};
        const qint64 remaining = deadline.remainingTime();
        const int result
                = ::poll(&pfd, 1, remaining < 0 ? -1 : int(qMin<qint64>(remaining, INT_MAX)));
        if (result < 0 && errno == EINTR)
            continue;
        if (result < 0) {
            d->setError(qsctpErrorFromErrno(errno),
                        tr("poll() failed: %1").arg(qsctpErrnoString(errno)));
            return false;
        }
        if (result == 0) {
            if (timedOut)
                *timedOut = true;
            d->setError(QSctpSocket::TimeoutError,
                        tr("waitForNewConnection() timed out after %1 ms").arg(msecs));
            return false;
        }
        if (d->acceptPending()) {
            emit newConnection();
            return true;
        }
        if (!isListening())
            return false;
    }
}

bool QSctpServer::subscribe(QSctpNotification::Type type)
{
    const quint32 bit = qsctpNotificationBit(type);
    if (!bit) {
        d->setError(QSctpSocket::OperationError,
                    tr("Cannot subscribe to notification type %1").arg(quint16(type)));
        return false;
    }
    if (isListening()) {
        if (const int err = d->engine->setEventEnabled(type, true)) {
            d->setError(qsctpErrorFromErrno(err),
                        tr("SCTP_EVENT failed: %1").arg(qsctpErrnoString(err)));
            return false;
        }
    }
    d->settings.subscriptions |= bit;
    return true;
}

bool QSctpServer::unsubscribe(QSctpNotification::Type type)
{
    const quint32 bit = qsctpNotificationBit(type);
    if (!bit) {
        d->setError(QSctpSocket::OperationError,
                    tr("Cannot unsubscribe from notification type %1").arg(quint16(type)));
        return false;
    }
    // Association changes stay on in the kernel: accepted sockets need them for their state.
    if (isListening() && type != QSctpNotification::AssociationChange) {
        if (const int err = d->engine->setEventEnabled(type, false)) {
            d->setError(qsctpErrorFromErrno(err),
                        tr("SCTP_EVENT failed: %1").arg(qsctpErrnoString(err)));
            return false;
        }
    }
    d->settings.subscriptions &= ~bit;
    return true;
}

bool QSctpServer::isSubscribed(QSctpNotification::Type type) const
{
    return d->settings.subscriptions & qsctpNotificationBit(type);
}

QList<QSctpNotification::Type> QSctpServer::subscriptions() const
{
    return qsctpNotificationTypes(d->settings.subscriptions);
}

bool QSctpServer::bindAdd(const QSctpAddress &addresses)
{
    if (!isListening()) {
        d->setError(QSctpSocket::OperationError, tr("bindAdd(): the server is not listening"));
        return false;
    }
    // Port 0 means the server's port: the kernel wants the bound one or none.
    const QSctpAddress withPort(addresses.addresses(),
                                addresses.port() ? addresses.port() : serverPort());
    if (const int err = d->engine->bindAdd(withPort)) {
        d->setError(qsctpErrorFromErrno(err) == QSctpSocket::UnknownError
                            ? QSctpSocket::InvalidAddressError
                            : qsctpErrorFromErrno(err),
                    tr("Cannot add %1 to the server: %2")
                            .arg(addresses.toString(), qsctpBindErrorText(err, d->engine.get())));
        return false;
    }
    return true;
}

bool QSctpServer::bindRemove(const QSctpAddress &addresses)
{
    if (!isListening()) {
        d->setError(QSctpSocket::OperationError, tr("bindRemove(): the server is not listening"));
        return false;
    }
    const QSctpAddress withPort(addresses.addresses(),
                                addresses.port() ? addresses.port() : serverPort());
    if (const int err = d->engine->bindRemove(withPort)) {
        d->setError(qsctpErrorFromErrno(err) == QSctpSocket::UnknownError
                            ? QSctpSocket::InvalidAddressError
                            : qsctpErrorFromErrno(err),
                    tr("Cannot remove %1 from the server: %2")
                            .arg(addresses.toString(), qsctpErrnoString(err)));
        return false;
    }
    return true;
}

QSctpSocket::Error QSctpServer::serverError() const
{
    return d->error;
}

QString QSctpServer::errorString() const
{
    return d->errorString;
}

QTSCTP_END_NAMESPACE

QTSCTP_BEGIN_NAMESPACE

// For QtSctp's own tests only (declared in autotests/shared/qsctptestsupport.h, not in a
// public header): an option of the engine behind a QSctpSocket or QSctpServer, in Linux's
// numbers and layouts whatever the engine, so that one test reads kernel and usrsctp alike.
// 0 or an errno value (EBADF without an open engine).
QTSCTP_EXPORT int qsctpTestEngineGetOption(const QObject *object, int level, int name, void *value,
                                           unsigned *length)
{
    const QSctpEngine *engine = QSctpServerPrivate::engineOf(object);
    if (!engine || !engine->isOpen())
        return EBADF;
    return engine->getOption(level, name, value, length);
}

QTSCTP_EXPORT int qsctpTestEngineSetOption(QObject *object, int level, int name, const void *value,
                                           unsigned length)
{
    auto *engine = const_cast<QSctpEngine *>(QSctpServerPrivate::engineOf(object));
    if (!engine || !engine->isOpen())
        return EBADF;
    return engine->setOption(level, name, value, length);
}

QTSCTP_END_NAMESPACE
