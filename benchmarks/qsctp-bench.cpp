// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// qsctp-bench: one-way message rate and ping-pong round-trip time of QtSctp::QSctpSocket,
// Qt's own ::QSctpSocket and a plain sendmsg()/recvmsg() loop, on the same kernel in the same
// boot. See README.md here; benchmarks/run-benchmarks runs it under scripts/with-sctp.
//
//   qsctp-bench measure [--rounds N] [--scale F] [--out FILE]
//   qsctp-bench syscalls [--strace PATH] [--scale F] [--dir DIR] [--out FILE]
//   qsctp-bench instructions [--valgrind PATH] [--scale F] [--dir DIR] [--out FILE]
//   qsctp-bench report MEASURE.tsv [SYSCALLS.tsv [INSTRUCTIONS.tsv]]
//   qsctp-bench pair IMPL CASE COUNT [--wrap-recv "CMD ARGS"] [--wrap-send "CMD ARGS"]
//   qsctp-bench recv|send IMPL oneway|pingpong SIZE COUNT [PORT]     (the roles, internal)
//
// Every measurement runs a receiver and a sender as two processes of this binary, whatever
// the implementation; the orchestrator itself only waits and reads /proc/net/sctp/snmp.

#include "benchcommon.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <poll.h>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

using namespace bench;

namespace {

struct Impl
{
    const char *key;
    const char *label;
};

const Impl Impls[] = {
        {"qtsctp", "QtSctp::QSctpSocket (signal/slot)"},
        {"qt", "Qt ::QSctpSocket (datagram mode)"},
        {"plain", "plain blocking sendmsg/recvmsg"},
        {"usrsctp", "QtSctp::QSctpSocket on usrsctp (SCTP over UDP)"},
};
constexpr int ImplCount = 4;
constexpr int PlainIndex = 2;

struct Case
{
    const char *key;
    const char *label;
    Test test;
    int size;
    int count; // messages or round trips in a measuring run (before --scale)
    int syscallCount; // the smaller of the two counts in the strace pass
};

// Sized so that each run takes a fraction of a second inside User-Mode Linux (one CPU,
// syscalls around 10-40 us) and the whole run stays within a few minutes.
const Case Cases[] = {
        {"64", "64 B msg/s", Test::OneWay, 64, 15000, 1000},
        {"1k", "1 KiB msg/s", Test::OneWay, 1024, 15000, 1000},
        {"16k", "16 KiB msg/s", Test::OneWay, 16384, 6000, 500},
        {"rtt", "RTT 64 B (us)", Test::PingPong, 64, 2000, 300},
};
constexpr int CaseCount = 4;

// The /proc/net/sctp/snmp counters recorded around each run.
const char *const SnmpFields[] = {
        "SctpT3RtxExpireds",       "SctpT3Retransmits", "SctpFastRetransmits",
        "SctpInDataChunkDiscards", "SctpInPktDiscards", "SctpOutSCTPPacks",
        "SctpDelaySackExpireds",
};
constexpr int SnmpFieldCount = 7;
constexpr size_t UsageFields = 5;

std::string selfPath;

const Impl *findImpl(const std::string &key)
{
    for (const Impl &impl : Impls) {
        if (key == impl.key)
            return &impl;
    }
    fail("unknown implementation %s (qtsctp, qt, plain, usrsctp)", key.c_str());
}

const Case *findCase(const std::string &key)
{
    for (const Case &c : Cases) {
        if (key == c.key)
            return &c;
    }
    fail("unknown case %s (64, 1k, 16k, rtt)", key.c_str());
}

int implIndex(const std::string &key)
{
    return int(findImpl(key) - Impls);
}

int caseIndex(const std::string &key)
{
    return int(findCase(key) - Cases);
}

std::vector<std::string> splitWords(const std::string &text)
{
    std::istringstream in(text);
    std::vector<std::string> words;
    for (std::string word; in >> word;)
        words.push_back(word);
    return words;
}

// --- child processes ---------------------------------------------------------------------------

class Child
{
public:
    void start(const std::vector<std::string> &argv, const std::string &name)
    {
        int fds[2];
        if (::pipe(fds) != 0)
            fail("pipe: %s", std::strerror(errno));
        std::fflush(stdout);
        std::fflush(stderr);
        m_pid = ::fork();
        if (m_pid < 0)
            fail("fork: %s", std::strerror(errno));
        if (m_pid == 0) {
            ::dup2(fds[1], STDOUT_FILENO);
            ::close(fds[0]);
            ::close(fds[1]);
            std::vector<char *> args;
            for (const std::string &a : argv)
                args.push_back(const_cast<char *>(a.c_str()));
            args.push_back(nullptr);
            ::execvp(args[0], args.data());
            std::fprintf(stderr, "qsctp-bench: cannot run %s: %s\n", args[0], std::strerror(errno));
            ::_exit(127);
        }
        ::close(fds[1]);
        m_fd = fds[0];
        m_name = name;
    }

