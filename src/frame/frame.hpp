// The frame both views share: the heading (title and subtitle) above, the
// legend (lanes and link kinds), and the source credit below. Each block is
// built at the origin from measured text; the caller places it with shift().
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "measure/text_wrap.hpp"
#include "model/document.hpp"
#include "scene/scene.hpp"

namespace timegraph::frame {

// Spacing of the frame, on the 4 px grid.
inline constexpr double kMargin = 16;     // between the picture and its edge
inline constexpr double kBlockGap = 12;   // between heading, legend, body and credit

// One block of the frame: its group, with items in coordinates relative to
// the block's top-left corner, and the size it covers. An empty block (no
// title, no source...) has no items and zero height.
struct Block {
    scene::Group group;
    double width = 0;
    double height = 0;
    bool empty() const { return group.items.empty() && group.children.empty(); }
};

// The marker of an event of the given lane, centred at c: a circle of radius r
// for the first eight lanes, then a square, a diamond or a triangle of about
// the same size (style::lane_mark), so that lanes that share a colour differ.
scene::Item lane_marker(int lane_index, bool no_lane, scene::Point c, double r, std::string classes);

// The classes a link's group carries after its base class: the link's kind,
// and `feedback` for a feedback link ("blocks feedback").
std::string link_kind_classes(const model::Link& l);
// The word for a link in titles: its kind, or "ends" for a block into an event under way.
const char* link_verb(const model::Link& l);

// Moves every item of a group and its children by (dx, dy).
void shift(scene::Group& g, double dx, double dy);

// The document's title (style::kTitle) and subtitle (style::kSubtitle), each wrapped to
// max_width. Group id "<prefix>-heading", class "tg-heading".
Block heading(const model::Document& doc, const std::string& prefix, double max_width);

// "Source: …" (style::kCredit), wrapped to max_width. Group id "<prefix>-credit".
Block credit(const model::Document& doc, const std::string& prefix, double max_width);

// A legend flowing left to right and wrapping at max_width:
//  - a swatch and the name of each lane that holds an event, in declared
//    order ("Other" for events without a lane, when some lane is shown);
//  - with links, a sample of each link kind the model uses: causes (solid,
//    arrow head), enables (dashed), blocks (red, bar head), and "feedback"
//    (red, dash-dotted) when a block closes a loop of links;
//  - a dashed box for "expected" when some event is expected, and a dotted
//    one for "uncertain" when some event is uncertain.
// Past eight lanes, a lane's swatch takes the shape of its markers.
// Group id "<prefix>-legend", class "tg-legend-block".
Block legend(const model::Document& doc, const std::string& prefix, double max_width, bool links = true);

}  // namespace timegraph::frame
