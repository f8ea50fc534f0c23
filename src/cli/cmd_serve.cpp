// `timegraph serve MODEL.tg [--port N]`: the page, live, while the model is
// written (src/serve). Runs until Ctrl-C.
#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "serve/serve.hpp"

namespace timegraph::cli {

void add_serve_command(CLI::App& app, Io& io) {
    auto o = std::make_shared<serve::ServeOptions>();
    CLI::App* cmd = app.add_subcommand(
        "serve", "Serve the model's page on 127.0.0.1 and reload it in the browser each time the file is saved");
    cmd->add_option("file", o->model, "Model file (.tg)")->required();
    cmd->add_option("--port", o->port, "Port on 127.0.0.1; 0 picks a free one")
        ->capture_default_str()
        ->check(CLI::Range(0, 65535));
    cmd->add_option("--templates", o->templates_dir,
                    "Folder with page.html, page.css and page.js to use instead of the built-in templates");
    cmd->callback([o, &io] { io.fail(serve::serve(*o, io.err)); });
}

}  // namespace timegraph::cli
