// The one stylesheet both views carry. Lanes take the Okabe–Ito palette,
// which stays distinct for colour-blind readers; `blocks` links use a red that
// no lane uses. Structure is grey so that events and links carry the ink.
#include <fmt/format.h>

#include "render/svg_writer.hpp"

namespace timegraph::render {

namespace {


// Okabe–Ito without vermillion (kept apart from the blocks red), darkened
// where needed for contrast on white; the last entry is the no-lane lane.
constexpr LaneColours kLanes[] = {
    {"#0072B2", "#E3F0F8"}, {"#B87D00", "#FBF1DC"}, {"#009E73", "#DFF3EC"}, {"#B5558F", "#F7E6F0"},
    {"#3A8FC4", "#E6F2FA"}, {"#7A6A00", "#F4F1D6"}, {"#555555", "#EEEEEE"}, {"#777777", "#F2F2F2"},
};

std::string build() {
    std::string css =
        ".tg{font-family:'DejaVu Sans',Verdana,sans-serif}"
        ".tg-bg{fill:#ffffff}"
        ".tg-title{font-size:20px;font-weight:bold;fill:#111111}"
        ".tg-subtitle{font-size:14px;fill:#444444}"
        ".tg-credit{font-size:10px;fill:#595959}"
        ".tg-legend{font-size:11px;fill:#333333}"
        ".tg-date{font-size:11px;fill:#595959}"
        ".tg-label{font-size:12px;fill:#111111}"
        ".tg-lane-name{font-size:12px;font-weight:bold;fill:#333333}"
        ".tg-band{fill:#f5f5f2}"
        ".tg-band.odd{fill:#ffffff}"
        ".tg-grid{stroke:#e2e2e2;stroke-width:1;fill:none}"
        ".tg-axis{stroke:#999999;stroke-width:1;fill:none}"
        ".tg-tick{font-size:11px;fill:#555555}"
        ".tg-break{stroke:#888888;stroke-width:1.2;fill:none}"
        ".tg-break-gap{fill:#ffffff}"
        ".tg-leader{stroke:#b0b0b0;stroke-width:1;fill:none}"
        ".tg-link{fill:none;stroke:#555555;stroke-width:1.3}"
        ".tg-quiet .tg-link-group{display:none}"
        ".tg-link.enables{stroke-dasharray:5 3}"
        ".tg-link.blocks{stroke:#C8102E}"
        ".tg-link-label{font-size:10px;font-style:italic;fill:#444444;paint-order:stroke;stroke:#ffffff;"
        "stroke-width:3px;stroke-linejoin:round}"
        ".tg-head{fill:#555555}"
        ".tg-bar-head{stroke:#C8102E;stroke-width:2.5;fill:none}"
        ".tg-node{fill:#ffffff;stroke:#999999;stroke-width:1.5}"
        ".tg-dot{fill:#777777;stroke:#ffffff;stroke-width:1}"
        ".tg-bar{fill:#777777}"
        // Translucency by fill and stroke opacity, never `opacity`: each element
        // with `opacity` is a compositing effect of its own, and thousands of
        // them made a browser's every frame of a 10,000-event page 8 ms slower.
        ".tg-fuzzy{fill-opacity:0.3}"
        ".expected .tg-node,.expected .tg-dot,.expected .tg-bar{fill:#ffffff;stroke-dasharray:3 2;stroke-width:1.5}"
        ".tg-hidden{display:none}"
        // --- timeline view (layout/timeline.cpp) ---
        // Labels sit over link curves on a ground of their band's colour (.tg-band).
        ".tg-label-bg{fill:#f5f5f2}"
        ".tg-label-bg.odd{fill:#ffffff}"
        ".tg-tick.tg-context{fill:#333333}"
        // Labels the page reveals as it zooms (label_tiers.hpp): 12 px once zoomed by their tier.
        ".tg-tier{display:none}"
        ".tg-label.tg-tier-2{font-size:6px}"
        ".tg-label.tg-tier-4{font-size:3px}"
        ".tg-label.tg-tier-8{font-size:1.5px}"
        ".tg-leader.tg-tier-2{stroke-width:0.5}"
        ".tg-leader.tg-tier-4{stroke-width:0.25}"
        ".tg-leader.tg-tier-8{stroke-width:0.125}"
        ".tg-axis.tg-squeezed{stroke-dasharray:1 3;stroke-width:1.5}"
        ".tg-note{font-size:11px;font-style:italic;fill:#595959}"
        ".uncertain .tg-dot,.uncertain .tg-bar{fill-opacity:0.6;stroke-opacity:0.6}"
        ".uncertain .tg-bar.tg-fuzzy{fill-opacity:0.18}"
        ".expected .tg-bar.tg-fuzzy{fill-opacity:1;stroke-opacity:1}"
        ".tg-key.expected .tg-dot{stroke:#777777}"
        // --- end timeline view ---
        ;
    for (std::size_t i = 0; i < std::size(kLanes); ++i) {
        const auto& c = kLanes[i];
        css += fmt::format(".lane-{0} .tg-node{{fill:{1};stroke:{2}}}"
                           ".lane-{0} .tg-dot,.lane-{0} .tg-bar,.tg-swatch.lane-{0}{{fill:{2}}}"
                           ".expected.lane-{0} .tg-dot,.expected.lane-{0} .tg-bar{{fill:#ffffff;stroke:{2}}}",
                           i, c.tint, c.stroke);
    }
    return css;
}

}  // namespace

const std::string& stylesheet() {
    static const std::string css = build();
    return css;
}

// Lane classes cycle through the palette; the last colour is for events without a lane.
namespace {

constexpr int kCycle = static_cast<int>(std::size(kLanes)) - 1;

int lane_slot(int lane_index, bool no_lane) { return no_lane ? kCycle : lane_index % kCycle; }

}  // namespace

std::string lane_class(int lane_index, bool no_lane) { return fmt::format("lane-{}", lane_slot(lane_index, no_lane)); }

LaneColours lane_colours(int lane_index, bool no_lane) {
    return kLanes[static_cast<std::size_t>(lane_slot(lane_index, no_lane))];
}

}  // namespace timegraph::render
