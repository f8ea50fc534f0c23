// Markwhen, as its own parser (@markwhen/parser 1.2) reads it: a front
// matter header between `---` lines, Markdown headings as nested groups (the
// innermost one is the lane), event lines `DATE: title #tag`, and the lines
// after an event as its properties (`id`, `location`, `link`) and its
// description (the note, its #tags the event's tags). Dates: ISO 8601
// (2024, 2024-01, 2024-01-29, 2024-01-29 14:05, 2024-01-29T14:05:00Z),
// American 1/29/2024, month names (Jan 2024, January 5, 2024, 5 January 2024),
// ranges `A / B` (ISO) and `A - B` (American), and year spans 2020-2022.
// Relative dates are reported.
#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "core/text.hpp"
#include "import/builder.hpp"
#include "import/import.hpp"

namespace timegraph::import {

namespace {

using model::DatePoint;
using model::Precision;

struct Scan {
    std::string_view s;
    std::size_t i = 0;
    bool digit(std::size_t k = 0) const { return i + k < s.size() && std::isdigit(static_cast<unsigned char>(s[i + k])); }
    bool at(char c, std::size_t k = 0) const { return i + k < s.size() && s[i + k] == c; }
    int number(int max_digits) {
        int n = 0, count = 0;
        while (count < max_digits && digit()) n = n * 10 + (s[i++] - '0'), ++count;
        return count == 0 ? -1 : n;
    }
    int run() const {  // digits from i on
        std::size_t k = 0;
        while (digit(k)) ++k;
        return static_cast<int>(k);
    }
    void spaces() {
        while (at(' ') || at('\t')) ++i;
    }
};

// "Jan" or "January" (any case): 1..12, or 0.
unsigned month_name(Scan& sc) {
    static const std::array<const char*, 12> names{"january", "february", "march",     "april",   "may",      "june",
                                                   "july",    "august",   "september", "october", "november", "december"};
    std::size_t k = 0;
    std::string word;
    while (sc.i + k < sc.s.size() && std::isalpha(static_cast<unsigned char>(sc.s[sc.i + k])))
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(sc.s[sc.i + k++])));
    for (unsigned m = 0; m < 12; ++m) {
        std::string_view full = names[m];
        if (word == full || (word.size() == 3 && full.substr(0, 3) == word)) {
            sc.i += k;
            return m + 1;
        }
    }
    return 0;
}

// 14:05, or T14:05:00(.000)(Z) after an ISO day.
bool time_of_day(Scan& sc, DatePoint& p, bool iso_t) {
    Scan t = sc;
    ++t.i;
    if (t.run() != 2 || !t.at(':', 2)) return false;
    p.hour = static_cast<unsigned>(t.number(2));
    ++t.i;
    if (t.run() != 2) return false;
    p.minute = static_cast<unsigned>(t.number(2));
    if (iso_t) {  // Markwhen reads a T time only with its seconds
        if (!t.at(':') || (++t.i, t.run() != 2)) return false;
        t.number(2);
        if (t.at('.')) ++t.i, t.number(9);
        if (t.at('Z')) ++t.i;
    }
    p.precision = Precision::minute;
    sc = t;
    return true;
}

std::optional<DatePoint> iso_point(Scan& sc) {
    DatePoint p;
    p.year = sc.number(4);
    p.precision = Precision::year;
    if (sc.at('-') && sc.run() == 0 && Scan{sc.s, sc.i + 1}.run() == 2) {
        ++sc.i;
        p.month = static_cast<unsigned>(sc.number(2));
        p.precision = Precision::month;
        if (sc.at('-') && Scan{sc.s, sc.i + 1}.run() == 2) {
            ++sc.i;
            p.day = static_cast<unsigned>(sc.number(2));
            p.precision = Precision::day;
            if (sc.at(' ') || sc.at('T')) time_of_day(sc, p, sc.at('T'));
        }
    }
    return p;
}

