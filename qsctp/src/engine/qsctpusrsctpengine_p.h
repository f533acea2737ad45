// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPUSRSCTPENGINE_P_H
#define QTSCTP_QSCTPUSRSCTPENGINE_P_H

//
//  W A R N I N G
//  -------------
// Internal to QtSctp: not part of the public API, and may change without notice.
//

#include "qsctpengine_p.h"

// usrsctp's endpoint handle; <usrsctp.h> itself stays out of this header, so that files with
// Linux's SCTP header can include it.
struct socket;

QTSCTP_BEGIN_NAMESPACE

// SCTP in userspace (usrsctp), carried over UDP (RFC 6951): for hosts whose kernel has no SCTP.
// The stack runs its own threads; their upcalls only write to an eventfd, which is this
// engine's readiness descriptor. Options and notifications come and go in Linux's numbers and
// layouts, translated field by field (qsctpusrsctpbridge_p.h).
//
// Process-wide: the stack is started by the first engine that opens (usrsctp_init with the UDP
// port of setUserspaceUdpPorts(), else QTSCTP_USRSCTP_UDP_PORT, default 9899; 0 picks a free
// port) and finished when the last one has closed and the stack holds no association any more.
// Peers are reached through the remote UDP port (setUserspaceUdpPorts(), else
// QTSCTP_USRSCTP_REMOTE_UDP_PORT, default: the same port as the local one).
class QSctpUsrsctpEngine final : public QSctpEngine
{
public:
    QSctpUsrsctpEngine() = default;
    ~QSctpUsrsctpEngine() override;

    // The local UDP encapsulation port the stack uses (or would use; 0: a free one), and the
    // peers' port; setUdpPorts() changes them while the stack is not running.
    static quint16 udpPort();
    static quint16 remoteUdpPort();
    static bool setUdpPorts(quint16 localPort, quint16 remotePort, QString *errorText);

    QString name() const override;
    bool hasKernelSocket() const override { return false; }
    QString openErrorDetail() const override { return m_openError; }

    int open(int family) override;
    bool isOpen() const override { return m_so != nullptr; }
    int family() const override { return m_family; }
    // No descriptor of its own: the eventfd stands in for hooks too.
    qintptr descriptor() const override { return m_eventFd; }
    qintptr readinessDescriptor() const override { return m_eventFd; }
    void close() override;

    bool readinessIsEventDriven() const override { return true; }
    int pendingEvents() const override;
    void clearReadiness() override;

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
    // Takes over a socket that usrsctp_accept() returned (the stack is held already).
    int adopt(struct socket *so, int family);
    int attach(struct socket *so);
    QByteArray sockaddrs(const QSctpAddress &address, int *count, int *error) const;
    int setIntOption(int level, int option, int value);
    int getIntOption(int level, int option, int *value) const;
    bool established() const;
    // Reads away the notifications at the head of the receive queue.
    void drainNotifications();

    struct socket *m_so = nullptr;
    int m_eventFd = -1;
    int m_family = 0;
    bool m_holdsStack = false;
    // Would-block seen since the stack last signalled: not reported as pending (no spinning).
    mutable bool m_receiveBlocked = false;
    bool m_sendBlocked = false;
    bool m_fragmentsDisabled = false; // SCTP_DISABLE_FRAGMENTS, enforced as Linux does
    QByteArray m_buffer; // one receive
    QByteArray m_notification; // a notification arriving in pieces
    QByteArray m_translated; // the last notification handed out, in Linux's layout
    QString m_openError;
};

QTSCTP_END_NAMESPACE

#endif // QTSCTP_QSCTPUSRSCTPENGINE_P_H
