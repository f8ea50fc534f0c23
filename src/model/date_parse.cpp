// Reading `date:` values in every written form docs/format.md lists: ISO
// dates, month names, eras, decades and centuries, times with zones,
// Julian dates and ends counted from other events.
#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>
#include <vector>

#include <date/date.h>
#include <date/julian.h>
#include <date/tz.h>
#include <fmt/format.h>

#include "core/text.hpp"
#include "model/date.hpp"

namespace timegraph::model {

namespace {

constexpr int kMinYear = -29999;  // 30000 BCE
constexpr int kMaxYear = 9999;
constexpr const char* kRange = "the year is out of range (30000 BCE to 9999)";

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_id_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; }

// Ambiguous or non-IANA zone abbreviations, and the zones to write instead.
struct Abbreviation {
    const char* abbrev;
    const char* use;
};
constexpr std::array<Abbreviation, 20> kAbbreviations = {{
    {"EST", "America/New_York (or -05:00)"},          {"EDT", "America/New_York (or -04:00)"},
    {"CST", "America/Chicago or Asia/Shanghai"},      {"CDT", "America/Chicago (or -05:00)"},
    {"MST", "America/Denver or America/Phoenix"},     {"MDT", "America/Denver (or -06:00)"},
    {"PST", "America/Los_Angeles (or -08:00)"},       {"PDT", "America/Los_Angeles (or -07:00)"},
    {"BST", "Europe/London or Asia/Dhaka"},           {"IST", "Asia/Kolkata, Europe/Dublin or Asia/Jerusalem"},
    {"CET", "Europe/Berlin or Europe/Paris"},         {"CEST", "Europe/Berlin or Europe/Paris"},
    {"EET", "Europe/Athens or Europe/Kyiv"},          {"EEST", "Europe/Athens or Europe/Kyiv"},
    {"WET", "Europe/Lisbon"},                         {"MSK", "Europe/Moscow"},
    {"JST", "Asia/Tokyo"},                            {"AEST", "Australia/Sydney or Australia/Brisbane"},
    {"AEDT", "Australia/Sydney"},                     {"HST", "Pacific/Honolulu"},
}};

class Cursor {
public:
    explicit Cursor(std::string_view s) : s_(s) {}
    bool done() const { return i_ >= s_.size(); }
    char peek(std::size_t k = 0) const { return i_ + k < s_.size() ? s_[i_ + k] : '\0'; }
    bool eat(std::string_view lit) {
        if (s_.substr(i_, lit.size()) != lit) return false;
        i_ += lit.size();
        return true;
    }
    // A whole word: the literal not followed by a letter.
    bool eat_word(std::string_view lit) {
        if (s_.substr(i_, lit.size()) != lit || is_alpha(peek(lit.size()))) return false;
        i_ += lit.size();
        return true;
    }
    std::size_t count(bool (*pred)(char), std::size_t from = 0) const {
        std::size_t n = from;
        while (pred(peek(n))) ++n;
        return n - from;
    }
    std::size_t digits(std::size_t from = 0) const { return count(is_digit, from); }
    std::size_t spaces() const {
        std::size_t n = 0;
        while (peek(n) == ' ' || peek(n) == '\t') ++n;
        return n;
    }
    void skip_spaces() { i_ += spaces(); }
    std::int64_t number(std::size_t n) {
        std::int64_t v = 0;
        for (std::size_t k = 0; k < n; ++k) v = v * 10 + (s_[i_ + k] - '0');
        i_ += n;
        return v;
    }
    std::string_view take(std::size_t n) {
        auto t = s_.substr(i_, n);
        i_ += n;
        return t;
    }
    std::size_t pos() const { return i_; }
    void seek(std::size_t i) { i_ = i; }
    std::string_view rest() const { return s_.substr(i_); }
    std::string_view slice(std::size_t from) const { return s_.substr(from, i_ - from); }

private:
    std::string_view s_;
    std::size_t i_ = 0;
};

using Error = std::optional<DateError>;

Error fail(std::size_t at, std::string msg) { return DateError{at, std::move(msg)}; }

std::string month_hint(std::string_view word) {
    static const std::vector<std::string> names = {"January", "February", "March",     "April",   "May",
                                                   "June",    "July",     "August",    "September",
                                                   "October", "November", "December"};
    std::string w(word);
    if (!w.empty()) w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
    return core::did_you_mean(w, names);
}

class Reader {
public:
    Reader(std::string_view text, std::string_view default_zone) : c_(text), default_zone_(default_zone) {}

