// The model read and drawn as `render` draws it, for the live page.
#include <filesystem>

#include <timegraph/timegraph.hpp>

#include "page/live.hpp"
#include "serve/serve.hpp"

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
    auto loaded = load_file(o.model);
    if (!loaded.model) return failed(o, loaded.report.messages);
    PageOptions options;
    options.templates_dir = o.templates_dir;
    options.live_script = reload_script();
    auto page = render_page(*loaded.model, options);
    if (!page.ok()) return failed(o, loaded.report.messages + page.report.messages);
    return {std::move(page.text), true, loaded.report.messages + page.report.messages};
}

}  // namespace timegraph::serve
