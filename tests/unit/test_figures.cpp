// Figures for reports: subsets of the graph with elided links, highlighted
// chains, and the options that make them on graph, timeline and render.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "causal_fixtures.hpp"
#include "fixtures.hpp"
#include "graph/export_json.hpp"
#include "graph/subset.hpp"
#include "render/svg_writer.hpp"

using namespace timegraph;
using tg_test::run_cli;

namespace {

// Events e0..e9 (or the ids given) a day apart in 2020, then the links given as "a->b".
std::string model_text(const std::vector<std::string>& ids, const std::vector<std::string>& links) {
    std::string text = "lane x: X\nlane y: Y\n";
    for (std::size_t i = 0; i < ids.size(); ++i)
        text += "event " + ids[i] + "\n  date: 2020-01-" + (i < 9 ? "0" : "") + std::to_string(i + 1) + "\n  title: " +
                ids[i] + " title\n  lane: " + (i % 2 ? "y" : "x") + "\n  tags: t" + std::to_string(i % 3) + "\n";
    for (const auto& l : links) text += l.substr(0, l.find("->")) + " -> " + l.substr(l.find("->") + 2) + "\n";
    return text;
}

std::vector<bool> keep_only(const graph::EventGraph& eg, std::set<std::string> ids) {
    std::vector<bool> keep(boost::num_vertices(eg.g), false);
    for (graph::Vertex v = 0; v < keep.size(); ++v) keep[v] = ids.count(eg.event(v).id) > 0;
    return keep;
}

// "a->c" for model links, "a..c" for elided ones, in link order.
std::vector<std::string> links_of(const graph::EventGraph& eg) {
    std::vector<std::string> out;
    for (const auto& l : eg.document.links) out.push_back(l.from + (l.kind == model::LinkKind::elided ? ".." : "->") + l.to);
    return out;
}

// No link of the subset names an event it lacks, and the graph holds every link.
void check_nothing_dangles(const graph::EventGraph& eg) {
    CHECK(boost::num_edges(eg.g) == eg.document.links.size());
    for (const auto& l : eg.document.links) {
        CHECK(eg.find(l.from));
        CHECK(eg.find(l.to));
    }
}

const std::string kSeed = tg_test::source_path("data/us-china-2024.tg");

std::string temp_dir(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / "timegraph-figure-tests" / name;
    std::filesystem::remove_all(dir);
    return dir.string();
}

}  // namespace

TEST_CASE("subset: a -> b -> c without b draws one elided a..c via 1 event") {
    auto eg = tg_test::load_graph(model_text({"a", "b", "c"}, {"a->b", "b->c"}));
    auto sub = graph::subset(eg, keep_only(eg, {"a", "c"}));
    CHECK(links_of(sub.graph) == std::vector<std::string>{"a..c"});
    CHECK(sub.left_out == 1);
    CHECK(sub.elided == 1);
    const auto& l = sub.graph.document.links[0];
    CHECK(l.via == std::vector<std::string>{"b"});
    CHECK(graph::via_text(l) == "via 1 event");
    CHECK(l.note.find("b title") != std::string::npos);
    auto e = *boost::edges(sub.graph.g).first;
    CHECK(graph::elided_title(sub.graph, e) == "a title \u2026 c title, via 1 event");
    CHECK(sub.graph.document.events.size() == 2);
    CHECK(sub.original == std::vector<graph::Vertex>{0, 2});
    check_nothing_dangles(sub.graph);
}

TEST_CASE("subset: several paths give one elided link, along the shortest chain") {
    // a reaches d through b, and through c then e; d is reached once.
    auto eg = tg_test::load_graph(model_text({"a", "b", "c", "e", "d"}, {"a->b", "a->c", "c->e", "b->d", "e->d"}));
    auto sub = graph::subset(eg, keep_only(eg, {"a", "d"}));
    CHECK(links_of(sub.graph) == std::vector<std::string>{"a..d"});
    CHECK(sub.graph.document.links[0].via == std::vector<std::string>{"b"});
    // Two left-out events in a row: via 2 events, in order.
    auto chain = tg_test::load_graph(model_text({"a", "b", "c", "d"}, {"a->b", "b->c", "c->d"}));
    auto two = graph::subset(chain, keep_only(chain, {"a", "d"}));
    REQUIRE(two.graph.document.links.size() == 1);
    CHECK(two.graph.document.links[0].via == std::vector<std::string>{"b", "c"});
    CHECK(graph::via_text(two.graph.document.links[0]) == "via 2 events");
    check_nothing_dangles(two.graph);
}

