// The one time scale: maps a minute count to x for every view. The default
// compressed scale cuts long empty gaps out of the axis (each becomes a
// fixed-width break), so that dense stretches get room; axis ticks are chosen
// per segment at a unit that leaves their labels readable.
#pragma once

#include <string>
#include <vector>

#include "model/date.hpp"
#include "style/style.hpp"

namespace timegraph::timescale {

using model::Minutes;

enum class ScaleKind { compressed, linear };

// A closed interval of time, as an event denotes it.
struct TimeSpan {
    Minutes lo = 0, hi = 0;
    bool point = false;  // drawn as one marker at its middle (a day, a minute), not as a bar
    int track = 0;       // markers crowd only markers of the same track (a lane)
};

// One straight piece of the axis: [t0, t1] maps linearly onto [x0, x1].
struct ScaleSegment {
    Minutes t0 = 0, t1 = 0;
    double x0 = 0, x1 = 0;
    Minutes c0 = 0, c1 = 0;  // what the events occupy, without the padding
};

// The stretch between two segments. An empty one is time left out of the
// axis, drawn as a zig-zag; one that events span (only bars pass through it)
// is squeezed into a few pixels, drawn as a dotted axis.
struct AxisBreak {
    Minutes t0 = 0, t1 = 0;
    double x0 = 0, x1 = 0;
    bool empty = true;
};

struct ScaleOptions {
    ScaleKind kind = ScaleKind::compressed;
    double x0 = 0, x1 = 1000;      // the pixel range of the axis
    double break_width = 24;       // px taken by one break
    double squeeze_width = 32;     // px taken by one squeezed stretch
    double min_marker_gap = 14;    // px wanted between distinct markers of a track
    double min_segment_width = 72; // px, room for at least one tick label
    double segment_pad = 12;       // px between a segment's edge and its first event
};

class TimeScale {
public:
    // Fits a scale to event spans. `domain` bounds the axis: spans are clipped
    // to it, and its ends are kept on the axis. Linear: one segment. Compressed:
    // long empty gaps become breaks, and where markers crowd, long stretches
    // that only bars span are squeezed, so that the crowd gets room.
    static TimeScale fit(std::vector<TimeSpan> spans, TimeSpan domain, const ScaleOptions& options);

    // x of a minute: increasing within a segment, never decreasing overall;
    // between segments it runs linearly across the break or squeezed stretch.
    double x(Minutes t) const;
    const std::vector<ScaleSegment>& segments() const { return segments_; }
    std::vector<AxisBreak> breaks() const;
    double x0() const { return options_.x0; }
    double x1() const { return options_.x1; }
    ScaleKind kind() const { return options_.kind; }

private:
    std::vector<ScaleSegment> segments_;
    std::vector<char> empty_;  // per stretch between segments: a break (1) or squeezed (0)
    ScaleOptions options_;
};

// One labelled tick of the axis.
struct Tick {
    Minutes t = 0;
    double x = 0;
    std::string label;  // drawn starting just right of the tick: "26", "Nov", "2019"
    double label_width = 0;
    std::string context;  // above the label where it changes: "Jan 2024" over days; "" for none
    double context_width = 0;
    // False for a label that names the period a narrow segment lies in
    // without a round instant inside it to mark: drawn without tick or gridline.
    bool mark = true;
};

struct TickStyle {
    double font_px = style::kTick.px;
    double label_offset = 3;  // px from the tick to the start of its label
    double min_gap = 8;       // px between neighbouring labels
    double end_allowance = 0; // px a label may run past the end of the axis
    double extent = 0;        // > 0: what each label takes along the axis (an upright axis: a line's height), not its width
};

// Ticks for every segment at the finest readable unit (5 minutes up to
// ten millennia), in two rows: short labels, and above them their context.
// Every marked tick lies on a round instant of its unit: minutes on a
// multiple of 5, hours on the hour, days at midnight, months on the 1st,
// years on 1 January. A context is shown once per stretch it names: never
// again beside itself. Labels in a row never overlap, and a label stays
// within its segment (or half the break beside it).
std::vector<Tick> axis_ticks(const TimeScale& scale, const TickStyle& style = {});

}  // namespace timegraph::timescale