    // The next line of the child's stdout; false at end of file.
    bool readLine(std::string *line, int timeoutMs)
    {
        for (;;) {
            const size_t newline = m_buffer.find('\n');
            if (newline != std::string::npos) {
                *line = m_buffer.substr(0, newline);
                m_buffer.erase(0, newline + 1);
                return true;
            }
            if (m_fd < 0)
                return false;
            pollfd pfd{m_fd, POLLIN, 0};
            const int ready = ::poll(&pfd, 1, timeoutMs);
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready == 0)
                fail("%s printed nothing for %d ms", m_name.c_str(), timeoutMs);
            char chunk[4096];
            const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                ::close(m_fd);
                m_fd = -1;
                if (!m_buffer.empty()) {
                    *line = std::exchange(m_buffer, std::string());
                    return true;
                }
                return false;
            }
            m_buffer.append(chunk, size_t(n));
        }
    }

    // The line that starts with tag; fails loudly when the child ends without one.
    std::string expect(const char *tag, int timeoutMs)
    {
        std::string line;
        while (readLine(&line, timeoutMs)) {
            if (line.rfind(tag, 0) == 0)
                return line.substr(std::strlen(tag));
            if (line.rfind("USAGE ", 0) == 0) {
                m_usage = line.substr(6);
                continue;
            }
            std::fprintf(stderr, "%s: %s\n", m_name.c_str(), line.c_str());
        }
        const int status = wait();
        fail("%s ended (status %d) without printing %s", m_name.c_str(), status, tag);
    }

    // "user_us system_us voluntary involuntary faults" over the measured part, as the role
    // printed it.
    std::vector<long long> usage() const
    {
        std::vector<long long> values;
        for (const std::string &word : splitWords(m_usage))
            values.push_back(std::stoll(word));
        if (values.size() != UsageFields)
            fail("%s printed no usage line", m_name.c_str());
        return values;
    }

    int wait()
    {
        if (m_pid <= 0)
            return m_status;
        std::string rest;
        while (readLine(&rest, 60000))
            std::fprintf(stderr, "%s: %s\n", m_name.c_str(), rest.c_str());
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) { }
        m_pid = -1;
        m_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        return m_status;
    }

private:
    pid_t m_pid = -1;
    int m_fd = -1;
    int m_status = -1;
    std::string m_buffer;
    std::string m_name;
    std::string m_usage;
};

// --- /proc/net/sctp/snmp -----------------------------------------------------------------------

std::map<std::string, long long> readSnmp()
{
    std::ifstream in("/proc/net/sctp/snmp");
    if (!in)
        fail("cannot read /proc/net/sctp/snmp: run under scripts/with-sctp");
    std::map<std::string, long long> values;
    std::string name;
    long long value;
    while (in >> name >> value)
        values[name] = value;
    return values;
}

// --- one measurement ---------------------------------------------------------------------------

struct RunResult
{
    double value = 0; // messages per second, or microseconds per round trip
    long long elapsedNs = 0;
    long long snmp[SnmpFieldCount] = {};
    // [receiver, sender][user us, system us, voluntary switches, involuntary switches,
    // minor page faults]
    long long usage[2][UsageFields] = {};
};

const char *const UsageColumns[2 * UsageFields] = {
        "recv_user_us", "recv_sys_us", "recv_vcsw", "recv_ivcsw", "recv_minflt",
        "send_user_us", "send_sys_us", "send_vcsw", "send_ivcsw", "send_minflt",
};

std::vector<std::string> roleArgv(const std::vector<std::string> &wrap, const char *role,
                                  const Impl &impl, const Case &c, int count,
                                  const std::string &port)
{
    std::vector<std::string> argv = wrap;
    argv.insert(argv.end(),
                {selfPath, role, impl.key, c.test == Test::OneWay ? "oneway" : "pingpong",
                 std::to_string(c.size), std::to_string(count)});
    if (!port.empty())
        argv.push_back(port);
    return argv;
}

