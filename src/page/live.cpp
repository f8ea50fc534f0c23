#include "page/live.hpp"

#include <fmt/format.h>

#include "page/page.hpp"
#include "render/svg_writer.hpp"

namespace timegraph::page {

std::string live_script_sources(std::string_view script, std::string_view live) {
    return fmt::format("{}' '{}'; connect-src 'self", csp_hash(script), csp_hash(live));
}

void add_live_script(PagePieces& page, std::string_view live) {
    const std::string& tag = *page.owned.emplace_back(std::make_unique<std::string>(fmt::format("<script>{}</script>\n", live)));
    for (auto it = page.pieces.rbegin(); it != page.pieces.rend(); ++it) {
        auto at = it->rfind("</body>");
        if (at == std::string_view::npos) continue;
        std::string_view piece = *it;
        auto pos = page.pieces.erase(std::next(it).base());
        page.pieces.insert(pos, {piece.substr(0, at), tag, piece.substr(at)});
        return;
    }
    page.pieces.push_back(tag);
}

std::string live_error_page(std::string_view title, std::string_view diagnostics, std::string_view live) {
    return fmt::format(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src '{}'; connect-src "
        "'self'; base-uri 'none'; form-action 'none'\">\n"
        "<title>{} has errors</title>\n</head>\n<body>\n<h1>{} has errors</h1>\n"
        "<p>The page comes back when the model is saved without them.</p>\n"
        "<pre id=\"tg-errors\">{}</pre>\n<script>{}</script>\n</body>\n</html>\n",
        csp_hash(live), render::xml_escape(title), render::xml_escape(title), render::xml_escape(diagnostics), live);
}

}  // namespace timegraph::page
