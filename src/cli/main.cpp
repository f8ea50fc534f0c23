// The timegraph executable: everything it does lives in the library (cli/app).
#include <iostream>
#include <optional>

#include <unistd.h>

#include "cli/app.hpp"
#include "core/progress.hpp"

int main(int argc, char** argv) {
    // Progress goes to stderr only when a person is watching it.
    std::optional<timegraph::core::TerminalProgress> progress;
    if (::isatty(STDERR_FILENO) == 1) {
        progress.emplace(std::cerr);
        timegraph::core::set_progress_sink(&*progress);
    }
    int status = timegraph::cli::run(argc, argv, std::cout, std::cerr);
    timegraph::core::set_progress_sink(nullptr);
    return status;
}