// 1/29/2024: Markwhen's default order is month, day, year.
std::optional<DatePoint> us_point(Scan& sc) {
    DatePoint p;
    p.month = static_cast<unsigned>(sc.number(2));
    if (!sc.at('/')) return std::nullopt;
    ++sc.i;
    if (sc.run() < 1 || sc.run() > 2) return std::nullopt;
    p.day = static_cast<unsigned>(sc.number(2));
    if (!sc.at('/') || Scan{sc.s, sc.i + 1}.run() != 4) return std::nullopt;
    ++sc.i;
    p.year = sc.number(4);
    p.precision = Precision::day;
    return p;
}

// Jan 2024, January 5, 2024, Jan 5 2024, 5 January 2024.
std::optional<DatePoint> named_point(Scan& sc) {
    DatePoint p;
    if (sc.digit()) {
        p.day = static_cast<unsigned>(sc.number(2));
        sc.spaces();
        if ((p.month = month_name(sc)) == 0) return std::nullopt;
        sc.spaces();
        if (sc.run() != 4) return std::nullopt;
        p.year = sc.number(4);
        p.precision = Precision::day;
        return p;
    }
    if ((p.month = month_name(sc)) == 0) return std::nullopt;
    sc.spaces();
    if (sc.run() == 4) {
        p.year = sc.number(4);
        p.precision = Precision::month;
        return p;
    }
    if (sc.run() < 1 || sc.run() > 2) return std::nullopt;
    p.day = static_cast<unsigned>(sc.number(2));
    if (sc.at(',')) ++sc.i;
    sc.spaces();
    if (sc.run() != 4) return std::nullopt;
    p.year = sc.number(4);
    p.precision = Precision::day;
    return p;
}

struct DatePart {
    DatePoint start;
    std::optional<DatePoint> end;
    std::size_t colon = 0;  // offset of the ':' that ends the date
};

std::optional<DatePoint> numeric_point(Scan& sc) {
    if (sc.run() == 4) return iso_point(sc);
    if (sc.run() >= 1 && sc.run() <= 2 && (sc.at('/', static_cast<std::size_t>(sc.run())))) return us_point(sc);
    return std::nullopt;
}

// The date at the start of an event line, and where its ':' is.
std::optional<DatePart> date_part(std::string_view line) {
    Scan sc{line};
    DatePart d;
    std::optional<DatePoint> start = numeric_point(sc);
    bool numeric = start.has_value();
    if (!start) {
        sc.i = 0;
        start = named_point(sc);
    }
    if (!start) return std::nullopt;
    d.start = *start;
    if (numeric && d.start.precision == Precision::year && sc.at('-') && Scan{line, sc.i + 1}.run() == 4) {
        ++sc.i;  // a year span, 2020-2022
        d.end = DatePoint{sc.number(4)};
    } else {
        // Markwhen joins ISO dates with '/', and American ones with '-'.
        Scan to = sc;
        to.spaces();
        bool us = d.start.precision == Precision::day && line.find('/') < sc.i;
        if (numeric && to.at(us ? '-' : '/')) {
            ++to.i;
            to.spaces();
            d.end = numeric_point(to);
            if (!d.end) return std::nullopt;
            sc = to;
        }
    }
    sc.spaces();
    if (!sc.at(':')) return std::nullopt;
    d.colon = sc.i;
    return d;
}

// #tags in text: a '#' at the start or after a space, then letters, digits, - _ /.
std::vector<std::string> take_tags(std::string& text) {
    std::vector<std::string> tags;
    std::string kept;
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool starts = text[i] == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t');
        std::size_t k = i + 1;
        while (starts && k < text.size() &&
               (std::isalnum(static_cast<unsigned char>(text[k])) || text[k] == '-' || text[k] == '_' || text[k] == '/'))
            ++k;
        if (starts && k > i + 1) {
            tags.push_back(text.substr(i + 1, k - i - 1));
            i = k - 1;
            continue;
        }
        kept += text[i];
    }
    text = kept;
    return tags;
}

bool is_heading(std::string_view line, int& level) {
    level = 0;
    while (static_cast<std::size_t>(level) < line.size() && line[static_cast<std::size_t>(level)] == '#') ++level;
    return level >= 1 && level <= 6 && static_cast<std::size_t>(level) < line.size() &&
           line[static_cast<std::size_t>(level)] == ' ';
}

