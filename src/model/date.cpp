#include "model/date.hpp"

#include <array>
#include <cctype>
#include <cstdlib>
#include <stdexcept>

#include <date/date.h>
#include <date/julian.h>
#include <date/tz.h>
#include <fmt/format.h>

namespace timegraph::model {

namespace {

constexpr Minutes kMinutesPerDay = 1440;

Minutes days_to_minutes(date::sys_days d) {
    return static_cast<Minutes>(d.time_since_epoch().count()) * kMinutesPerDay;
}

date::year_month_day last_day(int y, unsigned m) {
    return date::year_month_day{date::year_month_day_last{date::year{y}, date::month_day_last{date::month{m}}}};
}

int span_years(Precision p) { return p == Precision::century ? 100 : p == Precision::decade ? 10 : 1; }

// The written fields as minutes, before the zone's offset is taken off.
Minutes local_first(const DatePoint& p) {
    switch (p.precision) {
    case Precision::century:
    case Precision::decade:
    case Precision::year: return to_minutes(p.year, 1, 1);
    case Precision::month: return to_minutes(p.year, p.month, 1);
    case Precision::day: return to_minutes(p.year, p.month, p.day);
    case Precision::minute:
    case Precision::second: return to_minutes(p.year, p.month, p.day, p.hour, p.minute);
    }
    return 0;
}

Minutes local_last(const DatePoint& p) {
    switch (p.precision) {
    case Precision::century:
    case Precision::decade:
    case Precision::year: return to_minutes(p.year + span_years(p.precision) - 1, 12, 31, 23, 59);
    case Precision::month:
        return to_minutes(p.year, p.month, static_cast<unsigned>(last_day(p.year, p.month).day()), 23, 59);
    case Precision::day: return to_minutes(p.year, p.month, p.day, 23, 59);
    case Precision::minute:
    case Precision::second: return local_first(p);
    }
    return 0;
}

void set_fields(DatePoint& p, Minutes local) {
    CivilTime c = civil(local);
    p.year = c.year;
    p.month = c.month;
    p.day = c.day;
    p.hour = c.hour;
    p.minute = c.minute;
}

// Moves a point by n units of its own precision (used for `~`).
DatePoint shifted(DatePoint p, int n) {
    using namespace date;
    switch (p.precision) {
    case Precision::century:
    case Precision::decade:
    case Precision::year: p.year += n * span_years(p.precision); break;
    case Precision::month: {
        year_month ym = year{p.year} / month{p.month};
        ym += months{n};
        p.year = static_cast<int>(ym.year());
        p.month = static_cast<unsigned>(ym.month());
        break;
    }
    case Precision::day:
    case Precision::minute:
    case Precision::second:
        // A time is "about" within half an hour either way.
        set_fields(p, local_first(p) + (p.precision == Precision::day ? n * kMinutesPerDay : n * 30));
        break;
    }
    return p;
}

Minutes floor_div(std::int64_t a, std::int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

}  // namespace

const char* to_string(Precision p) {
    static const std::array<const char*, 7> names = {"century", "decade", "year", "month",
                                                     "day",     "minute", "second"};
    return names[static_cast<std::size_t>(p)];
}

const char* to_string(Unit u) {
    static const std::array<const char*, 7> names = {"s", "m", "h", "d", "w", "mo", "y"};
    return names[static_cast<std::size_t>(u)];
}

Minutes to_minutes(int year, unsigned month, unsigned day, unsigned hour, unsigned minute) {
    auto d = date::sys_days{date::year{year} / date::month{month} / date::day{day}};
    return days_to_minutes(d) + hour * 60 + minute;
}

CivilTime civil(Minutes m) {
    Minutes days = floor_div(m, kMinutesPerDay);
    Minutes rem = m - days * kMinutesPerDay;
    date::year_month_day ymd{date::sys_days{date::days{days}}};
    return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
            static_cast<unsigned>(rem / 60), static_cast<unsigned>(rem % 60)};
}

Minutes DatePoint::first_minute() const { return local_first(*this) - offset; }

Minutes DatePoint::last_minute() const { return local_last(*this) - offset; }

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

int zone_offset(const std::string& zone, int fixed_offset, Minutes utc) {
    if (zone.find('/') == std::string::npos) return fixed_offset;
    try {
        auto info = date::locate_zone(zone)->get_info(date::sys_seconds{std::chrono::minutes{utc}});
        return static_cast<int>(info.offset.count() / 60);
    } catch (const std::exception&) {
        return fixed_offset;
    }
}

DatePoint point_after(Minutes utc, unsigned second, std::int64_t amount, Unit unit, Precision precision,
                      const DatePoint& like) {
    DatePoint p = like;
    p.precision = precision;
    if (unit == Unit::month || unit == Unit::year) {
        // Calendar units count on the calendar of the zone the reference is shown in.
        Minutes local = utc + zone_offset(like.zone, like.offset, utc);
        CivilTime c = civil(local);
        date::year_month ym = date::year{c.year} / date::month{c.month};
        ym += date::months{unit == Unit::year ? amount * 12 : amount};
        auto last = date::year_month_day_last{ym.year(), date::month_day_last{ym.month()}}.day();
        unsigned d = std::min(c.day, static_cast<unsigned>(last));
        Minutes moved = to_minutes(static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()), d, c.hour,
                                   c.minute);
        utc = moved - zone_offset(like.zone, like.offset, moved - zone_offset(like.zone, like.offset, utc));
    } else {
        static const std::array<std::int64_t, 5> seconds = {1, 60, 3600, 86400, 604800};
        std::int64_t total = utc * 60 + second + amount * seconds[static_cast<std::size_t>(unit)];
        utc = floor_div(total, 60);
        second = static_cast<unsigned>(total - utc * 60);
    }
    p.offset = zone_offset(like.zone, like.offset, utc);
    set_fields(p, utc + p.offset);
    p.second = second;
    return p;
}

