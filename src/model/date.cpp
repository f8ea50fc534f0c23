#include "model/date.hpp"

#include <cctype>
#include <cstdlib>

#include <date/date.h>
#include <fmt/format.h>

namespace timegraph::model {

namespace {

constexpr int kMinYear = -29999;  // 30000 BCE
constexpr int kMaxYear = 9999;
constexpr Minutes kMinutesPerDay = 1440;

Minutes days_to_minutes(date::sys_days d) {
    return static_cast<Minutes>(d.time_since_epoch().count()) * kMinutesPerDay;
}

date::year_month_day last_day(int y, unsigned m) {
    return date::year_month_day{date::year_month_day_last{date::year{y}, date::month_day_last{date::month{m}}}};
}

// Moves a point by n units of its own precision (used for `~`).
DatePoint shifted(DatePoint p, int n) {
    using namespace date;
    switch (p.precision) {
    case Precision::year: p.year += n; break;
    case Precision::month: {
        year_month ym = year{p.year} / month{p.month};
        ym += months{n};
        p.year = static_cast<int>(ym.year());
        p.month = static_cast<unsigned>(ym.month());
        break;
    }
    case Precision::day:
    case Precision::minute: {
        // A minute-precision date is "about" within half an hour either way.
        Minutes m = p.first_minute() + (p.precision == Precision::day ? n * kMinutesPerDay : n * 30);
        CivilTime c = civil(m);
        p.year = c.year;
        p.month = c.month;
        p.day = c.day;
        p.hour = c.hour;
        p.minute = c.minute;
        break;
    }
    }
    return p;
}

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
    std::size_t digits() const {
        std::size_t n = 0;
        while (std::isdigit(static_cast<unsigned char>(peek(n)))) ++n;
        return n;
    }
    void skip_spaces() {
        while (peek() == ' ' || peek() == '\t') ++i_;
    }
    int number(std::size_t n) {
        int v = 0;
        for (std::size_t k = 0; k < n; ++k) v = v * 10 + (s_[i_ + k] - '0');
        i_ += n;
        return v;
    }
    std::size_t pos() const { return i_; }
    std::string_view rest() const { return s_.substr(i_); }

private:
    std::string_view s_;
    std::size_t i_ = 0;
};

struct PointParse {
    std::optional<DatePoint> point;
    std::optional<DateError> error;
};

PointParse fail(std::size_t at, std::string msg) { return {std::nullopt, DateError{at, std::move(msg)}}; }

// Two-digit field such as a month or an hour; `what` names it in messages.
std::optional<DateError> two_digits(Cursor& c, const char* what, const char* example, unsigned lo, unsigned hi,
                                    unsigned& out) {
    std::size_t at = c.pos();
    std::size_t n = c.digits();
    if (n != 2)
        return DateError{at, fmt::format("the {} needs exactly two digits, as in {}", what, example)};
    out = static_cast<unsigned>(c.number(2));
    if (out < lo || out > hi)
        return DateError{at, fmt::format("{} {:02} is out of range ({:02}-{:02})", what, out, lo, hi)};
    return std::nullopt;
}

PointParse parse_year(Cursor& c, DatePoint& p, bool& bce_form) {
    std::size_t at = c.pos();
    bool negative = c.eat("-");
    std::size_t n = c.digits();
    if (n == 0) return fail(c.pos(), "expected a year, as in 2024, 2024-01-29 or 44 BCE");
    // `N BCE`: a plain count of years before the common era.
    if (!negative && c.rest().substr(n, 4) == " BCE") {
        std::size_t digits_at = c.pos();
        if (c.peek() == '0')
            return fail(digits_at, n == 1 ? "there is no year 0 BCE: 1 BCE is followed by 1 CE"
                                          : "a BCE year has no leading zeros");
        if (n > 5) return fail(digits_at, "the year is out of range (30000 BCE to 9999)");
        int bce = c.number(n);
        if (bce > 1 - kMinYear) return fail(digits_at, "the year is out of range (30000 BCE to 9999)");
        c.eat(" BCE");
        bce_form = true;
        p.year = 1 - bce;
        p.precision = Precision::year;
        return {p, std::nullopt};
    }
    if (!negative && n != 4) {
        if (n == 8) return fail(at, "write a day as YYYY-MM-DD, as in 2024-01-29");
        if (n > 4) return fail(at, "the year is out of range (30000 BCE to 9999)");
        return fail(at, "a year needs four digits, as in 0044 or 2024");
    }
    if (negative && (n < 4 || n > 5))
        return fail(at, "an astronomical year needs a sign and four or five digits, as in -0043");
    int y = c.number(n);
    p.year = negative ? -y : y;
    if (p.year < kMinYear || p.year > kMaxYear) return fail(at, "the year is out of range (30000 BCE to 9999)");
    p.precision = Precision::year;
    return {p, std::nullopt};
}

PointParse parse_point(Cursor& c) {
    DatePoint p;
    p.approximate = c.eat("~");
    bool bce_form = false;
    // `44 BCE` is a year and nothing finer; finer BCE dates use astronomical years.
    if (auto r = parse_year(c, p, bce_form); r.error || bce_form || !c.eat("-")) return r;
    if (auto e = two_digits(c, "month", "2024-01", 1, 12, p.month)) return {std::nullopt, e};
    p.precision = Precision::month;
    if (!c.eat("-")) return {p, std::nullopt};
    std::size_t day_at = c.pos();
    if (auto e = two_digits(c, "day", "2024-01-05", 1, 31, p.day)) return {std::nullopt, e};
    using namespace date;
    if (!(year{p.year} / month{p.month} / day{p.day}).ok())
        return fail(day_at, fmt::format("{} has no day {}", format_point(DatePoint{p.year, p.month, 1, 0, 0,
                                                                                     Precision::month, false}),
                                        p.day));
    p.precision = Precision::day;
    if (!(c.peek() == 'T' || (c.peek() == ' ' && std::isdigit(static_cast<unsigned char>(c.peek(1))))))
        return {p, std::nullopt};
    c.eat("T") || c.eat(" ");
    if (auto e = two_digits(c, "hour", "14:05", 0, 23, p.hour)) return {std::nullopt, e};
    if (!c.eat(":")) return fail(c.pos(), "expected ':' and two digits of minutes, as in 14:05");
    if (auto e = two_digits(c, "minute", "14:05", 0, 59, p.minute)) return {std::nullopt, e};
    p.precision = Precision::minute;
    return {p, std::nullopt};
}

}  // namespace