    DateParse run() {
        c_.skip_spaces();
        if (c_.done()) return failed(fail(0, "the date is empty"));
        Date d;
        if (auto e = end(d.start, d.start_from, nullptr)) return failed(e);
        c_.skip_spaces();
        if (c_.eat("..")) {
            c_.skip_spaces();
            if (c_.done()) {
                d.open = true;
            } else {
                std::size_t end_at = c_.pos();
                DatePoint e;
                if (auto err = end(e, d.end_from, d.start_from ? nullptr : &d.start)) return failed(err);
                d.end = e;
                if (!d.start_from && !d.end_from && e.last_minute() < d.start.first_minute())
                    return failed(fail(end_at, fmt::format("the range ends ({}) before it starts ({})",
                                                           format_point(e), format_point(d.start))));
            }
        }
        c_.skip_spaces();
        if (!c_.done()) {
            std::string_view rest = c_.rest();
            return failed(fail(c_.pos(), fmt::format("unexpected '{}' after the date", rest.substr(0, rest.find(' ')))));
        }
        return {d, std::nullopt};
    }

private:
    Cursor c_;
    std::string_view default_zone_;
    std::size_t day_at_ = 0;  // where the day was written, for "has no day" errors

    static DateParse failed(Error e) { return {std::nullopt, std::move(e)}; }

    // One end of a range: a relative end, a time on the start's day, or a date.
    Error end(DatePoint& p, std::optional<Relative>& rel, const DatePoint* same_day) {
        if (looks_relative()) {
            rel.emplace();
            return relative(*rel);
        }
        if (same_day && same_day->precision >= Precision::minute && c_.digits() == 2 && c_.peek(2) == ':') {
            p = *same_day;
            p.approximate = p.julian = false;
            p.zone.clear();
            p.offset = 0;
            std::size_t at = c_.pos();
            if (auto e = clock(p)) return e;
            if (auto e = zone(p)) return e;
            if (p.zone.empty() && !same_day->zone.empty()) p.zone = same_day->zone;
            return finish(p, at);
        }
        return point(p);
    }

    // `after ID`, `ID + 2h`, or a word that is not a month, era or `circa`.
    bool looks_relative() const {
        if (c_.rest().substr(0, 6) == "after " || c_.rest() == "after") return true;
        std::size_t n = c_.count(is_id_char);
        std::string_view word = c_.rest().substr(0, n);
        bool has_letter = std::any_of(word.begin(), word.end(), [](char ch) { return is_alpha(ch) || ch == '_'; });
        if (!has_letter || month_from_name(word) || word == "AD" || word == "c" || word == "ca" || word == "circa")
            return false;
        std::size_t k = n;
        while (c_.peek(k) == ' ') ++k;
        char sign = c_.peek(k);
        return (sign == '+' || sign == '-') && k > n;
    }

    Error relative(Relative& r) {
        std::size_t from = c_.pos();
        r.after = c_.eat_word("after");
        c_.skip_spaces();
        r.offset = c_.pos();
        std::size_t n = c_.count(is_id_char);
        if (n == 0) return fail(c_.pos(), "expected an event id, as in 'after deploy' or 'deploy + 2h'");
        r.event = std::string(c_.take(n));
        c_.skip_spaces();
        if (c_.peek() == '+' || (c_.peek() == '-' && !is_digit(c_.peek(1)) ) || (c_.peek() == '-' && c_.peek(1) == ' ')) {
            bool minus = c_.peek() == '-';
            c_.take(1);
            c_.skip_spaces();
            if (auto e = duration(r)) return e;
            if (minus) r.amount = -r.amount;
        } else if (!r.after) {
            return fail(c_.pos(), fmt::format("expected a duration after '{}', as in '{} + 2h'", r.event, r.event));
        }
        r.text = std::string(core::trim(c_.slice(from)));
        return std::nullopt;
    }