RunResult runPair(const Impl &impl, const Case &c, int count,
                  const std::vector<std::string> &wrapReceiver,
                  const std::vector<std::string> &wrapSender)
{
    const std::map<std::string, long long> before = readSnmp();

    Child receiver;
    receiver.start(roleArgv(wrapReceiver, "recv", impl, c, count, {}),
                   std::string("receiver ") + impl.key);
    const std::string port = splitWords(receiver.expect("PORT ", 60000)).at(0);
    Child sender;
    sender.start(roleArgv(wrapSender, "send", impl, c, count, port),
                 std::string("sender ") + impl.key);

    RunResult result;
    const int timeoutMs = int(WatchdogSeconds + 30) * 1000;
    if (c.test == Test::OneWay) {
        const std::vector<std::string> sent = splitWords(sender.expect("SEND ", timeoutMs));
        const std::vector<std::string> got = splitWords(receiver.expect("RECV ", timeoutMs));
        const long long start = std::stoll(sent.at(0));
        const int received = std::stoi(got.at(0));
        const long long bytes = std::stoll(got.at(1));
        const long long end = std::stoll(got.at(2));
        if (received != count || bytes != (long long)count * c.size) {
            fail("%s %s: %d messages, %lld bytes arrived, expected %d and %lld", impl.key, c.key,
                 received, bytes, count, (long long)count * c.size);
        }
        if (end <= start)
            fail("%s %s: the receiver finished before the sender started", impl.key, c.key);
        result.elapsedNs = end - start;
        result.value = double(count) * 1e9 / double(result.elapsedNs);
    } else {
        const std::vector<std::string> times = splitWords(sender.expect("RTT ", timeoutMs));
        const std::vector<std::string> echoed = splitWords(receiver.expect("ECHO ", timeoutMs));
        if (std::stoi(echoed.at(0)) != count
            || std::stoll(echoed.at(1)) != (long long)count * c.size)
            fail("%s %s: the server echoed %s messages, expected %d", impl.key, c.key,
                 echoed.at(0).c_str(), count);
        result.elapsedNs = std::stoll(times.at(1)) - std::stoll(times.at(0));
        result.value = double(result.elapsedNs) / 1000.0 / double(count);
    }
    // The usage line comes before the result line.
    const std::vector<long long> receiverUsage = receiver.usage();
    const std::vector<long long> senderUsage = sender.usage();
    for (size_t k = 0; k < UsageFields; ++k) {
        result.usage[0][k] = receiverUsage[k];
        result.usage[1][k] = senderUsage[k];
    }
    const int senderStatus = sender.wait();
    const int receiverStatus = receiver.wait();
    if (senderStatus != 0 || receiverStatus != 0)
        fail("%s %s: sender status %d, receiver status %d", impl.key, c.key, senderStatus,
             receiverStatus);

    const std::map<std::string, long long> after = readSnmp();
    for (int i = 0; i < SnmpFieldCount; ++i) {
        const auto a = after.find(SnmpFields[i]);
        const auto b = before.find(SnmpFields[i]);
        if (a == after.end() || b == before.end())
            fail("/proc/net/sctp/snmp has no %s", SnmpFields[i]);
        result.snmp[i] = a->second - b->second;
    }
    return result;
}

// One line per run: the figure, the snmp deltas, CPU time and sleeps per message.
std::string describe(const Impl &impl, const Case &c, int count, const RunResult &r)
{
    char text[512];
    const double n = count;
    std::snprintf(text, sizeof text,
                  "%-6s %-3s %6d  %9.1f %-5s %6.3f s | T3RtxExpireds %lld T3Retransmits %lld "
                  "FastRetransmits %lld InDataChunkDiscards %lld pkts/msg %.2f | cpu us/msg "
                  "send %.1f+%.1f recv %.1f+%.1f | sleeps/msg send %.2f recv %.2f | faults/msg "
                  "send %.2f recv %.2f%s",
                  impl.key, c.key, count, r.value, c.test == Test::OneWay ? "msg/s" : "us",
                  r.elapsedNs / 1e9, r.snmp[0], r.snmp[1], r.snmp[2], r.snmp[3], r.snmp[5] / n,
                  r.usage[1][0] / n, r.usage[1][1] / n, r.usage[0][0] / n, r.usage[0][1] / n,
                  r.usage[1][2] / n, r.usage[0][2] / n, r.usage[1][4] / n, r.usage[0][4] / n,
                  r.snmp[0] ? "  <-- RETRANSMISSION TIMEOUT" : "");
    return text;
}

int scaled(int count, double scale)
{
    return std::max(10, int(std::lround(count * scale)));
}

// --- measure -----------------------------------------------------------------------------------