TEST_CASE("subset: a direct link wins over a chain through left-out events") {
    auto eg = tg_test::load_graph(model_text({"a", "b", "c"}, {"a->b", "b->c", "a->c"}));
    auto sub = graph::subset(eg, keep_only(eg, {"a", "c"}));
    CHECK(links_of(sub.graph) == std::vector<std::string>{"a->c"});
    CHECK(sub.elided == 0);
}

TEST_CASE("subset: a left-out hub joins every kept cause to every kept effect; dead ends vanish") {
    auto eg = tg_test::load_graph(model_text({"a", "b", "h", "c", "d", "z"}, {"a->h", "b->h", "h->c", "h->d", "c->z"}));
    auto sub = graph::subset(eg, keep_only(eg, {"a", "b", "c", "d"}));
    CHECK(links_of(sub.graph) == std::vector<std::string>{"a..c", "a..d", "b..c", "b..d"});
    // Only left-out events downstream: the links to them disappear.
    auto tail = graph::subset(eg, keep_only(eg, {"c", "d"}));
    CHECK(tail.graph.document.links.empty());
    check_nothing_dangles(sub.graph);
    check_nothing_dangles(tail.graph);
}

TEST_CASE("subset: no elided link runs back in time through a long range") {
    std::string text = "event a\n date: 2024\n title: A\nevent b\n date: 2020..2025\n title: B\n"
                       "event c\n date: 2021\n title: C\na -> b\nb -> c\n";
    auto eg = tg_test::load_graph(text);
    auto sub = graph::subset(eg, keep_only(eg, {"a", "c"}));
    CHECK(sub.graph.document.links.empty());
}

TEST_CASE("subset: kept links keep their order, then elided ones; deterministic") {
    auto eg = tg_test::load_graph(model_text({"a", "b", "c", "d", "e"}, {"a->b", "b->c", "c->d", "a->e", "d->e"}));
    auto keep = keep_only(eg, {"a", "c", "d", "e"});
    auto one = graph::subset(eg, keep), two = graph::subset(eg, keep);
    CHECK(links_of(one.graph) == std::vector<std::string>{"c->d", "a->e", "d->e", "a..c"});
    CHECK(graph::export_json_text(one.graph) == graph::export_json_text(two.graph));
}

TEST_CASE("subset: the JSON marks elided links and gives them no line of the model") {
    auto eg = tg_test::load_graph(model_text({"a", "b", "c"}, {"a->b", "b->c"}));
    auto sub = graph::subset(eg, keep_only(eg, {"a", "c"}));
    auto j = graph::export_json(sub.graph);
    REQUIRE(j["links"].size() == 1);
    CHECK(j["links"][0]["kind"] == "elided");
    CHECK(j["links"][0]["elided"] == true);
    CHECK(j["links"][0]["via"] == nlohmann::json::array({"b"}));
    CHECK_FALSE(j["links"][0].contains("line"));
    auto full = graph::export_json(eg);
    CHECK_FALSE(full["links"][0].contains("elided"));
    CHECK(full["links"][0]["line"].is_number());
}

TEST_CASE("subset: bounded on a long chain of left-out events") {
    // 5,000 events in a row, only the two ends kept: the search stops at its budget.
    std::vector<std::string> ids, links;
    for (int i = 0; i < 5000; ++i) ids.push_back("e" + std::to_string(i));
    for (int i = 0; i + 1 < 5000; ++i) links.push_back(ids[i] + "->" + ids[i + 1]);
    std::string text;
    for (const auto& id : ids) text += "event " + id + "\n  date: 2020\n  title: T\n";
    for (const auto& l : links) text += l.substr(0, l.find("->")) + " -> " + l.substr(l.find("->") + 2) + "\n";
    auto eg = tg_test::load_graph(text);
    auto sub = graph::subset(eg, keep_only(eg, {"e0", "e4999"}));
    CHECK(sub.graph.document.links.empty());
    auto near = graph::subset(eg, keep_only(eg, {"e0", "e1000"}));
    CHECK(links_of(near.graph) == std::vector<std::string>{"e0..e1000"});
}

