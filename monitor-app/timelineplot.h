// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_TIMELINEPLOT_H
#define QTSCTP_MONITOR_TIMELINEPLOT_H

#include "plotdata.h"

#include <QtCore/QDateTime>
#include <QtWidgets/QWidget>

// Paints PlotData with QPainter: one panel per metric with a line per path (or per flow), a
// state band per path with the primary marked, the association's state, and the events as
// markers on the same time axis. Hovering shows an event's decoded details.
//
// The wheel zooms the time axis around the pointer, Shift+wheel and dragging scroll it, a
// double-click asks to follow the live window again. The plot only asks (rangeRequested,
// followRequested): the view that builds its data decides.
class TimelinePlot : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePlot(QWidget *parent = nullptr);

    // The shortest range zooming goes down to, in milliseconds.
    static constexpr qint64 MinimumSpan = 1000;
    // Pure: [from, to] scaled by factor (below 1 zooms in) with anchor kept in its place.
    static QPair<qint64, qint64> zoomedRange(qint64 from, qint64 to, qint64 anchor, double factor);
    // Pure: [from, to] moved by delta milliseconds.
    static QPair<qint64, qint64> scrolledRange(qint64 from, qint64 to, qint64 delta);

    void setData(const PlotData &data);
    const PlotData &data() const { return m_data; }
    // The wall-clock time of 0 on the time axis.
    void setStartTime(const QDateTime &start);
    // Shown instead of a plot while there is nothing to draw.
    void setPlaceholderText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The text of the tooltip at a point (empty where there is none), for tests too.
    QString toolTipAt(const QPoint &position) const;

Q_SIGNALS:
    void rangeRequested(qint64 from, qint64 to);
    void followRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    struct Layout
    {
        QRect plot; // the horizontal extent of the time axis, full height
        QList<QRect> panels;
        QList<QRect> pathBands;
        QRect associationBand;
        QRect eventLane;
        QRect axis;
        QRect legend;
    };
    Layout computeLayout() const;
    double xFor(qint64 time, const QRect &area) const;
    qint64 timeAt(int x, const QRect &area) const;
    QString timeText(qint64 time, bool withMsecs = false) const;
    void paintPanel(QPainter &painter, const PlotData::Panel &panel, const QRect &rect) const;
    void paintBand(QPainter &painter, const QRect &rect, const QString &label,
                   const QColor &labelColor, const QList<PlotData::Segment> &segments,
                   bool pathStates) const;
    void paintEvents(QPainter &painter, const Layout &layout) const;
    void paintAxis(QPainter &painter, const QRect &rect) const;
    void paintLegend(QPainter &painter, const QRect &rect) const;

    bool hasRange() const { return m_data.to > m_data.from && !m_data.panels.isEmpty(); }

    PlotData m_data;
    QDateTime m_start;
    QString m_placeholder;
    // A drag in progress: where it started and the range then.
    int m_dragX = -1;
    qint64 m_dragFrom = 0;
    qint64 m_dragTo = 0;
};

#endif // QTSCTP_MONITOR_TIMELINEPLOT_H