int measure(int rounds, double scale, const std::string &outPath)
{
    FILE *out = outPath.empty() ? nullptr : std::fopen(outPath.c_str(), "w");
    if (!outPath.empty() && !out)
        fail("cannot write %s: %s", outPath.c_str(), std::strerror(errno));
    if (out) {
        std::fprintf(out, "round\timpl\tcase\tcount\tvalue\telapsed_ns");
        for (const char *field : SnmpFields)
            std::fprintf(out, "\t%s", field);
        for (const char *field : UsageColumns)
            std::fprintf(out, "\t%s", field);
        std::fprintf(out, "\n");
    }
    int timeouts = 0;
    const int64_t begin = monotonicNs();
    for (int round = 0; round < rounds; ++round) {
        for (const Case &c : Cases) {
            // Round robin, starting with a different implementation each round.
            for (int k = 0; k < ImplCount; ++k) {
                const Impl &impl = Impls[(k + round) % ImplCount];
                const int count = scaled(c.count, scale);
                const RunResult r = runPair(impl, c, count, {}, {});
                std::printf("round %d  %s\n", round + 1, describe(impl, c, count, r).c_str());
                std::fflush(stdout);
                timeouts += r.snmp[0] > 0;
                if (out) {
                    std::fprintf(out, "%d\t%s\t%s\t%d\t%.3f\t%lld", round + 1, impl.key, c.key,
                                 count, r.value, r.elapsedNs);
                    for (long long v : r.snmp)
                        std::fprintf(out, "\t%lld", v);
                    for (const auto &role : r.usage) {
                        for (long long v : role)
                            std::fprintf(out, "\t%lld", v);
                    }
                    std::fprintf(out, "\n");
                    std::fflush(out);
                }
            }
        }
    }
    if (out)
        std::fclose(out);
    std::printf("measure: %d rounds in %.1f s\n", rounds, (monotonicNs() - begin) / 1e9);
    if (timeouts) {
        std::printf("measure: %d runs saw a retransmission timeout (SctpT3RtxExpireds > 0)\n",
                    timeouts);
        return 3;
    }
    return 0;
}

// --- syscalls ----------------------------------------------------------------------------------

struct StraceCounts
{
    std::map<std::string, long long> calls;
    std::map<std::string, long long> errors;
};

// strace -c output: "% time seconds usecs/call calls [errors] syscall", a dashed line, a total.
StraceCounts readStrace(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        fail("no strace output in %s", path.c_str());
    StraceCounts counts;
    std::string line;
    while (std::getline(in, line)) {
        const std::vector<std::string> words = splitWords(line);
        if (words.size() < 5 || words[0] == "%" || words[0][0] == '-')
            continue;
        const std::string &name = words.back();
        if (name == "total")
            continue;
        counts.calls[name] += std::stoll(words[3]);
        if (words.size() >= 6)
            counts.errors[name] += std::stoll(words[4]);
    }
    if (counts.calls.empty())
        fail("%s: no syscalls counted", path.c_str());
    return counts;
}

// callgrind's output file: "summary: N" (or "totals: N") counts the instructions executed.
StraceCounts readCallgrind(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        fail("no callgrind output in %s", path.c_str());
    StraceCounts counts;
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("summary:", 0) == 0 || line.rfind("totals:", 0) == 0) {
            const std::vector<std::string> words = splitWords(line);
            if (words.size() >= 2)
                counts.calls["instructions"] = std::stoll(words[1]);
        }
    }
    if (counts.calls.empty())
        fail("%s: no instruction total", path.c_str());
    return counts;
}

enum class Tool {
    Strace, // syscalls per message, by name
    Callgrind, // user-space instructions per message
};

