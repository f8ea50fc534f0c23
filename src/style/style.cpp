#include "style/style.hpp"

#include <fmt/format.h>

namespace timegraph::style {

namespace {

int lane_slot(int lane_index, bool no_lane) { return no_lane ? kLaneColours : lane_index % kLaneColours; }

}  // namespace

std::string lane_slot_class(std::size_t slot) { return fmt::format("lane-{}", slot); }

Mark lane_mark(int lane_index, bool no_lane) {
    return no_lane ? Mark::circle : static_cast<Mark>((lane_index / kLaneColours) % kMarks);
}

std::string mark_class(Mark m) { return m == Mark::circle ? "" : fmt::format("tg-mark-{}", static_cast<int>(m)); }

std::string lane_class(int lane_index, bool no_lane) {
    std::string c = lane_slot_class(static_cast<std::size_t>(lane_slot(lane_index, no_lane)));
    Mark m = lane_mark(lane_index, no_lane);
    return m == Mark::circle ? c : classes({c, mark_class(m)});
}

LaneColours lane_colours(int lane_index, bool no_lane) {
    return kLanes[static_cast<std::size_t>(lane_slot(lane_index, no_lane))];
}

std::string tier_class(int zoom) { return fmt::format("tg-tier-{}", zoom); }

std::string classes(std::initializer_list<std::string_view> names) {
    std::string out;
    for (auto n : names) {
        if (!out.empty()) out += ' ';
        out += n;
    }
    return out;
}

bool has_class(std::string_view list, std::string_view name) {
    while (!list.empty()) {
        auto space = list.find(' ');
        if (list.substr(0, space) == name) return true;
        if (space == std::string_view::npos) break;
        list.remove_prefix(space + 1);
    }
    return false;
}

}  // namespace timegraph::style
