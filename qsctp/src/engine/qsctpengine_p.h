// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPENGINE_P_H
#define QTSCTP_QSCTPENGINE_P_H

//
//  W A R N I N G
//  -------------
// Internal to QtSctp: not part of the public API, and may change without notice.
//

#include <QtSctp/qsctpaddress.h>
#include <QtSctp/qsctpinitoptions.h>
#include <QtSctp/qsctpmessage.h>
#include <QtSctp/qtsctpengine.h>

#include <QtCore/qstring.h>

#include <memory>

QTSCTP_BEGIN_NAMESPACE

// What one receive call reported, engine-neutral. PPIDs are in host byte order here.
struct QSctpReceiveInfo
{
    quint32 ppid = 0;
    quint32 tsn = 0;
    quint32 cumulativeTsn = 0;
    quint32 context = 0;
    quint16 stream = 0;
    quint16 ssn = 0;
    bool present = false; // the engine reported receive info for this data
    bool unordered = false;
    bool endOfRecord = false; // the last bytes of a message or notification
    bool notification = false; // these bytes are (part of) a notification, not user data
};

// The syscalls behind QSctpSocket and QSctpServer, so that another SCTP stack (a userspace one)
// can stand behind the same public classes. Calls return 0 or a positive errno value; the Qt
// side turns those into QSctpSocket::Error and text. One engine is one SCTP endpoint in the
// one-to-one style, non-blocking.
class QSctpEngine
{
public:
    virtual ~QSctpEngine() = default;

    virtual QString name() const = 0;
    // Whether descriptor() is a kernel socket that hooks may configure (not for usrsctp,
    // whose descriptor is the eventfd of its readiness).
    virtual bool hasKernelSocket() const { return true; }
    // More about the last failed open() than its errno says (the usrsctp engine names its UDP
    // port), or empty.
    virtual QString openErrorDetail() const { return {}; }

    virtual int open(int family) = 0;
    virtual bool isOpen() const = 0;
    virtual int family() const = 0;
    // The descriptor handed to hooks, and the one whose readiness QSocketNotifier and poll()
    // watch (the same for the kernel engine).
    virtual qintptr descriptor() const = 0;
    virtual qintptr readinessDescriptor() const = 0;

    // Event-driven readiness (a userspace stack): readinessDescriptor() is then an eventfd that
    // becomes readable whenever the stack signals the endpoint, and is never a socket, so it
    // is always "writable". Such an engine is watched with one read notifier; on each wake-up
    // the caller calls clearReadiness() first, then pendingEvents() says what to handle. An
    // event that the caller could not act on (a receive or send that would block) is not
    // reported again until the stack signals anew, so nothing spins.
    enum ReadinessEvent { ReadEvent = 0x1, WriteEvent = 0x2, ErrorEvent = 0x4 };
    virtual bool readinessIsEventDriven() const { return false; }
    virtual int pendingEvents() const { return 0; }
    virtual void clearReadiness() { }
    virtual void close() = 0;

    virtual int setInitOptions(const QSctpInitOptions &options) = 0;
    virtual int setSendBufferSize(int bytes) = 0;
    virtual int setReceiveBufferSize(int bytes) = 0;
    // What the kernel actually granted (Linux doubles the request), or -1.
    virtual int grantedSendBufferSize() const = 0;
    virtual int grantedReceiveBufferSize() const = 0;
    virtual int setNoDelay(bool on) = 0;
    virtual int setLinger(int seconds) = 0;
    virtual int setReuseAddress(bool on) = 0;
    // IPV6_V6ONLY on an AF_INET6 endpoint: no IPv4-mapped peers (sctp6, as in go-sctp).
    virtual int setIPv6Only(bool on) = 0;
    // Receive info with every message (SCTP_RECVRCVINFO).
    virtual int setReceiveInfoEnabled(bool on) = 0;
    virtual int setEventEnabled(quint16 notificationType, bool on) = 0;

    virtual int bind(const QSctpAddress &address) = 0;
    // 0 when connected at once, EINPROGRESS while the handshake runs, else the error.
    virtual int connect(const QSctpAddress &address) = 0;
    // The outcome of a connect in progress (SO_ERROR): 0 once it succeeded.
    virtual int pendingConnectError() = 0;
    virtual int listen(int backlog) = 0;
    // A new engine for the next association, or null with *error set (EAGAIN: none yet).
    virtual std::unique_ptr<QSctpEngine> accept(int *error) = 0;

    // Bytes accepted (all of them: SCTP sends atomically) or -1 with *error set.
    virtual qint64 send(const QSctpMessage &message, quint16 peerPort, int *error) = 0;
    // Several messages in one go: how many the kernel took (a prefix, possibly fewer than
    // count), or -1 with *error set when it took none.
    virtual int sendBatch(const QSctpMessage *const *messages, int count, quint16 peerPort,
                          int *error)
            = 0;
    // The next piece of data or notification: its length (0: end of stream) with *data
    // pointing into the engine's own buffer until the next call, or -1 with *error set
    // (EAGAIN: nothing more now). A message larger than one piece comes in several, the last
    // with info->endOfRecord.
    virtual qint64 receive(const char **data, QSctpReceiveInfo *info, int *error) = 0;
    // Whether a batched receive holds pieces not yet handed out: the descriptor need not be
    // readable for them, so the caller must come back without waiting for readiness.
    virtual bool hasBufferedReceive() const { return false; }
    // Called when the caller stops receiving for now: pieces still in a shared batch buffer
    // are copied into the engine's own (the buffer belongs to the thread, not the socket).
    virtual void keepBufferedReceive() { }
    // Drops what a batched receive still holds (the socket is being reset).
    virtual void discardReceived() { }
    virtual int shutdown(int how) = 0;

    virtual QSctpAddress localAddresses(int *error) const = 0;
    virtual QSctpAddress peerAddresses(int *error) const = 0;
    virtual int streamCounts(int *inbound, int *outbound) const = 0;

    // Local addresses added to or removed from a bound endpoint (sctp_bindx).
    virtual int bindAdd(const QSctpAddress &address) = 0;
    virtual int bindRemove(const QSctpAddress &address) = 0;

    // RFC 6458 socket options with Linux's numbers and struct layouts (IPPROTO_SCTP or
    // SOL_SOCKET level); another engine translates them to its own stack.
    virtual int setOption(int level, int name, const void *value, unsigned length) = 0;
    virtual int getOption(int level, int name, void *value, unsigned *length) const = 0;
};

// Engine::Automatic resolved: QTSCTP_ENGINE=kernel|usrsctp when set, else the kernel where
// socket(IPPROTO_SCTP) works, else the userspace engine when it is built in. Never Automatic.
Engine qsctpResolveEngine(Engine choice);
// A new, unopened engine of that choice, or null with *error set when this build has none.
std::unique_ptr<QSctpEngine> qsctpCreateEngine(Engine choice, QString *error);
// The name of the engine the choice stands for ("kernel" or "usrsctp").
QString qsctpEngineName(Engine choice);
inline QString qsctpDefaultEngineName()
{
    return qsctpEngineName(Engine::Automatic);
}

QTSCTP_END_NAMESPACE

#endif // QTSCTP_QSCTPENGINE_P_H
