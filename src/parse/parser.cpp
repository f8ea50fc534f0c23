#include "parse/parser.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <unordered_map>

#include <fmt/format.h>

#include "core/limits.hpp"
#include "core/progress.hpp"
#include "core/text.hpp"
#include "parse/relative_dates.hpp"
#include "parse/url_check.hpp"

namespace timegraph::parse {

namespace {

using core::Position;
using model::Document;
using model::Event;
using model::Link;
using model::LinkKind;

bool is_id_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; }

bool is_word_char(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }

// Which block the key lines that follow belong to.
// lane: the keys after a lane line (its colour, or header keys as before);
// skip: the keys of an event or period whose id was bad.
enum class Block { header, lane, event, period, link, skip };

const std::vector<std::string> kHeaderKeys = {"title", "subtitle", "source", "timezone"};
const std::vector<std::string> kEventKeys = {"date", "title", "lane", "actors", "place", "tags",
                                             "quote", "source", "note", "url", "status"};
const std::vector<std::string> kLinkKeys = {"quote", "source", "note"};
// `color` is read as `colour`: both spellings are common, and neither is a typo.
const std::vector<std::string> kLaneKeys = {"title", "subtitle", "source", "timezone", "colour", "color"};
const std::vector<std::string> kPeriodKeys = {"date", "title", "lane"};

struct Token {
    std::string_view text;
    std::size_t offset;  // byte offset in the line
};

std::vector<Token> split_ws(std::string_view s, std::size_t base) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
        std::size_t b = i;
        while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
        if (i > b) out.push_back({s.substr(b, i - b), base + b});
    }
    return out;
}

std::optional<LinkKind> arrow_kind(std::string_view t) {
    if (t == "->") return LinkKind::causes;
    if (t == "~>") return LinkKind::enables;
    if (t == "-|") return LinkKind::blocks;
    return std::nullopt;
}

// A value without its surrounding double quotes, if it has both.
std::string_view unquote(std::string_view v) {
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') return v.substr(1, v.size() - 2);
    return v;
}

class Parser {
public:
    Parser(std::string_view text, std::string file) {
        doc_.file = std::move(file);
        split_lines(text);
    }

    ParseResult run() {
        core::Progress progress("parsing", doc_.lines.size());
        for (std::size_t i = 0; i < doc_.lines.size(); ++i) {
            progress.step(i);
            line_no_ = static_cast<int>(i) + 1;
            line_ = doc_.lines[i];
            if (line_ok()) parse_line();
            else note_rejected_key();
        }
        finish_event();
        resolve();
        resolve_relative_dates(doc_, diags_);
        warn_schemeless_urls(doc_, diags_);
        if (doc_.events.empty() && !diags_.has_errors())
            diags_.error(doc_.file, {1, 1}, "the model has no events: add one with 'event ID', 'date:' and 'title:'",
                         doc_.line_text(1));
        return {std::move(doc_), std::move(diags_)};
    }

private:
    Document doc_;
    core::Diagnostics diags_;
    int line_no_ = 0;
    std::string_view line_;
    Block block_ = Block::header;
    std::vector<std::size_t> link_block_;  // links of the current link line
    std::unordered_map<std::string, int> seen_keys_;  // key -> line, within the current block
    bool in_event_ = false;
    bool in_period_ = false;
    std::size_t suggestions_ = 0;

