#include "serve/serve.hpp"

#include <csignal>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <thread>

#include <fmt/format.h>
#include <httplib.h>
#include <pthread.h>

#include "serve/live_state.hpp"

namespace timegraph::serve {

namespace fs = std::filesystem;

namespace {

constexpr const char* kLoopback = "127.0.0.1";

// Only requests addressed to this server by its loopback name: a page on
// another site that resolves its own name to 127.0.0.1 is refused.
bool loopback_host(const httplib::Request& req, int port) {
    std::string host = req.get_header_value("Host");
    return host == fmt::format("127.0.0.1:{}", port) || host == fmt::format("localhost:{}", port);
}

// The version of the page a browser holds, from the cookie `/` set.
long page_version(const httplib::Request& req, long otherwise) {
    std::string cookies = req.get_header_value("Cookie");
    auto at = cookies.find("tg-page=");
    if (at == std::string::npos) return otherwise;
    try {
        return std::stol(cookies.substr(at + 8));
    } catch (const std::exception&) {
        return otherwise;
    }
}

void serve_page(const LiveState& state, httplib::Response& res) {
    auto [page, version] = state.get();
    res.set_header("Cache-Control", "no-store");
    res.set_header("Set-Cookie", fmt::format("tg-page={}; Path=/; SameSite=Strict", version));
    res.set_content(page.html, "text/html; charset=utf-8");
}

// Server-Sent Events: `reload` whenever the page's version moves past the
// browser's, a comment every second otherwise (so that a closed page is noticed).
void serve_events(const LiveState& state, const httplib::Request& req, httplib::Response& res) {
    auto seen = std::make_shared<long>(page_version(req, state.version()));
    res.set_header("Cache-Control", "no-store");
    res.set_chunked_content_provider("text/event-stream", [&state, seen](std::size_t, httplib::DataSink& sink) {
        long now = state.wait(*seen, std::chrono::seconds(1));
        if (state.stopping() || !sink.is_writable()) return false;
        std::string message = now != *seen ? fmt::format("event: reload\ndata: {}\n\n", now) : ": waiting\n\n";
        *seen = now;
        return sink.write(message.data(), message.size());
    });
}

const char* content_type(const fs::path& file) {
    static const std::map<std::string, const char*> types{
        {".tg", "text/plain; charset=utf-8"}, {".txt", "text/plain; charset=utf-8"}, {".svg", "image/svg+xml"},
        {".png", "image/png"},                {".jpg", "image/jpeg"},                {".json", "application/json"}};
    auto it = types.find(file.extension().string());
    return it == types.end() ? "application/octet-stream" : it->second;
}

// A file of the model's folder, and nothing outside it: the path is resolved
// (symbolic links and `..` included) before it is compared with the folder.
void serve_file(const fs::path& root, const httplib::Request& req, httplib::Response& res) {
    std::error_code ec;
    fs::path target = fs::weakly_canonical(root / fs::path(req.path).relative_path(), ec);
    auto inside = target.lexically_relative(root);
    if (ec || inside.empty() || *inside.begin() == "..") {
        res.status = 403;
        return res.set_content("timegraph serve: only files in the model's folder are served\n", "text/plain");
    }
    std::ifstream in(target, std::ios::binary);
    if (!fs::is_regular_file(target, ec) || !in) {
        res.status = 404;
        return res.set_content("timegraph serve: no such file\n", "text/plain");
    }
    std::ostringstream body;
    body << in.rdbuf();
    res.set_header("Cache-Control", "no-store");
    res.set_content(body.str(), content_type(target));
}

void route(httplib::Server& server, const LiveState& state, const fs::path& root, const int& port) {
    server.set_pre_routing_handler([&port](const httplib::Request& req, httplib::Response& res) {
        if (loopback_host(req, port)) {
            // Nothing is compressed on loopback: cpp-httplib picks Brotli when Chromium offers it,
            // which cost 300-400 ms of every reload of a 150 KB page. The request object is the
            // server's own, handed over read-only.
            const_cast<httplib::Request&>(req).headers.erase("Accept-Encoding");
            return httplib::Server::HandlerResponse::Unhandled;
        }
        res.status = 403;
        res.set_content("timegraph serve: only requests to 127.0.0.1 or localhost are answered\n", "text/plain");
        return httplib::Server::HandlerResponse::Handled;
    });
    server.Get("/", [&state](const httplib::Request&, httplib::Response& res) { serve_page(state, res); });
    server.Get("/events", [&state](const httplib::Request& req, httplib::Response& res) {
        serve_events(state, req, res);
    });
    server.Get(".*", [&root](const httplib::Request& req, httplib::Response& res) { serve_file(root, req, res); });
}

void report(const ServeOptions& o, const LivePage& page, std::ostream& log) {
    log << page.diagnostics;
    log << (page.ok ? fmt::format("timegraph: {}: page updated\n", o.model)
                    : fmt::format("timegraph: {}: the page shows its errors until the next save\n", o.model))
        << std::flush;
}

// SIGINT and SIGTERM stop the server: they are blocked in every thread and
// taken by this one, so no handler runs on an arbitrary thread.
void wait_for_signal(const sigset_t& signals, LiveState& state, httplib::Server& server) {
    timespec tick{0, 200'000'000};
    while (!state.stopping())
        if (sigtimedwait(&signals, nullptr, &tick) > 0) break;
    state.stop();
    server.stop();
}

}  // namespace

int serve(const ServeOptions& o, std::ostream& log, const std::function<void(int port)>& ready) {
    std::error_code ec;
    fs::path root = fs::canonical(fs::absolute(o.model).parent_path(), ec);
    if (ec) {
        log << fmt::format("timegraph: error: {}: cannot find the model's folder: {}\n", o.model, ec.message());
        return 2;
    }
    LiveState state;
    FileWatch watch(o.model, state);
    if (!watch.ok()) {
        log << fmt::format("timegraph: error: {}: cannot watch the model's folder\n", o.model);
        return 2;
    }
    sigset_t signals, previous;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, &previous);

    state.set(render_live(o));
    report(o, state.get().first, log);
    httplib::Server server;
    server.set_keep_alive_timeout(1);  // so that a stop does not wait on idle connections
    // cpp-httplib's default also sets SO_REUSEPORT, with which a second serve on the same port
    // would share it silently; only SO_REUSEADDR, so that a busy port is an error.
    server.set_socket_options([](socket_t sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    int port = o.port;
    route(server, state, root, port);
    bool bound = port == 0 ? (port = server.bind_to_any_port(kLoopback)) > 0 : server.bind_to_port(kLoopback, port);
    int status = 0;
    if (!bound) {
        log << fmt::format("timegraph: error: cannot listen on {}:{} (is another server using it?)\n", kLoopback, o.port);
        status = 2;
    } else {
        log << fmt::format("timegraph: serving {} at http://{}:{}/ (Ctrl-C stops)\n", o.model, kLoopback, port)
            << std::flush;
        std::thread watcher([&] {
            watch.run([&] {
                state.set(render_live(o));
                report(o, state.get().first, log);
            });
        });
        std::thread stopper([&] { wait_for_signal(signals, state, server); });
        if (ready) ready(port);
        server.listen_after_bind();
        state.stop();
        stopper.join();
        watcher.join();
    }
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    return status;
}

}  // namespace timegraph::serve