    Error duration(Relative& r) {
        std::size_t at = c_.pos();
        std::size_t n = c_.digits();
        const char* forms = "a duration is a whole number and a unit: 30s, 5m, 2h, 3d, 2w, 6mo or 1y";
        if (n == 0 || n > 6) return fail(at, forms);
        r.amount = c_.number(n);
        static const std::array<std::pair<const char*, Unit>, 7> units = {{{"mo", Unit::month},
                                                                           {"s", Unit::second},
                                                                           {"m", Unit::minute},
                                                                           {"h", Unit::hour},
                                                                           {"d", Unit::day},
                                                                           {"w", Unit::week},
                                                                           {"y", Unit::year}}};
        for (auto [name, unit] : units)
            if (c_.eat_word(name)) {
                r.unit = unit;
                return std::nullopt;
            }
        return fail(c_.pos(), forms);
    }

    // A written date: approximate prefix, then a month-name, era, decade,
    // century or ISO form, then a time, zone and calendar where they apply.
    Error point(DatePoint& p) {
        p.approximate = approximate();
        std::size_t at = c_.pos();
        Error e = is_alpha(c_.peek()) ? named(p) : numeric(p);
        if (e) return e;
        if (p.precision == Precision::day && (c_.peek() == 'T' || (c_.spaces() > 0 && c_.digits(c_.spaces()) > 0))) {
            if (!c_.eat("T")) c_.skip_spaces();
            if (auto err = clock(p)) return err;
        }
        if (auto err = zone(p)) return err;
        if (auto err = calendar(p)) return err;
        return finish(p, at);
    }

    bool approximate() {
        bool approx = c_.eat("~") || c_.eat("c.") || c_.eat("ca.") || c_.eat_word("circa");
        if (approx) c_.skip_spaces();
        return approx;
    }

    // `June 1914`, `June 28, 1914`, `AD 14`.
    Error named(DatePoint& p) {
        std::size_t at = c_.pos();
        std::string_view word = c_.take(c_.count(is_alpha));
        if (word == "AD") {
            c_.skip_spaces();
            return year(p, false);
        }
        p.month = month_from_name(word);
        if (p.month == 0) return unknown_word(at, word);
        c_.eat(".");
        c_.skip_spaces();
        if (c_.digits() >= 1 && c_.digits() <= 2 && c_.peek(c_.digits()) == ',') {
            day_at_ = c_.pos();
            p.day = static_cast<unsigned>(c_.number(c_.digits()));
            c_.eat(",");
            c_.skip_spaces();
            if (auto e = year(p, false)) return e;
            p.precision = Precision::day;
            return std::nullopt;
        }
        if (auto e = year(p, false)) return e;
        p.precision = Precision::month;
        return std::nullopt;
    }

    Error unknown_word(std::size_t at, std::string_view word) {
        std::string hint = month_hint(word);
        if (!hint.empty()) return fail(at, fmt::format("unknown month '{}'; did you mean '{}'?", word, hint));
        if (std::all_of(word.begin(), word.end(), [](char ch) { return std::isupper(static_cast<unsigned char>(ch)); }))
            return fail(at, fmt::format("a date starts with its day, month or year: write a zone after the time, "
                                        "as in 2021-10-04 15:39 UTC"));
        return fail(at, fmt::format("expected a date, as in 2024-01-29, 28 June 1914 or 44 BCE; to count from "
                                    "an event write 'after {0}' or '{0} + 2h'",
                                    word));
    }

    Error numeric(DatePoint& p) {
        std::size_t n = c_.digits();
        if (n >= 1 && n <= 2 && is_ordinal(n)) return century(p);
        if (n >= 2 && n <= 4 && c_.peek(n) == 's' && !is_alpha(c_.peek(n + 1))) return decade(p);
        if (n >= 1 && n <= 2 && c_.peek(n) == ' ' && is_alpha(c_.peek(n + 1))) {
            std::size_t word_len = c_.count(is_alpha, n + 1);
            if (month_from_name(c_.rest().substr(n + 1, word_len)) || !is_era(c_.rest().substr(n + 1, word_len)))
                return day_month_year(p);
        }
        bool bce = false;
        if (auto e = year(p, true, &bce)) return e;
        if (!c_.eat("-")) return std::nullopt;
        return iso_tail(p);
    }

    static bool is_era(std::string_view w) { return w == "BC" || w == "BCE" || w == "AD" || w == "CE"; }

