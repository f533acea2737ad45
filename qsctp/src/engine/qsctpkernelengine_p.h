// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPKERNELENGINE_P_H
#define QTSCTP_QSCTPKERNELENGINE_P_H

//
//  W A R N I N G
//  -------------
// Internal to QtSctp: not part of the public API, and may change without notice.
//

#include "qsctpengine_p.h"

#include <deque>
#include <sys/socket.h>

QTSCTP_BEGIN_NAMESPACE

// Linux kernel SCTP through the RFC 6458 socket API: one SOCK_STREAM IPPROTO_SCTP descriptor.
class QSctpKernelEngine final : public QSctpEngine
{
public:
    QSctpKernelEngine() = default;
    explicit QSctpKernelEngine(int descriptor, int family);
    ~QSctpKernelEngine() override;

    QString name() const override;

    int open(int family) override;
    bool isOpen() const override { return m_fd >= 0; }
    int family() const override { return m_family; }
    qintptr descriptor() const override { return m_fd; }
    qintptr readinessDescriptor() const override { return m_fd; }
    void close() override;

    int setInitOptions(const QSctpInitOptions &options) override;
    int setSendBufferSize(int bytes) override;
    int setReceiveBufferSize(int bytes) override;
    int grantedSendBufferSize() const override;
    int grantedReceiveBufferSize() const override;
    int setNoDelay(bool on) override;
    int setLinger(int seconds) override;
    int setReuseAddress(bool on) override;
    int setIPv6Only(bool on) override;
    int setReceiveInfoEnabled(bool on) override;
    int setEventEnabled(quint16 notificationType, bool on) override;

    int bind(const QSctpAddress &address) override;
    int connect(const QSctpAddress &address) override;
    int pendingConnectError() override;
    int listen(int backlog) override;
    std::unique_ptr<QSctpEngine> accept(int *error) override;

    qint64 send(const QSctpMessage &message, quint16 peerPort, int *error) override;
    int sendBatch(const QSctpMessage *const *messages, int count, quint16 peerPort,
                  int *error) override;
    qint64 receive(const char **data, QSctpReceiveInfo *info, int *error) override;
    bool hasBufferedReceive() const override;
    void keepBufferedReceive() override;
    void discardReceived() override;
    int shutdown(int how) override;

    QSctpAddress localAddresses(int *error) const override;
    QSctpAddress peerAddresses(int *error) const override;
    int streamCounts(int *inbound, int *outbound) const override;
    int bindAdd(const QSctpAddress &address) override;
    int bindRemove(const QSctpAddress &address) override;
    int setOption(int level, int name, const void *value, unsigned length) override;
    int getOption(int level, int name, void *value, unsigned *length) const override;

private:
    // The sockaddr array for this socket's family: IPv4 entries v4-mapped on AF_INET6.
    QByteArray sockaddrs(const QSctpAddress &address, int *count, int *error) const;
    int setIntOption(int level, int option, int value);
    struct SendSlot;
    int prepareSend(const QSctpMessage &message, quint16 peerPort, SendSlot *slot,
                    msghdr *msg) const;

    // recvmmsg() runs in a per-thread arena; what this socket did not take before another may
    // use the arena is copied here. A batch that came back short means the kernel's queue was
    // empty, which saves the EAGAIN call.
    struct KeptPiece
    {
        QByteArray bytes;
        QSctpReceiveInfo info;
    };
    std::deque<KeptPiece> m_kept;
    KeptPiece m_current;
    bool m_lastBatchShort = false;
    int m_deferredError = 0; // a socket error recvmmsg() reported before the queue was empty

    int m_fd = -1;
    int m_family = 0;
};

QTSCTP_END_NAMESPACE

#endif // QTSCTP_QSCTPKERNELENGINE_P_H
