#include "frame/frame.hpp"

#include <algorithm>
#include <functional>

#include "style/lane_colour.hpp"
#include "style/style.hpp"

namespace timegraph::frame {

using measure::baseline;
using measure::wrap_text;

namespace {

namespace cls = style::cls;
using style::kCredit, style::kLegend, style::kSubtitle, style::kTitle;

constexpr double kSwatch = 12;        // legend swatch side
constexpr double kSampleWidth = 28;   // legend link sample length
constexpr double kEntryGap = 16;      // between legend entries
constexpr double kRowHeight = 16;     // one legend row

void shift_point(double& x, double& y, double dx, double dy) {
    x += dx;
    y += dy;
}

// Stacks lines of one style below top; returns the y below the last line.
double add_lines(scene::Group& g, const std::vector<std::string>& lines, double top, const style::TextStyle& ts,
                 double& width) {
    const double px = ts.px;
    for (const auto& line : lines) {
        g.items.push_back(scene::Text{0, baseline(top, px), line, ts.cls, scene::Anchor::start});
        width = std::max(width, measure::text_width(line, px, ts.face));
        top += measure::line_height(px);
    }
    return top;
}

// Places legend entries left to right, wrapping to a new row at max_width.
struct Flow {
    double max_width;
    double x = 0, y = 0, width = 0;
    // Returns the top-left corner for an entry of width w.
    scene::Point place(double w) {
        if (x > 0 && x + w > max_width) {
            x = 0;
            y += kRowHeight + 4;
        }
        scene::Point at{x, y};
        x += w + kEntryGap;
        width = std::max(width, at.x + w);
        return at;
    }
};

void add_label(scene::Group& g, Flow& flow, double mark_width, const std::string& text,
               const std::function<void(scene::Point)>& draw_mark) {
    double w = mark_width + 6 + measure::text_width(text, kLegend.px, kLegend.face);
    scene::Point at = flow.place(w);
    draw_mark(at);
    double top = at.y + (kRowHeight - measure::line_height(kLegend.px)) / 2;
    g.items.push_back(scene::Text{at.x + mark_width + 6, baseline(top, kLegend.px), text, kLegend.cls});
}

void add_lane_entries(scene::Group& g, Flow& flow, const model::Document& doc) {
    std::vector<bool> used(doc.lanes.size(), false);
    bool no_lane = false;
    for (const auto& e : doc.events) {
        int lane = doc.find_lane(e.lane);
        if (lane >= 0) used[static_cast<std::size_t>(lane)] = true;
        else no_lane = true;
    }
    bool any = std::find(used.begin(), used.end(), true) != used.end();
    auto swatch = [&g](const std::string& classes) {
        return [&g, classes](scene::Point at) {
            g.items.push_back(scene::Rect{at.x, at.y + (kRowHeight - kSwatch) / 2, kSwatch, kSwatch, 2, classes});
        };
    };
    // Lanes that share a colour with an earlier one show their marker's shape.
    auto shaped = [&g](int lane, const std::string& classes) {
        return [&g, lane, classes](scene::Point at) {
            g.items.push_back(lane_marker(lane, false, {at.x + kSwatch / 2, at.y + kRowHeight / 2}, kSwatch / 2, classes));
        };
    };
    for (std::size_t i = 0; i < doc.lanes.size(); ++i) {
        if (!used[i]) continue;
        const int lane = static_cast<int>(i);
        std::string classes = style::classes({cls::swatch, style::lane_class(doc, lane, false)});
        const std::string& name = doc.lanes[i].name.empty() ? doc.lanes[i].id : doc.lanes[i].name;
        if (style::lane_mark(lane, false) == style::Mark::circle) add_label(g, flow, kSwatch, name, swatch(classes));
        else add_label(g, flow, kSwatch, name, shaped(lane, classes));
    }
    if (any && no_lane) add_label(g, flow, kSwatch, "Other", swatch(style::classes({cls::swatch, style::lane_class(0, true)})));
}

void add_link_entries(scene::Group& g, Flow& flow, const model::Document& doc) {
    const model::LinkKind kinds[] = {model::LinkKind::causes, model::LinkKind::enables, model::LinkKind::blocks,
                                     model::LinkKind::elided};
    for (auto kind : kinds) {
        // A feedback link has an entry of its own, below.
        bool used = std::any_of(doc.links.begin(), doc.links.end(),
                                [kind](const auto& l) { return l.kind == kind && !l.feedback; });
        if (!used) continue;
        auto mark = [&g, kind](scene::Point at) {
            double y = at.y + kRowHeight / 2;
            scene::Path p{{{'M', {{at.x, y}}}, {'L', {{at.x + kSampleWidth, y}}}},
                          style::classes({cls::link, model::to_string(kind)}),
                          kind == model::LinkKind::blocks ? scene::Marker::bar : scene::Marker::arrow};
            g.items.push_back(std::move(p));
        };
        // An elided link's entry says what it stands for rather than naming its kind.
        add_label(g, flow, kSampleWidth, kind == model::LinkKind::elided ? "via events left out" : model::to_string(kind),
                  mark);
    }
    if (std::none_of(doc.links.begin(), doc.links.end(), [](const auto& l) { return l.feedback; })) return;
    add_label(g, flow, kSampleWidth, "feedback (ends an event under way)", [&g](scene::Point at) {
        double y = at.y + kRowHeight / 2;
        g.items.push_back(scene::Path{{{'M', {{at.x, y}}}, {'L', {{at.x + kSampleWidth, y}}}},
                                      style::classes({cls::link, model::to_string(model::LinkKind::blocks), cls::feedback}),
                                      scene::Marker::bar});
    });
}

// A box in the look of a status (`expected`: dashed and hollow; `uncertain`:
// dotted), for each status some event has.
void add_status_entries(scene::Group& g, Flow& flow, const model::Document& doc) {
    const std::pair<model::Status, const char*> statuses[] = {{model::Status::expected, cls::expected},
                                                              {model::Status::uncertain, cls::uncertain}};
    for (const auto& [status, name] : statuses) {
        bool any = std::any_of(doc.events.begin(), doc.events.end(), [s = status](const auto& e) { return e.status == s; });
        if (!any) continue;
        add_label(g, flow, kSwatch + 4, name, [&g, name = name](scene::Point at) {
            scene::Group box;
            box.cls = name;
            box.items.push_back(scene::Rect{at.x + 1, at.y + (kRowHeight - kSwatch) / 2, kSwatch + 2, kSwatch, 3, cls::node});
            g.children.push_back(std::move(box));
        });
    }
}

}  // namespace

std::string link_kind_classes(const model::Link& l) {
    return l.feedback ? style::classes({model::to_string(l.kind), cls::feedback}) : model::to_string(l.kind);
}

const char* link_verb(const model::Link& l) { return l.ends ? "ends" : model::to_string(l.kind); }

scene::Item lane_marker(int lane_index, bool no_lane, scene::Point c, double r, std::string classes) {
    auto polygon = [&](std::initializer_list<scene::Point> pts) {
        scene::Path p{{}, std::move(classes), scene::Marker::none};
        for (const auto& q : pts) p.ops.push_back({p.ops.empty() ? 'M' : 'L', {{c.x + q.x, c.y + q.y}}});
        p.ops.push_back({'Z', {}});
        return p;
    };
    switch (style::lane_mark(lane_index, no_lane)) {
    case style::Mark::circle: break;
    case style::Mark::square: {
        const double h = r * 0.9;  // the same area as the circle, nearly
        return scene::Rect{c.x - h, c.y - h, 2 * h, 2 * h, 0, std::move(classes)};
    }
    case style::Mark::diamond: {
        const double d = r * 1.25;
        return polygon({{0, -d}, {d, 0}, {0, d}, {-d, 0}});
    }
    case style::Mark::triangle: {
        const double d = r * 1.3;
        return polygon({{0, -d}, {d * 0.95, d * 0.65}, {-d * 0.95, d * 0.65}});
    }
    }
    return scene::Circle{c.x, c.y, r, std::move(classes)};
}

void shift(scene::Group& g, double dx, double dy) {
    for (auto& item : g.items) {
        std::visit(
            [dx, dy](auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, scene::Rect> || std::is_same_v<T, scene::Text>) shift_point(v.x, v.y, dx, dy);
                else if constexpr (std::is_same_v<T, scene::Circle>) shift_point(v.cx, v.cy, dx, dy);
                else
                    for (auto& op : v.ops)
                        for (auto& p : op.pts) shift_point(p.x, p.y, dx, dy);
            },
            item);
    }
    for (auto& child : g.children) shift(child, dx, dy);
}

