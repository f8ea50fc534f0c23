// `timegraph serve`: a live preview of a model while it is written. An HTTP
// server (cpp-httplib) on 127.0.0.1 only serves the page at / and a reload
// channel (Server-Sent Events) at /events; an inotify watch on the model's
// folder re-renders on every save and tells the open pages to reload. While
// the model has errors, / shows them (with source line and caret) instead.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

namespace timegraph::serve {

struct ServeOptions {
    std::string model;  // the .tg file
    int port = 8421;    // 0: any free port
    std::string templates_dir;
};

// The page for the model as it is now: the rendered page with the reload
// script, or the page of its diagnostics. `ok` is false for the latter.
struct LivePage {
    std::string html;
    bool ok = false;
    std::string diagnostics;  // as `check` prints them
};
LivePage render_live(const ServeOptions& options);

// The reload script every served page carries (page/live.hpp).
const std::string& reload_script();

// Serves until stop() is called from another thread or SIGINT/SIGTERM
// arrives; `ready` is called with the bound port once it listens. Returns 0,
// or 2 when the port cannot be bound or the model's folder not watched.
int serve(const ServeOptions& options, std::ostream& log, const std::function<void(int port)>& ready = {});

}  // namespace timegraph::serve
