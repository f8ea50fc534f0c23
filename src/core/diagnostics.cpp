#include "core/diagnostics.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "core/text.hpp"

namespace timegraph::core {

void Diagnostics::add(Diagnostic d) {
    if (d.severity == Severity::error) ++errors_;
    items_.push_back(std::move(d));
}

void Diagnostics::error(std::string file, Position pos, std::string message, std::string source_line) {
    add({Severity::error, std::move(file), pos, std::move(message), std::move(source_line)});
}

void Diagnostics::warning(std::string file, Position pos, std::string message, std::string source_line) {
    add({Severity::warning, std::move(file), pos, std::move(message), std::move(source_line)});
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = items_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.file, a.pos.line, a.pos.column) < std::tie(b.file, b.pos.line, b.pos.column);
    });
    return out;
}

namespace {

// The caret line mirrors tabs so that the caret sits under the column in a terminal.
std::string caret_line(std::string_view source, int column) {
    std::string out;
    int cp = 1;
    for (std::size_t i = 0; i < source.size() && cp < column;) {
        std::size_t len = utf8_sequence_length(source, i);
        out += source[i] == '\t' ? '\t' : ' ';
        i += len == 0 ? 1 : len;
        ++cp;
    }
    for (; cp < column; ++cp) out += ' ';
    out += '^';
    return out;
}

}  // namespace

std::string format(const Diagnostic& d) {
    const char* kind = d.severity == Severity::error ? "error" : "warning";
    std::string out;
    if (d.pos.line > 0)
        out = fmt::format("{}:{}:{}: {}: {}\n", d.file, d.pos.line, d.pos.column, kind, d.message);
    else
        out = fmt::format("{}: {}: {}\n", d.file, kind, d.message);
    if (d.pos.line > 0 && !d.source_line.empty()) {
        std::string shown = printable(d.source_line);
        out += fmt::format("  {}\n  {}\n", shown, caret_line(shown, d.pos.column));
    }
    return out;
}

std::string format_all(const Diagnostics& ds) {
    std::string out;
    for (const auto& d : ds.sorted()) out += format(d);
    return out;
}

}  // namespace timegraph::core
