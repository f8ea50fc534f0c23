// RFC 4180 comma-separated values: a reader that keeps each record's line
// (quoted fields may span lines, as spreadsheets write multi-line cells) and
// a writer that quotes exactly the fields that need it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"

namespace timegraph::import {

struct CsvRecord {
    int line = 0;  // the line the record starts on (1-based)
    std::vector<std::string> fields;
    std::vector<int> columns;  // each field's 1-based column, in code points
};

// Reads every record; CRLF or LF line ends, an optional byte-order mark, an
// optional final line end. A malformed record (a quote inside an unquoted
// field, text after a closing quote, a quote left open) is reported at its
// line and column and left out.
std::vector<CsvRecord> read_csv(std::string_view text, const std::string& file, core::Diagnostics& diags);

// One field as RFC 4180 writes it: quoted when it holds a comma, a quote, a
// line break or leading or trailing space, with quotes doubled.
std::string csv_field(std::string_view value);
// A record: fields joined by commas, ended by CRLF (RFC 4180's line end).
std::string csv_record(const std::vector<std::string>& fields);

}  // namespace timegraph::import
