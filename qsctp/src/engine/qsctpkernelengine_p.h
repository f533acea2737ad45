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
    qint64 receive(char *buffer, qint64 size, QSctpReceiveInfo *info, int *error) override;
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

    int m_fd = -1;
    int m_family = 0;
};

QTSCTP_END_NAMESPACE

#endif // QTSCTP_QSCTPKERNELENGINE_P_H
