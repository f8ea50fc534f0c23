// The timegraph executable: everything it does lives in the library (cli/app).
#include <iostream>

#include "cli/app.hpp"

int main(int argc, char** argv) { return timegraph::cli::run(argc, argv, std::cout, std::cerr); }
