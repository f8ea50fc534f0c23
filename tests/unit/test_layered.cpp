// The layered engine's phases on graphs small enough to draw by hand.
#include <catch2/catch.hpp>

#include <algorithm>

#include "causal/layered.hpp"

using namespace timegraph::causal::layered;

namespace {

std::vector<Node> boxes(std::initializer_list<int> layers, double along = 100, double across = 40) {
    std::vector<Node> out;
    for (int l : layers) out.push_back({l, along, across, 0});
    return out;
}

// Whether two boxes (centre, size) overlap.
bool overlap(Point a, const Node& na, Point b, const Node& nb) {
    return std::abs(a.along - b.along) < (na.along + nb.along) / 2 &&
           std::abs(a.across - b.across) < (na.across + nb.across) / 2;
}

}  // namespace

TEST_CASE("long links get one dummy per layer they cross") {
    auto nodes = boxes({0, 1, 3});
    Layered g = split_long_edges(nodes, {{0, 2}, {0, 1}}, 1000);
    REQUIRE(g.real == 3);
    CHECK(g.layer.size() == 5);  // two dummies, in layers 1 and 2
    CHECK(g.chains[0].size() == 4);
    CHECK(g.layer[g.chains[0][1]] == 1);
    CHECK(g.layer[g.chains[0][2]] == 2);
    CHECK(g.chains[1].size() == 2);
    CHECK(g.stride == 1);
}

TEST_CASE("a link against the layers is split in time order and marked reversed") {
    auto nodes = boxes({2, 0});
    Layered g = split_long_edges(nodes, {{0, 1}}, 1000);
    CHECK(g.reversed[0]);
    CHECK(g.chains[0].front() == 1);
    CHECK(g.chains[0].back() == 0);
}

TEST_CASE("over the dummy budget, long links get dummies every k layers") {
    auto nodes = boxes({0, 100});
    Layered g = split_long_edges(nodes, {{0, 1}}, 10);
    CHECK(g.stride == 10);
    CHECK(g.layer.size() == 2 + 9);  // layers 10, 20, ... 90
}

TEST_CASE("crossings are counted between layers") {
    // a0, a1 in layer 0; b0, b1 in layer 1; a0 -> b1 and a1 -> b0 cross once in this order.
    auto nodes = boxes({0, 0, 1, 1});
    Layered g = split_long_edges(nodes, {{0, 3}, {1, 2}}, 1000);
    CHECK(count_crossings(g, {{0, 1}, {2, 3}}) == 1);
    CHECK(count_crossings(g, {{0, 1}, {3, 2}}) == 0);
}

TEST_CASE("crossing minimisation untangles a crossed ladder") {
    // Two layers of four, joined i -> 3 - i in the first order: six crossings, none needed.
    auto nodes = boxes({0, 0, 0, 0, 1, 1, 1, 1});
    std::vector<Edge> edges{{0, 7}, {1, 6}, {2, 5}, {3, 4}};
    Layered g = split_long_edges(nodes, edges, 1000);
    CHECK(count_crossings(g, {{0, 1, 2, 3}, {4, 5, 6, 7}}) == 6);
    CHECK(count_crossings(g, minimise_crossings(g, nodes, {})) == 0);
}

TEST_CASE("K3,3 keeps its unavoidable crossings only") {
    auto nodes = boxes({0, 0, 0, 1, 1, 1});
    std::vector<Edge> edges;
    for (std::size_t a = 0; a < 3; ++a)
        for (std::size_t b = 3; b < 6; ++b) edges.push_back({a, b});
    Layered g = split_long_edges(nodes, edges, 1000);
    CHECK(count_crossings(g, minimise_crossings(g, nodes, {})) == 9);  // K3,3 drawn in two layers: 3 * 3
}

TEST_CASE("the layout keeps time order, boxes apart, and routes from side to side") {
    // A chain with a shortcut across it, and a parallel branch.
    auto nodes = boxes({0, 1, 2, 3, 1, 2});
    std::vector<Edge> edges{{0, 1}, {1, 2}, {2, 3}, {0, 3}, {0, 4}, {4, 5}, {5, 3}};
    Layout l = layout(nodes, edges);
    REQUIRE(l.centres.size() == nodes.size());
    for (std::size_t a = 0; a < nodes.size(); ++a) {
        for (std::size_t b = 0; b < nodes.size(); ++b) {
            if (nodes[a].layer < nodes[b].layer) CHECK(l.centres[a].along < l.centres[b].along);
            if (a < b) CHECK_FALSE(overlap(l.centres[a], nodes[a], l.centres[b], nodes[b]));
        }
    }
    REQUIRE(l.routes.size() == edges.size());
    for (std::size_t e = 0; e < edges.size(); ++e) {
        REQUIRE(l.routes[e].size() >= 2);
        CHECK(l.routes[e].front().along <= l.routes[e].back().along);
    }
    CHECK(l.along > 0);
    CHECK(l.across > 0);
    CHECK(l.crossings == 0);
}

TEST_CASE("a long chain is staggered rather than drawn as a strip") {
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    for (int i = 0; i < 20; ++i) {
        nodes.push_back({i, 150, 50, 0});
        if (i) edges.push_back({static_cast<std::size_t>(i - 1), static_cast<std::size_t>(i)});
    }
    Options o;
    o.max_aspect = 2.0;
    Layout l = layout(nodes, edges, o);
    CHECK(l.along <= 2.0 * l.across + 1);
    for (std::size_t a = 0; a + 1 < nodes.size(); ++a) {
        CHECK(l.centres[a].along < l.centres[a + 1].along);
        for (std::size_t b = a + 1; b < nodes.size(); ++b) CHECK_FALSE(overlap(l.centres[a], nodes[a], l.centres[b], nodes[b]));
    }
}

TEST_CASE("the layout is the same every time") {
    auto nodes = boxes({0, 1, 2, 3, 1, 2, 0, 3});
    std::vector<Edge> edges{{0, 1}, {1, 2}, {2, 3}, {6, 4}, {4, 5}, {5, 7}, {0, 5}, {6, 2}};
    Layout a = layout(nodes, edges), b = layout(nodes, edges);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        CHECK(a.centres[i].along == b.centres[i].along);
        CHECK(a.centres[i].across == b.centres[i].across);
    }
}