    void split_lines(std::string_view text) {
        if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a BOM is not content
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t nl = text.find('\n', start);
            std::string_view l = text.substr(start, nl == text.npos ? text.npos : nl - start);
            if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
            doc_.lines.emplace_back(l);
            if (nl == text.npos) break;
            start = nl + 1;
        }
    }

    Position at(std::size_t byte_offset) const {
        return {line_no_, core::column_of(line_, byte_offset) + 1};
    }

    void error(std::size_t byte_offset, std::string msg) {
        diags_.error(doc_.file, at(byte_offset), std::move(msg), std::string(line_));
    }

    void error_at(Position pos, std::string msg) {
        diags_.error(doc_.file, pos, std::move(msg), doc_.line_text(pos.line));
    }

    // Rejects the whole line on bad bytes: nothing after them can be trusted.
    bool line_ok() {
        if (line_.size() > core::kMaxLineBytes) {
            diags_.error(doc_.file, {line_no_, 1},
                         fmt::format("line is {} bytes long; the limit is {} bytes", line_.size(),
                                     core::kMaxLineBytes));
            return false;
        }
        for (std::size_t i = 0; i < line_.size();) {
            std::size_t len = core::utf8_sequence_length(line_, i);
            if (len == 0) {
                error(i, fmt::format("invalid UTF-8 byte 0x{:02X}", static_cast<unsigned char>(line_[i])));
                return false;
            }
            auto c = static_cast<unsigned char>(line_[i]);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                error(i, fmt::format("control character U+{:04X} is not allowed", c));
                return false;
            }
            i += len;
        }
        return true;
    }

    // A key on a rejected line was still given: do not also call it missing.
    void note_rejected_key() {
        std::size_t b = line_.find_first_not_of(" \t");
        if (b == line_.npos) return;
        auto colon = key_colon(line_.substr(b));
        if (colon) seen_keys_.emplace(std::string(core::trim(line_.substr(b, *colon))), line_no_);
    }

    void parse_line() {
        std::size_t b = line_.find_first_not_of(" \t");
        if (b == line_.npos || line_[b] == '#') return;
        std::string_view body = line_.substr(b);
        // Key lines first, so that `lane : us` is the event key, not a declaration.
        if (auto colon = key_colon(body)) return parse_key(b, *colon);
        if (starts_keyword(body, "event")) return parse_event(b);
        if (starts_keyword(body, "lane")) return parse_lane(b);
        if (starts_keyword(body, "period")) return parse_period(b);
        parse_link(b);
    }

    static bool starts_keyword(std::string_view body, std::string_view kw) {
        return body.substr(0, kw.size()) == kw &&
               (body.size() == kw.size() || body[kw.size()] == ' ' || body[kw.size()] == '\t');
    }

    // `word:` or `word :` at the start of the body: a key line. Returns the colon's offset.
    static std::optional<std::size_t> key_colon(std::string_view body) {
        if (body.empty() || !is_word_char(body[0])) return std::nullopt;
        std::size_t i = 1;
        while (i < body.size() && (is_word_char(body[i]) || std::isdigit(static_cast<unsigned char>(body[i])) ||
                                   body[i] == '-'))
            ++i;
        std::size_t j = i;
        while (j < body.size() && (body[j] == ' ' || body[j] == '\t')) ++j;
        if (j < body.size() && body[j] == ':') return j;
        return std::nullopt;
    }

    // Checks an id token; reports and returns false when it is not one.
    bool check_id(std::string_view id, std::size_t offset, const char* what) {
        if (id.empty()) {
            error(offset, fmt::format("expected {} id", what));
            return false;
        }
        if (!std::isalnum(static_cast<unsigned char>(id[0]))) {
            error(offset, fmt::format("{} id '{}' must start with a letter or digit", what, id));
            return false;
        }
        for (std::size_t i = 0; i < id.size(); ++i) {
            if (!is_id_char(id[i])) {
                error(offset + i, fmt::format("{} id '{}' may only hold ASCII letters, digits, '-' and '_'", what,
                                              id));
                return false;
            }
        }
        return true;
    }

    void finish_event() {
        finish_period();
        if (!in_event_) return;
        Event& e = doc_.events.back();
        if (e.title.empty() && !seen_keys_.count("title"))
            error_at(e.pos, fmt::format("event '{}' has no title", e.id));
        if (!seen_keys_.count("date")) error_at(e.pos, fmt::format("event '{}' has no date", e.id));
        in_event_ = false;
    }

    void open_block(Block b) {
        finish_event();
        block_ = b;
        seen_keys_.clear();
        link_block_.clear();
    }

    void parse_event(std::size_t b) {
        open_block(Block::event);
        auto toks = split_ws(line_.substr(b + 5), b + 5);
        if (toks.empty()) return error(line_.size(), "expected an id after 'event'");
        if (toks.size() > 1) error(toks[1].offset, "unexpected text after the event id");
        if (!check_id(toks[0].text, toks[0].offset, "an event")) {
            block_ = Block::skip;  // its keys would only repeat the error
            return;
        }
        if (doc_.events.size() >= core::kMaxEvents) {
            if (doc_.events.size() == core::kMaxEvents)
                error(b, fmt::format("more than {} events; split the model", core::kMaxEvents));
            return;
        }
        Event e;
        e.id = std::string(toks[0].text);
        e.pos = at(toks[0].offset);
        doc_.events.push_back(std::move(e));
        in_event_ = true;
    }

    void parse_lane(std::size_t b) {
        open_block(Block::header);
        std::string_view rest = line_.substr(b + 4);
        std::size_t colon = rest.find(':');
        std::string_view id_part = core::trim(rest.substr(0, colon));
        std::size_t id_off = b + 4 + rest.find_first_not_of(" \t");
        if (colon == rest.npos) return error(line_.size(), "expected ': NAME' after the lane id, as in 'lane us: United States'");
        if (!check_id(id_part, id_part.empty() ? b + 4 + colon : id_off, "a lane")) return;
        std::string_view name = core::trim(rest.substr(colon + 1));
        if (name.empty()) return error(b + 4 + colon, fmt::format("lane '{}' has no name", id_part));
        doc_.lanes.push_back({std::string(id_part), std::string(unquote(name)), at(id_off), "", {}});
        block_ = Block::lane;
    }

    void parse_period(std::size_t b) {
        open_block(Block::period);
        auto toks = split_ws(line_.substr(b + 6), b + 6);
        if (toks.empty()) {
            block_ = Block::skip;  // no period to give its keys to
            return error(line_.size(), "expected an id after 'period', as in 'period war'");
        }
        if (toks.size() > 1) error(toks[1].offset, "unexpected text after the period id");
        if (!check_id(toks[0].text, toks[0].offset, "a period")) {
            block_ = Block::skip;
            return;
        }
        doc_.periods.push_back({std::string(toks[0].text), at(toks[0].offset), {}, "", ""});
        in_period_ = true;
    }

    void finish_period() {
        if (!in_period_) return;
        const model::Period& p = doc_.periods.back();
        if (!seen_keys_.count("title")) error_at(p.pos, fmt::format("period '{}' has no title", p.id));
        if (!seen_keys_.count("date")) error_at(p.pos, fmt::format("period '{}' has no date", p.id));
        in_period_ = false;
    }

    void set_period(const std::string& key, std::string value, std::size_t value_off) {
        if (!in_period_) return;
        model::Period& p = doc_.periods.back();
        if (key == "title") p.title = std::move(value);
        else if (key == "lane") p.lane = std::move(value), period_lane_refs_.push_back({doc_.periods.size() - 1, at(value_off)});
        else {
            std::size_t base = line_[value_off] == '"' ? value_off + 1 : value_off;
            auto r = model::parse_date(value, doc_.timezone);
            if (r.error) return error(base + r.error->offset, r.error->message);
            if (r.date->start_from || r.date->end_from)
                return error(base, "a period's date cannot count from an event: write the dates, as in "
                                   "'date: 2023-06..2023-12'");
            p.date = *r.date;
        }
    }

    // `colour: #0072B2` under a lane line: the lane's own colour, as #RRGGBB (#RGB is widened).
    void set_lane_colour(const std::string& value, std::size_t value_off) {
        model::Lane& lane = doc_.lanes.back();
        auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
        bool ok = value.size() == 7 || value.size() == 4;
        ok = ok && value[0] == '#' && std::all_of(value.begin() + 1, value.end(), hex);
        if (!ok)
            return error(value_off, fmt::format("lane colour '{}' is not #RRGGBB: write it as in 'colour: #0072B2'", value));
        std::string c = value.size() == 7 ? value : std::string{'#', value[1], value[1], value[2], value[2], value[3], value[3]};
        for (char& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        lane.colour = c;
        lane.colour_pos = at(value_off);
    }

    void parse_key(std::size_t b, std::size_t colon) {
        std::string_view body = line_.substr(b);
        std::string key(core::trim(body.substr(0, colon)));
        if (block_ == Block::lane && key == "color") key = "colour";
        std::size_t value_off = b + colon + 1;
        while (value_off < line_.size() && (line_[value_off] == ' ' || line_[value_off] == '\t')) ++value_off;
        std::string_view raw = core::trim(line_.substr(b + colon + 1));
        if (block_ == Block::skip) return;
        const auto& allowed = keys_of(block_);
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
            return unknown_key(b, key, allowed);
        bool repeatable = key == "quote" || key == "source" || key == "note";
        if (!repeatable && block_ != Block::link) {
            auto [it, fresh] = seen_keys_.emplace(key, line_no_);
            if (!fresh) return error(b, fmt::format("duplicate key '{}' (first given on line {})", key, it->second));
        }
        if (raw.empty()) return error(value_off, fmt::format("'{}' has no value", key));
        std::string value(unquote(raw));
        if (core::column_of(value, value.size()) > static_cast<int>(core::kMaxValueChars))
            return error(value_off, fmt::format("'{}' is longer than {} characters", key, core::kMaxValueChars));
        if (block_ == Block::lane && key == "colour") return set_lane_colour(value, value_off);
        bool header = block_ == Block::header || block_ == Block::lane;
        if (header && key == "timezone") return set_timezone(value, value_off);
        if (header) return set_header(key, std::move(value));
        if (block_ == Block::period) return set_period(key, std::move(value), value_off);
        if (block_ == Block::link) return set_link(key, std::move(value), b);
        set_event(key, std::move(value), value_off);
    }

    static const std::vector<std::string>& keys_of(Block b) {
        switch (b) {
        case Block::header: return kHeaderKeys;
        case Block::lane: return kLaneKeys;
        case Block::event: return kEventKeys;
        case Block::period: return kPeriodKeys;
        default: return kLinkKeys;
        }
    }

    void unknown_key(std::size_t b, const std::string& key, const std::vector<std::string>& allowed) {
        const char* where = block_ == Block::header ? "in the header"
                            : block_ == Block::lane ? "after a lane (a lane takes 'colour')"
                            : block_ == Block::event ? "for an event"
                            : block_ == Block::period ? "for a period (periods take date, title and lane)"
                                                      : "for a link";
        std::string hint = core::did_you_mean(key, allowed);
        if (hint.empty() && block_ == Block::header && std::find(kEventKeys.begin(), kEventKeys.end(), key) != kEventKeys.end())
            return error(b, fmt::format("unknown key '{}' in the header: it belongs in an 'event ID' block", key));
        if (hint.empty() && block_ == Block::link && std::find(kEventKeys.begin(), kEventKeys.end(), key) != kEventKeys.end())
            return error(b, fmt::format("unknown key '{}' for a link (links take quote, source and note); "
                                        "did you mean to start an 'event' block?", key));
        std::string msg = fmt::format("unknown key '{}' {}", key, where);
        if (!hint.empty()) msg += fmt::format("; did you mean '{}'?", hint);
        error(b, msg);
    }

    void set_header(const std::string& key, std::string value) {
        if (key == "title") doc_.title = std::move(value);
        else if (key == "subtitle") doc_.subtitle = std::move(value);
        else doc_.source = std::move(value);
    }

    // Repeated notes are kept in order, as paragraphs: a blank line between each two.
    static void add_note(std::string& note, const std::string& value) {
        note += note.empty() ? value : "\n\n" + value;
    }

    void set_timezone(const std::string& value, std::size_t value_off) {
        if (auto e = model::zone_error(value)) return error(value_off, *e);
        doc_.timezone = value;
    }

    void set_link(const std::string& key, std::string value, std::size_t) {
        for (std::size_t i : link_block_) {
            Link& l = doc_.links[i];
            if (key == "quote") l.quotes.push_back(value);
            else if (key == "source") l.sources.push_back(value);
            else add_note(l.note, value);
        }
    }

    void set_event(const std::string& key, std::string value, std::size_t value_off) {
        if (!in_event_) return;  // the event line itself was bad and already reported
        Event& e = doc_.events.back();
        if (key == "date") return set_date(e, value, value_off);
        if (key == "title") e.title = std::move(value);
        else if (key == "lane") e.lane = std::move(value), lane_refs_.push_back({doc_.events.size() - 1, at(value_off)});
        else if (key == "actors") e.actors = core::split_list(value);
        else if (key == "place") e.place = std::move(value);
        else if (key == "tags") e.tags = core::split_list(value);
        else if (key == "quote") e.quotes.push_back(std::move(value));
        else if (key == "source") e.sources.push_back(std::move(value));
        else if (key == "note") add_note(e.note, value);
        else if (key == "url") e.url = std::move(value);
        else if (key == "status") set_status(e, value, value_off);
    }

    void set_date(Event& e, const std::string& value, std::size_t value_off) {
        // The offset of the value as written (before unquoting) keeps columns exact.
        std::size_t base = line_[value_off] == '"' ? value_off + 1 : value_off;
        auto r = model::parse_date(value, doc_.timezone);
        e.date_pos = at(base);
        if (r.error) return error(base + r.error->offset, r.error->message);
        e.date = *r.date;
    }

    void set_status(Event& e, const std::string& value, std::size_t value_off) {
        if (value == "happened") e.status = model::Status::happened;
        else if (value == "expected") e.status = model::Status::expected;
        else if (value == "uncertain") e.status = model::Status::uncertain;
        else {
            std::string hint = core::did_you_mean(value, {"happened", "expected", "uncertain"});
            error(value_off, fmt::format("unknown status '{}': use happened, expected or uncertain{}", value,
                                         hint.empty() ? "" : fmt::format(" (did you mean '{}'?)", hint)));
        }
    }

    // An event id in a link line, one of a comma-separated list (`a, b -> c`).
    struct IdRef {
        std::string_view id;
        std::size_t offset;
    };

    // A line of links: lists of ids joined by arrows. Each arrow links every id
    // of the list before it to every id of the list after it (fan-out, fan-in).
    void parse_link(std::size_t b) {
        open_block(Block::link);
        std::size_t colon = line_.find(':', b);
        std::string_view chain = line_.substr(b, colon == line_.npos ? line_.npos : colon - b);
        auto toks = split_ws(chain, b);
        if (toks.size() < 3) return bad_line(b, toks);
        std::vector<std::vector<IdRef>> lists(1);
        std::vector<Token> arrows;
        if (!read_link_lists(toks, lists, arrows)) return;
        std::string label = colon == line_.npos ? "" : std::string(unquote(core::trim(line_.substr(colon + 1))));
        for (std::size_t i = 0; i < arrows.size(); ++i)
            for (const IdRef& from : lists[i])
                for (const IdRef& to : lists[i + 1])
                    if (!add_link(b, from, to, arrows[i], label)) return;
    }

    // Splits the tokens into id lists and the arrows between them; reports the first fault.
    bool read_link_lists(const std::vector<Token>& toks, std::vector<std::vector<IdRef>>& lists,
                         std::vector<Token>& arrows) {
        bool want_id = true;  // at the start, after an arrow and after a comma
        for (const Token& t : toks) {
            if (arrow_kind(t.text)) {
                if (want_id) return link_fault(t.offset, lists.back().empty() && arrows.empty()
                                                             ? "expected an event id before the arrow"
                                                             : "expected an event id after ','");
                arrows.push_back(t);
                lists.emplace_back();
                want_id = true;
                continue;
            }
            if (!want_id && t.text[0] != ',') {
                if (!std::isalnum(static_cast<unsigned char>(t.text[0])))
                    return link_fault(t.offset, fmt::format("malformed arrow '{}': use '->' (causes), '~>' (enables) "
                                                            "or '-|' (blocks)", t.text));
                return link_fault(t.offset, fmt::format("expected an arrow or ',' before '{}', as in 'a, b -> c'",
                                                        t.text));
            }
            if (!read_ids(t, lists.back(), want_id)) return false;
        }
        if (want_id) {
            const Token& last = toks.back();
            return link_fault(last.offset + last.text.size(), arrow_kind(last.text)
                                                                  ? "expected an event id after the last arrow"
                                                                  : "expected an event id after ','");
        }
        return true;
    }

    // One token of ids and commas: `b,`, `b,c` or `,c`.
    bool read_ids(const Token& t, std::vector<IdRef>& list, bool& want_id) {
        std::size_t i = 0;
        while (i <= t.text.size()) {
            std::size_t comma = std::min(t.text.find(',', i), t.text.size());
            std::string_view id = t.text.substr(i, comma - i);
            if (!id.empty()) {
                if (!want_id)
                    return link_fault(t.offset + i, fmt::format("expected an arrow or ',' before '{}'", id));
                if (!check_link_id({id, t.offset + i})) return false;
                for (const IdRef& r : list)
                    if (r.id == id) return link_fault(t.offset + i, fmt::format("event '{}' is listed twice", id));
                list.push_back({id, t.offset + i});
                want_id = false;
            }
            if (comma == t.text.size()) break;
            if (want_id) return link_fault(t.offset + comma, "expected an event id before ','");
            want_id = true;
            i = comma + 1;
        }
        return true;
    }

    bool link_fault(std::size_t offset, std::string msg) {
        error(offset, std::move(msg));
        return false;
    }

    bool add_link(std::size_t b, const IdRef& from, const IdRef& to, const Token& arrow, const std::string& label) {
        if (doc_.links.size() >= core::kMaxLinks) {
            if (doc_.links.size() == core::kMaxLinks)
                error(b, fmt::format("more than {} links; split the model", core::kMaxLinks));
            return false;
        }
        Link l;
        l.from = std::string(from.id);
        l.to = std::string(to.id);
        l.kind = *arrow_kind(arrow.text);
        l.label = label;
        l.pos = at(arrow.offset);
        l.from_pos = at(from.offset);
        l.to_pos = at(to.offset);
        link_block_.push_back(doc_.links.size());
        doc_.links.push_back(std::move(l));
        return true;
    }

    bool check_link_id(const Token& t) {
        for (std::string_view a : {"->", "~>", "-|", "=>", "<-"}) {
            auto p = t.text.find(a);
            if (p != std::string_view::npos && p > 0) {
                error(t.offset + p, fmt::format("put spaces around the arrow '{}', as in 'a {} b'", a, a));
                return false;
            }
        }
        return check_id(t.text, t.offset, "an event");
    }

    void bad_line(std::size_t b, const std::vector<Token>& toks) {
        if (toks.size() == 2 && (toks[1].text[0] == '-' || toks[1].text[0] == '~' || toks[1].text[0] == '<' ||
                                 toks[1].text[0] == '='))
            return error(toks[1].offset + toks[1].text.size(), "expected an event id after the arrow");
        if (toks.size() == 1 && toks[0].text.find_first_of(">|") != std::string_view::npos)
            return void(check_link_id(toks[0]));
        error(b, "expected 'key: value', 'event ID', 'lane ID: NAME' or a link such as 'a -> b'");
    }

    struct LaneRef {
        std::size_t event;
        Position pos;
    };
    std::vector<LaneRef> lane_refs_;
    std::vector<LaneRef> period_lane_refs_;  // `event` is the period's index here

    std::string suggest(const std::string& word, const std::vector<std::string>& candidates) {
        // A file full of unknown ids must not turn the check quadratic.
        if (++suggestions_ > core::kMaxSuggestions) return {};
        return core::did_you_mean(word, candidates);
    }

    static std::string hint_text(const std::string& hint) {
        return hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint);
    }

    void check_lane(const std::string& id, Position pos, const std::unordered_map<std::string, Position>& lanes,
                    const std::vector<std::string>& lane_ids) {
        if (!lanes.count(id)) error_at(pos, fmt::format("unknown lane '{}'{}", id, hint_text(suggest(id, lane_ids))));
    }

    void resolve() {
        std::unordered_map<std::string, Position> lanes;
        std::vector<std::string> lane_ids;
        for (const auto& l : doc_.lanes) {
            auto [it, fresh] = lanes.emplace(l.id, l.pos);
            if (!fresh) error_at(l.pos, fmt::format("duplicate lane id '{}' (first declared on line {})", l.id, it->second.line));
            else lane_ids.push_back(l.id);
        }
        for (const auto& r : lane_refs_) check_lane(doc_.events[r.event].lane, r.pos, lanes, lane_ids);
        for (const auto& r : period_lane_refs_) check_lane(doc_.periods[r.event].lane, r.pos, lanes, lane_ids);
        std::unordered_map<std::string, Position> events;
        std::vector<std::string> event_ids;
        for (const auto& e : doc_.events) {
            auto [it, fresh] = events.emplace(e.id, e.pos);
            if (!fresh) error_at(e.pos, fmt::format("duplicate id '{}' (first defined on line {})", e.id, it->second.line));
            else event_ids.push_back(e.id);
        }
        std::unordered_map<std::string, Position> periods;
        for (const auto& p : doc_.periods) {
            auto [it, fresh] = periods.emplace(p.id, p.pos);
            auto event = events.find(p.id);
            if (!fresh) error_at(p.pos, fmt::format("duplicate id '{}' (first defined on line {})", p.id, it->second.line));
            else if (event != events.end())
                error_at(p.pos, fmt::format("duplicate id '{}' (an event on line {})", p.id, event->second.line));
        }
        std::unordered_map<std::string, bool> linked;
        for (const auto& l : doc_.links) {
            for (auto [id, pos] : {std::pair{&l.from, l.from_pos}, std::pair{&l.to, l.to_pos}}) {
                if (!events.count(*id) && periods.count(*id))
                    error_at(pos, fmt::format("'{}' is a period, and periods take no links: link the events within it",
                                              *id));
                else if (!events.count(*id))
                    error_at(pos, fmt::format("unknown event '{}'{}", *id, hint_text(suggest(*id, event_ids))));
                linked[*id] = true;
            }
        }
        if (doc_.events.size() > 1)
            for (const auto& e : doc_.events)
                if (!linked.count(e.id))
                    diags_.warning(doc_.file, e.pos, fmt::format("event '{}' is not linked to any other event", e.id),
                                   doc_.line_text(e.pos.line));
    }
};

}  // namespace

ParseResult parse(std::string_view text, std::string file_name) {
    if (text.size() > core::kMaxFileBytes) {
        ParseResult r;
        r.document.file = file_name;
        r.diagnostics.error(file_name, {}, fmt::format("the file is {} bytes; the limit is {} bytes", text.size(),
                                                       core::kMaxFileBytes));
        return r;
    }
    return Parser(text, std::move(file_name)).run();
}

}  // namespace timegraph::parse