    bool is_ordinal(std::size_t n) const {
        std::string_view s = c_.rest().substr(n, 2);
        return (s == "st" || s == "nd" || s == "rd" || s == "th") && !is_alpha(c_.peek(n + 2));
    }

    // `5th century BCE`, `1st century`: the hundred years it names.
    Error century(DatePoint& p) {
        std::size_t at = c_.pos();
        int n = static_cast<int>(c_.number(c_.digits()));
        c_.take(2);
        c_.skip_spaces();
        if (!c_.eat_word("century")) return fail(c_.pos(), "expected 'century' after the ordinal, as in 5th century BCE");
        bool bce = era_after(true);
        if (n == 0 || n > (bce ? 300 : 99)) return fail(at, kRange);
        p.year = bce ? 1 - 100 * n : 100 * (n - 1) + 1;
        p.precision = Precision::century;
        return std::nullopt;
    }

    // `1910s`, `440s BCE`: ten years.
    Error decade(DatePoint& p) {
        std::size_t at = c_.pos();
        std::size_t n = c_.digits();
        int y = static_cast<int>(c_.number(n));
        c_.take(1);
        if (y % 10 != 0) return fail(at, fmt::format("a decade ends in 0, as in {}s", y - y % 10));
        bool bce = era_after(true);
        p.year = bce ? 1 - (y + 9) : y;
        if (p.year < kMinYear) return fail(at, kRange);
        p.precision = Precision::decade;
        return std::nullopt;
    }

    // `28 June 1914`, `15 March 44 BCE`.
    Error day_month_year(DatePoint& p) {
        day_at_ = c_.pos();
        p.day = static_cast<unsigned>(c_.number(c_.digits()));
        c_.skip_spaces();
        std::size_t at = c_.pos();
        std::string_view word = c_.take(c_.count(is_alpha));
        p.month = month_from_name(word);
        if (p.month == 0) return unknown_word(at, word);
        c_.eat(".");
        c_.skip_spaces();
        if (auto e = year(p, false)) return e;
        p.precision = Precision::day;
        return std::nullopt;
    }

    // ` BCE`, ` BC`, ` CE`, ` AD` after a year; true for the first two.
    bool era_after(bool allow_ce) {
        std::size_t save = c_.pos();
        c_.skip_spaces();
        if (c_.eat_word("BCE") || c_.eat_word("BC")) return true;
        if (allow_ce && (c_.eat_word("CE") || c_.eat_word("AD"))) return false;
        c_.seek(save);
        return false;
    }

    // A year of one to four digits with an optional era, or the astronomical `-0043`.
    Error year(DatePoint& p, bool iso, bool* bce_out = nullptr) {
        std::size_t at = c_.pos();
        bool negative = iso && c_.eat("-");
        std::size_t n = c_.digits();
        if (n == 0) return fail(c_.pos(), "expected a year, as in 2024, 2024-01-29, 28 June 1914 or 44 BCE");
        if (negative) {
            if (n < 4 || n > 5) return fail(at, "an astronomical year needs a sign and four or five digits, as in -0043");
            p.year = -static_cast<int>(c_.number(n));
            if (p.year < kMinYear) return fail(at, kRange);
            p.precision = Precision::year;
            return std::nullopt;
        }
        if (n == 8) return fail(at, "write a day as YYYY-MM-DD, as in 2024-01-29");
        if (n > 5) return fail(at, kRange);
        bool leading_zero = c_.peek() == '0';
        std::int64_t y = c_.number(n);
        bool bce = era_after(true);
        if (bce_out) *bce_out = bce;
        if (bce) {
            if (y == 0) return fail(at, "there is no year 0 BCE: 1 BCE is followed by 1 CE");
            if (leading_zero) return fail(at, "a BCE year has no leading zeros");
            if (y > 1 - kMinYear) return fail(at, kRange);
            p.year = static_cast<int>(1 - y);
        } else {
            if (y > kMaxYear) return fail(at, kRange);
            if (y == 0 && n < 4) return fail(at, "there is no year 0: 1 BCE is followed by 1 CE (or write 0000, the astronomical year of 1 BCE)");
            p.year = static_cast<int>(y);
        }
        p.precision = Precision::year;
        return std::nullopt;
    }

