// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "plotbuilder.h"
#include "sctpnames.h"
#include "timelineplot.h"

#include <QtCore/QtNumeric>
#include <QtGui/QHelpEvent>
#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtGui/QWheelEvent>
#include <QtWidgets/QToolTip>

#include <cmath>

using namespace QtSctp;

namespace {

constexpr int LeftMargin = 150; // band labels and y-axis numbers
constexpr int RightMargin = 12;
constexpr int PanelTitleHeight = 18;
constexpr int BandHeight = 14;
constexpr int BandGap = 3;
constexpr int EventLaneHeight = 20;
constexpr int AxisHeight = 20;
constexpr int LegendHeight = 20;

double niceStep(double range, int ticks)
{
    if (range <= 0)
        return 1;
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= factor * magnitude)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

QString shortNumber(double value)
{
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e9)
        return QStringLiteral("%1G").arg(value / 1e9, 0, 'g', 3);
    if (magnitude >= 1e6)
        return QStringLiteral("%1M").arg(value / 1e6, 0, 'g', 3);
    if (magnitude >= 1e4)
        return QStringLiteral("%1k").arg(value / 1e3, 0, 'g', 3);
    if (magnitude > 0 && magnitude < 10 && std::fabs(value - std::round(value)) > 1e-9)
        return QString::number(value, 'g', 2);
    return QString::number(qint64(std::llround(value)));
}

} // namespace

TimelinePlot::TimelinePlot(QWidget *parent)
    : QWidget(parent)
    , m_start(QDateTime::currentDateTimeUtc())
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TimelinePlot::setData(const PlotData &data)
{
    m_data = data;
    update();
}

void TimelinePlot::setStartTime(const QDateTime &start)
{
    m_start = start;
    update();
}

void TimelinePlot::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

QSize TimelinePlot::sizeHint() const
{
    return QSize(900, 560);
}

QSize TimelinePlot::minimumSizeHint() const
{
    return QSize(420, 260);
}

TimelinePlot::Layout TimelinePlot::computeLayout() const
{
    Layout layout;
    const QRect all = rect().adjusted(0, 4, 0, -2);
    const int left = all.left() + LeftMargin;
    const int width = qMax(10, all.width() - LeftMargin - RightMargin);
    const int bands = int(m_data.pathBands.size()) + 1;
    const int fixedHeight
            = bands * (BandHeight + BandGap) + EventLaneHeight + AxisHeight + LegendHeight + 8;
    const int panelCount = int(m_data.panels.size());
    const int panelSpace = qMax(0, all.height() - fixedHeight);
    const int panelHeight = panelCount > 0 ? panelSpace / panelCount : 0;

    int y = all.top();
    for (int i = 0; i < panelCount; ++i) {
        layout.panels.append(QRect(left, y, width, panelHeight));
        y += panelHeight;
    }
    y += 4;
    for (qsizetype i = 0; i < m_data.pathBands.size(); ++i) {
        layout.pathBands.append(QRect(left, y, width, BandHeight));
        y += BandHeight + BandGap;
    }
    layout.associationBand = QRect(left, y, width, BandHeight);
    y += BandHeight + BandGap;
    layout.eventLane = QRect(left, y, width, EventLaneHeight);
    y += EventLaneHeight;
    layout.axis = QRect(left, y, width, AxisHeight);
    y += AxisHeight + 4;
    layout.legend = QRect(all.left() + 8, y, all.width() - 16, LegendHeight);
    layout.plot = QRect(left, all.top(), width, y - all.top());
    return layout;
}

double TimelinePlot::xFor(qint64 time, const QRect &area) const
{
    const qint64 span = qMax<qint64>(1, m_data.to - m_data.from);
    return area.left() + double(time - m_data.from) * area.width() / span;
}

qint64 TimelinePlot::timeAt(int x, const QRect &area) const
{
    const qint64 span = qMax<qint64>(1, m_data.to - m_data.from);
    return m_data.from + qint64(double(x - area.left()) * span / qMax(1, area.width()));
}

QString TimelinePlot::timeText(qint64 time, bool withMsecs) const
{
    const QDateTime when = m_start.addMSecs(time).toLocalTime();
    return when.toString(withMsecs ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));
}

void TimelinePlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setPen(palette().text().color());
    if (m_data.panels.isEmpty() && m_data.pathBands.isEmpty() && m_data.associationBand.isEmpty()) {
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    const Layout layout = computeLayout();
    for (qsizetype i = 0; i < m_data.panels.size(); ++i)
        paintPanel(painter, m_data.panels.at(i), layout.panels.at(i));
    for (qsizetype i = 0; i < m_data.pathBands.size(); ++i) {
        const PlotData::PathBand &band = m_data.pathBands.at(i);
        paintBand(painter, layout.pathBands.at(i), band.label, band.color, band.segments, true);
    }
    paintBand(painter, layout.associationBand, tr("association"), palette().text().color(),
              m_data.associationBand, false);
    paintEvents(painter, layout);
    paintAxis(painter, layout.axis);
    paintLegend(painter, layout.legend);
}

void TimelinePlot::paintPanel(QPainter &painter, const PlotData::Panel &panel,
                              const QRect &rect) const
{
    const QColor text = palette().text().color();
    QColor grid = text;
    grid.setAlpha(40);
    const QRect chart = rect.adjusted(0, PanelTitleHeight, 0, -6);
    if (chart.height() < 10)
        return;

    double maximum = 0;
    for (const PlotData::Series &series : panel.series) {
        for (const QPointF &point : series.points) {
            if (!qIsNaN(point.y()))
                maximum = qMax(maximum, point.y());
        }
    }
    const double step = niceStep(maximum > 0 ? maximum : 1, 3);
    const double top = qMax(step, std::ceil(maximum / step) * step);

    // Title and legend.
    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(text);
    const QRect titleRect(rect.left(), rect.top(), rect.width(), PanelTitleHeight);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, panel.title);
    const int titleWidth = QFontMetrics(titleFont).horizontalAdvance(panel.title) + 16;
    painter.setFont(font());
    int x = titleRect.right();
    const QFontMetrics metrics(font());
    for (qsizetype i = panel.series.size() - 1; i >= 0; --i) {
        const PlotData::Series &series = panel.series.at(i);
        const int w = metrics.horizontalAdvance(series.label) + 22;
        if (x - w < titleRect.left() + titleWidth)
            break;
        x -= w;
        painter.fillRect(QRect(x, titleRect.center().y() - 2, 12, 4), series.color);
        painter.drawText(QRect(x + 16, titleRect.top(), w - 16, PanelTitleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, series.label);
    }

    // Grid and y labels.
    painter.setPen(grid);
    painter.drawRect(chart);
    for (double value = 0; value <= top + step / 2; value += step) {
        const int y = chart.bottom() - int(value / top * chart.height());
        painter.setPen(grid);
        painter.drawLine(chart.left(), y, chart.right(), y);
        painter.setPen(text);
        painter.drawText(QRect(chart.left() - 60, y - 8, 54, 16), Qt::AlignRight | Qt::AlignVCenter,
                         shortNumber(value));
    }

    // Lines, broken where a NaN says there was no data.
    painter.save();
    painter.setClipRect(chart.adjusted(0, -2, 0, 2));
    for (const PlotData::Series &series : panel.series) {
        QPainterPath path;
        bool drawing = false;
        for (const QPointF &point : series.points) {
            if (qIsNaN(point.y())) {
                drawing = false;
                continue;
            }
            const QPointF at(xFor(qint64(point.x()), chart),
                             chart.bottom() - point.y() / top * chart.height());
            if (drawing) {
                path.lineTo(at);
            } else {
                path.moveTo(at);
                drawing = true;
            }
        }
        painter.setPen(QPen(series.color, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
    painter.restore();
}

void TimelinePlot::paintBand(QPainter &painter, const QRect &rect, const QString &label,
                             const QColor &labelColor, const QList<PlotData::Segment> &segments,
                             bool pathStates) const
{
    const QFontMetrics metrics(font());
    painter.setPen(labelColor);
    const QRect labelRect(rect.left() - LeftMargin + 6, rect.top() - 2, LeftMargin - 12,
                          rect.height() + 4);
    painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                     metrics.elidedText(label, Qt::ElideMiddle, labelRect.width()));
    QColor frame = palette().text().color();
    frame.setAlpha(60);
    painter.setPen(frame);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
    for (const PlotData::Segment &segment : segments) {
        const double x1 = xFor(segment.from, rect);
        const double x2 = qMax(x1 + 1.0, xFor(segment.to, rect));
        const QRectF area(x1, rect.top(), x2 - x1, rect.height());
        const QColor color = pathStates
                ? PlotBuilder::pathStateColor(QSctpPeerAddressInfo::State(segment.state))
                : PlotBuilder::associationStateColor(QSctpAssociationStatus::State(segment.state));
        painter.fillRect(area, color);
        if (segment.primary) {
            // The primary path: a dark bar along the top of its band.
            painter.fillRect(QRectF(x1, rect.top(), x2 - x1, 4), QColor(0x212121));
        }
    }
}

void TimelinePlot::paintEvents(QPainter &painter, const Layout &layout) const
{
    const QRect lane = layout.eventLane;
    QColor frame = palette().text().color();
    frame.setAlpha(60);
    painter.setPen(frame);
    painter.drawRect(lane);
    painter.setPen(palette().text().color());
    const QRect labelRect(lane.left() - LeftMargin + 6, lane.top(), LeftMargin - 12, lane.height());
    painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, tr("events"));

    const int top = layout.panels.isEmpty() ? layout.associationBand.top()
                                            : layout.panels.first().top() + PanelTitleHeight;
    QFont small = font();
    small.setPointSizeF(qMax(6.0, small.pointSizeF() * 0.85));
    painter.setFont(small);
    const QFontMetrics metrics(small);
    double lastLabelEnd = -1e9;
    for (const TimelineEvent &event : m_data.events) {
        const double x = xFor(event.time, lane);
        QColor color = PlotBuilder::severityColor(event.severity, event.highlight);
        QColor line = color;
        line.setAlpha(event.highlight ? 200 : 90);
        painter.setPen(QPen(line, event.highlight ? 2.0 : 1.0, Qt::DashLine));
        painter.drawLine(QPointF(x, top), QPointF(x, lane.top()));
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const double size = event.highlight ? 7 : 5;
        QPolygonF marker;
        marker << QPointF(x - size, lane.top() + 2) << QPointF(x + size, lane.top() + 2)
               << QPointF(x, lane.top() + 2 + size * 1.6);
        painter.drawPolygon(marker);
        const QString label = event.code.isEmpty() ? event.kind : event.code;
        const int width = metrics.horizontalAdvance(label);
        if (x + 4 > lastLabelEnd && x + 4 + width < lane.right()) {
            painter.setPen(color);
            painter.drawText(QPointF(x + 4, lane.bottom() - 3), label);
            lastLabelEnd = x + 8 + width;
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.setFont(font());
}

void TimelinePlot::paintAxis(QPainter &painter, const QRect &rect) const
{
    painter.setPen(palette().text().color());
    const qint64 span = qMax<qint64>(1, m_data.to - m_data.from);
    // About one label per 110 pixels, on a round number of seconds or minutes.
    static const qint64 steps[]
            = {1000,   2000,   5000,    10000,   15000,   30000,    60000,    120000,  300000,
               600000, 900000, 1800000, 3600000, 7200000, 21600000, 43200000, 86400000};
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 candidate : steps) {
        if (double(candidate) / span * rect.width() >= 110) {
            step = candidate;
            break;
        }
    }
    // Ticks on round wall-clock times.
    const qint64 offset = m_start.toMSecsSinceEpoch() % step;
    qint64 tick = m_data.from - ((m_data.from + offset) % step + step) % step;
    if (tick < m_data.from)
        tick += step;
    const QFontMetrics metrics(font());
    for (; tick <= m_data.to; tick += step) {
        const int x = int(xFor(tick, rect));
        painter.drawLine(x, rect.top(), x, rect.top() + 4);
        const QString text = timeText(tick);
        const int w = metrics.horizontalAdvance(text);
        painter.drawText(QRect(x - w / 2 - 2, rect.top() + 4, w + 4, rect.height() - 4),
                         Qt::AlignCenter, text);
    }
}

void TimelinePlot::paintLegend(QPainter &painter, const QRect &rect) const
{
    struct Entry
    {
        QColor color;
        QString text;
        bool bar;
    };
    const QList<Entry> entries = {
            {PlotBuilder::pathStateColor(QSctpPeerAddressInfo::Active),
             SctpNames::pathStateName(QSctpPeerAddressInfo::Active), false},
            {PlotBuilder::pathStateColor(QSctpPeerAddressInfo::PotentiallyFailed),
             SctpNames::pathStateName(QSctpPeerAddressInfo::PotentiallyFailed), false},
            {PlotBuilder::pathStateColor(QSctpPeerAddressInfo::Inactive),
             SctpNames::pathStateName(QSctpPeerAddressInfo::Inactive), false},
            {PlotBuilder::pathStateColor(QSctpPeerAddressInfo::Unconfirmed),
             SctpNames::pathStateName(QSctpPeerAddressInfo::Unconfirmed), false},
            {QColor(0x212121), tr("primary path"), true},
            {PlotBuilder::associationStateColor(QSctpAssociationStatus::CookieWait),
             tr("connecting"), false},
            {PlotBuilder::associationStateColor(QSctpAssociationStatus::ShutdownSent),
             tr("shutting down"), false},
            {PlotBuilder::associationStateColor(QSctpAssociationStatus::Closed),
             SctpNames::associationStateName(QSctpAssociationStatus::Closed), false},
            {PlotBuilder::severityColor(TimelineEvent::Critical, false), tr("critical event"),
             false},
            {PlotBuilder::severityColor(TimelineEvent::Info, true), tr("restart"), false},
    };
    const QFontMetrics metrics(font());
    int x = rect.left();
    painter.setPen(palette().text().color());
    for (const Entry &entry : entries) {
        const int w = metrics.horizontalAdvance(entry.text) + 30;
        if (x + w > rect.right())
            break;
        const QRect swatch(x, rect.center().y() - 5, 16, 10);
        if (entry.bar)
            painter.fillRect(QRect(swatch.left(), swatch.top(), swatch.width(), 4), entry.color);
        else
            painter.fillRect(swatch, entry.color);
        painter.drawText(QRect(x + 20, rect.top(), w - 20, rect.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, entry.text);
        x += w;
    }
}

QString TimelinePlot::toolTipAt(const QPoint &position) const
{
    if (m_data.panels.isEmpty() && m_data.pathBands.isEmpty())
        return {};
    const Layout layout = computeLayout();
    if (position.x() < layout.plot.left() - 6 || position.x() > layout.plot.right() + 6)
        return {};

    // An event within a few pixels, anywhere on the vertical.
    const TimelineEvent *nearest = nullptr;
    double distance = 6;
    for (const TimelineEvent &event : m_data.events) {
        const double d = std::fabs(xFor(event.time, layout.eventLane) - position.x());
        if (d <= distance) {
            distance = d;
            nearest = &event;
        }
    }
    if (nearest) {
        QStringList lines;
        lines << QStringLiteral("%1  %2").arg(timeText(nearest->time, true), nearest->code);
        lines << nearest->summary;
        for (auto it = nearest->details.cbegin(); it != nearest->details.cend(); ++it) {
            const QString value = it.value().typeId() == QMetaType::QVariantList
                    ? it.value().toStringList().join(u", ")
                    : it.value().toString();
            lines << QStringLiteral("%1: %2").arg(it.key(), value);
        }
        return lines.join(u'\n');
    }

    const qint64 time = timeAt(position.x(), layout.plot);
    auto segmentAt = [time](const QList<PlotData::Segment> &segments) -> const PlotData::Segment * {
        for (const PlotData::Segment &segment : segments) {
            if (time >= segment.from && time <= segment.to)
                return &segment;
        }
        return nullptr;
    };
    for (qsizetype i = 0; i < layout.pathBands.size(); ++i) {
        if (!layout.pathBands.at(i).adjusted(-LeftMargin, 0, 0, 0).contains(position))
            continue;
        const PlotData::PathBand &band = m_data.pathBands.at(i);
        if (const PlotData::Segment *segment = segmentAt(band.segments)) {
            const QString state
                    = SctpNames::pathStateName(QSctpPeerAddressInfo::State(segment->state));
            return segment->primary
                    ? tr("%1 at %2: %3, primary path").arg(band.label, timeText(time), state)
                    : tr("%1 at %2: %3").arg(band.label, timeText(time), state);
        }
        return band.label;
    }
    if (layout.associationBand.adjusted(-LeftMargin, 0, 0, 0).contains(position)) {
        if (const PlotData::Segment *segment = segmentAt(m_data.associationBand)) {
            return tr("Association at %1: %2")
                    .arg(timeText(time),
                         SctpNames::associationStateName(
                                 QSctpAssociationStatus::State(segment->state)));
        }
        return {};
    }
    for (qsizetype i = 0; i < layout.panels.size(); ++i) {
        if (!layout.panels.at(i).contains(position))
            continue;
        const PlotData::Panel &panel = m_data.panels.at(i);
        QStringList lines;
        lines << QStringLiteral("%1  %2").arg(panel.title, timeText(time));
        for (const PlotData::Series &series : panel.series) {
            // The last point at or before the time under the mouse.
            const QPointF *found = nullptr;
            for (const QPointF &point : series.points) {
                if (point.x() > time)
                    break;
                found = &point;
            }
            if (found && !qIsNaN(found->y()))
                lines << QStringLiteral("%1: %2").arg(series.label, shortNumber(found->y()));
        }
        return lines.join(u'\n');
    }
    return {};
}

bool TimelinePlot::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

QPair<qint64, qint64> TimelinePlot::zoomedRange(qint64 from, qint64 to, qint64 anchor,
                                                double factor)
{
    const qint64 span = qMax<qint64>(1, to - from);
    const qint64 newSpan = qMax(MinimumSpan, qint64(std::llround(double(span) * factor)));
    anchor = qBound(from, anchor, to);
    // The anchor stays at the same fraction of the width.
    const double fraction = double(anchor - from) / double(span);
    const qint64 newFrom = anchor - qint64(std::llround(fraction * double(newSpan)));
    return {newFrom, newFrom + newSpan};
}

QPair<qint64, qint64> TimelinePlot::scrolledRange(qint64 from, qint64 to, qint64 delta)
{
    return {from + delta, to + delta};
}

void TimelinePlot::wheelEvent(QWheelEvent *event)
{
    if (!hasRange()) {
        QWidget::wheelEvent(event);
        return;
    }
    const QRect area = computeLayout().plot;
    const QPoint angle = event->angleDelta();
    const qint64 span = m_data.to - m_data.from;
    // A tilt wheel scrolls, and Shift turns the wheel into one (as in most plot tools; some
    // systems swap the axes for Shift themselves). Eighth degrees: 120 a notch, a tenth of the
    // range per notch.
    const int horizontal = angle.x() != 0              ? angle.x()
            : (event->modifiers() & Qt::ShiftModifier) ? angle.y()
                                                       : 0;
    if (horizontal != 0) {
        const auto range = scrolledRange(m_data.from, m_data.to, -span * horizontal / 1200);
        emit rangeRequested(range.first, range.second);
    } else if (angle.y() != 0) {
        const qint64 anchor = timeAt(int(event->position().x()), area);
        const double factor = std::pow(0.8, angle.y() / 120.0);
        const auto range = zoomedRange(m_data.from, m_data.to, anchor, factor);
        emit rangeRequested(range.first, range.second);
    }
    event->accept();
}

void TimelinePlot::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && hasRange()
        && computeLayout().plot.contains(event->position().toPoint())) {
        m_dragX = int(event->position().x());
        m_dragFrom = m_data.from;
        m_dragTo = m_data.to;
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void TimelinePlot::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragX < 0) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    const int width = qMax(1, computeLayout().plot.width());
    const qint64 delta = qint64(double(m_dragX - event->position().x())
                                * double(m_dragTo - m_dragFrom) / width);
    if (delta != 0) {
        const auto range = scrolledRange(m_dragFrom, m_dragTo, delta);
        emit rangeRequested(range.first, range.second);
    }
    event->accept();
}

void TimelinePlot::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragX >= 0 && event->button() == Qt::LeftButton) {
        m_dragX = -1;
        unsetCursor();
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void TimelinePlot::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragX = -1;
        unsetCursor();
        emit followRequested();
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}
