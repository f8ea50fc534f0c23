#include "render/svg_writer.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "core/text.hpp"
#include "style/style.hpp"

namespace timegraph::render {

namespace {

// Appends text with & < > " ' escaped and what XML cannot carry (invalid
// UTF-8, control characters) replaced by U+FFFD. Plain runs go in whole.
void escape_to(std::string& out, std::string_view text) {
    std::size_t run = 0;  // where the pending plain text starts
    for (std::size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'') {
            ++i;
            continue;
        }
        std::size_t len = core::utf8_sequence_length(text, i);
        if (len > 0 && (c >= 0x80 || c == '\t' || c == '\n')) {
            i += len;
            continue;
        }
        out.append(text.substr(run, i - run));
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += "\xEF\xBF\xBD";
        }
        i += len == 0 ? 1 : len;
        run = i;
    }
    out.append(text.substr(run));
}

// Appends a number with at most two decimals, no trailing zeros, no -0.
void number_to(std::string& out, double v) {
    if (!std::isfinite(v)) {
        out += '0';
        return;
    }
    double r = std::round(v * 100.0) / 100.0;
    if (r == 0.0) {
        out += '0';
        return;
    }
    char buffer[64];
    char* end = fmt::format_to_n(buffer, sizeof buffer, "{:.2f}", r).out;
    while (end[-1] == '0') --end;
    if (end[-1] == '.') --end;
    out.append(buffer, end);
}

}  // namespace

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    escape_to(out, text);
    return out;
}

std::string format_number(double v) {
    std::string out;
    number_to(out, v);
    return out;
}

namespace {

using namespace scene;

const char* anchor_attr(Anchor a) {
    switch (a) {
    case Anchor::start: return "";
    case Anchor::middle: return " text-anchor=\"middle\"";
    case Anchor::end: return " text-anchor=\"end\"";
    }
    return "";
}

// ` name="value"`, the value escaped.
void attr(std::string& out, std::string_view name, std::string_view value) {
    out += ' ';
    out += name;
    out += "=\"";
    escape_to(out, value);
    out += '"';
}

// ` name="number"`.
void number_attr(std::string& out, std::string_view name, double value) {
    out += ' ';
    out += name;
    out += "=\"";
    number_to(out, value);
    out += '"';
}

// `<name>text</name>`, the text escaped; nothing for empty text.
void text_element(std::string& out, std::string_view name, std::string_view text) {
    if (text.empty()) return;
    out += '<';
    out += name;
    out += '>';
    escape_to(out, text);
    out += "</";
    out += name;
    out += '>';
}

void cls_attr(std::string& out, const std::string& cls) {
    if (!cls.empty()) attr(out, "class", cls);
}

void path_data(std::string& out, const Path& p) {
    bool first = true;
    for (const auto& op : p.ops) {
        if (!first) out += ' ';
        first = false;
        out += op.op;
        for (std::size_t i = 0; i < op.pts.size(); ++i) {
            if (i > 0) out += ' ';
            number_to(out, op.pts[i].x);
            out += ',';
            number_to(out, op.pts[i].y);
        }
    }
}

// `stem` begins the marker ids: the id prefix, "tg-" and the view's kind.
void write_item(std::string& out, const Item& item, const std::string& stem) {
    std::visit(
        [&out, &stem](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Rect>) {
                out += "<rect";
                number_attr(out, "x", v.x);
                number_attr(out, "y", v.y);
                number_attr(out, "width", v.w);
                number_attr(out, "height", v.h);
                if (v.rx > 0) number_attr(out, "rx", v.rx);
                cls_attr(out, v.cls);
                out += "/>";
            } else if constexpr (std::is_same_v<T, Circle>) {
                out += "<circle";
                number_attr(out, "cx", v.cx);
                number_attr(out, "cy", v.cy);
                number_attr(out, "r", v.r);
                cls_attr(out, v.cls);
                out += "/>";
            } else if constexpr (std::is_same_v<T, Text>) {
                out += "<text";
                number_attr(out, "x", v.x);
                number_attr(out, "y", v.y);
                out += anchor_attr(v.anchor);
                cls_attr(out, v.cls);
                out += '>';
                escape_to(out, v.text);
                out += "</text>";
            } else {
                out += "<path d=\"";
                path_data(out, v);
                out += '"';
                cls_attr(out, v.cls);
                if (v.marker_end == Marker::arrow) out += " marker-end=\"url(#" + stem + "-arrow)\"";
                if (v.marker_end == Marker::bar) out += " marker-end=\"url(#" + stem + "-bar)\"";
                if (v.marker_end == Marker::muted_arrow) out += " marker-end=\"url(#" + stem + "-muted-arrow)\"";
                if (v.marker_end == Marker::muted_bar) out += " marker-end=\"url(#" + stem + "-muted-bar)\"";
                out += "/>";
            }
        },
        item);
}

