// Build-time tool: reads DejaVu Sans (regular, bold, oblique) with FreeType
// and writes the advance width of every glyph the fonts cover in the Basic
// Multilingual Plane, in font units, as a C++ table for src/measure/.
#include <cstdio>
#include <string>
#include <vector>

#include <ft2build.h>
#include FT_FREETYPE_H

namespace {

bool dump(FT_Library lib, const std::string& path, const char* name, FILE* out) {
    FT_Face face = nullptr;
    if (FT_New_Face(lib, path.c_str(), 0, &face) != 0) {
        std::fprintf(stderr, "gen_metrics: cannot open %s\n", path.c_str());
        return false;
    }
    std::fprintf(out, "static const GlyphAdvance %s_advances[] = {\n", name);
    FT_UInt gindex = 0;
    FT_ULong code = FT_Get_First_Char(face, &gindex);
    while (gindex != 0) {
        if (code < 0x10000 && FT_Load_Glyph(face, gindex, FT_LOAD_NO_SCALE) == 0)
            std::fprintf(out, "{0x%04lX,%ld},", code, static_cast<long>(face->glyph->metrics.horiAdvance));
        code = FT_Get_Next_Char(face, code, &gindex);
    }
    std::fprintf(out, "};\nstatic const FontTable %s_font = {%s_advances, sizeof(%s_advances) / sizeof(GlyphAdvance), %d};\n",
                 name, name, name, face->units_per_EM);
    FT_Done_Face(face);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: gen_metrics FONT_DIR OUT\n");
        return 2;
    }
    std::string dir = argv[1];
    std::string out_path = argv[2];
    FT_Library lib = nullptr;
    if (FT_Init_FreeType(&lib) != 0) return 1;
    FILE* out = std::fopen((out_path + ".tmp").c_str(), "w");
    if (!out) return 1;
    std::fprintf(out, "// Generated from DejaVu Sans by tools/gen_metrics.cpp; do not edit.\n");
    bool ok = dump(lib, dir + "/DejaVuSans.ttf", "regular", out) &&
              dump(lib, dir + "/DejaVuSans-Bold.ttf", "bold", out) &&
              dump(lib, dir + "/DejaVuSans-Oblique.ttf", "oblique", out);
    std::fclose(out);
    FT_Done_FreeType(lib);
    if (!ok || std::rename((out_path + ".tmp").c_str(), out_path.c_str()) != 0) return 1;
    return 0;
}
