// A thin RAII layer over Graphviz (cgraph + gvc): the one layout context of
// the process, owned graphs and layouts, and Graphviz's messages captured as
// text instead of printed, so that callers can report them as diagnostics.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace timegraph::causal::gv {

// The process's Graphviz context, created on first use with the dot layout
// built in (no plugin configuration is read). Null if Graphviz failed to start.
GVC_t* context();

struct GraphDeleter {
    void operator()(Agraph_t* g) const;
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphDeleter>;

// A new, empty directed graph.
GraphPtr new_digraph(const std::string& name);

// A layout computed on a graph, freed before the graph goes.
class Layout {
public:
    Layout(Agraph_t* g, const char* engine);
    ~Layout();
    Layout(const Layout&) = delete;
    Layout& operator=(const Layout&) = delete;
    bool ok() const { return ok_; }

private:
    Agraph_t* g_;
    bool ok_ = false;
};

// While alive, Graphviz's warnings and errors are collected here instead of
// being printed to stderr. Captures do not nest.
class Capture {
public:
    Capture();
    ~Capture();
    Capture(const Capture&) = delete;
    Capture& operator=(const Capture&) = delete;
    // The messages so far, one per line, without "Error:"/"Warning:" noise.
    std::vector<std::string> messages() const;
};

// Text for a Graphviz label: backslashes doubled, so that \N, \l or a
// trailing backslash in a title stay text instead of becoming escapes.
std::string escape_label(std::string_view text);

// Sets an attribute, declaring it with an empty default if needed.
void set(void* object, const char* name, const std::string& value);
// Sets an HTML-like label (the value must be markup the caller generated).
void set_html_label(Agedge_t* edge, const std::string& html);

// px <-> Graphviz units: 72 points per inch, one point drawn as one px.
inline double inches(double px) { return px / 72.0; }

// The graph as DOT text, written by Graphviz itself.
std::string write_dot(Agraph_t* g);

}  // namespace timegraph::causal::gv
