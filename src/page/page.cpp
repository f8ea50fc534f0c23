#include "page/page.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <mstch/mstch.hpp>
#include <nlohmann/json.hpp>
#include <openssl/evp.h>

#include "graph/export_json.hpp"
#include "graph/queries.hpp"
#include "page/templates.hpp"
#include "render/svg_writer.hpp"

namespace timegraph::page {

std::string script_safe_json(const nlohmann::json& j) {
    std::string raw = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::string out;
    out.reserve(raw.size() + raw.size() / 16);
    for (std::size_t i = 0; i < raw.size(); ++i) {
        char c = raw[i];
        if (c == '<') out += "\\u003c";
        else if (c == '>') out += "\\u003e";
        else if (c == '&') out += "\\u0026";
        else if (raw.compare(i, 3, "\xE2\x80\xA8") == 0) out += "\\u2028", i += 2;
        else if (raw.compare(i, 3, "\xE2\x80\xA9") == 0) out += "\\u2029", i += 2;
        else out += c;
    }
    return out;
}

std::string csp_hash(std::string_view content) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(content.data(), content.size(), digest, &len, EVP_sha256(), nullptr);
    unsigned char b64[4 * ((EVP_MAX_MD_SIZE + 2) / 3) + 1];
    int n = EVP_EncodeBlock(b64, digest, static_cast<int>(len));
    return "sha256-" + std::string(reinterpret_cast<const char*>(b64), static_cast<std::size_t>(n));
}

namespace {

std::optional<std::string> load_template(const std::string& dir, const std::string& name) {
    if (dir.empty()) {
        auto t = embedded_template(name);
        return t ? std::optional<std::string>(std::string(*t)) : std::nullopt;
    }
    std::ifstream in(dir + "/" + name, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A dated list of events with their direct causes and effects: the page without JavaScript.
mstch::array event_list(const graph::EventGraph& eg) {
    auto relations = [&](graph::Vertex v, bool in) {
        std::vector<std::pair<graph::Vertex, const model::Link*>> rel;
        if (in)
            for (auto [it, end] = boost::in_edges(v, eg.g); it != end; ++it) rel.emplace_back(boost::source(*it, eg.g), &eg.link(*it));
        else
            for (auto [it, end] = boost::out_edges(v, eg.g); it != end; ++it) rel.emplace_back(boost::target(*it, eg.g), &eg.link(*it));
        std::sort(rel.begin(), rel.end(), [&](const auto& a, const auto& b) {
            return a.first != b.first ? graph::date_less(eg.event(a.first), eg.event(b.first)) : a.second < b.second;
        });
        mstch::array out;
        for (std::size_t i = 0; i < rel.size(); ++i)
            out.push_back(mstch::map{{"id", eg.event(rel[i].first).id},
                                     {"title", eg.event(rel[i].first).title},
                                     {"kind", std::string(model::to_string(rel[i].second->kind))},
                                     {"last", i + 1 == rel.size()}});
        return out;
    };
    mstch::array events;
    for (graph::Vertex v : graph::by_date(eg)) {
        const auto& e = eg.event(v);
        int lane = eg.document.find_lane(e.lane);
        auto causes = relations(v, true), effects = relations(v, false);
        events.push_back(mstch::map{
            {"id", e.id},
            {"date", model::format_date(e.date)},
            {"title", e.title},
            {"lane", lane >= 0 ? eg.document.lanes[static_cast<std::size_t>(lane)].name : std::string()},
            {"has_causes", !causes.empty()},
            {"causes", causes},
            {"has_effects", !effects.empty()},
            {"effects", effects}});
    }
    return events;
}

void warn_unsafe_urls(const graph::EventGraph& eg, core::Diagnostics& diagnostics) {
    for (const auto& e : eg.document.events)
        if (!e.url.empty() && !graph::is_safe_url(e.url))
            diagnostics.warning(eg.document.file, e.pos,
                                fmt::format("event '{}': url dropped from the page: only http, https and mailto "
                                            "links are kept",
                                            e.id),
                                eg.document.line_text(e.pos.line));
}

}  // namespace

PageResult build_page(const graph::EventGraph& eg, const std::string& timeline_svg, const std::string& graph_svg,
                      const PageOptions& options, core::Diagnostics& diagnostics) {
    auto html = load_template(options.templates_dir, "page.html");
    auto css = load_template(options.templates_dir, "page.css");
    auto js = load_template(options.templates_dir, "page.js");
    if (!html || !css || !js)
        return {{}, fmt::format("cannot read page.html, page.css and page.js from '{}'", options.templates_dir)};
    warn_unsafe_urls(eg, diagnostics);
    // The views' stylesheet comes first so that the page's theme rules override it.
    std::string style = render::stylesheet() + "\n" + *css;
    const auto& doc = eg.document;
    mstch::map context{
        {"title", doc.title.empty() ? std::string("Timeline") : doc.title},
        {"subtitle", doc.subtitle},
        {"source", doc.source},
        {"version", std::string(TIMEGRAPH_VERSION)},
        {"css", style},
        {"script", *js},
        {"style_hash", csp_hash(style)},
        {"script_hash", csp_hash(*js)},
        {"timeline_svg", timeline_svg},
        {"graph_svg", graph_svg},
        {"model_json", script_safe_json(graph::export_json(eg, options.all_links))},
        {"events", event_list(eg)}};
    return {mstch::render(*html, context), std::nullopt};
}

}  // namespace timegraph::page
