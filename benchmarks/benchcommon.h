// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_BENCHCOMMON_H
#define QTSCTP_BENCHCOMMON_H

// What the three implementations of the benchmark share: the roles' parameters, the clock,
// the payload stamp and the check that every message arrived whole and in order.

#include <cstdint>
#include <cstring>
#include <string>

namespace bench {

enum class Test {
    OneWay, // the sender sends count messages, the receiver counts them
    PingPong, // the client sends one message, the server echoes it, count times
};

struct RoleArgs
{
    Test test = Test::OneWay;
    int size = 64; // bytes per message
    int count = 0; // messages (one-way) or round trips (ping-pong)
    uint16_t port = 0; // where the receiver listens (sender and client only)
};

// Socket buffer sizes every implementation sets the same way, as requested (Linux doubles
// them); the orchestrator's --sndbuf/--rcvbuf pass others to the roles through the
// environment (QSCTP_BENCH_SNDBUF, QSCTP_BENCH_RCVBUF). The send buffer is QtSctp's default.
// The receive buffer is 8 times it: with QtSctp's default of 512 KiB the receiver's window
// fills while the one CPU runs the sender, and Linux then drops (or reneges) DATA chunks at
// the window's edge, which costs fast retransmits at 16 KiB for every implementation and now
// and then a 1 s retransmission timeout.
constexpr int DefaultSendBufferSize = 512 * 1024;
constexpr int DefaultReceiveBufferSize = 4 * 1024 * 1024;
int sendBufferSize();
int receiveBufferSize();
constexpr int SendQueueBound = 64; // messages a Qt sender queues before it waits
constexpr int ReceiveBufferBytes = 64 * 1024; // the plain loop's recvmsg buffer
constexpr unsigned WatchdogSeconds = 120; // a role that hangs dies by SIGALRM
// The control messages: 1 byte, so they can never be taken for data (at least 8 bytes).
constexpr char ReadyByte = 'R'; // receiver -> sender: accepted, start the clock
constexpr char DoneByte = 'D'; // receiver -> sender: everything arrived
constexpr int MinimumSize = 8;

int64_t monotonicNs();

// Prints "qsctp-bench <role>: <text>" to stderr and exits with status 1.
[[noreturn]] void fail(const char *format, ...) __attribute__((format(printf, 1, 2)));
void setRoleName(const char *name);

// One line to stdout for the orchestrator, flushed at once.
void emitLine(const char *format, ...) __attribute__((format(printf, 1, 2)));

// CPU time and context switches of this process over the measured part of a run, printed as
// "USAGE user_us system_us voluntary_switches involuntary_switches minor_faults" by
// emitUsage().
void markStart();
void markEnd();
void emitUsage();

// The payload of message seq: its sequence number in the first 4 bytes, a pattern after.
void fillPattern(char *data, int size);
void stamp(char *data, uint32_t seq);

// Checks each received message: size, sequence number, the last byte of the pattern.
class Checker
{
public:
    Checker(const char *what, int size, int count)
        : m_what(what)
        , m_size(size)
        , m_count(count)
    { }
    // Fails loudly unless data is message number received() of the expected size.
    void check(const char *data, int64_t size);
    int received() const { return m_received; }
    int64_t bytes() const { return m_bytes; }
    bool complete() const { return m_received == m_count; }

private:
    const char *m_what;
    int m_size;
    int m_count;
    int m_received = 0;
    int64_t m_bytes = 0;
};

// The implementations. Each returns the process exit status.
int plainSender(const RoleArgs &args);
int plainReceiver(const RoleArgs &args);
int qtsctpSender(int argc, char **argv, const RoleArgs &args);
int qtsctpReceiver(int argc, char **argv, const RoleArgs &args);
int qtnetworkSender(int argc, char **argv, const RoleArgs &args);
int qtnetworkReceiver(int argc, char **argv, const RoleArgs &args);

// setsockopt() helpers shared by the plain loop and the Qt QSctpSocket variant; they fail
// loudly.
void setIntOption(int fd, int level, int option, int value, const char *name);
void setBuffers(int fd);
void setNoDelay(int fd);

} // namespace bench

#endif // QTSCTP_BENCHCOMMON_H
