// Dates as written in a model, and the time interval each one denotes.
// A date has a precision (century to second); it denotes every minute it
// could mean: 2023-11 is [2023-11-01 00:00, 2023-11-30 23:59]. Times with a
// zone are compared in UTC. Calendar arithmetic is Howard Hinnant's date
// (proleptic Gregorian, year 0 is 1 BCE; julian.h for Julian dates; tz.h on
// the system's tz database for zones).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace timegraph::model {

// Minutes since 1970-01-01 00:00 in the proleptic Gregorian calendar.
using Minutes = std::int64_t;

// The latest instant of an ongoing range (`2024-01..`): later than any date.
inline constexpr Minutes kOpenEnd = INT64_C(1) << 52;

// Coarsest first: a range's precision is the smaller of its ends'.
enum class Precision { century, decade, year, month, day, minute, second };

const char* to_string(Precision p);

// One end of a date as written: fields below the precision are unused.
struct DatePoint {
    int year = 1970;  // astronomical: 0 is 1 BCE, -43 is 44 BCE
    unsigned month = 1, day = 1, hour = 0, minute = 0;
    Precision precision = Precision::year;
    bool approximate = false;
    unsigned second = 0;
    // Minutes east of UTC of the fields above; 0 for a zone-less local time.
    int offset = 0;
    std::string zone;     // as it is shown: "UTC", "+02:00", "Europe/Berlin"; "" when zone-less
    bool julian = false;  // written in the Julian calendar; the fields above are Gregorian

    Minutes first_minute() const;  // the earliest minute this point can mean
    Minutes last_minute() const;   // the latest minute this point can mean
};

enum class Unit { second, minute, hour, day, week, month, year };
const char* to_string(Unit u);  // "s", "m", "h", "d", "w", "mo", "y"

// An end counted from another event: `after deploy + 2h`, `deploy + 3d`.
struct Relative {
    std::string event;
    bool after = false;      // from the event's end rather than its start
    std::int64_t amount = 0;  // negative for `ID - 2h`
    Unit unit = Unit::day;
    std::size_t offset = 0;  // of the event id in the parsed text, for diagnostics
    std::string text;        // as written, for the derivation shown to readers
};

// A `date:` value: one point, a closed range, or an open (ongoing) range.
struct Date {
    DatePoint start;
    std::optional<DatePoint> end;  // set for a closed range
    bool open = false;             // `START..`
    // Ends counted from other events; the parser resolves them into start and end.
    std::optional<Relative> start_from, end_from;

    bool is_range() const { return open || end.has_value(); }
    bool approximate() const { return start.approximate || (end && end->approximate); }
    // The coarsest precision of its ends, which is what a reader can rely on.
    Precision precision() const;
    // The interval the date denotes. Approximate ends widen by one unit of
    // their precision (~2023-11 may be October to December).
    Minutes earliest() const;
    Minutes latest() const;
};

struct DateError {
    std::size_t offset = 0;  // byte offset into the parsed text
    std::string message;
};

struct DateParse {
    std::optional<Date> date;
    std::optional<DateError> error;
};

// Parses a whole `date:` value; every character must be consumed. Times
// without a zone take `default_zone` (the header's `timezone:`), if any.
DateParse parse_date(std::string_view text, std::string_view default_zone = {});

// Checks an IANA zone name against the system's tz database; an error
// message naming the form that works when it is not one.
std::optional<std::string> zone_error(std::string_view name);

// The point `amount` units after a reference instant, at `precision`, shown
// in `like`'s zone (and calendar). The reference is a UTC minute plus seconds.
DatePoint point_after(Minutes utc, unsigned second, std::int64_t amount, Unit unit, Precision precision,
                      const DatePoint& like);
// A minute count shown in a zone: the zone's offset at that instant.
int zone_offset(const std::string& zone, int fixed_offset, Minutes utc);

// Human text at the date's true precision: "Nov 2023", "44 BCE",
// "26–27 Jan 2024", "~2019", "2 Aug 2022 14:05", "May 2020 –".
std::string format_date(const Date& d);
std::string format_point(const DatePoint& p);
// ISO 8601 text of one point at its precision ("2023-11", "-0043",
// "2021-10-04T15:39:30+02:00"); decades and centuries give their first year.
std::string iso_point(const DatePoint& p);
// ISO 8601 text of a minute count ("2023-11-01T00:00").
std::string iso_minutes(Minutes m);

// Calendar fields of a minute count, for axis labels.
struct CivilTime {
    int year;
    unsigned month, day, hour, minute;
};
CivilTime civil(Minutes m);
Minutes to_minutes(int year, unsigned month, unsigned day, unsigned hour = 0, unsigned minute = 0);
// Month names (full English and three-letter), 1..12, or 0.
unsigned month_from_name(std::string_view word);
// "2019", "44 BCE": a year as a reader writes it.
std::string year_text(int astronomical_year);
const char* month_abbrev(unsigned month);  // 1..12 -> "Jan".."Dec"

}  // namespace timegraph::model