TEST_CASE("figure: filters intersect; highlight mutes what lies outside the chain") {
    auto eg = tg_test::load_graph(model_text({"a", "b", "c", "d", "e"}, {"a->b", "b->c", "d->e"}));
    graph::FigureFilter f;
    f.highlight = "b";
    auto lit = graph::figure(eg, f);
    REQUIRE(lit.error.empty());
    CHECK(lit.left_out == 0);
    std::vector<bool> muted;
    for (graph::Vertex v = 0; v < 5; ++v) muted.push_back(lit.graph.g[v].muted);
    CHECK(muted == std::vector<bool>{false, false, false, true, true});
    CHECK(graph::has_figure_marks(lit.graph));
    CHECK_FALSE(graph::has_figure_marks(eg));

    graph::FigureFilter g;
    g.only_chain = "c";
    g.lanes = {"x"};  // a, c, e
    auto both = graph::figure(eg, g);
    REQUIRE(both.error.empty());
    CHECK(links_of(both.graph) == std::vector<std::string>{"a..c"});
    g.tags = {"t0"};  // a, d
    CHECK(graph::figure(eg, g).graph.document.events.size() == 1);
    g.from = model::parse_date("2020-01-03").date->earliest();
    CHECK(graph::figure(eg, g).error == "no event matches these filters");
}

TEST_CASE("figure: unknown ids, lanes and tags are usage errors that say what is known") {
    auto eg = tg_test::load_graph(model_text({"alpha", "beta"}, {"alpha->beta"}));
    graph::FigureFilter f;
    f.highlight = "alpah";
    CHECK(graph::figure(eg, f).error == "unknown event 'alpah'; did you mean 'alpha'?");
    f = {};
    f.lanes = {"x", "q"};
    CHECK(graph::figure(eg, f).error == "unknown lane 'q'; did you mean 'x'? The lanes are: x, y");
    f.lanes = {"north-west"};
    CHECK(graph::figure(eg, f).error == "unknown lane 'north-west'; the lanes are: x, y");
    f = {};
    f.tags = {"t9"};
    CHECK(graph::figure(eg, f).error == "unknown tag 't9'; did you mean 't0'? The tags are: t0, t1");
}

TEST_CASE("figure options: --highlight mutes the rest in graph, timeline and render") {
    auto graph_svg = run_cli({"graph", kSeed, "--highlight", "working-group"});
    REQUIRE(graph_svg.status == 0);
    const auto& svg = graph_svg.out;
    CHECK(svg.find("class=\"tg-event lane-3 tg-muted\"") != std::string::npos);  // e.g. the NATO lane's events
    CHECK(svg.find("id=\"gr-ev-working-group\" data-id=\"working-group\" class=\"tg-event lane-2\"") != std::string::npos);
    CHECK(svg.find("tg-graph-muted-arrow") != std::string::npos);
    CHECK(svg.find(".tg-event.tg-muted .tg-node{fill-opacity:0.35") != std::string::npos);
    CHECK(svg.find("opacity:") != std::string::npos);
    CHECK(svg.find(";opacity") == std::string::npos);
    CHECK(svg.find("{opacity") == std::string::npos);
    auto tl = run_cli({"timeline", kSeed, "--highlight", "working-group"});
    REQUIRE(tl.status == 0);
    CHECK(tl.out.find("tg-muted") != std::string::npos);
    CHECK(tl.out.find("tg-timeline-muted-arrow") != std::string::npos);
    // Without figure options, nothing of it.
    auto plain = run_cli({"graph", kSeed});
    CHECK(plain.out.find("tg-muted") == std::string::npos);
    CHECK(plain.out.find("elided") == std::string::npos);
}