Block heading(const model::Document& doc, const std::string& prefix, double max_width) {
    Block b;
    b.group.id = prefix + "-heading";
    b.group.cls = cls::heading;
    double y = 0;
    if (!doc.title.empty())
        y = add_lines(b.group, wrap_text(doc.title, kTitle.px, kTitle.face, max_width), y, kTitle, b.width);
    if (!doc.subtitle.empty()) {
        if (y > 0) y += 4;
        y = add_lines(b.group, wrap_text(doc.subtitle, kSubtitle.px, kSubtitle.face, max_width), y, kSubtitle,
                      b.width);
    }
    b.height = y;
    return b;
}

Block credit(const model::Document& doc, const std::string& prefix, double max_width) {
    Block b;
    b.group.id = prefix + "-credit";
    b.group.cls = cls::credit_block;
    if (doc.source.empty()) return b;
    auto lines = wrap_text("Source: " + doc.source, kCredit.px, kCredit.face, max_width);
    b.height = add_lines(b.group, lines, 0, kCredit, b.width);
    return b;
}

Block legend(const model::Document& doc, const std::string& prefix, double max_width, bool links) {
    Block b;
    b.group.id = prefix + "-legend";
    b.group.cls = cls::legend_block;
    Flow flow{max_width};
    add_lane_entries(b.group, flow, doc);
    if (links) add_link_entries(b.group, flow, doc);
    add_status_entries(b.group, flow, doc);
    if (!b.empty()) {
        b.width = flow.width;
        b.height = flow.y + kRowHeight;
    }
    return b;
}

}  // namespace timegraph::frame