// Runs every implementation and case twice (with two message counts) with each role wrapped
// in the tool, and writes what one more message costs.
int countPass(Tool tool, const std::string &toolPath, double scale, const std::string &dir,
              const std::string &outPath)
{
    const char *const passName = tool == Tool::Strace ? "syscalls" : "instructions";
    FILE *out = outPath.empty() ? stdout : std::fopen(outPath.c_str(), "w");
    if (!out)
        fail("cannot write %s: %s", outPath.c_str(), std::strerror(errno));
    std::fprintf(out, "impl\tcase\trole\tsyscall\tcalls_per_msg\terrors_per_msg\n");
    const std::string base = dir.empty() ? std::string("/tmp") : dir;
    const char *const roles[] = {"recv", "send"};
    const int64_t begin = monotonicNs();
    for (const Case &c : Cases) {
        for (const Impl &impl : Impls) {
            const int small = scaled(c.syscallCount, scale);
            const int large = 2 * small;
            StraceCounts counts[2][2]; // [small, large][recv, send]
            for (int pass = 0; pass < 2; ++pass) {
                const int count = pass ? large : small;
                std::string files[2];
                std::vector<std::string> wraps[2];
                for (int role = 0; role < 2; ++role) {
                    files[role] = base + "/" + passName + "-" + impl.key + "-" + c.key + "-"
                            + roles[role] + "-" + std::to_string(count) + ".txt";
                    if (tool == Tool::Strace)
                        wraps[role] = {toolPath, "-f", "-c", "-o", files[role]};
                    else
                        wraps[role] = {toolPath, "-q", "--tool=callgrind",
                                       "--callgrind-out-file=" + files[role]};
                }
                const RunResult r = runPair(impl, c, count, wraps[0], wraps[1]);
                if (r.snmp[0])
                    std::printf("%s: %s %s: a retransmission timeout under %s\n", passName,
                                impl.key, c.key, toolPath.c_str());
                for (int role = 0; role < 2; ++role) {
                    counts[pass][role] = tool == Tool::Strace ? readStrace(files[role])
                                                              : readCallgrind(files[role]);
                }
            }
            // The difference between the two runs is what the extra messages cost: start-up,
            // connect and teardown cancel out.
            for (int role = 0; role < 2; ++role) {
                const StraceCounts &a = counts[0][role];
                const StraceCounts &b = counts[1][role];
                std::map<std::string, bool> names;
                for (const auto &entry : a.calls)
                    names[entry.first] = true;
                for (const auto &entry : b.calls)
                    names[entry.first] = true;
                for (const auto &entry : names) {
                    const std::string &name = entry.first;
                    auto get = [&name](const std::map<std::string, long long> &m) {
                        const auto it = m.find(name);
                        return it == m.end() ? 0LL : it->second;
                    };
                    const double perMessage
                            = double(get(b.calls) - get(a.calls)) / double(large - small);
                    const double errorsPerMessage
                            = double(get(b.errors) - get(a.errors)) / double(large - small);
                    if (std::fabs(perMessage) < 0.005 && std::fabs(errorsPerMessage) < 0.005)
                        continue;
                    std::fprintf(out, "%s\t%s\t%s\t%s\t%.3f\t%.3f\n", impl.key, c.key, roles[role],
                                 name.c_str(), perMessage, errorsPerMessage);
                }
            }
            std::fflush(out);
            std::printf("%s: %s %s done\n", passName, impl.key, c.key);
            std::fflush(stdout);
        }
    }
    if (out != stdout)
        std::fclose(out);
    std::printf("%s: done in %.1f s\n", passName, (monotonicNs() - begin) / 1e9);
    return 0;
}

// --- report ------------------------------------------------------------------------------------

std::vector<std::vector<std::string>> readTsv(const std::string &path,
                                              std::vector<std::string> *header)
{
    std::ifstream in(path);
    if (!in)
        fail("cannot read %s", path.c_str());
    std::vector<std::vector<std::string>> rows;
    std::string line;
    bool first = true;
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::istringstream fields(line);
        for (std::string cell; std::getline(fields, cell, '\t');)
            cells.push_back(cell);
        if (first) {
            *header = cells;
            first = false;
        } else if (!cells.empty()) {
            rows.push_back(cells);
        }
    }
    return rows;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

std::string format(const char *fmt, double value)
{
    char text[64];
    std::snprintf(text, sizeof text, fmt, value);
    return text;
}

std::string thousands(double value)
{
    std::string digits = std::to_string((long long)std::llround(value));
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(size_t(i), ",");
    return digits;
}