    // `-MM` and `-MM-DD` after the year.
    Error iso_tail(DatePoint& p) {
        if (auto e = two_digits("month", "2024-01", 1, 12, p.month)) return e;
        p.precision = Precision::month;
        if (!c_.eat("-")) return std::nullopt;
        day_at_ = c_.pos();
        if (auto e = two_digits("day", "2024-01-05", 1, 31, p.day)) return e;
        p.precision = Precision::day;
        return std::nullopt;
    }

    Error two_digits(const char* what, const char* example, unsigned lo, unsigned hi, unsigned& out) {
        std::size_t at = c_.pos();
        if (c_.digits() != 2)
            return fail(at, fmt::format("the {} needs exactly two digits, as in {}", what, example));
        out = static_cast<unsigned>(c_.number(2));
        if (out < lo || out > hi)
            return fail(at, fmt::format("{} {:02} is out of range ({:02}-{:02})", what, out, lo, hi));
        return std::nullopt;
    }

    // `14:05` or `14:05:30`.
    Error clock(DatePoint& p) {
        if (auto e = two_digits("hour", "14:05", 0, 23, p.hour)) return e;
        if (!c_.eat(":")) return fail(c_.pos(), "expected ':' and two digits of minutes, as in 14:05");
        if (auto e = two_digits("minute", "14:05", 0, 59, p.minute)) return e;
        p.precision = Precision::minute;
        if (!c_.eat(":")) return std::nullopt;
        if (auto e = two_digits("second", "14:05:30", 0, 59, p.second)) return e;
        p.precision = Precision::second;
        return std::nullopt;
    }

    // `Z`, `UTC`, `+02:00`, `-0500` or an IANA name after a time.
    Error zone(DatePoint& p) {
        if (c_.eat_word("Z")) return set_offset(p, 0, "UTC");
        std::size_t save = c_.pos();
        c_.skip_spaces();
        std::size_t at = c_.pos();
        if ((c_.peek() == '+' || c_.peek() == '-') && is_digit(c_.peek(1))) return offset(p);
        std::size_t n = c_.count([](char ch) { return is_id_char(ch) || ch == '/' || ch == '+'; });
        std::string_view word = c_.rest().substr(0, n);
        if (word == "UTC" || word == "Z" || word == "GMT") {
            c_.take(n);
            return set_offset(p, 0, "UTC", at);
        }
        if (word.find('/') != std::string_view::npos) {
            if (auto e = zone_error(word)) return fail(at, *e);
            c_.take(n);
            p.zone = std::string(word);
            return needs_time(p, at);
        }
        for (const auto& a : kAbbreviations)
            if (word == a.abbrev) return fail(at, *zone_error(word));
        if (n >= 2 && n <= 5 && std::all_of(word.begin(), word.end(), [](char ch) { return std::isupper(static_cast<unsigned char>(ch)) != 0; }))
            return fail(at, fmt::format("unknown zone '{}': write an IANA name such as Europe/Berlin, an offset such "
                                        "as +02:00, or UTC",
                                        word));
        c_.seek(save);
        return std::nullopt;
    }

    Error offset(DatePoint& p) {
        std::size_t at = c_.pos();
        int sign = c_.take(1) == "-" ? -1 : 1;
        const char* form = "an offset is +HH:MM, +HHMM or +HH, as in +02:00 or -0500";
        if (c_.digits() != 2 && c_.digits() != 4) return fail(at, form);
        int h = static_cast<int>(c_.number(2)), m = 0;
        if (c_.digits() == 2 || (c_.peek() == ':' && c_.digits(1) == 2)) {
            c_.eat(":");
            m = static_cast<int>(c_.number(2));
        }
        if (h > 14 || m > 59) return fail(at, form);
        int total = sign * (h * 60 + m);
        return set_offset(p, total, fmt::format("{}{:02}:{:02}", sign < 0 ? '-' : '+', h, m), at);
    }

    Error set_offset(DatePoint& p, int minutes, std::string name, std::size_t at = 0) {
        p.offset = minutes;
        p.zone = std::move(name);
        return needs_time(p, at ? at : c_.pos());
    }

    static Error needs_time(const DatePoint& p, std::size_t at) {
        if (p.precision >= Precision::minute) return std::nullopt;
        return fail(at, fmt::format("a zone needs a time before it, as in 2021-10-04 15:39 {}", p.zone));
    }