class Reader {
public:
    Reader(std::string_view text, const std::string& file, core::Diagnostics& diags) : text_(text), b_(file, diags) {}
    model::Document read();

private:
    std::string_view text_;
    Builder b_;
    std::vector<std::pair<int, std::string>> groups_;  // heading level, title
    struct Open {
        model::Event event;
        std::string id, title;
        std::vector<std::string> note;
        bool in_properties = true;
    };
    std::optional<Open> open_;

    bool started_ = false;  // an event or a heading has been read: no more header lines
    std::size_t header(const std::vector<std::string_view>& lines);
    void header_key(std::string_view key, std::string_view value, int number);
    void line(std::string_view text, int number);
    void heading(std::string_view text, int level, int number);
    void event(std::string_view text, const DatePart& d, int number);
    void body(std::string_view text, int number);
    void close();
};

std::size_t Reader::header(const std::vector<std::string_view>& lines) {
    if (lines.empty() || core::trim(lines[0]) != "---") return 0;
    for (std::size_t n = 1; n < lines.size(); ++n) {
        auto l = core::trim(lines[n]);
        if (l == "---") return n + 1;
        auto colon = l.find(':');
        if (colon == std::string_view::npos) continue;
        header_key(core::trim(l.substr(0, colon)), core::trim(l.substr(colon + 1)), static_cast<int>(n) + 1);
    }
    return 0;
}

void Reader::header_key(std::string_view key, std::string_view value, int number) {
    core::Position pos{number, 1};
    if (key == "title") b_.doc.title = b_.value(value, pos, "title");
    else if (key == "description") b_.doc.subtitle = b_.value(value, pos, "description");
    else b_.warn(pos, fmt::format("the header's '{}' is not carried over{}", core::printable(key),
                                  key == "timezone" ? ": dates are kept as written" : ""));
}

void Reader::close() {
    if (!open_) return;
    Open o = std::move(*open_);
    open_.reset();
    std::string note = join(o.note, " ");
    o.event.note = b_.value(note, o.event.pos, "description");
    o.event.id = b_.event_id(o.id, o.title, o.event.pos);
    b_.doc.events.push_back(std::move(o.event));
}

void Reader::heading(std::string_view text, int level, int number) {
    close();
    std::string title(text.substr(static_cast<std::size_t>(level)));
    auto tags = take_tags(title);
    if (!tags.empty()) b_.warn({number, 1}, "a heading's tags are not carried over: a lane has no tags");
    while (!groups_.empty() && groups_.back().first >= level) groups_.pop_back();
    groups_.emplace_back(level, std::string(core::trim(title)));
}

void Reader::event(std::string_view text, const DatePart& d, int number) {
    close();
    core::Position pos{number, 1};
    model::Event e;
    e.pos = e.date_pos = pos;
    std::string why;
    auto start = checked_point(d.start, why);
    std::optional<DatePoint> end = d.end ? checked_point(*d.end, why) : std::nullopt;
    if (!start || (d.end && !end)) return b_.error(pos, fmt::format("this date is not a date: {}", why));
    e.date.start = *start;
    if (end && (end->first_minute() != start->first_minute() || end->precision != start->precision)) e.date.end = end;
    if (e.date.end && e.date.end->last_minute() < e.date.start.first_minute())
        return b_.error(pos, "this range ends before it starts");
    std::string rest(text.substr(d.colon + 1));
    e.tags = b_.items(take_tags(rest), pos, "tags");
    std::string title = b_.value(rest, pos, "title");
    if (title.empty()) return b_.error({number, static_cast<int>(d.colon) + 2}, "this event has no title after the ':'");
    e.title = title;
    e.lane = groups_.empty() ? "" : b_.lane(groups_.back().second, pos);
    open_ = Open{std::move(e), "", title, {}, true};
}

