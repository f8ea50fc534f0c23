#include "scene/scene.hpp"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

namespace timegraph::scene {

namespace {

using nlohmann::json;

double r1(double v) {
    double r = std::round(v * 10.0) / 10.0;
    return r == 0.0 ? 0.0 : r;  // no -0 in goldens
}

const char* anchor_name(Anchor a) {
    switch (a) {
    case Anchor::start: return "start";
    case Anchor::middle: return "middle";
    case Anchor::end: return "end";
    }
    return "start";
}

const char* marker_name(Marker m) {
    switch (m) {
    case Marker::none: return "none";
    case Marker::arrow: return "arrow";
    case Marker::bar: return "bar";
    case Marker::muted_arrow: return "muted-arrow";
    case Marker::muted_bar: return "muted-bar";
    }
    return "none";
}

bool group_uses_muted(const Group& g) {
    for (const auto& item : g.items)
        if (const auto* p = std::get_if<Path>(&item); p && (p->marker_end == Marker::muted_arrow || p->marker_end == Marker::muted_bar))
            return true;
    return std::any_of(g.children.begin(), g.children.end(), group_uses_muted);
}

json item_json(const Item& item) {
    return std::visit(
        [](const auto& v) -> json {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Rect>)
                return {{"rect", {r1(v.x), r1(v.y), r1(v.w), r1(v.h)}}, {"class", v.cls}};
            else if constexpr (std::is_same_v<T, Circle>)
                return {{"circle", {r1(v.cx), r1(v.cy), r1(v.r)}}, {"class", v.cls}};
            else if constexpr (std::is_same_v<T, Text>)
                return {{"text", v.text}, {"at", {r1(v.x), r1(v.y)}}, {"anchor", anchor_name(v.anchor)}, {"class", v.cls}};
            else {
                json ops = json::array();
                for (const auto& op : v.ops) {
                    json pts = json::array();
                    for (const auto& p : op.pts) pts.push_back({r1(p.x), r1(p.y)});
                    ops.push_back({{"op", std::string(1, op.op)}, {"pts", pts}});
                }
                return {{"path", ops}, {"class", v.cls}, {"marker", marker_name(v.marker_end)}};
            }
        },
        item);
}

json group_json(const Group& g) {
    json j = {{"id", g.id}, {"class", g.cls}};
    if (!g.data_id.empty()) j["data_id"] = g.data_id;
    if (!g.title.empty()) j["title"] = g.title;
    for (const auto& [name, value] : g.data) j["data"][name] = value;
    json items = json::array();
    for (const auto& i : g.items) items.push_back(item_json(i));
    j["items"] = items;
    if (!g.children.empty()) {
        json children = json::array();
        for (const auto& c : g.children) children.push_back(group_json(c));
        j["children"] = children;
    }
    return j;
}

}  // namespace

nlohmann::json to_json(const Scene& s) {
    json groups = json::array();
    for (const auto& g : s.groups) groups.push_back(group_json(g));
    json j{{"kind", s.kind}, {"width", r1(s.width)}, {"height", r1(s.height)}, {"title", s.title}, {"groups", groups}};
    if (!s.cls.empty()) j["class"] = s.cls;
    return j;
}

void mute_markers(Group& g) {
    for (auto& item : g.items)
        if (auto* p = std::get_if<Path>(&item)) {
            if (p->marker_end == Marker::arrow) p->marker_end = Marker::muted_arrow;
            if (p->marker_end == Marker::bar) p->marker_end = Marker::muted_bar;
        }
    for (auto& child : g.children) mute_markers(child);
}

bool uses_muted_markers(const Scene& s) { return std::any_of(s.groups.begin(), s.groups.end(), group_uses_muted); }

}  // namespace timegraph::scene