unsigned month_from_name(std::string_view word) {
    static const std::array<const char*, 12> names = {"january", "february", "march",     "april",
                                                      "may",     "june",     "july",      "august",
                                                      "september", "october", "november", "december"};
    std::string lower;
    for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "sept") return 9;
    for (unsigned i = 0; i < 12; ++i)
        if (lower == names[i] || (lower.size() == 3 && lower == std::string_view(names[i]).substr(0, 3)))
            return i + 1;
    return 0;
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

std::string ordinal(int n) {
    const char* suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                         : n % 10 == 1                    ? "st"
                         : n % 10 == 2                    ? "nd"
                         : n % 10 == 3                    ? "rd"
                                                          : "th";
    return fmt::format("{}{}", n, suffix);
}

// "(Julian 15 Jul)": the date as written, beside the Gregorian one.
std::string julian_text(const DatePoint& p) {
    if (!p.julian) return "";
    julian::year_month_day j{date::sys_days{date::year{p.year} / date::month{p.month} / date::day{p.day}}};
    int y = static_cast<int>(j.year());
    return fmt::format(" (Julian {} {}{})", static_cast<unsigned>(j.day()), month_abbrev(static_cast<unsigned>(j.month())),
                       y == p.year ? std::string() : fmt::format(" {}", year_text(y)));
}

std::string clock_text(const DatePoint& p) {
    if (p.precision == Precision::second) return fmt::format("{:02}:{:02}:{:02}", p.hour, p.minute, p.second);
    return fmt::format("{:02}:{:02}", p.hour, p.minute);
}

std::string zone_text(const DatePoint& p) { return p.zone.empty() ? std::string() : fmt::format(" {}", p.zone); }

std::string point_text(const DatePoint& p, bool with_zone = true) {
    switch (p.precision) {
    case Precision::century:
        return p.year > 0 ? ordinal((p.year - 1) / 100 + 1) + " century"
                          : ordinal((1 - p.year) / 100) + " century BCE";
    case Precision::decade: return p.year > 0 ? fmt::format("{}s", p.year) : fmt::format("{}s BCE", -p.year - 8);
    case Precision::year: return year_text(p.year);
    case Precision::month: return fmt::format("{} {}", month_abbrev(p.month), year_text(p.year));
    case Precision::day:
        return fmt::format("{} {} {}{}", p.day, month_abbrev(p.month), year_text(p.year), julian_text(p));
    case Precision::minute:
    case Precision::second:
        return fmt::format("{} {} {} {}{}{}", p.day, month_abbrev(p.month), year_text(p.year), clock_text(p),
                           with_zone ? zone_text(p) : "", julian_text(p));
    }
    return {};
}

const char* tilde(const DatePoint& p) { return p.approximate ? "~" : ""; }

// "26–27 Jan 2024", "Aug–Sep 2022", "50–44 BCE": ranges that share their tail.
std::optional<std::string> compact_range(const DatePoint& a, const DatePoint& b) {
    if (a.precision != b.precision || a.approximate != b.approximate || a.julian || b.julian) return std::nullopt;
    const char* t = tilde(a);
    switch (a.precision) {
    case Precision::century:
    case Precision::decade: return std::nullopt;
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
    case Precision::second:
        if (a.year != b.year || a.month != b.month || a.day != b.day || a.zone != b.zone) return std::nullopt;
        return fmt::format("{}{}–{}{}", t, point_text(a, false), clock_text(b), zone_text(a));
    }
    return std::nullopt;
}

}  // namespace

std::string format_point(const DatePoint& p) { return fmt::format("{}{}", tilde(p), point_text(p)); }

std::string format_date(const Date& d) {
    if (d.open) return "from " + format_point(d.start);
    if (!d.end) return format_point(d.start);
    if (d.start.first_minute() == d.end->first_minute() && d.start.precision == d.end->precision &&
        d.start.approximate == d.end->approximate && d.start.second == d.end->second)
        return format_point(d.start);
    if (auto compact = compact_range(d.start, *d.end)) return *compact;
    return format_point(d.start) + " – " + format_point(*d.end);
}

std::string iso_point(const DatePoint& p) {
    std::string y = p.year < 0 ? fmt::format("-{:04}", -p.year) : fmt::format("{:04}", p.year);
    std::string zone;
    if (!p.zone.empty())
        zone = p.offset == 0 ? "Z"
                             : fmt::format("{}{:02}:{:02}", p.offset < 0 ? '-' : '+', std::abs(p.offset) / 60,
                                           std::abs(p.offset) % 60);
    switch (p.precision) {
    case Precision::century:
    case Precision::decade:
    case Precision::year: return y;
    case Precision::month: return fmt::format("{}-{:02}", y, p.month);
    case Precision::day: return fmt::format("{}-{:02}-{:02}", y, p.month, p.day);
    case Precision::minute: return fmt::format("{}-{:02}-{:02}T{:02}:{:02}{}", y, p.month, p.day, p.hour, p.minute, zone);
    case Precision::second:
        return fmt::format("{}-{:02}-{:02}T{:02}:{:02}:{:02}{}", y, p.month, p.day, p.hour, p.minute, p.second, zone);
    }
    return y;
}

std::string iso_minutes(Minutes m) {
    if (m >= kOpenEnd) return "";
    CivilTime c = civil(m);
    DatePoint p;
    p.year = c.year, p.month = c.month, p.day = c.day, p.hour = c.hour, p.minute = c.minute;
    p.precision = Precision::minute;
    return iso_point(p);
}

}  // namespace timegraph::model
