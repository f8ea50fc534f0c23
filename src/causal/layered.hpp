// A layered layout over time columns, in the phases of Sugiyama's framework
// as ELK and dot implement them: long links split into dummy nodes, crossing
// minimisation by layer sweeps and greedy switches with restarts, placement,
// and link routing. Pure geometry on numbered boxes: it knows nothing of
// events, so each phase can be tested on graphs drawn by hand.
//
// Coordinates are "along" time and "across" it; the caller maps them to x and
// y (time running right) or y and x (time running down).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace timegraph::causal::layered {

struct Node {
    int layer = 0;            // time column; an earlier column is drawn earlier along time
    double along = 0;         // the box's extent along time (its width when time runs right)
    double across = 0;        // ...and across time
    int group = 0;            // first key of the initial order (a lane), so that a lane starts together
};

struct Edge {
    std::size_t from = 0, to = 0;
};

struct Point {
    double along = 0, across = 0;
};

struct Options {
    double gap_along = 28;        // px between boxes along time
    double gap_across = 14;       // px between boxes across time
    double clearance = 5;         // px kept free on each side of a routed link
    double pitch = 0;             // px from one column to the next; 0: chosen to fit max_aspect
    double min_pitch = 6;         // the smallest pitch tried: an earlier column stays visibly earlier
    double max_aspect = 2.0;      // along : across the chosen pitch aims to stay within
    double frame_along = 0;       // px the caller's frame adds along time (its heading, when time runs down)
    // Above this many boxes, columns stay wider than their boxes: a big graph
    // is read by scrolling, and staggering it costs time and straightness.
    std::size_t stagger_max = 150;
    int restarts = -1;            // crossing-minimisation restarts; -1: by size
    std::size_t dummy_budget = 600000;  // above this many dummies, long links get them every k columns
    bool step_down = true;        // between two free places as near, a box takes the lower one
    std::uint64_t seed = 1;       // the restarts' random orders; fixed, so output is deterministic
};

// A layout: each box's centre, each link's route, and the extent of it all
// (every coordinate lies in [0, extent]).
struct Layout {
    std::vector<Point> centres;              // by node
    std::vector<std::vector<Point>> routes;  // by edge: from the source's side to the target's
    double along = 0, across = 0;
    double pitch = 0;                        // the pitch used
    std::size_t crossings = 0;               // crossings of the final order, counted between columns
    std::size_t detours = 0;                 // links routed round boxes the columns could not keep clear
};

Layout layout(const std::vector<Node>& nodes, const std::vector<Edge>& edges, const Options& options = {});

// Crossings of straight segments between box centres (and segments within a
// pixel of each other, which read as one), as a reader's eye follows links.
std::size_t straight_crossings(const Layout& l, const std::vector<Edge>& edges);

// --- The phases, exposed for their tests ---

// The proper layered graph: nodes [0, real) are the boxes, the rest dummies;
// every segment joins a node to one in a later layer (the next one unless the
// dummy budget set a stride).
struct Layered {
    std::size_t real = 0;
    std::vector<int> layer;                         // by node
    std::vector<std::vector<std::size_t>> out, in;  // segments, by node
    std::vector<std::vector<std::size_t>> chains;   // by edge: source, dummies..., target, in time order
    std::vector<bool> reversed;                     // by edge: drawn against the layers (a cycle)
    int layers = 0;
    int stride = 1;
};

Layered split_long_edges(const std::vector<Node>& nodes, const std::vector<Edge>& edges, std::size_t dummy_budget);

using Order = std::vector<std::vector<std::size_t>>;  // by layer: nodes from the top

// Crossings between consecutive layers for this order (segments that skip
// layers, under a stride, are counted between their own end layers).
std::size_t count_crossings(const Layered& g, const Order& order);

// The order with the fewest crossings found: barycenter sweeps down and up,
// then greedy switches, from several starts.
Order minimise_crossings(const Layered& g, const std::vector<Node>& nodes, const Options& options);

// Up to `keep` different orders with the fewest crossings found, the first found first.
std::vector<Order> best_orders(const Layered& g, const std::vector<Node>& nodes, const Options& options,
                               std::size_t keep);

}  // namespace timegraph::causal::layered
