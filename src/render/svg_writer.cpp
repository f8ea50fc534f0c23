#include "render/svg_writer.hpp"

#include <cmath>

#include <fmt/format.h>

#include "core/text.hpp"

namespace timegraph::render {

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = core::utf8_sequence_length(text, i);
        auto c = static_cast<unsigned char>(text[i]);
        if (len == 0 || (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
            out += "\xEF\xBF\xBD";
            i += len == 0 ? 1 : len;
            continue;
        }
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out.append(text.substr(i, len));
        }
        i += len;
    }
    return out;
}

std::string format_number(double v) {
    if (!std::isfinite(v)) return "0";
    double r = std::round(v * 100.0) / 100.0;
    if (r == 0.0) return "0";
    std::string s = fmt::format("{:.2f}", r);
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
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

std::string cls_attr(const std::string& cls) {
    return cls.empty() ? std::string{} : " class=\"" + xml_escape(cls) + "\"";
}

std::string path_data(const Path& p) {
    std::string d;
    for (const auto& op : p.ops) {
        if (!d.empty()) d += ' ';
        d += op.op;
        for (std::size_t i = 0; i < op.pts.size(); ++i) {
            d += i == 0 ? "" : " ";
            d += format_number(op.pts[i].x) + "," + format_number(op.pts[i].y);
        }
    }
    return d;
}

void write_item(std::string& out, const Item& item, const std::string& kind) {
    std::visit(
        [&out, &kind](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Rect>) {
                out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"", format_number(v.x),
                                   format_number(v.y), format_number(v.w), format_number(v.h));
                if (v.rx > 0) out += fmt::format(" rx=\"{}\"", format_number(v.rx));
                out += cls_attr(v.cls) + "/>";
            } else if constexpr (std::is_same_v<T, Circle>) {
                out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\"{}/>", format_number(v.cx), format_number(v.cy),
                                   format_number(v.r), cls_attr(v.cls));
            } else if constexpr (std::is_same_v<T, Text>) {
                out += fmt::format("<text x=\"{}\" y=\"{}\"{}{}>{}</text>", format_number(v.x), format_number(v.y),
                                   anchor_attr(v.anchor), cls_attr(v.cls), xml_escape(v.text));
            } else {
                out += fmt::format("<path d=\"{}\"{}", path_data(v), cls_attr(v.cls));
                if (v.marker_end == Marker::arrow) out += " marker-end=\"url(#tg-" + kind + "-arrow)\"";
                if (v.marker_end == Marker::bar) out += " marker-end=\"url(#tg-" + kind + "-bar)\"";
                out += "/>";
            }
        },
        item);
}

void write_group(std::string& out, const Group& g, const std::string& kind) {
    out += "<g";
    if (!g.id.empty()) out += " id=\"" + xml_escape(g.id) + "\"";
    if (!g.data_id.empty()) out += " data-id=\"" + xml_escape(g.data_id) + "\"";
    for (const auto& [name, value] : g.data) {
        // Attribute names come from layout code, never from the model; keep them plain anyway.
        if (name.empty() || name.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") != std::string::npos) continue;
        out += " data-" + name + "=\"" + xml_escape(value) + "\"";
    }
    out += cls_attr(g.cls);
    if (g.focusable) {
        out += " tabindex=\"0\" role=\"button\"";
        if (!g.title.empty()) out += " aria-label=\"" + xml_escape(g.title) + "\"";
    }
    out += ">";
    if (!g.title.empty()) out += "<title>" + xml_escape(g.title) + "</title>";
    if (!g.desc.empty()) out += "<desc>" + xml_escape(g.desc) + "</desc>";
    for (const auto& item : g.items) write_item(out, item, kind);
    for (const auto& child : g.children) write_group(out, child, kind);
    out += "</g>\n";
}

}  // namespace

namespace {

struct Offsets {
    std::size_t declaration_end = 0, style_begin = 0, style_end = 0;
};

std::string write(const Scene& s, const SvgOptions& options, Offsets& at) {
    std::string out;
    if (options.xml_declaration) out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    at.declaration_end = out.size();
    std::string w = format_number(s.width), h = format_number(s.height);
    out += fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" "
                       "class=\"tg {}\" role=\"img\" aria-labelledby=\"tg-{}-title tg-{}-desc\">\n",
                       w, h, w, h, xml_escape(s.kind), xml_escape(s.kind), xml_escape(s.kind));
    out += fmt::format("<title id=\"tg-{}-title\">{}</title>\n<desc id=\"tg-{}-desc\">{}</desc>\n", xml_escape(s.kind),
                       xml_escape(s.title), xml_escape(s.kind), xml_escape(s.desc));
    at.style_begin = out.size();
    if (options.embed_style) out += "<style>" + stylesheet() + "</style>\n";
    at.style_end = out.size();
    // Marker ids carry the view's kind, so that two SVGs inlined in one page keep unique ids.
    const std::string kind = xml_escape(s.kind);
    out += fmt::format("<defs>"
                       "<marker id=\"tg-{0}-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
                       "markerHeight=\"7\" orient=\"auto-start-reverse\" markerUnits=\"userSpaceOnUse\">"
                       "<path d=\"M0,1 L9,5 L0,9 z\" class=\"tg-head\"/></marker>"
                       "<marker id=\"tg-{0}-bar\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"8\" "
                       "markerHeight=\"10\" orient=\"auto\" markerUnits=\"userSpaceOnUse\">"
                       "<path d=\"M8,0 L8,10\" class=\"tg-bar-head\"/></marker></defs>\n",
                       kind);
    out += fmt::format("<rect x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" class=\"tg-bg\"/>\n", w, h);
    for (const auto& g : s.groups) write_group(out, g, kind);
    out += "</svg>\n";
    return out;
}

}  // namespace

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
