// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// libFuzzer target for the monitor's sctp_diag decoder (monitor-app/sctpdiagparser.cpp): the
// bytes of one netlink datagram, as recv() on a NETLINK_SOCK_DIAG socket gives them. The seeds
// in corpus/fuzz_sctpdiag are real replies of a test kernel (IPv4 and IPv6 associations and
// listeners). Each input is decoded as a whole datagram and, past a netlink header's worth,
// as one message payload, so that the attribute walk is reached without valid framing.

#include "sctpdiagparser.h"

#include <cstddef>
#include <cstdint>

namespace {

// Keeps the optimizer from dropping what the decoder returned.
volatile std::size_t g_sink = 0;

void consume(const SctpDiagRecord &record)
{
    g_sink = g_sink + record.localAddresses.size() + record.peerAddresses.size()
            + record.localAddress.size() + record.peerAddress.size()
            + record.info.primaryAddress.size() + std::size_t(record.ignoredAttributes);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const SctpDiagParser::Batch batch = SctpDiagParser::parseDatagram(bytes);
    for (const SctpDiagRecord &record : batch.records)
        consume(record);
    g_sink = g_sink + std::size_t(batch.error.size() + batch.warnings.size());

    constexpr qsizetype NetlinkHeaderSize = 16;
    if (bytes.size() > NetlinkHeaderSize) {
        SctpDiagRecord record;
        QString error;
        if (SctpDiagParser::parseMessage(bytes.sliced(NetlinkHeaderSize), &record, &error))
            consume(record);
        g_sink = g_sink + std::size_t(error.size());
    }
    return 0;
}
