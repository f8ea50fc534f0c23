// PNG and PDF through librsvg and cairo: the seed's views at their size in
// pixels and pages, the measured font face, and refusals with a reason.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <regex>

#include <timegraph/timegraph.hpp>

#include "fixtures.hpp"
#include "raster/raster.hpp"

namespace {

struct Size {
    double width = 0, height = 0;
};

// The width and height attributes of the root <svg>.
Size svg_size(const std::string& svg) {
    std::smatch m;
    REQUIRE(std::regex_search(svg, m, std::regex(R"re(<svg[^>]* width="([0-9.]+)" height="([0-9.]+)")re")));
    return {std::stod(m[1]), std::stod(m[2])};
}

// A PNG's size from its IHDR chunk, which always comes first.
Size png_size(const std::string& png) {
    REQUIRE(png.size() > 24);
    REQUIRE(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
    REQUIRE(png.compare(12, 4, "IHDR") == 0);
    auto be32 = [&](std::size_t at) {
        double v = 0;
        for (std::size_t i = 0; i < 4; ++i) v = v * 256 + static_cast<unsigned char>(png[at + i]);
        return v;
    };
    return {be32(16), be32(20)};
}

// Page objects ("/Type /Page", not "/Type /Pages") and the first page's MediaBox.
std::size_t pdf_pages(const std::string& pdf) {
    std::regex page(R"re(/Type\s*/Page\b(?!s))re");
    return static_cast<std::size_t>(std::distance(std::sregex_iterator(pdf.begin(), pdf.end(), page), {}));
}

Size pdf_media_box(const std::string& pdf) {
    std::smatch m;
    REQUIRE(std::regex_search(pdf, m, std::regex(R"re(/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\])re")));
    return {std::stod(m[1]), std::stod(m[2])};
}

std::string seed_svg(bool timeline) {
    auto loaded = timegraph::load_file(tg_test::source_path("data/us-china-2024.tg"));
    REQUIRE(loaded.model);
    auto svg = timeline ? timegraph::render_timeline(*loaded.model) : timegraph::render_graph(*loaded.model);
    REQUIRE(svg.ok());
    return svg.text;
}

}  // namespace

TEST_CASE("raster: fontconfig gives the face the layout measured") {
    auto problem = timegraph::raster::font_problem();
    CHECK_FALSE(problem);
    if (problem) WARN(*problem);
}

TEST_CASE("raster: the seed's views as PNG, one pixel per px or more") {
    for (bool timeline : {true, false}) {
        auto svg = seed_svg(timeline);
        auto size = svg_size(svg);
        auto png = timegraph::svg_to_png(svg);
        REQUIRE(png.ok());
        CHECK(png_size(png.text).width == std::ceil(size.width));
        CHECK(png_size(png.text).height == std::ceil(size.height));
        auto twice = timegraph::svg_to_png(svg, 2);
        REQUIRE(twice.ok());
        CHECK(png_size(twice.text).width == std::ceil(2 * size.width));
        CHECK(png_size(twice.text).height == std::ceil(2 * size.height));
        CHECK(timegraph::svg_to_png(svg, 2).text == twice.text);
    }
}

TEST_CASE("raster: the seed's views as one-page PDFs at 0.75 pt a px, byte for byte the same each time") {
    for (bool timeline : {true, false}) {
        auto svg = seed_svg(timeline);
        auto size = svg_size(svg);
        auto pdf = timegraph::svg_to_pdf(svg);
        REQUIRE(pdf.ok());
        CHECK(pdf.text.rfind("%PDF-", 0) == 0);
        CHECK(pdf_pages(pdf.text) == 1);
        CHECK(pdf_media_box(pdf.text).width == Approx(size.width * 0.75).margin(0.5));
        CHECK(pdf_media_box(pdf.text).height == Approx(size.height * 0.75).margin(0.5));
        CHECK(pdf.text.find("DejaVuSans") != std::string::npos);
        CHECK(pdf.text.find("CreationDate") == std::string::npos);
        CHECK(timegraph::svg_to_pdf(svg).text == pdf.text);
    }
}

TEST_CASE("raster: what cannot be drawn is refused with a reason") {
    auto bad = timegraph::svg_to_png("<svg");
    CHECK(bad.report.status == timegraph::Status::invalid);
    CHECK(bad.text.empty());
    CHECK(bad.report.messages.find("cannot be read") != std::string::npos);
    auto huge = timegraph::svg_to_png(seed_svg(true), 40);
    CHECK(huge.report.status == timegraph::Status::invalid);
    CHECK(huge.report.messages.find("at most 32767 px") != std::string::npos);
    CHECK(timegraph::svg_to_png(seed_svg(true), 0).report.status == timegraph::Status::invalid);
}

TEST_CASE("raster: the CLI picks the format from the extension or --format") {
    auto dir = std::filesystem::temp_directory_path() / "timegraph-raster-test";
    std::filesystem::create_directories(dir);
    auto seed = tg_test::source_path("data/us-china-2024.tg");
    auto png = (dir / "seed.png").string(), pdf = (dir / "seed.pdf").string(), other = (dir / "seed.img").string();
    REQUIRE(tg_test::run_cli({"timeline", seed, "-o", png, "--dpi", "192"}).status == 0);
    auto size = svg_size(seed_svg(true));
    CHECK(png_size(tg_test::read_file(png)).width == std::ceil(2 * size.width));
    REQUIRE(tg_test::run_cli({"graph", seed, "-o", pdf}).status == 0);
    CHECK(pdf_pages(tg_test::read_file(pdf)) == 1);
    REQUIRE(tg_test::run_cli({"graph", seed, "-o", other, "--format", "png"}).status == 0);
    CHECK(tg_test::read_file(other).compare(1, 3, "PNG") == 0);
    auto refused = tg_test::run_cli({"timeline", seed, "-o", png, "--dpi", "9000"});
    CHECK(refused.status == 1);
    CHECK(refused.err.find("at most 32767 px") != std::string::npos);
    std::filesystem::remove_all(dir);
}