const char* to_string(Precision p) {
    switch (p) {
    case Precision::year: return "year";
    case Precision::month: return "month";
    case Precision::day: return "day";
    case Precision::minute: return "minute";
    }
    return "year";
}

Minutes to_minutes(int year, unsigned month, unsigned day, unsigned hour, unsigned minute) {
    auto d = date::sys_days{date::year{year} / date::month{month} / date::day{day}};
    return days_to_minutes(d) + hour * 60 + minute;
}

CivilTime civil(Minutes m) {
    Minutes days = m >= 0 ? m / kMinutesPerDay : -((-m + kMinutesPerDay - 1) / kMinutesPerDay);
    Minutes rem = m - days * kMinutesPerDay;
    date::year_month_day ymd{date::sys_days{date::days{days}}};
    return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
            static_cast<unsigned>(rem / 60), static_cast<unsigned>(rem % 60)};
}

Minutes DatePoint::first_minute() const {
    switch (precision) {
    case Precision::year: return to_minutes(year, 1, 1);
    case Precision::month: return to_minutes(year, month, 1);
    case Precision::day: return to_minutes(year, month, day);
    case Precision::minute: return to_minutes(year, month, day, hour, minute);
    }
    return 0;
}

Minutes DatePoint::last_minute() const {
    switch (precision) {
    case Precision::year: return to_minutes(year, 12, 31, 23, 59);
    case Precision::month:
        return to_minutes(year, month, static_cast<unsigned>(last_day(year, month).day()), 23, 59);
    case Precision::day: return to_minutes(year, month, day, 23, 59);
    case Precision::minute: return first_minute();
    }
    return 0;
}

Precision Date::precision() const {
    Precision p = start.precision;
    if (end && end->precision < p) p = end->precision;
    return p;
}

Minutes Date::earliest() const {
    return start.approximate ? shifted(start, -1).first_minute() : start.first_minute();
}

Minutes Date::latest() const {
    if (open) return kOpenEnd;
    const DatePoint& last = end ? *end : start;
    return last.approximate ? shifted(last, 1).last_minute() : last.last_minute();
}

