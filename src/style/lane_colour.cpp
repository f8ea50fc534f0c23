#include "style/lane_colour.hpp"

#include <array>
#include <cmath>

#include <fmt/format.h>

#include "style/style.hpp"

namespace timegraph::style {

namespace {

// The three channels of "#RRGGBB", 0-255.
std::array<int, 3> channels(std::string_view c) {
    std::array<int, 3> out{};
    for (std::size_t i = 0; i < 3 && 1 + 2 * i + 2 <= c.size(); ++i)
        out[i] = std::stoi(std::string(c.substr(1 + 2 * i, 2)), nullptr, 16);
    return out;
}

double luminance(std::string_view c) {
    double l = 0;
    const double weights[] = {0.2126, 0.7152, 0.0722};
    auto ch = channels(c);
    for (std::size_t i = 0; i < 3; ++i) {
        double v = ch[i] / 255.0;
        v = v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        l += weights[i] * v;
    }
    return l;
}

// How much of the colour a tint keeps: the palette's tints are about this faint.
constexpr double kTintShare = 0.12;

}  // namespace

double contrast_ratio(std::string_view a, std::string_view b) {
    double la = luminance(a), lb = luminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

std::string tint_of(std::string_view colour) {
    auto ch = channels(colour);
    std::string out = "#";
    for (int v : ch) out += fmt::format("{:02X}", static_cast<int>(std::lround(255 - (255 - v) * kTintShare)));
    return out;
}

std::string lane_class(const model::Document& doc, int lane_index, bool no_lane) {
    if (!no_lane && lane_index >= 0 && static_cast<std::size_t>(lane_index) < doc.lanes.size() &&
        !doc.lanes[static_cast<std::size_t>(lane_index)].colour.empty())
        return fmt::format("tg-own-{}", lane_index);
    return lane_class(lane_index, no_lane);
}

std::vector<std::pair<std::string, std::string>> own_lane_colours(const model::Document& doc) {
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t i = 0; i < doc.lanes.size(); ++i)
        if (!doc.lanes[i].colour.empty()) out.emplace_back(lane_class(doc, static_cast<int>(i), false), doc.lanes[i].colour);
    return out;
}

void check_lane_colours(const model::Document& doc, core::Diagnostics& diagnostics) {
    const std::pair<const char*, const char*> themes[] = {{"light", kLightBackground}, {"dark", kDarkBackground}};
    for (const auto& lane : doc.lanes) {
        if (lane.colour.empty()) continue;
        for (const auto& [theme, background] : themes) {
            double ratio = contrast_ratio(lane.colour, background);
            if (ratio >= kLaneContrast) continue;
            diagnostics.warning(doc.file, lane.colour_pos,
                                fmt::format("lane '{}': colour {} has contrast {:.1f}:1 on the {} page ({}); "
                                            "lane colours need {:g}:1 on both themes",
                                            lane.id, lane.colour, ratio, theme, background, kLaneContrast),
                                doc.line_text(lane.colour_pos.line));
        }
    }
}

}  // namespace timegraph::style