    // `julian`, `Julian` or `O.S.` after a day.
    Error calendar(DatePoint& p) {
        std::size_t save = c_.pos();
        c_.skip_spaces();
        std::size_t at = c_.pos();
        if (!(c_.eat_word("julian") || c_.eat_word("Julian") || c_.eat("O.S.") || c_.eat("(O.S.)"))) {
            c_.seek(save);
            return std::nullopt;
        }
        if (p.precision < Precision::day)
            return fail(at, "the Julian calendar needs a day, as in 1914-07-15 julian or 15 March 44 BCE julian");
        p.julian = true;
        return std::nullopt;
    }

    // Checks the day in its calendar, turns a Julian date into the Gregorian
    // one, and fixes the zone's offset.
    Error finish(DatePoint& p, std::size_t at) {
        if (p.precision >= Precision::day) {
            if (auto e = check_day(p, day_at_)) return e;
        }
        if (p.precision >= Precision::minute && p.zone.empty() && !default_zone_.empty()) {
            if (default_zone_ == "UTC") p.zone = "UTC";
            else p.zone = std::string(default_zone_);
        }
        if (p.zone.find('/') != std::string::npos) return local_offset(p, at);
        return std::nullopt;
    }

    Error check_day(DatePoint& p, std::size_t at) {
        if (p.julian) {
            julian::year_month_day j{julian::year{p.year}, julian::month{p.month}, julian::day{p.day}};
            if (!j.ok()) return no_day(p, at, " in the Julian calendar");
            date::year_month_day g{date::sys_days{j}};
            p.year = static_cast<int>(g.year());
            p.month = static_cast<unsigned>(g.month());
            p.day = static_cast<unsigned>(g.day());
            return std::nullopt;
        }
        if (!(date::year{p.year} / date::month{p.month} / date::day{p.day}).ok()) return no_day(p, at, "");
        return std::nullopt;
    }

    static Error no_day(const DatePoint& p, std::size_t at, const char* calendar) {
        DatePoint m;
        m.year = p.year, m.month = p.month, m.precision = Precision::month;
        return fail(at, fmt::format("{} has no day {}{}", format_point(m), p.day, calendar));
    }

    // The UTC offset of a local time in an IANA zone; a time the clocks skip
    // or pass twice is an error that names the offsets to choose from.
    Error local_offset(DatePoint& p, std::size_t at) {
        try {
            const date::time_zone* tz = date::locate_zone(p.zone);
            Minutes local = to_minutes(p.year, p.month, p.day, p.hour, p.minute);
            auto info = tz->get_info(date::local_seconds{std::chrono::minutes{local}});
            if (info.result == date::local_info::nonexistent)
                return fail(at, fmt::format("{} does not exist in {}: the clocks skip it", format_point(p), p.zone));
            if (info.result == date::local_info::ambiguous)
                return fail(at, fmt::format("{} happens twice in {}: write the offset, {} or {}", format_point(p),
                                            p.zone, offset_text(info.first.offset), offset_text(info.second.offset)));
            p.offset = static_cast<int>(info.first.offset.count() / 60);
            return std::nullopt;
        } catch (const std::exception&) {
            return fail(at, *zone_error(p.zone));
        }
    }

    static std::string offset_text(std::chrono::seconds s) {
        long m = static_cast<long>(s.count() / 60);
        return fmt::format("{}{:02}:{:02}", m < 0 ? '-' : '+', std::labs(m) / 60, std::labs(m) % 60);
    }
};

}  // namespace

std::optional<std::string> zone_error(std::string_view name) {
    if (name == "UTC") return std::nullopt;
    for (const auto& a : kAbbreviations)
        if (name == a.abbrev) return fmt::format("'{}' is an ambiguous zone abbreviation: write {}", name, a.use);
    try {
        if (name.find('/') != std::string_view::npos) {
            date::locate_zone(name);
            return std::nullopt;
        }
    } catch (const std::exception&) {
    }
    return fmt::format("unknown time zone '{}': use an IANA name such as Europe/Berlin or America/New_York, "
                       "or UTC",
                       name);
}

DateParse parse_date(std::string_view text, std::string_view default_zone) {
    return Reader(text, default_zone).run();
}

}  // namespace timegraph::model
