#include "raster/raster.hpp"

#include <cmath>
#include <memory>

#include <cairo-pdf.h>
#include <cairo.h>
#include <fmt/format.h>
#include <fontconfig/fontconfig.h>
#include <librsvg/rsvg.h>

#include "style/style.hpp"

namespace timegraph::raster {

namespace {

// RAII for the C objects of one drawing.
struct Unref {
    void operator()(RsvgHandle* h) const { g_object_unref(h); }
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
    void operator()(cairo_t* c) const { cairo_destroy(c); }
    void operator()(FcPattern* p) const { FcPatternDestroy(p); }
    void operator()(GError* e) const { g_error_free(e); }
};
template <class T>
using Owned = std::unique_ptr<T, Unref>;

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

struct Parsed {
    Owned<RsvgHandle> handle;
    double width = 0, height = 0;  // SVG px
    std::optional<std::string> error;
};

Parsed parse_svg(std::string_view svg) {
    Parsed p;
    GError* raw = nullptr;
    p.handle.reset(rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &raw));
    Owned<GError> error(raw);
    if (!p.handle) {
        p.error = fmt::format("the SVG cannot be read: {}", error ? error->message : "unknown error");
        return p;
    }
    if (!rsvg_handle_get_intrinsic_size_in_pixels(p.handle.get(), &p.width, &p.height) || p.width <= 0 ||
        p.height <= 0)
        p.error = "the SVG has no size in px";
    return p;
}

// Draws the SVG on a surface whose unit is `scale` times an SVG px.
std::optional<std::string> draw(const Parsed& p, cairo_surface_t* surface, double scale) {
    Owned<cairo_t> cr(cairo_create(surface));
    cairo_scale(cr.get(), scale, scale);
    RsvgRectangle viewport{0, 0, p.width, p.height};
    GError* raw = nullptr;
    bool ok = rsvg_handle_render_document(p.handle.get(), cr.get(), &viewport, &raw);
    Owned<GError> error(raw);
    if (!ok) return fmt::format("the SVG cannot be drawn: {}", error ? error->message : "unknown error");
    if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS)
        return fmt::format("cairo: {}", cairo_status_to_string(cairo_status(cr.get())));
    return std::nullopt;
}

Parsed checked(std::string_view svg) {
    if (auto problem = font_problem()) return {nullptr, 0, 0, problem};
    return parse_svg(svg);
}

// The face fontconfig picks for the family at a weight and slant.
std::optional<std::string> face_problem(int weight, int slant, const char* what) {
    Owned<FcPattern> pattern(FcPatternBuild(nullptr, FC_FAMILY, FcTypeString, style::kFontFamily, FC_WEIGHT,
                                            FcTypeInteger, weight, FC_SLANT, FcTypeInteger, slant, nullptr));
    FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result = FcResultNoMatch;
    Owned<FcPattern> match(FcFontMatch(nullptr, pattern.get(), &result));
    FcChar8* family = nullptr;
    FcChar8* file = nullptr;
    int got_weight = 0, got_slant = 0;
    if (match) {
        FcPatternGetString(match.get(), FC_FAMILY, 0, &family);
        FcPatternGetString(match.get(), FC_FILE, 0, &file);
        FcPatternGetInteger(match.get(), FC_WEIGHT, 0, &got_weight);
        FcPatternGetInteger(match.get(), FC_SLANT, 0, &got_slant);
    }
    // fontconfig slants or emboldens another face when the real one is
    // missing; its widths are not the measured ones.
    FcMatrix* matrix = nullptr;
    FcBool embolden = FcFalse;
    bool synthetic = match && (FcPatternGetMatrix(match.get(), FC_MATRIX, 0, &matrix) == FcResultMatch ||
                               (FcPatternGetBool(match.get(), FC_EMBOLDEN, 0, &embolden) == FcResultMatch && embolden));
    const char* name = family ? reinterpret_cast<const char*>(family) : "no font";
    if (family && std::string_view(name) == style::kFontFamily && !synthetic &&
        (got_weight >= FC_WEIGHT_BOLD) == (weight >= FC_WEIGHT_BOLD) &&
        (got_slant != FC_SLANT_ROMAN) == (slant != FC_SLANT_ROMAN))
        return std::nullopt;
    return fmt::format("PNG and PDF need the font {} {} (install the Debian packages 'fonts-dejavu-core' and "
                       "'fonts-dejavu-extra'), the face the layout measured text with; fontconfig gives {}{}{}",
                       style::kFontFamily, what, synthetic ? "a face made from " : "", name,
                       file ? fmt::format(" ({})", reinterpret_cast<const char*>(file)) : std::string());
}

}  // namespace

std::optional<std::string> font_problem() {
    if (!FcInit()) return "fontconfig cannot be initialised";
    for (auto [weight, slant, what] : {std::tuple{FC_WEIGHT_REGULAR, FC_SLANT_ROMAN, "regular"},
                                       std::tuple{FC_WEIGHT_BOLD, FC_SLANT_ROMAN, "bold"},
                                       std::tuple{FC_WEIGHT_REGULAR, FC_SLANT_ITALIC, "oblique"}})
        if (auto problem = face_problem(weight, slant, what)) return problem;
    return std::nullopt;
}

Result to_png(std::string_view svg, double scale) {
    Parsed p = checked(svg);
    if (p.error) return {{}, p.error};
    if (!(scale > 0)) return {{}, fmt::format("the PNG scale must be above 0, not {:g}", scale)};
    double w = std::ceil(p.width * scale), h = std::ceil(p.height * scale);
    if (w > kMaxPngSide || h > kMaxPngSide)
        return {{}, fmt::format("the PNG would be {:g} x {:g} px, and a PNG can be at most {:g} px a side: use a "
                                "smaller scale, or PDF or SVG",
                                w, h, kMaxPngSide)};
    Owned<cairo_surface_t> surface(
        cairo_image_surface_create(CAIRO_FORMAT_ARGB32, static_cast<int>(w), static_cast<int>(h)));
    if (auto error = draw(p, surface.get(), scale)) return {{}, error};
    Result r;
    if (cairo_surface_write_to_png_stream(surface.get(), append, &r.bytes) != CAIRO_STATUS_SUCCESS)
        return {{}, "cairo could not write the PNG"};
    return r;
}

Result to_pdf(std::string_view svg) {
    Parsed p = checked(svg);
    if (p.error) return {{}, p.error};
    constexpr double kPointsPerPx = 72.0 / 96.0;
    Result r;
    {
        Owned<cairo_surface_t> surface(
            cairo_pdf_surface_create_for_stream(append, &r.bytes, p.width * kPointsPerPx, p.height * kPointsPerPx));
        // No creation date: the same SVG always makes the same bytes.
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, "");
        if (auto error = draw(p, surface.get(), kPointsPerPx)) return {{}, error};
        cairo_surface_finish(surface.get());
        if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
            return {{}, fmt::format("cairo: {}", cairo_status_to_string(cairo_surface_status(surface.get())))};
    }
    return r;
}

}  // namespace timegraph::raster
