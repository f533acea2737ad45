// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// What the multistream server and client agree on: one SCTP stream per kind of content. Each
// message carries its stream id, so neither side keeps a "current channel" of any kind.
#ifndef QSCTP_EXAMPLE_MULTISTREAM_H
#define QSCTP_EXAMPLE_MULTISTREAM_H

#include <QtCore/QtGlobal>

namespace Multistream {

enum Stream : quint16 {
    TimeStream = 0, // the server's clock, as text, once per tick
    ChatStream = 1, // chat lines, from any client to all of them
    ImageStream = 2, // small generated PNG images, once per tick
    StreamCount = 3,
};

// Registered PPIDs (IANA): WebRTC String for UTF-8 text, WebRTC Binary for the images.
constexpr quint32 TextPpid = 51;
constexpr quint32 BinaryPpid = 53;

} // namespace Multistream

#endif // QSCTP_EXAMPLE_MULTISTREAM_H
