// The causal graph as a reader sees it, measured on the laid-out scene: time
// order, no link behind a box, no line through a label, drawn links that do
// not cross, and a shape that fits a page, in both directions.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>

#include "causal/causal_layout.hpp"
#include "causal_fixtures.hpp"
#include "graph/subset.hpp"
#include "measure/text_metrics.hpp"
#include "style/style.hpp"

using namespace timegraph;

namespace {

struct Box {
    double x0, y0, x1, y1;
    bool contains_strictly(scene::Point p, double inset) const {
        return p.x > x0 + inset && p.x < x1 - inset && p.y > y0 + inset && p.y < y1 - inset;
    }
};

struct Link {
    std::string from, to;
    std::vector<scene::Point> points;  // the path's end points, in order
};

struct Drawing {
    std::map<std::string, Box> events;
    std::vector<Link> links;
    std::vector<std::pair<std::size_t, Box>> labels;  // by link
};

Drawing read(const scene::Scene& s) {
    Drawing d;
    for (const auto* g : tg_test::all_groups(s)) {
        if (g->cls.rfind(style::cls::event, 0) == 0) {
            for (const auto& it : g->items)
                if (auto r = std::get_if<scene::Rect>(&it)) d.events[g->data_id] = {r->x, r->y, r->x + r->w, r->y + r->h};
        }
        if (g->cls.rfind(style::cls::edge, 0) == 0) {
            Link l;
            for (const auto& [k, v] : g->data) {
                if (k == "from") l.from = v;
                if (k == "to") l.to = v;
            }
            for (const auto& it : g->items) {
                if (auto p = std::get_if<scene::Path>(&it))
                    for (const auto& op : p->ops) l.points.push_back(op.pts.back());
                if (auto t = std::get_if<scene::Text>(&it)) {
                    const auto& st = style::kLinkLabel;
                    double w = measure::text_width(t->text, st.px, st.face), h = measure::line_height(st.px);
                    double top = t->y - h * 0.8;
                    d.labels.push_back({d.links.size(), {t->x - w / 2, top, t->x + w / 2, top + h}});
                }
            }
            d.links.push_back(std::move(l));
        }
    }
    return d;
}

// Whether the segment runs through the box's inside (shrunk by `inset`): sampled every pixel.
bool through(scene::Point a, scene::Point b, const Box& box, double inset) {
    double len = std::hypot(b.x - a.x, b.y - a.y);
    int n = std::max(1, static_cast<int>(len));
    for (int i = 0; i <= n; ++i) {
        double t = static_cast<double>(i) / n;
        if (box.contains_strictly({a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}, inset)) return true;
    }
    return false;
}

int side(scene::Point a, scene::Point b, scene::Point c) {
    double v = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    return (v > 1e-6) - (v < -1e-6);
}

bool proper_cross(scene::Point a, scene::Point b, scene::Point c, scene::Point d) {
    return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

std::size_t drawn_crossings(const Drawing& d) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < d.links.size(); ++i)
        for (std::size_t j = i + 1; j < d.links.size(); ++j) {
            const auto &p = d.links[i].points, &q = d.links[j].points;
            bool crossed = false;
            for (std::size_t a = 0; a + 1 < p.size() && !crossed; ++a)
                for (std::size_t b = 0; b + 1 < q.size() && !crossed; ++b)
                    crossed = proper_cross(p[a], p[a + 1], q[b], q[b + 1]);
            if (crossed)
                UNSCOPED_INFO("crossed: " << d.links[i].from << "->" << d.links[i].to << " and " << d.links[j].from
                                          << "->" << d.links[j].to);
            n += crossed;
        }
    return n;
}

scene::Scene laid_out(const graph::EventGraph& eg, causal::Direction direction) {
    causal::CausalOptions o;
    o.direction = direction;
    core::Diagnostics d;
    auto s = causal::causal_layout(eg, o, d);
    REQUIRE(s);
    return *s;
}

scene::Scene laid_out(const std::string& file, causal::Direction direction) {
    return laid_out(tg_test::load_graph_file(file), direction);
}

