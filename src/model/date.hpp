// Dates as written in a model, and the time interval each one denotes.
// A date has a precision (year, month, day or minute); it denotes every
// minute it could mean: 2023-11 is [2023-11-01 00:00, 2023-11-30 23:59].
// Calendar arithmetic is Howard Hinnant's date (proleptic Gregorian, year 0
// is 1 BCE).
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

enum class Precision { year, month, day, minute };

const char* to_string(Precision p);

// One end of a date as written: fields below the precision are unused.
struct DatePoint {
    int year = 1970;  // astronomical: 0 is 1 BCE, -43 is 44 BCE
    unsigned month = 1, day = 1, hour = 0, minute = 0;
    Precision precision = Precision::year;
    bool approximate = false;

    Minutes first_minute() const;  // the earliest minute this point can mean
    Minutes last_minute() const;   // the latest minute this point can mean
};

// A `date:` value: one point, a closed range, or an open (ongoing) range.
struct Date {
    DatePoint start;
    std::optional<DatePoint> end;  // set for a closed range
    bool open = false;             // `START..`

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

// Parses a whole `date:` value; every character must be consumed.
DateParse parse_date(std::string_view text);

// Human text at the date's true precision: "Nov 2023", "44 BCE",
// "26–27 Jan 2024", "~2019", "2 Aug 2022 14:05", "May 2020 –".
std::string format_date(const Date& d);
std::string format_point(const DatePoint& p);
// ISO 8601 text of one point at its precision ("2023-11", "-0043").
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
// "2019", "44 BCE": a year as a reader writes it.
std::string year_text(int astronomical_year);
const char* month_abbrev(unsigned month);  // 1..12 -> "Jan".."Dec"

}  // namespace timegraph::model
