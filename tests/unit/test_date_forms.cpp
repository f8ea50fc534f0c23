// Every written form of a date that docs/format.md lists, each parsed to the
// interval (in UTC) and precision it denotes, and every refused form with
// the message that names the form that works.
#include <catch2/catch.hpp>

#include "model/date.hpp"

using namespace timegraph::model;

namespace {

struct Form {
    const char* text;
    const char* earliest;  // ISO minutes, UTC
    const char* latest;
    Precision precision;
    const char* shown;
};

// clang-format off
const Form kForms[] = {
    // ISO forms, as before
    {"2024", "2024-01-01T00:00", "2024-12-31T23:59", Precision::year, "2024"},
    {"2023-11", "2023-11-01T00:00", "2023-11-30T23:59", Precision::month, "Nov 2023"},
    {"2024-01-29", "2024-01-29T00:00", "2024-01-29T23:59", Precision::day, "29 Jan 2024"},
    {"2024-01-29 14:05", "2024-01-29T14:05", "2024-01-29T14:05", Precision::minute, "29 Jan 2024 14:05"},
    {"-0043-03-15", "-0043-03-15T00:00", "-0043-03-15T23:59", Precision::day, "15 Mar 44 BCE"},
    // years of one to four digits, eras
    {"476", "0476-01-01T00:00", "0476-12-31T23:59", Precision::year, "476 CE"},
    {"14", "0014-01-01T00:00", "0014-12-31T23:59", Precision::year, "14 CE"},
    {"44 BC", "-0043-01-01T00:00", "-0043-12-31T23:59", Precision::year, "44 BCE"},
    {"44 BCE", "-0043-01-01T00:00", "-0043-12-31T23:59", Precision::year, "44 BCE"},
    {"AD 14", "0014-01-01T00:00", "0014-12-31T23:59", Precision::year, "14 CE"},
    {"14 AD", "0014-01-01T00:00", "0014-12-31T23:59", Precision::year, "14 CE"},
    {"14 CE", "0014-01-01T00:00", "0014-12-31T23:59", Precision::year, "14 CE"},
    // month names
    {"28 June 1914", "1914-06-28T00:00", "1914-06-28T23:59", Precision::day, "28 Jun 1914"},
    {"June 28, 1914", "1914-06-28T00:00", "1914-06-28T23:59", Precision::day, "28 Jun 1914"},
    {"June 1914", "1914-06-01T00:00", "1914-06-30T23:59", Precision::month, "Jun 1914"},
    {"Jun 1914", "1914-06-01T00:00", "1914-06-30T23:59", Precision::month, "Jun 1914"},
    {"Sept 1939", "1939-09-01T00:00", "1939-09-30T23:59", Precision::month, "Sep 1939"},
    {"28 June 1914 10:50", "1914-06-28T10:50", "1914-06-28T10:50", Precision::minute, "28 Jun 1914 10:50"},
    // full dates before the common era
    {"15 March 44 BCE", "-0043-03-15T00:00", "-0043-03-15T23:59", Precision::day, "15 Mar 44 BCE"},
    {"44 BCE-03-15", "-0043-03-15T00:00", "-0043-03-15T23:59", Precision::day, "15 Mar 44 BCE"},
    {"March 44 BC", "-0043-03-01T00:00", "-0043-03-31T23:59", Precision::month, "Mar 44 BCE"},
    // approximate
    {"c. 1914", "1913-01-01T00:00", "1915-12-31T23:59", Precision::year, "~1914"},
    {"circa 1914", "1913-01-01T00:00", "1915-12-31T23:59", Precision::year, "~1914"},
    {"ca. 50 BC", "-0050-01-01T00:00", "-0048-12-31T23:59", Precision::year, "~50 BCE"},
    // decades and centuries
    {"1910s", "1910-01-01T00:00", "1919-12-31T23:59", Precision::decade, "1910s"},
    {"440s BCE", "-0448-01-01T00:00", "-0439-12-31T23:59", Precision::decade, "440s BCE"},
    {"20s BCE", "-0028-01-01T00:00", "-0019-12-31T23:59", Precision::decade, "20s BCE"},
    {"5th century BCE", "-0499-01-01T00:00", "-0400-12-31T23:59", Precision::century, "5th century BCE"},
    {"1st century", "0001-01-01T00:00", "0100-12-31T23:59", Precision::century, "1st century"},
    {"20th century", "1901-01-01T00:00", "2000-12-31T23:59", Precision::century, "20th century"},
    {"~1910s", "1900-01-01T00:00", "1929-12-31T23:59", Precision::decade, "~1910s"},
    // the Julian calendar: the same instant as the Gregorian date, shown with both
    {"1914-07-15 julian", "1914-07-28T00:00", "1914-07-28T23:59", Precision::day, "28 Jul 1914 (Julian 15 Jul)"},
    {"1914-07-15 O.S.", "1914-07-28T00:00", "1914-07-28T23:59", Precision::day, "28 Jul 1914 (Julian 15 Jul)"},
    {"15 March 44 BCE julian", "-0043-03-13T00:00", "-0043-03-13T23:59", Precision::day, "13 Mar 44 BCE (Julian 15 Mar)"},
    {"1900-02-29 julian", "1900-03-13T00:00", "1900-03-13T23:59", Precision::day, "13 Mar 1900 (Julian 29 Feb)"},
    // times and zones, compared in UTC and shown as written
    {"2021-10-04 15:39 UTC", "2021-10-04T15:39", "2021-10-04T15:39", Precision::minute, "4 Oct 2021 15:39 UTC"},
    {"2021-10-04 15:39Z", "2021-10-04T15:39", "2021-10-04T15:39", Precision::minute, "4 Oct 2021 15:39 UTC"},
    {"2021-10-04T15:39Z", "2021-10-04T15:39", "2021-10-04T15:39", Precision::minute, "4 Oct 2021 15:39 UTC"},
    {"2021-10-04 15:39 +00:00", "2021-10-04T15:39", "2021-10-04T15:39", Precision::minute, "4 Oct 2021 15:39 +00:00"},
    {"2021-10-04 17:39 +02:00", "2021-10-04T15:39", "2021-10-04T15:39", Precision::minute, "4 Oct 2021 17:39 +02:00"},
    {"2021-10-04 10:39 -0500", "2021-10-04T15:39", "2021-10-04T15:39", Precision::minute, "4 Oct 2021 10:39 -05:00"},
    {"2021-10-04 17:39+02", "2021-10-04T15:39", "2021-10-04T15:39", Precision::minute, "4 Oct 2021 17:39 +02:00"},
    {"2021-10-04 17:39 Europe/Berlin", "2021-10-04T15:39", "2021-10-04T15:39", Precision::minute, "4 Oct 2021 17:39 Europe/Berlin"},
    {"2021-12-04 10:39 America/New_York", "2021-12-04T15:39", "2021-12-04T15:39", Precision::minute, "4 Dec 2021 10:39 America/New_York"},
    {"2021-10-04 15:39:30", "2021-10-04T15:39", "2021-10-04T15:39", Precision::second, "4 Oct 2021 15:39:30"},
    {"2021-10-04T15:39:30Z", "2021-10-04T15:39", "2021-10-04T15:39", Precision::second, "4 Oct 2021 15:39:30 UTC"},
    // ranges, including an end on the same day
    {"2021-10-04 15:39..21:20", "2021-10-04T15:39", "2021-10-04T21:20", Precision::minute, "4 Oct 2021 15:39–21:20"},
    {"2021-10-04 15:39 UTC..21:20", "2021-10-04T15:39", "2021-10-04T21:20", Precision::minute, "4 Oct 2021 15:39–21:20 UTC"},
    {"2021-10-04 15:39Z..23:20 +02:00", "2021-10-04T15:39", "2021-10-04T21:20", Precision::minute, "4 Oct 2021 15:39 UTC – 4 Oct 2021 23:20 +02:00"},
    {"28 June 1914..4 August 1914", "1914-06-28T00:00", "1914-08-04T23:59", Precision::day, "28 Jun 1914 – 4 Aug 1914"},
    {"49 BC..44 BC", "-0048-01-01T00:00", "-0043-12-31T23:59", Precision::year, "49–44 BCE"},
    {"2022-08-02..2022-08-03", "2022-08-02T00:00", "2022-08-03T23:59", Precision::day, "2–3 Aug 2022"},
};
// clang-format on

struct Refused {
    const char* text;
    std::size_t offset;
    const char* message;
};

// clang-format off
const Refused kRefused[] = {
    {"2021-10-04 15:39 EDT", 17, "'EDT' is an ambiguous zone abbreviation: write America/New_York (or -04:00)"},
    {"2021-10-04 15:39 CST", 17, "'CST' is an ambiguous zone abbreviation: write America/Chicago or Asia/Shanghai"},
    {"2021-10-04 15:39 XYZ", 17, "unknown zone 'XYZ': write an IANA name such as Europe/Berlin, an offset such as +02:00, or UTC"},
    {"2021-10-04 15:39 Europe/Berlln", 17, "unknown time zone 'Europe/Berlln': use an IANA name such as Europe/Berlin or America/New_York, or UTC"},
    {"2021-10-04 UTC", 11, "a zone needs a time before it, as in 2021-10-04 15:39 UTC"},
    {"2021-10-04 15:39 +25:00", 17, "an offset is +HH:MM, +HHMM or +HH, as in +02:00 or -0500"},
    {"2021-03-28 02:30 Europe/Berlin", 0, "28 Mar 2021 02:30 Europe/Berlin does not exist in Europe/Berlin: the clocks skip it"},
    {"2021-10-31 02:30 Europe/Berlin", 0, "31 Oct 2021 02:30 Europe/Berlin happens twice in Europe/Berlin: write the offset, +02:00 or +01:00"},
    {"2021-10-04 15:39:61", 17, "second 61 is out of range (00-59)"},
    {"28 Juen 1914", 3, "unknown month 'Juen'; did you mean 'June'?"},
    {"Jnue 28, 1914", 0, "unknown month 'Jnue'; did you mean 'June'?"},
    {"31 June 1914", 0, "Jun 1914 has no day 31"},
    {"1914-02-29 julian", 8, "Feb 1914 has no day 29 in the Julian calendar"},
    {"1914 julian", 5, "the Julian calendar needs a day, as in 1914-07-15 julian or 15 March 44 BCE julian"},
    {"1915s", 0, "a decade ends in 0, as in 1910s"},
    {"5th centry", 4, "expected 'century' after the ordinal, as in 5th century BCE"},
    {"0 BC", 0, "there is no year 0 BCE: 1 BCE is followed by 1 CE"},
    {"0", 0, "there is no year 0: 1 BCE is followed by 1 CE (or write 0000, the astronomical year of 1 BCE)"},
    {"044 BCE", 0, "a BCE year has no leading zeros"},
    {"40000", 0, "the year is out of range (30000 BCE to 9999)"},
    {"20240101", 0, "write a day as YYYY-MM-DD, as in 2024-01-29"},
    {"2024-1-1", 5, "the month needs exactly two digits, as in 2024-01"},
    {"deploy", 0, "expected a date, as in 2024-01-29, 28 June 1914 or 44 BCE; to count from an event write 'after deploy' or 'deploy + 2h'"},
    {"deploy + 2", 10, "a duration is a whole number and a unit: 30s, 5m, 2h, 3d, 2w, 6mo or 1y"},
    {"after deploy + 2x", 16, "a duration is a whole number and a unit: 30s, 5m, 2h, 3d, 2w, 6mo or 1y"},
    {"after + 2h", 6, "expected an event id, as in 'after deploy' or 'deploy + 2h'"},
    {"2021-10-04 15:39..21:20..", 23, "unexpected '..' after the date"},
    {"2021-10-04 21:39..15:20", 18, "the range ends (4 Oct 2021 15:20) before it starts (4 Oct 2021 21:39)"},
};
// clang-format on

}  // namespace

