// Dates: the forms a model may use, the interval each denotes, and the exact
// error (offset and message) for every malformed date.
#include <catch2/catch.hpp>

#include "model/date.hpp"

using namespace timegraph::model;

namespace {

Date must_parse(const std::string& s) {
    auto r = parse_date(s);
    INFO(s << (r.error ? " -> " + r.error->message : ""));
    REQUIRE(r.date);
    return *r.date;
}

}  // namespace

TEST_CASE("dates denote the whole interval of their precision") {
    Date d = must_parse("2023-11");
    CHECK(d.precision() == Precision::month);
    CHECK(iso_minutes(d.earliest()) == "2023-11-01T00:00");
    CHECK(iso_minutes(d.latest()) == "2023-11-30T23:59");

    d = must_parse("2024");
    CHECK(iso_minutes(d.earliest()) == "2024-01-01T00:00");
    CHECK(iso_minutes(d.latest()) == "2024-12-31T23:59");

    d = must_parse("2024-01-29");
    CHECK(iso_minutes(d.earliest()) == "2024-01-29T00:00");
    CHECK(iso_minutes(d.latest()) == "2024-01-29T23:59");

    d = must_parse("2024-01-29 14:05");
    CHECK(d.precision() == Precision::minute);
    CHECK(d.earliest() == d.latest());
    CHECK(iso_minutes(d.earliest()) == "2024-01-29T14:05");
    CHECK(must_parse("2024-01-29T14:05").earliest() == d.earliest());
}

TEST_CASE("leap days follow the Gregorian rules") {
    CHECK(must_parse("2024-02-29").start.day == 29);
    CHECK(must_parse("2000-02-29").start.day == 29);
    CHECK(iso_minutes(must_parse("2024-02").latest()) == "2024-02-29T23:59");
    CHECK(iso_minutes(must_parse("2023-02").latest()) == "2023-02-28T23:59");
}

TEST_CASE("ranges, open ranges and approximate dates") {
    Date d = must_parse("2022-08-02..2022-08-03");
    CHECK(d.is_range());
    CHECK(iso_minutes(d.earliest()) == "2022-08-02T00:00");
    CHECK(iso_minutes(d.latest()) == "2022-08-03T23:59");
    CHECK(format_date(d) == "2–3 Aug 2022");

    d = must_parse("2020-05..");
    CHECK(d.open);
    CHECK(d.latest() == kOpenEnd);
    CHECK(format_date(d) == "from May 2020");

    d = must_parse("~2023-11");
    CHECK(d.approximate());
    CHECK(iso_minutes(d.earliest()) == "2023-10-01T00:00");
    CHECK(iso_minutes(d.latest()) == "2023-12-31T23:59");
    CHECK(format_date(d) == "~Nov 2023");

    d = must_parse("2024-01-29 14:05 .. 2024-01-29 16:00");
    CHECK(format_date(d) == "29 Jan 2024 14:05–16:00");
}

TEST_CASE("BCE years, written out or astronomical") {
    Date d = must_parse("44 BCE");
    CHECK(d.start.year == -43);
    CHECK(format_date(d) == "44 BCE");
    CHECK(must_parse("-0043").start.year == -43);
    d = must_parse("-0048-01-10");
    CHECK(format_date(d) == "10 Jan 49 BCE");
    CHECK(iso_point(d.start) == "-0048-01-10");
    CHECK(must_parse("1 BCE").start.year == 0);
    CHECK(format_date(must_parse("50 BCE..44 BCE")) == "50–44 BCE");
    CHECK(must_parse("44 BCE").earliest() < must_parse("0014").earliest());
    // The Ides of March: astronomical year -43.
    CHECK(iso_minutes(must_parse("-0043-03-15").earliest()) == "-0043-03-15T00:00");
}

TEST_CASE("dates print at their true precision") {
    CHECK(format_date(must_parse("2023-11")) == "Nov 2023");
    CHECK(format_date(must_parse("2024-01-26..2024-01-27")) == "26–27 Jan 2024");
    CHECK(format_date(must_parse("2022-08..2022-09")) == "Aug–Sep 2022");
    CHECK(format_date(must_parse("2019..2021")) == "2019–2021");
    CHECK(format_date(must_parse("2024-01-30..2024-02-02")) == "30 Jan 2024 – 2 Feb 2024");
    CHECK(format_date(must_parse("~2019")) == "~2019");
    CHECK(format_date(must_parse("0014")) == "14 CE");
    // Short years and BCE years with a month are written forms too (docs/format.md).
    CHECK(format_date(must_parse("24")) == "24 CE");
    CHECK(format_date(must_parse("44 BCE-03")) == "Mar 44 BCE");
}

TEST_CASE("malformed dates are errors at the exact offset") {
    struct Bad {
        const char* text;
        std::size_t offset;
        const char* message;
    };
    const Bad table[] = {
        {"2023-02-29", 8, "Feb 2023 has no day 29"},
        {"2021-04-31", 8, "Apr 2021 has no day 31"},
        {"2024-13", 5, "month 13 is out of range (01-12)"},
        {"2024-00", 5, "month 00 is out of range (01-12)"},
        {"2024-01-00", 8, "day 00 is out of range (01-31)"},
        {"2024-01-01 25:00", 11, "hour 25 is out of range (00-23)"},
        {"2024-01-01 12:60", 14, "minute 60 is out of range (00-59)"},
        {"2024-1-1", 5, "the month needs exactly two digits, as in 2024-01"},
        {"20240101", 0, "write a day as YYYY-MM-DD, as in 2024-01-29"},
        {"2024-01-01x", 10, "unexpected 'x' after the date"},
        {"0 BCE", 0, "there is no year 0 BCE: 1 BCE is followed by 1 CE"},
        {"40000", 0, "the year is out of range (30000 BCE to 9999)"},
        {"2024-05-01..2024-03-01", 12, "the range ends (1 Mar 2024) before it starts (1 May 2024)"},
        {"", 0, "the date is empty"},
        {"soon", 0, "expected a date, as in 2024-01-29, 28 June 1914 or 44 BCE; to count from an event write "
                    "'after soon' or 'soon + 2h'"},
        {"2024-01-29 14", 13, "expected ':' and two digits of minutes, as in 14:05"},
        {"2024..2023", 6, "the range ends (2023) before it starts (2024)"},
        {"44 BCE-03-1", 10, "the day needs exactly two digits, as in 2024-01-05"},
    };
    for (const auto& b : table) {
        auto r = parse_date(b.text);
        INFO(b.text);
        REQUIRE_FALSE(r.date);
        REQUIRE(r.error);
        CHECK(r.error->offset == b.offset);
        CHECK(r.error->message == b.message);
    }
}

TEST_CASE("civil time round-trips across eras") {
    for (Minutes m : {Minutes{0}, Minutes{-1}, to_minutes(-43, 3, 15, 12, 30), to_minutes(2024, 2, 29, 23, 59)}) {
        CivilTime c = civil(m);
        CHECK(to_minutes(c.year, c.month, c.day, c.hour, c.minute) == m);
    }
}