int report(const std::string &measurePath, const std::string &syscallsPath,
           const std::string &instructionsPath)
{
    std::vector<std::string> header;
    const auto rows = readTsv(measurePath, &header);
    auto column = [&header](const char *name) {
        const auto it = std::find(header.begin(), header.end(), name);
        if (it == header.end())
            fail("no column %s", name);
        return size_t(it - header.begin());
    };
    std::vector<double> values[ImplCount][CaseCount];
    std::map<int, double> byRound[ImplCount][CaseCount];
    // Per message: CPU microseconds and voluntary context switches, [receiver, sender].
    std::vector<double> cpu[ImplCount][CaseCount][2];
    std::vector<double> sleeps[ImplCount][CaseCount][2];
    long long snmp[ImplCount][CaseCount][SnmpFieldCount] = {};
    long long messages[ImplCount][CaseCount] = {};
    int rounds = 0;
    for (const auto &row : rows) {
        const int i = implIndex(row.at(column("impl")));
        const int c = caseIndex(row.at(column("case")));
        values[i][c].push_back(std::stod(row.at(column("value"))));
        byRound[i][c][std::stoi(row.at(column("round")))] = values[i][c].back();
        messages[i][c] += std::stoll(row.at(column("count")));
        for (int f = 0; f < SnmpFieldCount; ++f)
            snmp[i][c][f] += std::stoll(row.at(column(SnmpFields[f])));
        rounds = std::max(rounds, std::stoi(row.at(column("round"))));
        const double count = std::stod(row.at(column("count")));
        const char *const prefixes[2] = {"recv_", "send_"};
        for (int role = 0; role < 2; ++role) {
            const std::string p = prefixes[role];
            cpu[i][c][role].push_back((std::stod(row.at(column((p + "user_us").c_str())))
                                       + std::stod(row.at(column((p + "sys_us").c_str()))))
                                      / count);
            sleeps[i][c][role].push_back(std::stod(row.at(column((p + "vcsw").c_str()))) / count);
        }
    }

    std::printf("\n### Median of %d rounds (median ratio against the plain loop of the same "
                "round)\n\n",
                rounds);
    std::printf("| Implementation |");
    for (const Case &c : Cases)
        std::printf(" %s |", c.label);
    std::printf("\n|---|");
    for (int c = 0; c < CaseCount; ++c)
        std::printf("---:|");
    std::printf("\n");
    for (int i = 0; i < ImplCount; ++i) {
        std::printf("| %s |", Impls[i].label);
        for (int c = 0; c < CaseCount; ++c) {
            const double m = median(values[i][c]);
            // Against the plain loop of the same round: the host's load drifts between rounds.
            std::vector<double> ratios;
            for (const auto &entry : byRound[i][c]) {
                const auto plain = byRound[PlainIndex][c].find(entry.first);
                if (plain != byRound[PlainIndex][c].end() && plain->second > 0)
                    ratios.push_back(entry.second / plain->second);
            }
            const double ratio = median(ratios);
            if (Cases[c].test == Test::OneWay)
                std::printf(" %s (%.2fx) |", thousands(m).c_str(), ratio);
            else
                std::printf(" %s (%.2fx) |", format("%.0f", m).c_str(), ratio);
        }
        std::printf("\n");
    }
    std::printf("\nSpread (min-max over the rounds):\n\n");
    for (int i = 0; i < ImplCount; ++i) {
        std::printf("- %s:", Impls[i].key);
        for (int c = 0; c < CaseCount; ++c) {
            if (values[i][c].empty())
                continue;
            const auto mm = std::minmax_element(values[i][c].begin(), values[i][c].end());
            std::printf(" %s %s-%s%s", Cases[c].key, thousands(*mm.first).c_str(),
                        thousands(*mm.second).c_str(), c + 1 < CaseCount ? ";" : "");
        }
        std::printf("\n");
    }

    std::printf("\n### CPU time and sleeps per message (per round trip for RTT), medians\n\n");
    std::printf("Each cell: sender / receiver CPU microseconds (user + system, as the test "
                "kernel accounts them), then sender / receiver voluntary context switches.\n\n");
    std::printf("| Implementation |");
    for (const Case &c : Cases)
        std::printf(" %s |", c.key);
    std::printf("\n|---|");
    for (int c = 0; c < CaseCount; ++c)
        std::printf("---|");
    std::printf("\n");
    for (int i = 0; i < ImplCount; ++i) {
        std::printf("| %s |", Impls[i].key);
        for (int c = 0; c < CaseCount; ++c)
            std::printf(" %.0f / %.0f us, %.2f / %.2f sleeps |", median(cpu[i][c][1]),
                        median(cpu[i][c][0]), median(sleeps[i][c][1]), median(sleeps[i][c][0]));
        std::printf("\n");
    }

    std::printf("\n### /proc/net/sctp/snmp deltas, summed over all rounds\n\n");
    std::printf(
            "Each cell: SctpT3RtxExpireds / SctpT3Retransmits / SctpFastRetransmits / "
            "SctpInDataChunkDiscards, then SctpOutSCTPPacks per message (both directions).\n\n");
    std::printf("| Implementation |");
    for (const Case &c : Cases)
        std::printf(" %s |", c.key);
    std::printf("\n|---|");
    for (int c = 0; c < CaseCount; ++c)
        std::printf("---|");
    std::printf("\n");
    long long timeouts = 0;
    for (int i = 0; i < ImplCount; ++i) {
        std::printf("| %s |", Impls[i].key);
        for (int c = 0; c < CaseCount; ++c) {
            const long long *s = snmp[i][c];
            timeouts += s[0];
            std::printf(" %lld / %lld / %lld / %lld, %.2f pkt/msg |", s[0], s[1], s[2], s[3],
                        messages[i][c] ? double(s[5]) / double(messages[i][c]) : 0.0);
        }
        std::printf("\n");
    }
    if (timeouts)
        std::printf("\n**%lld retransmission timeouts: these figures are not valid.**\n", timeouts);

    if (!instructionsPath.empty()) {
        std::vector<std::string> instructionHeader;
        double instructions[ImplCount][CaseCount][2] = {};
        for (const auto &row : readTsv(instructionsPath, &instructionHeader)) {
            instructions[implIndex(row.at(0))][caseIndex(row.at(1))][row.at(2) == "send" ? 1 : 0]
                    += std::stod(row.at(4));
        }
        std::printf("\n### User-space instructions per message (callgrind; per round trip for "
                    "RTT): sender + receiver\n\n");
        std::printf("| Implementation |");
        for (const Case &c : Cases)
            std::printf(" %s |", c.key);
        std::printf("\n|---|");
        for (int c = 0; c < CaseCount; ++c)
            std::printf("---:|");
        std::printf("\n");
        for (int i = 0; i < ImplCount; ++i) {
            std::printf("| %s |", Impls[i].key);
            for (int c = 0; c < CaseCount; ++c) {
                const double *v = instructions[i][c];
                std::printf(" %s + %s = %s |", thousands(v[1]).c_str(), thousands(v[0]).c_str(),
                            thousands(v[0] + v[1]).c_str());
            }
            std::printf("\n");
        }
    }

    if (syscallsPath.empty())
        return timeouts ? 3 : 0;

    std::vector<std::string> sysHeader;
    const auto sysRows = readTsv(syscallsPath, &sysHeader);
    // [impl][case][role] -> total, and the per-syscall list
    double total[ImplCount][CaseCount][2] = {};
    std::vector<std::pair<double, std::string>> detail[ImplCount][CaseCount][2];
    for (const auto &row : sysRows) {
        const int i = implIndex(row.at(0));
        const int c = caseIndex(row.at(1));
        const int role = row.at(2) == "send" ? 1 : 0;
        const double perMessage = std::stod(row.at(4));
        const double errors = std::stod(row.at(5));
        total[i][c][role] += perMessage;
        std::string text = row.at(3) + " " + format("%.2f", perMessage);
        if (errors >= 0.005)
            text += " (" + format("%.2f", errors) + " failed)";
        detail[i][c][role].push_back({perMessage, text});
    }
    std::printf("\n### Syscalls per message (per round trip for RTT): sender + receiver\n\n");
    std::printf("| Implementation |");
    for (const Case &c : Cases)
        std::printf(" %s |", c.key);
    std::printf("\n|---|");
    for (int c = 0; c < CaseCount; ++c)
        std::printf("---:|");
    std::printf("\n");
    for (int i = 0; i < ImplCount; ++i) {
        std::printf("| %s |", Impls[i].key);
        for (int c = 0; c < CaseCount; ++c)
            std::printf(" %.2f + %.2f = %.2f |", total[i][c][1], total[i][c][0],
                        total[i][c][1] + total[i][c][0]);
        std::printf("\n");
    }
    std::printf("\nBy syscall (per message; \"failed\" counts EAGAIN and other errors):\n\n");
    for (int i = 0; i < ImplCount; ++i) {
        for (int c = 0; c < CaseCount; ++c) {
            for (int role = 1; role >= 0; --role) {
                auto &list = detail[i][c][role];
                std::sort(list.begin(), list.end(),
                          [](const auto &a, const auto &b) { return a.first > b.first; });
                std::printf("- %s %s %s:", Impls[i].key, Cases[c].key,
                            role ? "sender" : "receiver");
                for (size_t k = 0; k < list.size(); ++k)
                    std::printf("%s %s", k ? "," : "", list[k].second.c_str());
                std::printf("\n");
            }
        }
    }
    return timeouts ? 3 : 0;
}