TEST_CASE("every written form parses to its interval and precision") {
    for (const Form& f : kForms) {
        INFO(f.text);
        auto r = parse_date(f.text);
        INFO((r.error ? r.error->message : std::string("parsed")));
        REQUIRE(r.date);
        CHECK(iso_minutes(r.date->earliest()) == f.earliest);
        CHECK(iso_minutes(r.date->latest()) == f.latest);
        CHECK(r.date->precision() == f.precision);
        CHECK(format_date(*r.date) == f.shown);
    }
}

TEST_CASE("refused forms name the form that works, at the right column") {
    for (const Refused& b : kRefused) {
        INFO(b.text);
        auto r = parse_date(b.text);
        REQUIRE(r.error);
        CHECK(r.error->message == b.message);
        CHECK(r.error->offset == b.offset);
    }
}

TEST_CASE("times without a zone take the model's zone") {
    auto r = parse_date("2021-07-04 12:00", "Europe/Berlin");
    REQUIRE(r.date);
    CHECK(iso_minutes(r.date->earliest()) == "2021-07-04T10:00");
    CHECK(format_date(*r.date) == "4 Jul 2021 12:00 Europe/Berlin");
    CHECK(iso_point(r.date->start) == "2021-07-04T12:00+02:00");
    // Winter time in the same zone.
    r = parse_date("2021-01-04 12:00", "Europe/Berlin");
    REQUIRE(r.date);
    CHECK(iso_minutes(r.date->earliest()) == "2021-01-04T11:00");
    // A written zone wins over the model's; days stay zone-less.
    r = parse_date("2021-07-04 12:00 UTC", "Europe/Berlin");
    REQUIRE(r.date);
    CHECK(iso_point(r.date->start) == "2021-07-04T12:00Z");
    r = parse_date("2021-07-04", "Europe/Berlin");
    REQUIRE(r.date);
    CHECK(r.date->start.zone.empty());
}

