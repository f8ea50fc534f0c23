// A lane's own colour (`colour: #RRGGBB` under a lane line) in place of its
// palette colour: its class, the tint its boxes are filled with, and the
// check of its contrast on the page's light and dark backgrounds.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostics.hpp"
#include "model/document.hpp"

namespace timegraph::style {

// WCAG 2 contrast ratio of two "#RRGGBB" colours, from 1 to 21.
double contrast_ratio(std::string_view a, std::string_view b);

// The box fill for a stroke colour: the colour, faint, on white (as the palette's tints).
std::string tint_of(std::string_view colour);

// The class of lane i of the document: its own ("tg-own-3") when it has a
// colour of its own, else the palette's (lane_class). no_lane: the lane of
// events without one.
std::string lane_class(const model::Document& doc, int lane_index, bool no_lane);

// (class, colour) for each lane with a colour of its own, in declared order.
std::vector<std::pair<std::string, std::string>> own_lane_colours(const model::Document& doc);

// A warning at each lane colour with less than kLaneContrast on either
// theme's background, naming the ratio and the background.
void check_lane_colours(const model::Document& doc, core::Diagnostics& diagnostics);

}  // namespace timegraph::style
