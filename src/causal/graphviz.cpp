#include "causal/graphviz.hpp"

#include <cstdio>
#include <cstdlib>

#include <graphviz/gvplugin.h>

extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
}

namespace timegraph::causal::gv {

namespace {

// Graphviz keeps one error callback per process; this is its sink.
std::string& captured() {
    static std::string text;
    return text;
}

int collect(char* message) {
    captured() += message;
    return 0;
}

// Graphviz passes "Error"/"Warning" and ": " as separate pieces before each message.
std::string strip_level(std::string line) {
    for (const char* prefix : {"Error: ", "Warning: "}) {
        std::string p(prefix);
        if (line.compare(0, p.size(), p) == 0) return line.substr(p.size());
    }
    return line;
}

// One context per process, freed at exit.
struct Context {
    GVC_t* gvc = nullptr;
    Context() {
        static lt_symlist_t builtins[] = {
            {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
            {nullptr, nullptr},
        };
        gvc = gvContextPlugins(builtins, 0);
    }
    ~Context() {
        if (gvc) gvFreeContext(gvc);
    }
};

}  // namespace

GVC_t* context() {
    static Context c;
    return c.gvc;
}

void GraphDeleter::operator()(Agraph_t* g) const {
    if (g) agclose(g);
}

GraphPtr new_digraph(const std::string& name) {
    std::string n = name;  // cgraph takes a mutable char*
    return GraphPtr(agopen(n.data(), Agdirected, nullptr));
}

Layout::Layout(Agraph_t* g, const char* engine) : g_(g) {
    GVC_t* gvc = context();
    ok_ = gvc != nullptr && gvLayout(gvc, g, engine) == 0;
}

Layout::~Layout() {
    if (ok_) gvFreeLayout(context(), g_);
}

Capture::Capture() {
    captured().clear();
    agseterr(AGWARN);
    agseterrf(collect);
}

Capture::~Capture() {
    agseterrf(nullptr);
    captured().clear();
}

std::vector<std::string> Capture::messages() const {
    std::vector<std::string> out;
    const std::string& text = captured();
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = strip_level(text.substr(start, end - start));
        if (!line.empty()) out.push_back(line);
        start = end + 1;
    }
    return out;
}

std::string escape_label(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '\\') out += '\\';
        out += c;
    }
    return out;
}

void set(void* object, const char* name, const std::string& value) {
    std::string n = name, v = value, empty;
    agsafeset(object, n.data(), v.data(), empty.data());
}

void set_html_label(Agedge_t* edge, const std::string& html) {
    Agraph_t* g = agraphof(edge);
    std::string name = "label", empty;
    Agsym_t* sym = agattr(g, AGEDGE, name.data(), nullptr);
    if (!sym) sym = agattr(g, AGEDGE, name.data(), empty.data());
    std::string markup = html;
    char* value = agstrdup_html(g, markup.data());
    agxset(edge, sym, value);
    agstrfree(g, value);
}

std::string write_dot(Agraph_t* g) {
    char* buffer = nullptr;
    std::size_t size = 0;
    FILE* f = open_memstream(&buffer, &size);
    if (!f) return {};
    agwrite(g, f);
    std::fclose(f);
    std::string out(buffer, size);
    std::free(buffer);
    return out;
}

}  // namespace timegraph::causal::gv
