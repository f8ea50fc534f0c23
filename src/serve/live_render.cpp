// The model read and drawn as `render` draws it, for the live page.
#include <filesystem>

#include "causal/causal_layout.hpp"
#include "core/files.hpp"
#include "graph/checks.hpp"
#include "page/live.hpp"
#include "page/page.hpp"
#include "parse/parser.hpp"
#include "render/svg_writer.hpp"
#include "serve/serve.hpp"
#include "timeline/timeline.hpp"

namespace timegraph::serve {

const std::string& reload_script() {
    // Reloads on each change; the page keeps its selection in the URL's
    // #event-id and its view in sessionStorage, so a reload keeps both.
    static const std::string script =
        "(function(){var s=new EventSource('/events');"
        "s.addEventListener('reload',function(){s.close();location.reload();});})();";
    return script;
}

namespace {

LivePage failed(const ServeOptions& o, std::string diagnostics) {
    std::string name = std::filesystem::path(o.model).filename().string();
    return {page::live_error_page(name, diagnostics, reload_script()), false, diagnostics};
}

}  // namespace

LivePage render_live(const ServeOptions& o) {
    auto input = core::read_input(o.model);
    if (input.error) return failed(o, "timegraph: error: " + *input.error + "\n");
    auto parsed = parse::parse(input.text, o.model);
    core::Diagnostics diags = std::move(parsed.diagnostics);
    if (diags.has_errors()) return failed(o, core::format_all(diags));
    auto eg = graph::build(std::move(parsed.document));
    graph::check(eg, diags);
    if (diags.has_errors()) return failed(o, core::format_all(diags));
    auto timeline = render::write_svg_document(timeline::timeline_layout(eg, {}));
    auto graph_scene = causal::causal_layout(eg, {}, diags);
    if (!graph_scene) return failed(o, core::format_all(diags));
    auto graph = render::write_svg_document(*graph_scene);
    page::PageOptions popts;
    popts.templates_dir = o.templates_dir;
    popts.live_script = reload_script();
    auto page = page::build_page(eg, timeline.inline_pieces(), graph.inline_pieces(), popts, diags);
    if (page.error) return failed(o, "timegraph: error: " + *page.error + "\n");
    return {std::move(page.html), true, core::format_all(diags)};
}

}  // namespace timegraph::serve
