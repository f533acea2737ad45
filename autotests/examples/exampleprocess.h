// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// Runs an example program as a user would and waits for what it prints: every wait has a
// deadline and ends as soon as the line is there (no fixed sleeps).
#ifndef QTSCTP_EXAMPLEPROCESS_H
#define QTSCTP_EXAMPLEPROCESS_H

#include <QtCore/QDeadlineTimer>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QStringList>

#include <memory>

namespace ExampleTest {

constexpr int Timeout = 20000;

class ExampleProcess
{
public:
    explicit ExampleProcess(const QString &program, const QStringList &arguments = {},
                            const QStringList &environment = {})
        : m_program(program)
        , m_arguments(arguments)
    {
        if (!environment.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const QString &entry : environment)
                env.insert(entry.section(QLatin1Char('='), 0, 0),
                           entry.section(QLatin1Char('='), 1));
            m_process.setProcessEnvironment(env);
        }
    }
    ~ExampleProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    ExampleProcess(const ExampleProcess &) = delete;
    ExampleProcess &operator=(const ExampleProcess &) = delete;

    bool start()
    {
        m_process.start(m_program, m_arguments);
        return m_process.waitForStarted(Timeout);
    }
    QProcess &process() { return m_process; }

    // Waits until stdout has a line matching pattern after the lines already matched by
    // earlier calls (so a sequence of calls checks an order). The match goes to *match.
    bool waitForLine(const QString &pattern, int msecs = Timeout,
                     QRegularExpressionMatch *match = nullptr)
    {
        const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
        const QDeadlineTimer deadline(msecs);
        for (;;) {
            collect();
            const QRegularExpressionMatch m = re.match(m_stdout, m_cursor);
            // Only whole lines: the line must have its newline already.
            if (m.hasMatch()) {
                const qsizetype end = m_stdout.indexOf(QLatin1Char('\n'), m.capturedEnd());
                if (end >= 0) {
                    m_cursor = end + 1;
                    if (match)
                        *match = m;
                    return true;
                }
            }
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
                if (m_process.state() == QProcess::NotRunning) {
                    collect();
                    const QRegularExpressionMatch last = re.match(m_stdout, m_cursor);
                    if (last.hasMatch()) {
                        m_cursor = m_stdout.size();
                        if (match)
                            *match = last;
                        return true;
                    }
                }
                return false;
            }
            m_process.waitForReadyRead(
                    int(qBound(qint64(1), deadline.remainingTime(), qint64(1000))));
        }
    }

    // Waits for the program to end; true when it exited on its own within msecs.
    bool waitForFinished(int msecs = Timeout)
    {
        const bool finished
                = m_process.state() == QProcess::NotRunning || m_process.waitForFinished(msecs);
        collect();
        return finished && m_process.exitStatus() == QProcess::NormalExit;
    }
    int exitCode() const { return m_process.exitCode(); }

    QString output()
    {
        collect();
        return m_stdout;
    }
    QString errors()
    {
        collect();
        return m_stderr;
    }
    // Every stdout line matching pattern, from the start.
    QList<QRegularExpressionMatch> allMatches(const QString &pattern)
    {
        collect();
        QList<QRegularExpressionMatch> result;
        QRegularExpressionMatchIterator it
                = QRegularExpression(pattern, QRegularExpression::MultilineOption)
                          .globalMatch(m_stdout);
        while (it.hasNext())
            result.append(it.next());
        return result;
    }

    // For failure messages: what ran and everything it printed.
    QString describe()
    {
        collect();
        return QStringLiteral("%1 %2 (state %3, exit %4)\n--- stdout:\n%5--- stderr:\n%6")
                .arg(m_program, m_arguments.join(QLatin1Char(' ')))
                .arg(int(m_process.state()))
                .arg(m_process.exitCode())
                .arg(m_stdout, m_stderr);
    }

private:
    void collect()
    {
        m_stdout += QString::fromUtf8(m_process.readAllStandardOutput());
        m_stderr += QString::fromUtf8(m_process.readAllStandardError());
    }

    QString m_program;
    QStringList m_arguments;
    QProcess m_process;
    QString m_stdout;
    QString m_stderr;
    qsizetype m_cursor = 0;
};

// Runs program with arguments to its end and returns it (for --help and bad command lines).
inline std::unique_ptr<ExampleProcess> run(const QString &program, const QStringList &arguments,
                                           const QStringList &environment = {})
{
    auto p = std::make_unique<ExampleProcess>(program, arguments, environment);
    if (p->start())
        p->waitForFinished();
    return p;
}

} // namespace ExampleTest

// Fails (returning from the test function) unless p prints a line matching pattern in time.
#define EXPECT_LINE(p, pattern) \
    QVERIFY2((p).waitForLine(QStringLiteral(pattern)), \
             qPrintable(QStringLiteral("no line matching /%1/ from ").arg(QStringLiteral(pattern)) \
                        + (p).describe()))

#endif // QTSCTP_EXAMPLEPROCESS_H
