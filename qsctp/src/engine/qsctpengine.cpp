// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// Choosing an engine: per object (QSctpSocket::setEngine(), QSctpServer::setEngine()), by the
// environment (QTSCTP_ENGINE) and by what the host has; and the userspace engine's UDP port.

#include "qsctpengine_p.h"

#include "qsctpkernelengine_p.h"
#ifdef QTSCTP_HAVE_USRSCTP
#include "qsctpusrsctpengine_p.h"
#endif

#include <QtCore/qcoreapplication.h>

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

QTSCTP_BEGIN_NAMESPACE

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QtSctp::QSctpSocket", text);
}

// 0 when this kernel opens SCTP sockets, else the errno of socket(IPPROTO_SCTP); asked once
// per process.
int kernelSctpError()
{
    static const int error = [] {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_SCTP);
        if (fd < 0)
            return errno ? errno : EPROTONOSUPPORT;
        ::close(fd);
        return 0;
    }();
    return error;
}

constexpr bool usrsctpBuiltIn()
{
#ifdef QTSCTP_HAVE_USRSCTP
    return true;
#else
    return false;
#endif
}

// QTSCTP_ENGINE's choice, or Automatic when it names none.
Engine environmentEngine()
{
    const QByteArray wanted = qgetenv("QTSCTP_ENGINE").trimmed().toLower();
    if (wanted == "usrsctp" || wanted == "userspace") {
        if (!usrsctpBuiltIn()) {
            static bool warned = false;
            if (!warned) {
                warned = true;
                qWarning("QtSctp: QTSCTP_ENGINE=%s, but this build has no usrsctp engine "
                         "(QTSCTP_WITH_USRSCTP=OFF): using kernel SCTP",
                         wanted.constData());
            }
            return Engine::Kernel;
        }
        return Engine::Userspace;
    }
    if (wanted == "kernel")
        return Engine::Kernel;
    return Engine::Automatic;
}

} // namespace

Engine qsctpResolveEngine(Engine choice)
{
    if (choice != Engine::Automatic)
        return choice;
    const Engine fromEnvironment = environmentEngine();
    if (fromEnvironment != Engine::Automatic)
        return fromEnvironment;
    if (usrsctpBuiltIn() && kernelSctpError() != 0)
        return Engine::Userspace;
    return Engine::Kernel;
}

QString qsctpEngineName(Engine choice)
{
    return engineName(qsctpResolveEngine(choice));
}

std::unique_ptr<QSctpEngine> qsctpCreateEngine(Engine choice, QString *error)
{
    switch (qsctpResolveEngine(choice)) {
    case Engine::Userspace:
#ifdef QTSCTP_HAVE_USRSCTP
        return std::make_unique<QSctpUsrsctpEngine>();
#else
        if (error)
            isEngineAvailable(Engine::Userspace, error);
        return nullptr;
#endif
    case Engine::Kernel:
    case Engine::Automatic:
        break;
    }
    Q_UNUSED(error);
    return std::make_unique<QSctpKernelEngine>();
}

// --- public -----------------------------------------------------------------------------------

QString engineName(Engine engine)
{
    switch (engine) {
    case Engine::Kernel:
        return QStringLiteral("kernel");
    case Engine::Userspace:
        return QStringLiteral("usrsctp");
    case Engine::Automatic:
        break;
    }
    return QStringLiteral("automatic");
}

Engine automaticEngine()
{
    return qsctpResolveEngine(Engine::Automatic);
}

bool isEngineAvailable(Engine engine, QString *reason)
{
    switch (engine) {
    case Engine::Automatic:
        return isEngineAvailable(automaticEngine(), reason);
    case Engine::Kernel:
        if (const int err = kernelSctpError()) {
            if (reason) {
                *reason = tr("The kernel SCTP engine is not available: this kernel cannot open "
                             "an SCTP socket (socket(IPPROTO_SCTP): %1)")
                                  .arg(QString::fromLocal8Bit(std::strerror(err)));
            }
            return false;
        }
        return true;
    case Engine::Userspace:
        if (!usrsctpBuiltIn()) {
            if (reason) {
                *reason = tr("The usrsctp engine is not available: this QtSctp was built "
                             "without it (QTSCTP_WITH_USRSCTP=OFF, or no libusrsctp)");
            }
            return false;
        }
        return true;
    }
    return false;
}

bool setUserspaceUdpPorts(quint16 localPort, quint16 remotePort, QString *errorString)
{
#ifdef QTSCTP_HAVE_USRSCTP
    QString text;
    const bool ok = QSctpUsrsctpEngine::setUdpPorts(localPort, remotePort, &text);
    if (!ok && errorString)
        *errorString = text;
    return ok;
#else
    Q_UNUSED(localPort);
    Q_UNUSED(remotePort);
    if (errorString)
        isEngineAvailable(Engine::Userspace, errorString);
    return false;
#endif
}

quint16 userspaceUdpPort()
{
#ifdef QTSCTP_HAVE_USRSCTP
    return QSctpUsrsctpEngine::udpPort();
#else
    return 0;
#endif
}

quint16 userspaceRemoteUdpPort()
{
#ifdef QTSCTP_HAVE_USRSCTP
    return QSctpUsrsctpEngine::remoteUdpPort();
#else
    return 0;
#endif
}

QTSCTP_END_NAMESPACE
