// The Scene: the flat, final result of a layout — boxes, paths and text with
// their coordinates, grouped by what they show. The renderer reads only this,
// never the graph; golden tests store it as JSON.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace timegraph::scene {

struct Point {
    double x = 0, y = 0;
};

enum class Anchor { start, middle, end };

struct Text {
    double x = 0, y = 0;  // baseline position
    std::string text;
    std::string cls;      // CSS classes; sizes and colours live in the stylesheet
    Anchor anchor = Anchor::start;
};

struct Rect {
    double x = 0, y = 0, w = 0, h = 0, rx = 0;
    std::string cls;
};

struct Circle {
    double cx = 0, cy = 0, r = 0;
    std::string cls;
};

// One SVG path command: 'M', 'L', 'C' (three points), 'Q' (two) or 'Z'.
struct PathOp {
    char op = 'M';
    std::vector<Point> pts;
};

// Arrow and bar heads, and their muted twins for links outside a highlighted chain.
enum class Marker { none, arrow, bar, muted_arrow, muted_bar };

struct Path {
    std::vector<PathOp> ops;
    std::string cls;
    Marker marker_end = Marker::none;
};

using Item = std::variant<Rect, Circle, Text, Path>;

// A group of items that stands for one thing (an event, a link, a lane, the
// axis). Events and links carry ids and accessible names.
struct Group {
    std::string id;       // SVG id, unique in the scene ("" for none)
    std::string data_id;  // the model id (event id, or "from->to" for links)
    std::string cls;
    std::string title;    // <title>: a short accessible name
    std::string desc;     // <desc>: longer description
    bool focusable = false;  // tabindex=0 and role=button
    // Extra data-* attributes for the page script, e.g. {"from", "a"} -> data-from="a".
    std::vector<std::pair<std::string, std::string>> data;
    std::vector<Item> items;
    std::vector<Group> children;
};

struct Scene {
    double width = 0, height = 0;
    std::string title;
    std::string desc;
    std::string kind;  // "timeline" or "graph": the root element's class, and the prefix of its ids
    std::string cls;   // further classes of the root element ("down": time runs down)
    std::vector<Group> groups;
    // (class, "#RRGGBB") of each lane with a colour of its own: the SVG's
    // stylesheet gives that class the colour in place of the palette's.
    std::vector<std::pair<std::string, std::string>> lane_colours;
};

// Gives every path in g (and its children) the muted twin of its head.
void mute_markers(Group& g);
// Whether any path of the scene has a muted head.
bool uses_muted_markers(const Scene& s);

// The scene as JSON with coordinates rounded to 0.1 px, for golden tests.
nlohmann::json to_json(const Scene& s);

}  // namespace timegraph::scene