TEST_CASE("figure options: --only-chain, --lanes, --tags, --from/--to on graph and timeline") {
    for (const char* cmd : {"graph", "timeline"}) {
        INFO(cmd);
        const std::string ev = std::string(cmd) == "graph" ? "gr-ev-" : "tl-ev-";
        auto chain = run_cli({cmd, kSeed, "--only-chain", "working-group"});
        REQUIRE(chain.status == 0);
        CHECK(chain.out.find(ev + "pelosi-visit\"") != std::string::npos);
        CHECK(chain.out.find(ev + "nato-summit\"") == std::string::npos);
        auto lanes = run_cli({cmd, kSeed, "--lanes", "us,cn"});
        REQUIRE(lanes.status == 0);
        CHECK(lanes.out.find(ev + "working-group\"") == std::string::npos);
        CHECK(lanes.out.find(ev + "sanctions-lifted\"") != std::string::npos);
        CHECK(lanes.out.find("via 2 events") != std::string::npos);
        CHECK(lanes.out.find("via events left out") != std::string::npos);  // the legend
        CHECK(lanes.out.find("tg-link elided") != std::string::npos);
        auto range = run_cli({cmd, kSeed, "--from", "2023", "--to", "2024"});
        REQUIRE(range.status == 0);
        CHECK(range.out.find(ev + "pelosi-visit\"") == std::string::npos);
        CHECK(range.out.find(ev + "working-group\"") != std::string::npos);
        auto tags = run_cli({cmd, kSeed, "--tags", "sanctions,nato"});
        REQUIRE(tags.status == 0);
        CHECK(tags.out.find(ev + "sanctions-lifted\"") != std::string::npos);
        CHECK(tags.out.find(ev + "working-group\"") == std::string::npos);
        // Combined: the chain of the working group, in the US lane, from 2023.
        auto both = run_cli({cmd, kSeed, "--only-chain", "working-group", "--lanes", "us", "--from", "2023"});
        REQUIRE(both.status == 0);
        CHECK(both.out.find(ev + "sanctions-lifted\"") != std::string::npos);
        CHECK(both.out.find(ev + "pelosi-visit\"") == std::string::npos);
        CHECK(both.out.find(ev + "wang-yi-speech\"") == std::string::npos);
        // The same options, the same bytes.
        CHECK(run_cli({cmd, kSeed, "--lanes", "us,cn", "--highlight", "sanctions-lifted"}).out ==
              run_cli({cmd, kSeed, "--lanes", "us,cn", "--highlight", "sanctions-lifted"}).out);
    }
}

TEST_CASE("figure options: unknown id, lane or tag exits 2 and writes nothing") {
    for (const char* cmd : {"graph", "timeline", "render"}) {
        INFO(cmd);
        auto id = run_cli({cmd, kSeed, "--highlight", "working-grop", "-o", temp_dir("never")});
        CHECK(id.status == 2);
        CHECK(id.err.find("unknown event 'working-grop'; did you mean 'working-group'?") != std::string::npos);
        CHECK(run_cli({cmd, kSeed, "--only-chain", "nope"}).status == 2);
        auto lane = run_cli({cmd, kSeed, "--lanes", "us,xx"});
        CHECK(lane.status == 2);
        CHECK(lane.err.find("unknown lane 'xx'; the lanes are: cn, talks, us, world") != std::string::npos);
        auto tag = run_cli({cmd, kSeed, "--tags", "sanction"});
        CHECK(tag.status == 2);
        CHECK(tag.err.find("unknown tag 'sanction'; did you mean 'sanctions'? The tags are: ") != std::string::npos);
        auto none = run_cli({cmd, kSeed, "--lanes", "world", "--tags", "sanctions"});
        CHECK(none.status == 2);
        CHECK(none.err.find("no event matches these filters") != std::string::npos);
        CHECK(run_cli({cmd, kSeed, "--from", "2024-13"}).status == 2);
        CHECK_FALSE(std::filesystem::exists(temp_dir("never")));
    }
}

TEST_CASE("figure options: render draws the subset in both views and the page") {
    auto dir = temp_dir("render");
    auto r = run_cli({"render", kSeed, "-o", dir, "--lanes", "us,cn", "--highlight", "sanctions-lifted"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    auto html = tg_test::read_file(dir + "/us-china-2024.html");
    auto graph_svg = tg_test::read_file(dir + "/us-china-2024.graph.svg");
    auto timeline_svg = tg_test::read_file(dir + "/us-china-2024.timeline.svg");
    for (const auto* text : {&html, &graph_svg, &timeline_svg}) {
        CHECK(text->find("tg-muted") != std::string::npos);
        CHECK(text->find("tg-link elided") != std::string::npos);
        CHECK(text->find("working-group\"") == std::string::npos);
    }
    CHECK(html.find("\"elided\":true") != std::string::npos);
    CHECK(html.find(".tg-link.elided{") != std::string::npos);
    CHECK(timeline_svg.find("events of the model are left out of this figure") != std::string::npos);
    // The plain page carries none of the figure rules.
    auto plain = temp_dir("plain");
    REQUIRE(run_cli({"render", kSeed, "-o", plain}).status == 0);
    CHECK(tg_test::read_file(plain + "/us-china-2024.html").find("tg-muted") == std::string::npos);
    CHECK(render::stylesheet().find("tg-muted") == std::string::npos);
    CHECK(render::stylesheet(true).find(".tg-link.elided{") != std::string::npos);
}