// A line after an event: a property while they last, then the description.
void Reader::body(std::string_view text, int number) {
    core::Position pos{number, 1};
    auto l = core::trim(text);
    auto colon = l.find(": ");
    bool indented = !text.empty() && (text[0] == ' ' || text[0] == '\t');
    if (open_->in_properties && indented && colon != std::string_view::npos && colon > 0 &&
        l.substr(0, colon).find(' ') == std::string_view::npos) {
        std::string key(l.substr(0, colon));
        auto value = l.substr(colon + 2);
        if (key == "id") open_->id = std::string(core::trim(value));
        else if (key == "location") open_->event.place = b_.value(value, pos, "location");
        else if (key == "link" || key == "url") open_->event.url = b_.value(value, pos, "link");
        else b_.warn(pos, fmt::format("the property '{}' is not carried over", core::printable(key)));
        return;
    }
    open_->in_properties = false;
    if (l.empty()) return;
    std::string words(l);
    if (words.rfind("- [ ] ", 0) == 0 || words.rfind("- [x] ", 0) == 0) words.erase(0, 6);
    for (auto& tag : b_.items(take_tags(words), pos, "tags"))
        if (std::find(open_->event.tags.begin(), open_->event.tags.end(), tag) == open_->event.tags.end())
            open_->event.tags.push_back(tag);
    if (auto w = core::trim(words); !w.empty()) open_->note.emplace_back(w);
}

bool relative_date(std::string_view line) {
    Scan sc{line};
    auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    auto head = core::trim(line.substr(0, colon));
    if (head == "now" || head.rfind("after ", 0) == 0 || head.rfind("before ", 0) == 0) return true;
    for (const char* unit : {"minute", "hour", "day", "week", "month", "year"})
        if (sc.digit() && head.find(unit) != std::string_view::npos) return true;
    return false;
}

// A line whose text before ": " is made of digits, month names and date
// punctuation, with a year in it: meant as an event, in a form Markwhen does not read.
bool looks_dated(std::string_view line) {
    auto colon = line.find(": ");
    if (colon == std::string_view::npos || line.empty() || !std::isdigit(static_cast<unsigned char>(line[0])))
        return false;
    auto head = line.substr(0, colon);
    int run = 0, longest = 0;
    for (char c : head) {
        run = std::isdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
        longest = std::max(longest, run);
        if (!std::isalnum(static_cast<unsigned char>(c)) && std::string_view(" /-.,:").find(c) == std::string_view::npos &&
            static_cast<unsigned char>(c) < 0x80)
            return false;
    }
    return longest == 4;
}

void Reader::line(std::string_view text, int number) {
    std::string_view t = core::trim(text);
    if (t.rfind("//", 0) == 0) return;  // a Markwhen comment
    int level = 0;
    if (is_heading(text, level)) {
        started_ = true;
        return heading(text, level, number);
    }
    if (auto d = date_part(text)) {
        started_ = true;
        return event(text, *d, number);
    }
    // Markwhen reads `key: value` lines before the first event as the header.
    if (auto colon = t.find(": "); !started_ && colon != t.npos && t.substr(0, colon).find(' ') == t.npos)
        return header_key(t.substr(0, colon), core::trim(t.substr(colon + 2)), number);
    if (relative_date(t)) {
        close();
        return b_.warn({number, 1}, "a relative date (after an event, or from now) is not carried over: write the "
                                    "date itself, as in 2024-01-29: title");
    }
    if (looks_dated(t))
        b_.warn({number, 1}, "Markwhen does not read this date, so neither does the import: the line is text of the "
                             "event before it (ranges are written 2024-03-04 / 2024-03-08 or 03/04/2024 - 03/08/2024)");
    if (t == "endGroup" || t == "endSection" || t.rfind("group ", 0) == 0 || t.rfind("section ", 0) == 0)
        b_.warn({number, 1}, "Markwhen reads a group or section line as text today: a heading (# Name) makes a lane");
    if (open_) body(text, number);
}

model::Document Reader::read() {
    std::vector<std::string_view> lines = split_lines(text_);
    if (!lines.empty() && lines[0].substr(0, 3) == "\xEF\xBB\xBF") lines[0].remove_prefix(3);
    for (std::size_t n = header(lines); n < lines.size(); ++n) line(lines[n], static_cast<int>(n) + 1);
    close();
    return b_.finish();
}

}  // namespace

model::Document import_markwhen(std::string_view text, const std::string& file, core::Diagnostics& diags) {
    return Reader(text, file, diags).read();
}

}  // namespace timegraph::import
