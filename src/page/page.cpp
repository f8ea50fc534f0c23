#include "page/page.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <mstch/mstch.hpp>
#include <nlohmann/json.hpp>
#include <openssl/evp.h>

#include "core/progress.hpp"
#include "core/text.hpp"
#include "style/lane_colour.hpp"
#include "style/style.hpp"
#include "graph/export_json.hpp"
#include "graph/queries.hpp"
#include "graph/subset.hpp"
#include "page/live.hpp"
#include "page/templates.hpp"
#include "render/svg_writer.hpp"

namespace timegraph::page {

std::string script_safe(std::string_view raw) {
    std::string out;
    out.reserve(raw.size() + raw.size() / 16);
    for (std::size_t i = 0; i < raw.size(); ++i) {
        char c = raw[i];
        if (c == '<') out += "\\u003c";
        else if (c == '>') out += "\\u003e";
        else if (c == '&') out += "\\u0026";
        else if (c == '\xE2' && raw.compare(i, 3, "\xE2\x80\xA8") == 0) out += "\\u2028", i += 2;
        else if (c == '\xE2' && raw.compare(i, 3, "\xE2\x80\xA9") == 0) out += "\\u2029", i += 2;
        else out += c;
    }
    return out;
}

std::string script_safe_json(const nlohmann::json& j) {
    return script_safe(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
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

using Relation = std::pair<graph::Vertex, const model::Link*>;

// An event's direct causes (in) or effects, in date order.
std::vector<Relation> relations(const graph::EventGraph& eg, graph::Vertex v, bool in) {
    std::vector<Relation> rel;
    if (in)
        for (auto [it, end] = boost::in_edges(v, eg.g); it != end; ++it) rel.emplace_back(boost::source(*it, eg.g), &eg.link(*it));
    else
        for (auto [it, end] = boost::out_edges(v, eg.g); it != end; ++it) rel.emplace_back(boost::target(*it, eg.g), &eg.link(*it));
    std::sort(rel.begin(), rel.end(), [&](const auto& a, const auto& b) {
        return a.first != b.first ? graph::date_less(eg.event(a.first), eg.event(b.first)) : a.second < b.second;
    });
    return rel;
}

std::string lane_name(const graph::EventGraph& eg, const model::Event& e) {
    int lane = eg.document.find_lane(e.lane);
    return lane >= 0 ? eg.document.lanes[static_cast<std::size_t>(lane)].name : std::string();
}

// The same list as mustache data, for a custom page.html that iterates {{#events}}.
mstch::array event_list(const graph::EventGraph& eg) {
    auto related = [&](graph::Vertex v, bool in) {
        auto rel = relations(eg, v, in);
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
        auto causes = related(v, true), effects = related(v, false);
        events.push_back(mstch::map{{"id", e.id},
                                    {"date", model::format_date(e.date)},
                                    {"title", e.title},
                                    {"lane", lane_name(eg, e)},
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

std::string event_list_html(const graph::EventGraph& eg) {
    using render::xml_escape;
    std::string out;
    auto add_relations = [&](graph::Vertex v, bool in) {
        auto rel = relations(eg, v, in);
        if (rel.empty()) return;
        out += in ? "\n        <div class=\"rel\">Causes: " : "\n        <div class=\"rel\">Effects: ";
        for (std::size_t i = 0; i < rel.size(); ++i) {
            const auto& other = eg.event(rel[i].first);
            if (i > 0) out += "; ";
            out += "<a href=\"#" + xml_escape(other.id) + "\">" + xml_escape(other.title) + "</a> (" +
                   model::to_string(rel[i].second->kind) + ")";
        }
        out += "</div>";
    };
    for (graph::Vertex v : graph::by_date(eg)) {
        const auto& e = eg.event(v);
        std::string id = xml_escape(e.id);
        out += "      <li id=\"list-" + id + "\" data-id=\"" + id + "\"><span class=\"date\">" +
               xml_escape(model::format_date(e.date)) + "</span> <strong>" + xml_escape(e.title) + "</strong>";
        if (auto lane = lane_name(eg, e); !lane.empty()) out += " <span class=\"lane\">" + xml_escape(lane) + "</span>";
        add_relations(v, true);
        add_relations(v, false);
        out += "\n      </li>\n";
    }
    return out;
}

namespace {

// The page's big values (the SVGs, the model JSON, the stylesheet and the
// script) never pass through mstch, which would copy each several times:
// `{{{name}}}` in the template becomes a marker that is replaced afterwards.
// Model text cannot hold the marker's control character. A template that
// uses a value any other way still gets it through mstch.
struct Splice {
    std::string name;
    Pieces value;

    std::size_t size() const {
        std::size_t n = 0;
        for (auto p : value.parts) n += p.size();
        return n;
    }
    std::string joined() const {
        std::string out;
        out.reserve(size());
        for (auto p : value.parts) out += p;
        return out;
    }
};

// A splice's marker is its index between two U+0001 characters: the marker
// must not hold the value's name, which the template is searched for.
std::string marker_index(std::size_t i) { return std::to_string(i); }
std::string marker(std::size_t i) { return "\x01" + marker_index(i) + "\x01"; }

// The rendered template, cut at each marker, with the spliced values between.
void assemble(PagePieces& page, std::string rendered, const std::vector<Splice>& splices) {
    const std::string& text = *page.owned.emplace_back(std::make_unique<std::string>(std::move(rendered)));
    std::string_view rest = text;
    std::size_t from = 0;  // where `rest`'s next text starts
    for (std::size_t at = 0;;) {
        std::size_t open = text.find('\x01', at);
        if (open == std::string::npos) break;
        std::size_t close = text.find('\x01', open + 1);
        if (close == std::string::npos) break;
        std::string_view index(text.data() + open + 1, close - open - 1);
        const Splice* hit = nullptr;
        for (std::size_t i = 0; i < splices.size(); ++i)
            if (index == marker_index(i)) hit = &splices[i];
        if (!hit) {
            at = open + 1;
            continue;
        }
        page.pieces.push_back(rest.substr(from, open - from));
        for (auto p : hit->value.parts) page.pieces.push_back(p);
        from = at = close + 1;
    }
    page.pieces.push_back(rest.substr(from));
}

}  // namespace

std::string PagePieces::joined() const {
    std::size_t size = 0;
    for (auto p : pieces) size += p.size();
    std::string out;
    out.reserve(size);
    for (auto p : pieces) out += p;
    return out;
}

PageResult build_page(const graph::EventGraph& eg, const Pieces& timeline_svg, const Pieces& graph_svg,
                      const PageOptions& options, core::Diagnostics& diagnostics) {
    auto page = build_page_pieces(eg, Views{timeline_svg, graph_svg}, options, diagnostics);
    if (page.error) return {{}, page.error};
    return {page.joined(), std::nullopt};
}

namespace {

// Shows the vertical timeline instead of the horizontal one in a timeline
// view too narrow for the horizontal one: a container query on the view, so
// that it holds in print and without scripts, from the first frame. Made
// here because its width comes from the layout, and only for a page that
// carries a vertical timeline, since a container costs layout (page.css).
std::string narrow_rule(const Views& views) {
    if (views.timeline_down.parts.empty() || views.timeline_width <= 0) return {};
    double below = std::round(views.timeline_width * style::kNarrowTitlePx / style::kEventTitle.px);
    return fmt::format("\n#timeline-view {{ container: timeline / inline-size; }}\n"
                       "@container timeline (width < {}px) {{\n"
                       "  #timeline-frame > svg.timeline:not(.down) {{ display: none; }}\n"
                       "  #timeline-frame > svg.timeline.down {{ display: block; }}\n"
                       "  #timeline-frame {{ width: fit-content; max-width: 100%; }}\n"
                       "  #zoom-bar button {{ display: none; }}\n}}\n",
                       render::format_number(below));
}

// A graph of more events than the page lists is laid out only when the
// reader scrolls to it: content-visibility: auto alone lays it out at load
// whenever it lies within a screen or so of the window. With scripts only,
// so that without them the graph shows as ever; the page's script adds
// `near` (page-js/20-views.js).
std::string lazy_graph_rule(const graph::EventGraph& eg) {
    if (eg.document.events.size() <= kListedEventsMax) return {};
    return "\n@media (scripting: enabled) {\n  #graph-view:not(.near) .svg-frame { content-visibility: hidden; }\n}\n";
}

}  // namespace

PagePieces build_page_pieces(const graph::EventGraph& eg, const Views& views, const PageOptions& options,
                             core::Diagnostics& diagnostics) {
    PagePieces page;
    core::Progress progress("page", 3);
    auto html = load_template(options.templates_dir, "page.html");
    auto css = load_template(options.templates_dir, "page.css");
    auto js = load_template(options.templates_dir, "page.js");
    if (!html || !css || !js) {
        page.error = fmt::format("cannot read page.html, page.css and page.js from '{}'", options.templates_dir);
        return page;
    }
    warn_unsafe_urls(eg, diagnostics);
    auto own = [&](std::string text) -> const std::string& {
        return *page.owned.emplace_back(std::make_unique<std::string>(std::move(text)));
    };
    // The views' stylesheet comes first so that the page's theme rules override it.
    std::string lanes = render::own_lane_rules(style::own_lane_colours(eg.document));
    const std::string& style =
        own(render::stylesheet(graph::has_figure_marks(eg), graph::has_feedback(eg), !eg.document.periods.empty()) + lanes + "\n" + *css +
            narrow_rule(views) + lazy_graph_rule(eg));
    const std::string& script = own(std::move(*js));
    const std::string& model_json = own(script_safe(graph::export_json_text(eg, options.all_links)));
    progress.step(1);
    const auto& doc = eg.document;
    mstch::map context{
        {"title", doc.title.empty() ? std::string("Timeline") : doc.title},
        {"subtitle", doc.subtitle},
        {"source", doc.source},
        {"version", std::string(TIMEGRAPH_VERSION)},
        {"style_hash", csp_hash(style)},
        {"script_hash", options.live_script.empty() ? csp_hash(script)
                                                    : live_script_sources(script, options.live_script)}};
    // The built-in page takes the list as HTML (mustache took a quarter of a 100,000-event render to
    // build it); a custom page.html may still iterate {{#events}}.
    const bool listed = doc.events.size() <= kListedEventsMax;
    context.emplace("list_omitted", !listed);
    context.emplace("event_count", core::thousands(doc.events.size()));
    context.emplace("list_max", core::thousands(kListedEventsMax));
    const std::string& list_html = own(listed ? event_list_html(eg) : std::string());
    progress.step(2);
    if (html->find("{{#events}}") != std::string::npos) context.emplace("events", event_list(eg));
    std::vector<Splice> splices{{"event_list", list_html}, {"css", style},           {"script", script},
                                {"timeline_svg", views.timeline}, {"graph_svg", views.graph}, {"model_json", model_json},
                                {"timeline_down_svg", views.timeline_down}};
    // A template that holds the marker character itself gets every value through mstch.
    const bool splice = html->find('\x01') == std::string::npos;
    for (std::size_t i = 0; i < splices.size(); ++i) {
        const auto& s = splices[i];
        std::string tag = "{{{" + s.name + "}}}";
        for (std::size_t at = html->find(tag); splice && at != std::string::npos; at = html->find(tag, at))
            html->replace(at, tag.size(), marker(i));
        if (html->find(s.name) != std::string::npos) context.emplace(s.name, s.joined());
    }
    assemble(page, mstch::render(*html, context), splice ? splices : std::vector<Splice>{});
    if (!options.live_script.empty()) add_live_script(page, options.live_script);
    return page;
}

}  // namespace timegraph::page
