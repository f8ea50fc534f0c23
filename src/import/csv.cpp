#include "import/csv.hpp"

#include <optional>

#include "core/text.hpp"

namespace timegraph::import {

namespace {

// The reader's cursor: byte offset, and the line and column it stands at.
struct Cursor {
    std::string_view text;
    std::size_t i = 0;
    int line = 1;
    std::size_t line_start = 0;

    bool done() const { return i >= text.size(); }
    char peek() const { return text[i]; }
    int column() const { return core::column_of(text.substr(line_start), i - line_start) + 1; }
    bool at_line_end() const { return peek() == '\n' || (peek() == '\r' && i + 1 < text.size() && text[i + 1] == '\n'); }
    void skip_line_end() {
        i += peek() == '\r' ? 2 : 1;
        ++line;
        line_start = i;
    }
    void advance() {
        if (peek() == '\n') {
            ++i;
            ++line;
            line_start = i;
        } else {
            ++i;
        }
    }
};

struct FieldError {
    int line, column;
    std::string message;
};

// A quoted field, the cursor on its opening quote; ends after the closing quote.
std::optional<FieldError> read_quoted(Cursor& c, std::string& out) {
    int line = c.line, column = c.column();
    c.advance();
    while (!c.done()) {
        if (c.peek() != '"') {
            out += c.peek();
            c.advance();
            continue;
        }
        c.advance();
        if (c.done() || c.peek() == ',' || c.at_line_end()) return std::nullopt;
        if (c.peek() != '"')
            return FieldError{c.line, c.column(),
                              "text after a closing quote: inside a quoted field write a quote twice (\"\")"};
        out += '"';
        c.advance();
    }
    return FieldError{line, column, "this quoted field is never closed: end it with a quote (\")"};
}

std::optional<FieldError> read_plain(Cursor& c, std::string& out) {
    while (!c.done() && c.peek() != ',' && !c.at_line_end()) {
        if (c.peek() == '"')
            return FieldError{c.line, c.column(),
                              "a quote inside an unquoted field: quote the whole field and double the quote, as in "
                              "\"say \"\"hi\"\"\""};
        out += c.peek();
        c.advance();
    }
    return std::nullopt;
}

void skip_record(Cursor& c) {
    while (!c.done() && !c.at_line_end()) c.advance();
}

}  // namespace

std::vector<CsvRecord> read_csv(std::string_view text, const std::string& file, core::Diagnostics& diags) {
    Cursor c{text};
    if (text.substr(0, 3) == "\xEF\xBB\xBF") c.i = c.line_start = 3;
    std::vector<CsvRecord> records;
    while (!c.done()) {
        CsvRecord r;
        r.line = c.line;
        std::optional<FieldError> error;
        for (;;) {
            r.columns.push_back(c.column());
            std::string field;
            error = !c.done() && c.peek() == '"' ? read_quoted(c, field) : read_plain(c, field);
            if (error) break;
            r.fields.push_back(std::move(field));
            if (c.done() || c.peek() != ',') break;
            c.advance();
        }
        if (error) {
            diags.error(file, {error->line, error->column}, error->message);
            skip_record(c);
        } else {
            records.push_back(std::move(r));
        }
        if (!c.done()) c.skip_line_end();
    }
    return records;
}

std::string csv_field(std::string_view value) {
    bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                 (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quote) return std::string(value);
    std::string out = "\"";
    for (char ch : value) {
        if (ch == '"') out += '"';
        out += ch;
    }
    return out + "\"";
}

std::string csv_record(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += ',';
        out += csv_field(fields[i]);
    }
    return out + "\r\n";
}

}  // namespace timegraph::import