void write_group(std::string& out, const Group& g, const std::string& stem, const std::string& prefix) {
    out += "<g";
    if (!g.id.empty()) attr(out, "id", prefix + g.id);
    if (!g.data_id.empty()) attr(out, "data-id", g.data_id);
    for (const auto& [name, value] : g.data) {
        // Attribute names come from layout code, never from the model; keep them plain anyway.
        if (name.empty() || name.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") != std::string::npos) continue;
        attr(out, "data-" + name, value);
    }
    cls_attr(out, g.cls);
    if (g.focusable) {
        out += " tabindex=\"0\" role=\"button\"";
        if (!g.title.empty()) attr(out, "aria-label", g.title);
    }
    out += '>';
    text_element(out, "title", g.title);
    text_element(out, "desc", g.desc);
    for (const auto& item : g.items) write_item(out, item, stem);
    for (const auto& child : g.children) write_group(out, child, stem, prefix);
    out += "</g>\n";
}

}  // namespace

namespace {

// The arrow and bar heads, as `<stem><suffix>-arrow` and `-bar`.
std::string marker_defs(const std::string& stem, std::string_view suffix, const std::string& extra_class) {
    return fmt::format("<marker id=\"{0}{1}-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
                       "markerHeight=\"7\" orient=\"auto-start-reverse\" markerUnits=\"userSpaceOnUse\">"
                       "<path d=\"M0,1 L9,5 L0,9 z\" class=\"{2}{4}\"/></marker>"
                       "<marker id=\"{0}{1}-bar\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"8\" "
                       "markerHeight=\"10\" orient=\"auto\" markerUnits=\"userSpaceOnUse\">"
                       "<path d=\"M8,0 L8,10\" class=\"{3}{4}\"/></marker>",
                       stem, suffix, style::cls::head, style::cls::bar_head, extra_class);
}

struct Offsets {
    std::size_t declaration_end = 0, style_begin = 0, style_end = 0;
};

bool figure_group(const Group& g) {
    if (style::has_class(g.cls, style::cls::muted)) return true;
    for (const auto& item : g.items)
        if (const auto* p = std::get_if<Path>(&item); p && style::has_class(p->cls, style::cls::elided)) return true;
    return std::any_of(g.children.begin(), g.children.end(), figure_group);
}

bool feedback_group(const Group& g) {
    if (style::has_class(g.cls, style::cls::feedback)) return true;
    for (const auto& item : g.items)
        if (const auto* p = std::get_if<Path>(&item); p && style::has_class(p->cls, style::cls::feedback)) return true;
    return std::any_of(g.children.begin(), g.children.end(), feedback_group);
}

std::string write(const Scene& s, const SvgOptions& options, Offsets& at) {
    std::string out;
    if (options.xml_declaration) out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    at.declaration_end = out.size();
    std::string w = format_number(s.width), h = format_number(s.height);
    // Ids carry the view's kind, so that two SVGs inlined in one page keep
    // unique ids, and the prefix, so that two drawings of one view do too.
    const std::string kind = xml_escape(s.kind), prefix = xml_escape(options.id_prefix);
    const std::string stem = prefix + "tg-" + kind;
    out += fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" "
                       "class=\"{} {}{}\" role=\"img\" aria-labelledby=\"{}-title {}-desc\">\n",
                       w, h, w, h, style::cls::root, kind, s.cls.empty() ? "" : " " + xml_escape(s.cls), stem, stem);
    out += fmt::format("<title id=\"{}-title\">{}</title>\n<desc id=\"{}-desc\">{}</desc>\n", stem, xml_escape(s.title), stem,
                       xml_escape(s.desc));
    at.style_begin = out.size();
    if (options.embed_style) out += "<style>" + stylesheet(uses_figure_classes(s), uses_feedback_class(s), uses_period_class(s)) + own_lane_rules(s.lane_colours) +
                                     "</style>\n";
    at.style_end = out.size();
    out += "<defs>" + marker_defs(stem, "", "") +
           (scene::uses_muted_markers(s) ? marker_defs(stem, "-muted", std::string(" ") + style::cls::muted_head) : "") +
           "</defs>\n";
    out += fmt::format("<rect x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" class=\"{}\"/>\n", w, h, style::cls::background);
    for (const auto& g : s.groups) write_group(out, g, stem, prefix);
    out += "</svg>\n";
    return out;
}

}  // namespace

bool uses_figure_classes(const Scene& s) { return std::any_of(s.groups.begin(), s.groups.end(), figure_group); }

bool uses_feedback_class(const Scene& s) { return std::any_of(s.groups.begin(), s.groups.end(), feedback_group); }

bool uses_period_class(const Scene& s) {
    return std::any_of(s.groups.begin(), s.groups.end(),
                       [](const Group& g) { return style::has_class(g.cls, style::cls::periods) && !g.children.empty(); });
}

std::string write_svg(const Scene& s, const SvgOptions& options) {
    Offsets at;
    return write(s, options, at);
}

SvgDocument write_svg_document(const Scene& s) {
    Offsets at;
    SvgDocument d;
    d.text = write(s, {}, at);
    d.declaration_end = at.declaration_end;
    d.style_begin = at.style_begin;
    d.style_end = at.style_end;
    return d;
}

std::vector<std::string_view> SvgDocument::inline_pieces() const {
    std::string_view t = text;
    return {t.substr(declaration_end, style_begin - declaration_end), t.substr(style_end)};
}

}  // namespace timegraph::render
