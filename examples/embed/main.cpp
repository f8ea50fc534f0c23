// A program that embeds timegraph: load a model, ask what led to an event,
// and write its timeline as SVG and PNG. Usage: embed MODEL.tg EVENT OUT_DIR
#include <fstream>
#include <iostream>

#include <timegraph/timegraph.hpp>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: embed MODEL.tg EVENT OUT_DIR\n";
        return 2;
    }
    auto loaded = timegraph::load_file(argv[1]);
    std::cerr << loaded.report.messages;  // diagnostics, as `timegraph check` prints them
    if (!loaded.model) return static_cast<int>(loaded.report.status);
    const timegraph::Model& model = *loaded.model;

    std::cout << model.title() << ": " << model.event_count() << " events\n";
    for (const auto& id : timegraph::causes(model, argv[2])) std::cout << "  caused by " << id << "\n";

    auto svg = timegraph::render_timeline(model, {timegraph::Scale::compressed, 900});
    auto png = timegraph::svg_to_png(svg.text, 2);
    if (!svg.ok() || !png.ok()) {
        std::cerr << svg.report.messages << png.report.messages;
        return 1;
    }
    std::ofstream(std::string(argv[3]) + "/timeline.svg", std::ios::binary) << svg.text;
    std::ofstream(std::string(argv[3]) + "/timeline.png", std::ios::binary) << png.text;
    std::cout << "wrote timeline.svg and timeline.png\n";
}
