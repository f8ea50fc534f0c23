// Writes a deterministic synthetic model (.tg) to standard output, or the same
// graph as Graphviz DOT with --dot, for the benchmark (scripts/bench) and the
// scale tests.
#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

#include "synthetic_model.hpp"

int main(int argc, char** argv) {
    using namespace timegraph::synth;
    SyntheticOptions o;
    bool dot = false;
    CLI::App app{"Writes a deterministic synthetic timegraph model to standard output", "timegraph_gen_model"};
    app.add_option("--events", o.events, "Number of events")->check(CLI::Range(std::size_t{1}, std::size_t{500000}));
    app.add_option("--lanes", o.lanes, "Number of lanes")->check(CLI::Range(1, kMaxLanes));
    app.add_option("--years", o.years, "Years the events span, ending with 2024")->check(CLI::Range(1, kMaxYears));
    app.add_option("--seed", o.seed, "Seed of the random engine (std::mt19937_64)");
    app.add_flag("--dot", dot, "Write the same events and links as Graphviz DOT instead");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;  // usage errors exit 2, as timegraph's do
    }
    std::string text = dot ? synthetic_dot(o) : synthetic_model(o);
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
        std::fprintf(stderr, "timegraph_gen_model: cannot write the model\n");
        return 1;
    }
    return 0;
}