TEST_CASE("relative ends are read, to be resolved against the model") {
    auto r = parse_date("after deploy + 2h");
    REQUIRE(r.date);
    REQUIRE(r.date->start_from);
    CHECK(r.date->start_from->event == "deploy");
    CHECK(r.date->start_from->after);
    CHECK(r.date->start_from->amount == 2);
    CHECK(r.date->start_from->unit == Unit::hour);
    CHECK(r.date->start_from->text == "after deploy + 2h");

    r = parse_date("deploy + 3d");
    REQUIRE(r.date);
    CHECK_FALSE(r.date->start_from->after);
    CHECK(r.date->start_from->unit == Unit::day);

    r = parse_date("after deploy .. after deploy + 47m");
    REQUIRE(r.date);
    CHECK(r.date->start_from->amount == 0);
    REQUIRE(r.date->end_from);
    CHECK(r.date->end_from->amount == 47);
    CHECK(r.date->end_from->unit == Unit::minute);

    r = parse_date("2020_sanctions - 6mo");
    REQUIRE(r.date);
    CHECK(r.date->start_from->event == "2020_sanctions");
    CHECK(r.date->start_from->amount == -6);
    CHECK(r.date->start_from->unit == Unit::month);

    for (const char* unit : {"30s", "5m", "2h", "3d", "2w", "6mo", "1y"}) {
        INFO(unit);
        auto u = parse_date(std::string("x + ") + unit);
        REQUIRE(u.date);
        std::string written(unit);
        CHECK(to_string(u.date->start_from->unit) == written.substr(written.find_first_not_of("0123456789")));
    }
}