void check_reads(const graph::EventGraph& eg, const std::string& what, causal::Direction direction) {
    INFO(what << (direction == causal::Direction::down ? " (down)" : " (right)"));
    Drawing d = read(laid_out(eg, direction));
    REQUIRE(d.events.size() == eg.document.events.size());
    // An event that certainly happened first is drawn first along time.
    for (const auto& a : eg.document.events)
        for (const auto& b : eg.document.events) {
            if (!(a.date.latest() < b.date.earliest())) continue;
            const Box &ba = d.events[a.id], &bb = d.events[b.id];
            double ca = direction == causal::Direction::right ? ba.x0 + ba.x1 : ba.y0 + ba.y1;
            double cb = direction == causal::Direction::right ? bb.x0 + bb.x1 : bb.y0 + bb.y1;
            CHECK(ca < cb);
        }
    // No link runs behind a box, and no line through a label.
    for (const auto& l : d.links)
        for (const auto& [id, box] : d.events) {
            if (id == l.from || id == l.to) continue;
            for (std::size_t i = 0; i + 1 < l.points.size(); ++i) {
                INFO(l.from << " -> " << l.to << " behind " << id);
                CHECK_FALSE(through(l.points[i], l.points[i + 1], box, 1));
            }
        }
    for (const auto& [owner, label] : d.labels) {
        for (const auto& [id, box] : d.events)
            CHECK_FALSE((label.x0 < box.x1 && box.x0 < label.x1 && label.y0 < box.y1 && box.y0 < label.y1));
        for (std::size_t k = 0; k < d.links.size(); ++k) {
            if (k == owner) continue;
            const auto& p = d.links[k].points;
            for (std::size_t i = 0; i + 1 < p.size(); ++i) CHECK_FALSE(through(p[i], p[i + 1], label, 0));
        }
    }
}

void check_reads(const std::string& file, causal::Direction direction) {
    check_reads(tg_test::load_graph_file(file), file, direction);
}

double aspect(const scene::Scene& s) { return s.width / s.height; }

}  // namespace

TEST_CASE("graph as drawn: time order, nothing behind boxes, no line through labels") {
    for (const char* file : {"data/us-china-2024.tg", "tests/data/talks.tg", "tests/data/incident.tg",
                             "tests/data/minutes.tg", "tests/data/bce.tg", "tests/data/bce-graph.tg",
                             "tests/data/incident-outage.tg", "tests/data/july-crisis-1914.tg",
                             "tests/data/roman-republic.tg"})
        for (auto dir : {causal::Direction::right, causal::Direction::down}) check_reads(file, dir);
}

TEST_CASE("graph as drawn: a figure's subset keeps time order, boxes and labels clear") {
    auto seed = tg_test::load_graph_file("data/us-china-2024.tg");
    std::vector<std::pair<std::string, graph::FigureFilter>> figures;
    figures.push_back({"--only-chain working-group", {}});
    figures.back().second.only_chain = "working-group";
    figures.push_back({"--from 2023 --to 2024", {}});
    figures.back().second.from = model::parse_date("2023").date->earliest();
    figures.back().second.to = model::parse_date("2024").date->latest();
    figures.push_back({"--lanes cn,talks --from 2023", {}});
    figures.back().second.lanes = {"cn", "talks"};
    figures.back().second.from = model::parse_date("2023").date->earliest();
    for (const auto& [what, filter] : figures) {
        auto fig = graph::figure(seed, filter);
        REQUIRE(fig.error.empty());
        for (auto dir : {causal::Direction::right, causal::Direction::down}) check_reads(fig.graph, what, dir);
    }
    auto crisis = tg_test::load_graph_file("tests/data/july-crisis-1914.tg");
    graph::FigureFilter lanes;
    lanes.lanes = {"ah", "ru", "de"};
    auto fig = graph::figure(crisis, lanes);
    REQUIRE(fig.error.empty());
    CHECK(fig.elided > 0);
    for (auto dir : {causal::Direction::right, causal::Direction::down}) check_reads(fig.graph, "july-crisis lanes", dir);
}

// With time running right, overdose-deaths -> senate-visit joins boxes that
// overlap along time, with cn-condition between them: its way round starts
// from the edge of one facing the other, not from their sides.
TEST_CASE("graph as drawn: the seed's --lanes us,cn figure keeps links clear of boxes") {
    graph::FigureFilter lanes;
    lanes.lanes = {"us", "cn"};
    auto fig = graph::figure(tg_test::load_graph_file("data/us-china-2024.tg"), lanes);
    REQUIRE(fig.error.empty());
    for (auto dir : {causal::Direction::right, causal::Direction::down}) check_reads(fig.graph, "--lanes us,cn", dir);
}

TEST_CASE("graph as drawn: the seed fits a report page, its drawn links uncrossed") {
    for (auto dir : {causal::Direction::automatic, causal::Direction::right, causal::Direction::down}) {
        INFO((dir == causal::Direction::down ? "down" : dir == causal::Direction::right ? "right" : "auto"));
        auto s = laid_out("data/us-china-2024.tg", dir);
        CHECK(s.width <= 1400);
        CHECK(aspect(s) >= 0.5);
        CHECK(aspect(s) <= 2.5);
        CHECK(drawn_crossings(read(s)) == 0);
    }
}

TEST_CASE("graph as drawn: models of 30 to 60 events are neither strips nor scrolls") {
    for (const char* file : {"tests/data/incident-outage.tg", "tests/data/july-crisis-1914.tg",
                             "tests/data/roman-republic.tg"})
        for (auto dir : {causal::Direction::automatic, causal::Direction::right, causal::Direction::down}) {
            INFO(file);
            auto s = laid_out(file, dir);
            CHECK(aspect(s) >= 0.5);
            CHECK(aspect(s) <= 3);
        }
}
