// What every importer shares: ids made valid and unique, lanes found by name,
// text made safe for one .tg line, links checked against the events read.
// Each change that loses something is reported at the source position.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "model/document.hpp"

namespace timegraph::import {

// Text as one .tg value: line breaks, tabs and other control characters
// become single spaces, invalid UTF-8 becomes U+FFFD, the ends are trimmed.
// `changed` tells whether anything but trimming happened.
std::string one_line(std::string_view text, bool& changed);

// One end of a date as .tg writes it: "~2023-11", "2024-01-29T14:05".
std::string point_text(const model::DatePoint& p);
// The point when its fields make a date (a day the month has, an hour
// below 24), else the reason it does not, in the .tg parser's own words.
std::optional<model::DatePoint> checked_point(const model::DatePoint& p, std::string& why);
// Line and column of a byte offset, found by one search of line starts.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    core::Position at(std::size_t offset) const;

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
};
// The lines of a text, without their LF or CRLF ends.
std::vector<std::string_view> split_lines(std::string_view text);
// Items joined by sep.
std::string join(const std::vector<std::string>& items, const char* sep);

// A valid id from any text: ASCII letters, digits, '-' and '_' kept, runs of
// anything else become one '-'; "" when nothing is left.
std::string id_slug(std::string_view text);

class Builder {
public:
    Builder(std::string file, core::Diagnostics& diags);

    // A value for `what` at pos, as one_line() makes it, at most the format's
    // 4,000 characters; every change beyond trimming is reported.
    std::string value(std::string_view text, core::Position pos, std::string_view what);
    // Comma-separated list items (actors, tags): a comma inside an item cannot be kept.
    std::vector<std::string> items(const std::vector<std::string>& raw, core::Position pos, std::string_view what);
    // The id an event is written with: `wanted` when valid and free, else a
    // slug of it (or of the title) made unique, reported when it differs.
    std::string event_id(std::string_view wanted, std::string_view title, core::Position pos);
    // The id of a source id already given to an event, or "" when none has it.
    std::string id_of(const std::string& source_id) const;
    // An id whose row was reported and left out: links to it are left out
    // without a second report.
    void reject(const std::string& source_id) { rejected_.insert(source_id); }
    // The lane named `name` (created on first use); "" for an empty name.
    std::string lane(std::string_view name, core::Position pos);

    void warn(core::Position pos, std::string message);
    void error(core::Position pos, std::string message);

    // Links whose ends name no event are reported (with a did-you-mean) and dropped.
    model::Document finish();

    model::Document doc;

private:
    std::string file_;
    core::Diagnostics& diags_;
    std::map<std::string, std::string> ids_;    // source id -> written id
    std::map<std::string, int> taken_;          // written ids
    std::map<std::string, std::string> lanes_;  // lane name -> lane id
    std::set<std::string> rejected_;
    std::string unique(std::string base);
};

}  // namespace timegraph::import
