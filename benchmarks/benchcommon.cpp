// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "benchcommon.h"

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <netinet/in.h>
#include <netinet/sctp.h>
#include <sys/resource.h>
#include <sys/socket.h>

namespace bench {

namespace {
const char *roleName = "main";
}

void setRoleName(const char *name)
{
    roleName = name;
}

int64_t monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void fail(const char *format, ...)
{
    std::fprintf(stderr, "qsctp-bench %s: FAIL: ", roleName);
    va_list args;
    va_start(args, format);
    std::vfprintf(stderr, format, args);
    va_end(args);
    std::fputc('\n', stderr);
    std::fflush(stderr);
    std::exit(1);
}

void emitLine(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    std::vprintf(format, args);
    va_end(args);
    std::putchar('\n');
    std::fflush(stdout);
}

namespace {
rusage usageStart{};
rusage usageEnd{};
bool usageStarted = false;
bool usageEnded = false;

long long microseconds(const timeval &tv)
{
    return static_cast<long long>(tv.tv_sec) * 1000000 + tv.tv_usec;
}
} // namespace

void markStart()
{
    getrusage(RUSAGE_SELF, &usageStart);
    usageStarted = true;
}

void markEnd()
{
    if (usageEnded)
        return;
    getrusage(RUSAGE_SELF, &usageEnd);
    usageEnded = true;
}

void emitUsage()
{
    if (!usageStarted || !usageEnded)
        fail("the measured part of the run was not marked");
    emitLine("USAGE %lld %lld %ld %ld %ld",
             microseconds(usageEnd.ru_utime) - microseconds(usageStart.ru_utime),
             microseconds(usageEnd.ru_stime) - microseconds(usageStart.ru_stime),
             usageEnd.ru_nvcsw - usageStart.ru_nvcsw, usageEnd.ru_nivcsw - usageStart.ru_nivcsw,
             usageEnd.ru_minflt - usageStart.ru_minflt);
}

static char patternByte(int index)
{
    return char('a' + index % 26);
}

void fillPattern(char *data, int size)
{
    for (int i = 0; i < size; ++i)
        data[i] = patternByte(i);
}

void stamp(char *data, uint32_t seq)
{
    std::memcpy(data, &seq, sizeof seq);
}

void Checker::check(const char *data, int64_t size)
{
    if (m_received >= m_count)
        fail("%s: message %d arrived, but only %d were sent", m_what, m_received + 1, m_count);
    if (size != m_size) {
        fail("%s: message %d has %lld bytes, expected %d", m_what, m_received,
             static_cast<long long>(size), m_size);
    }
    uint32_t seq = 0;
    std::memcpy(&seq, data, sizeof seq);
    if (seq != uint32_t(m_received))
        fail("%s: message %d carries sequence number %u (lost, duplicated or reordered)", m_what,
             m_received, seq);
    if (data[m_size - 1] != patternByte(m_size - 1))
        fail("%s: message %d: its last byte is wrong", m_what, m_received);
    ++m_received;
    m_bytes += size;
}

void setIntOption(int fd, int level, int option, int value, const char *name)
{
    if (::setsockopt(fd, level, option, &value, sizeof value) != 0)
        fail("setsockopt(%s): %s", name, std::strerror(errno));
}

static int bufferSize(const char *variable, int fallback)
{
    const char *value = std::getenv(variable);
    if (!value || !*value)
        return fallback;
    const int bytes = std::atoi(value);
    if (bytes <= 0)
        fail("%s=%s: not a size in bytes", variable, value);
    return bytes;
}

int sendBufferSize()
{
    static const int bytes = bufferSize("QSCTP_BENCH_SNDBUF", DefaultSendBufferSize);
    return bytes;
}

int receiveBufferSize()
{
    static const int bytes = bufferSize("QSCTP_BENCH_RCVBUF", DefaultReceiveBufferSize);
    return bytes;
}

// The same as QtSctp: the FORCE variant as root (Linux doubles what it grants).
void setBuffers(int fd)
{
    const int send = sendBufferSize();
    const int receive = receiveBufferSize();
    if (::setsockopt(fd, SOL_SOCKET, SO_SNDBUFFORCE, &send, sizeof send) != 0)
        setIntOption(fd, SOL_SOCKET, SO_SNDBUF, send, "SO_SNDBUF");
    if (::setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &receive, sizeof receive) != 0)
        setIntOption(fd, SOL_SOCKET, SO_RCVBUF, receive, "SO_RCVBUF");
}

void setNoDelay(int fd)
{
    setIntOption(fd, IPPROTO_SCTP, SCTP_NODELAY, 1, "SCTP_NODELAY");
}

} // namespace bench