// --- command line ------------------------------------------------------------------------------

[[noreturn]] void usage()
{
    std::fprintf(stderr,
                 "usage: qsctp-bench measure [--rounds N] [--scale F] [--out FILE]\n"
                 "       qsctp-bench syscalls [--strace PATH] [--scale F] [--dir DIR] "
                 "[--out FILE]\n"
                 "       qsctp-bench instructions [--valgrind PATH] [--scale F] [--dir DIR] "
                 "[--out FILE]\n"
                 "       qsctp-bench report MEASURE.tsv [SYSCALLS.tsv [INSTRUCTIONS.tsv]]\n"
                 "       qsctp-bench pair IMPL CASE COUNT [--wrap-recv CMD] [--wrap-send CMD]\n"
                 "IMPL: qtsctp, qt, plain, usrsctp; CASE: 64, 1k, 16k, rtt\n");
    std::exit(2);
}

int roleMain(int argc, char **argv)
{
    // recv|send IMPL oneway|pingpong SIZE COUNT [PORT]
    if (argc < 6)
        usage();
    const std::string role = argv[1];
    const std::string impl = argv[2];
    static std::string name = role + " " + impl;
    setRoleName(name.c_str());
    RoleArgs args;
    args.test = std::string(argv[3]) == "pingpong" ? Test::PingPong : Test::OneWay;
    args.size = std::atoi(argv[4]);
    args.count = std::atoi(argv[5]);
    if (role == "send") {
        if (argc < 7)
            usage();
        args.port = uint16_t(std::atoi(argv[6]));
    }
    if (args.size < MinimumSize || args.count < 1)
        fail("size must be at least %d and count at least 1", MinimumSize);
    ::alarm(WatchdogSeconds);
    ::signal(SIGPIPE, SIG_IGN);
    const bool send = role == "send";
    findImpl(impl);
    if (impl == "plain")
        return send ? plainSender(args) : plainReceiver(args);
    if (impl == "usrsctp") {
        // The same QtSctp code on the userspace engine. Two processes on one host need crossed
        // UDP encapsulation ports; the pairs of a run follow one another, so fixed ports do.
        ::setenv("QTSCTP_ENGINE", "usrsctp", 1);
        ::setenv("QTSCTP_USRSCTP_UDP_PORT", send ? "9912" : "9911", 1);
        ::setenv("QTSCTP_USRSCTP_REMOTE_UDP_PORT", send ? "9911" : "9912", 1);
    }
    if (impl == "qtsctp" || impl == "usrsctp")
        return send ? qtsctpSender(argc, argv, args) : qtsctpReceiver(argc, argv, args);
    return send ? qtnetworkSender(argc, argv, args) : qtnetworkReceiver(argc, argv, args);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2)
        usage();
    const std::string command = argv[1];
    if (command == "recv" || command == "send")
        return roleMain(argc, argv);

    char path[4096];
    const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0)
        fail("readlink(/proc/self/exe): %s", std::strerror(errno));
    selfPath.assign(path, size_t(n));

    std::map<std::string, std::string> options;
    std::vector<std::string> positional;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("--", 0) == 0) {
            if (i + 1 >= argc)
                usage();
            options[arg] = argv[++i];
        } else {
            positional.push_back(arg);
        }
    }
    auto option = [&options](const char *name, const char *fallback) {
        const auto it = options.find(name);
        return it == options.end() ? std::string(fallback) : it->second;
    };
    const double scale = std::stod(option("--scale", "1"));
    // The roles read the buffer sizes from the environment.
    if (options.count("--sndbuf"))
        ::setenv("QSCTP_BENCH_SNDBUF", options["--sndbuf"].c_str(), 1);
    if (options.count("--rcvbuf"))
        ::setenv("QSCTP_BENCH_RCVBUF", options["--rcvbuf"].c_str(), 1);

    if (command == "measure")
        return measure(std::stoi(option("--rounds", "5")), scale, option("--out", ""));
    if (command == "syscalls")
        return countPass(Tool::Strace, option("--strace", "strace"), scale, option("--dir", ""),
                         option("--out", ""));
    if (command == "instructions")
        return countPass(Tool::Callgrind, option("--valgrind", "valgrind"), scale,
                         option("--dir", ""), option("--out", ""));
    if (command == "report") {
        if (positional.empty())
            usage();
        return report(positional[0], positional.size() > 1 ? positional[1] : std::string(),
                      positional.size() > 2 ? positional[2] : std::string());
    }
    if (command == "pair") {
        if (positional.size() != 3)
            usage();
        const Impl &impl = *findImpl(positional[0]);
        const Case &c = *findCase(positional[1]);
        const int count = std::stoi(positional[2]);
        const RunResult r = runPair(impl, c, count, splitWords(option("--wrap-recv", "")),
                                    splitWords(option("--wrap-send", "")));
        std::printf("%s\n", describe(impl, c, count, r).c_str());
        return r.snmp[0] ? 3 : 0;
    }
    usage();
}
