// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QTSCTPENGINE_H
#define QTSCTP_QTSCTPENGINE_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qstring.h>

QTSCTP_BEGIN_NAMESPACE

/*!
    The SCTP stack behind a QSctpSocket or QSctpServer.

    - `Automatic`: the one named by the environment variable QTSCTP_ENGINE ("kernel" or
      "usrsctp") when it is set, else the kernel where this host opens kernel SCTP
      sockets (socket(IPPROTO_SCTP) works), else the userspace engine.
    - `Kernel`: Linux kernel SCTP.
    - `Userspace`: usrsctp, SCTP in this process carried over UDP (RFC 6951): for hosts
      without kernel SCTP. It talks to peers that use UDP encapsulation too (another
      usrsctp, or Linux 5.11 and later with net.sctp.udp_port and encap_port set).

    Set per object with QSctpSocket::setEngine() and QSctpServer::setEngine() before it
    opens; QSctpSocket::engineName() says which one an object uses.
*/
enum class Engine {
    Automatic,
    Kernel,
    Userspace,
};

/*!
    The engine's name as QSctpSocket::engineName() reports it: "kernel" or "usrsctp" (and
    "automatic" for Engine::Automatic).
*/
QTSCTP_EXPORT QString engineName(Engine engine);

/*!
    What Engine::Automatic stands for in this process now: Engine::Kernel or
    Engine::Userspace.
*/
QTSCTP_EXPORT Engine automaticEngine();

/*!
    Whether \a engine can be used here: built into this library and, for the kernel, supported
    by the running kernel. When it cannot, \a reason (if given) says why, naming the engine.
*/
QTSCTP_EXPORT bool isEngineAvailable(Engine engine, QString *reason = nullptr);

/*!
    The UDP port of the userspace engine's SCTP encapsulation (RFC 6951): \a localPort is
    where the process-wide usrsctp stack receives, \a remotePort where it sends to peers (0:
    the same as the local port, as between two usrsctp processes with the same setting). A
    \a localPort of 0 picks a free port when the stack starts; userspaceUdpPort() then says
    which.

    Takes effect when the stack starts, that is when the first userspace socket or server of
    the process opens; while it runs the call fails (returns false, and sets \a errorString
    when given). Overrides the environment variables QTSCTP_USRSCTP_UDP_PORT and
    QTSCTP_USRSCTP_REMOTE_UDP_PORT. The default is 9899, usrsctp's own.
*/
QTSCTP_EXPORT bool setUserspaceUdpPorts(quint16 localPort, quint16 remotePort = 0,
                                        QString *errorString = nullptr);

/*!
    The local UDP port of the userspace engine: the one in use while the stack runs, else
    the one it would ask for (0: a free port, picked when it starts).
*/
QTSCTP_EXPORT quint16 userspaceUdpPort();

/*!
    The UDP port the userspace engine sends to: the peer's encapsulation port.
*/
QTSCTP_EXPORT quint16 userspaceRemoteUdpPort();

QTSCTP_END_NAMESPACE

#endif // QTSCTP_QTSCTPENGINE_H
