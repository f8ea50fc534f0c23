// Diagnostics: every problem a user can cause is collected here with its
// file:line:col position and printed the way a compiler does, with the source
// line and a caret under the column. Stages never stop at the first error.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace timegraph::core {

enum class Severity { error, warning };

// A 1-based line and column; the column counts Unicode code points.
struct Position {
    int line = 0;
    int column = 0;
};

struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;
    Position pos;
    std::string message;
    std::string source_line;  // the text of the line, for the caret display
};

class Diagnostics {
public:
    void add(Diagnostic d);
    void error(std::string file, Position pos, std::string message, std::string source_line = {});
    void warning(std::string file, Position pos, std::string message, std::string source_line = {});

    bool has_errors() const { return errors_ > 0; }
    int error_count() const { return errors_; }
    int warning_count() const { return static_cast<int>(items_.size()) - errors_; }
    const std::vector<Diagnostic>& items() const { return items_; }

    // Diagnostics ordered by file, line, column (stable for equal positions).
    std::vector<Diagnostic> sorted() const;

private:
    std::vector<Diagnostic> items_;
    int errors_ = 0;
};

// "FILE:LINE:COL: error: message" plus the source line and a caret line.
std::string format(const Diagnostic& d);
// Every diagnostic in position order, each formatted as above.
std::string format_all(const Diagnostics& ds);

}  // namespace timegraph::core