DateParse parse_date(std::string_view text) {
    Cursor c(text);
    c.skip_spaces();
    if (c.done()) return {std::nullopt, DateError{0, "the date is empty"}};
    auto start = parse_point(c);
    if (start.error) return {std::nullopt, start.error};
    Date d;
    d.start = *start.point;
    c.skip_spaces();
    std::size_t range_at = c.pos();
    if (c.eat("..")) {
        c.skip_spaces();
        if (c.done()) {
            d.open = true;
        } else {
            std::size_t end_at = c.pos();
            auto end = parse_point(c);
            if (end.error) return {std::nullopt, end.error};
            d.end = *end.point;
            if (d.end->last_minute() < d.start.first_minute())
                return {std::nullopt, DateError{end_at, fmt::format("the range ends ({}) before it starts ({})",
                                                                    format_point(*d.end), format_point(d.start))}};
            (void)range_at;
        }
    }
    c.skip_spaces();
    if (!c.done()) {
        std::string_view rest = c.rest();
        return {std::nullopt,
                DateError{c.pos(), fmt::format("unexpected '{}' after the date", rest.substr(0, rest.find(' ')))}};
    }
    return {d, std::nullopt};
}

const char* month_abbrev(unsigned month) {
    static const char* names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return month >= 1 && month <= 12 ? names[month - 1] : "?";
}

std::string year_text(int y) {
    if (y <= 0) return fmt::format("{} BCE", 1 - y);
    if (y < 1000) return fmt::format("{} CE", y);
    return fmt::format("{}", y);
}

namespace {

std::string point_text(const DatePoint& p) {
    switch (p.precision) {
    case Precision::year: return year_text(p.year);
    case Precision::month: return fmt::format("{} {}", month_abbrev(p.month), year_text(p.year));
    case Precision::day: return fmt::format("{} {} {}", p.day, month_abbrev(p.month), year_text(p.year));
    case Precision::minute:
        return fmt::format("{} {} {} {:02}:{:02}", p.day, month_abbrev(p.month), year_text(p.year), p.hour,
                           p.minute);
    }
    return {};
}

const char* tilde(const DatePoint& p) { return p.approximate ? "~" : ""; }

// "26–27 Jan 2024", "Aug–Sep 2022", "50–44 BCE": ranges that share their tail.
std::optional<std::string> compact_range(const DatePoint& a, const DatePoint& b) {
    if (a.precision != b.precision || a.approximate != b.approximate) return std::nullopt;
    const char* t = tilde(a);
    switch (a.precision) {
    case Precision::year:
        if (a.year <= 0 && b.year <= 0) return fmt::format("{}{}–{} BCE", t, 1 - a.year, 1 - b.year);
        if (a.year >= 1000) return fmt::format("{}{}–{}", t, a.year, b.year);
        return std::nullopt;
    case Precision::month:
        if (a.year != b.year) return std::nullopt;
        return fmt::format("{}{}–{} {}", t, month_abbrev(a.month), month_abbrev(b.month), year_text(a.year));
    case Precision::day:
        if (a.year != b.year || a.month != b.month) return std::nullopt;
        return fmt::format("{}{}–{} {} {}", t, a.day, b.day, month_abbrev(a.month), year_text(a.year));
    case Precision::minute:
        if (a.year != b.year || a.month != b.month || a.day != b.day) return std::nullopt;
        return fmt::format("{}{}–{:02}:{:02}", t, point_text(a), b.hour, b.minute);
    }
    return std::nullopt;
}

}  // namespace

std::string format_point(const DatePoint& p) { return tilde(p) + point_text(p); }

std::string format_date(const Date& d) {
    if (d.open) return "from " + format_point(d.start);
    if (!d.end) return format_point(d.start);
    if (d.start.first_minute() == d.end->first_minute() && d.start.precision == d.end->precision &&
        d.start.approximate == d.end->approximate)
        return format_point(d.start);
    if (auto compact = compact_range(d.start, *d.end)) return *compact;
    return format_point(d.start) + " – " + format_point(*d.end);
}

std::string iso_point(const DatePoint& p) {
    std::string y = p.year < 0 ? fmt::format("-{:04}", -p.year) : fmt::format("{:04}", p.year);
    switch (p.precision) {
    case Precision::year: return y;
    case Precision::month: return fmt::format("{}-{:02}", y, p.month);
    case Precision::day: return fmt::format("{}-{:02}-{:02}", y, p.month, p.day);
    case Precision::minute: return fmt::format("{}-{:02}-{:02}T{:02}:{:02}", y, p.month, p.day, p.hour, p.minute);
    }
    return y;
}

std::string iso_minutes(Minutes m) {
    if (m >= kOpenEnd) return "";
    CivilTime c = civil(m);
    return iso_point(DatePoint{c.year, c.month, c.day, c.hour, c.minute, Precision::minute, false});
}

}  // namespace timegraph::model
