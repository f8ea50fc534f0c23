// Dates counted from other events and the header's timezone, read through
// the whole parser: resolved instants and precisions, unknown ids, cycles.
#include <catch2/catch.hpp>

#include "fixtures.hpp"

using namespace timegraph;
using tg_test::errors_of;
using tg_test::parse_text;

namespace {

const model::Event& event(const parse::ParseResult& r, const std::string& id) {
    int i = r.document.find_event(id);
    REQUIRE(i >= 0);
    return r.document.events[static_cast<std::size_t>(i)];
}

std::string events(const std::string& dates) {
    // "id=date;id=date" -> one event block each, linked in a chain
    std::string out, prev;
    std::size_t start = 0;
    while (start < dates.size()) {
        std::size_t end = dates.find(';', start);
        std::string item = dates.substr(start, end == std::string::npos ? std::string::npos : end - start);
        std::size_t eq = item.find('=');
        std::string id = item.substr(0, eq);
        out += "event " + id + "\n  date: " + item.substr(eq + 1) + "\n  title: " + id + "\n";
        if (!prev.empty()) out += prev + " -> " + id + "\n";
        prev = id;
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return out;
}

}  // namespace

TEST_CASE("relative dates resolve to an instant and a precision") {
    struct Case {
        const char* date;
        const char* earliest;
        const char* latest;
        model::Precision precision;
        const char* shown;
    };
    const Case cases[] = {
        {"after deploy", "2021-10-04T15:39", "2021-10-04T15:39", model::Precision::second, "4 Oct 2021 15:39:30 UTC"},
        {"after deploy + 2h", "2021-10-04T17:39", "2021-10-04T17:39", model::Precision::minute, "4 Oct 2021 17:39 UTC"},
        {"deploy + 30s", "2021-10-04T15:40", "2021-10-04T15:40", model::Precision::second, "4 Oct 2021 15:40:00 UTC"},
        {"deploy + 5m", "2021-10-04T15:44", "2021-10-04T15:44", model::Precision::minute, "4 Oct 2021 15:44 UTC"},
        {"deploy + 3d", "2021-10-07T00:00", "2021-10-07T23:59", model::Precision::day, "7 Oct 2021"},
        {"deploy + 2w", "2021-10-18T00:00", "2021-10-18T23:59", model::Precision::day, "18 Oct 2021"},
        {"deploy + 6mo", "2022-04-01T00:00", "2022-04-30T23:59", model::Precision::month, "Apr 2022"},
        {"deploy + 1y", "2022-01-01T00:00", "2022-12-31T23:59", model::Precision::year, "2022"},
        {"deploy - 1d", "2021-10-03T00:00", "2021-10-03T23:59", model::Precision::day, "3 Oct 2021"},
        {"after window", "2021-10-06T00:00", "2021-10-06T23:59", model::Precision::day, "6 Oct 2021"},
        {"after window + 2h", "2021-10-06T00:00", "2021-10-06T23:59", model::Precision::day, "6 Oct 2021"},
        {"after deploy .. after deploy + 47m", "2021-10-04T15:39", "2021-10-04T16:26", model::Precision::minute,
         "4 Oct 2021 15:39:30 UTC – 4 Oct 2021 16:26 UTC"},
        {"after local + 1h", "2021-07-04T13:00", "2021-07-04T13:00", model::Precision::minute, "4 Jul 2021 15:00 Europe/Berlin"},
        {"local + 6mo", "2022-01-01T00:00", "2022-01-31T23:59", model::Precision::month, "Jan 2022"},
        {"after ides + 3d", "-0043-03-17T00:00", "-0043-03-17T23:59", model::Precision::day, "17 Mar 44 BCE (Julian 19 Mar)"},
    };
    for (const auto& c : cases) {
        INFO(c.date);
        auto r = parse_text(events(std::string("deploy=2021-10-04 15:39:30Z;window=2021-10-04..2021-10-05;"
                                               "local=2021-07-04 14:00 Europe/Berlin;ides=15 March 44 BC julian;x=") +
                                   c.date));
        INFO((errors_of(r).empty() ? "" : errors_of(r).front()));
        REQUIRE(r.ok());
        const auto& d = event(r, "x").date;
        CHECK(model::iso_minutes(d.earliest()) == c.earliest);
        CHECK(model::iso_minutes(d.latest()) == c.latest);
        CHECK(d.precision() == c.precision);
        CHECK(model::format_date(d) == c.shown);
    }
}

TEST_CASE("relative dates may count from events defined later, in a chain") {
    auto r = parse_text(events("c=after b + 1h;b=a + 1h;a=2021-10-04 10:00"));
    REQUIRE(r.ok());
    CHECK(model::iso_minutes(event(r, "c").date.earliest()) == "2021-10-04T12:00");
}

TEST_CASE("relative dates that cannot resolve are errors naming the way out") {
    auto r = parse_text(events("a=2021-10-04 10:00;b=after deplyo + 2h"));
    CHECK(errors_of(r) == std::vector<std::string>{"5:15: the date counts from an unknown event 'deplyo'"});

    r = parse_text(events("deploy=2021-10-04 10:00;b=after deplyo + 2h"));
    CHECK(errors_of(r) ==
          std::vector<std::string>{"5:15: the date counts from an unknown event 'deplyo'; did you mean 'deploy'?"});

    r = parse_text(events("a=after c;b=a + 1h;c=after b;d=2021-10-04"));
    REQUIRE(errors_of(r).size() == 1);
    CHECK(errors_of(r)[0].find("the dates count from each other in a cycle: a -> c -> b -> a") != std::string::npos);

    r = parse_text(events("a=2021-10..;b=after a"));
    CHECK(errors_of(r) == std::vector<std::string>{
                              "5:15: 'a' is ongoing and has no end: count from its start, as in 'a + 2h'"});

    r = parse_text(events("a=2021-10-04 10:00;b=after a + 1h .. 2021-10-04 09:00"));
    REQUIRE(errors_of(r).size() == 1);
    CHECK(errors_of(r)[0].find("the range ends (4 Oct 2021 09:00) before it starts (4 Oct 2021 11:00)") !=
          std::string::npos);
}

TEST_CASE("the header's timezone is the zone of times written without one") {
    auto r = parse_text("timezone: America/New_York\n" + events("a=2021-12-04 10:39;b=2021-12-04 10:39 UTC;c=2021-12-04"));
    REQUIRE(r.ok());
    CHECK(r.document.timezone == "America/New_York");
    CHECK(model::iso_minutes(event(r, "a").date.earliest()) == "2021-12-04T15:39");
    CHECK(model::format_date(event(r, "a").date) == "4 Dec 2021 10:39 America/New_York");
    CHECK(model::iso_minutes(event(r, "b").date.earliest()) == "2021-12-04T10:39");
    CHECK(model::iso_minutes(event(r, "c").date.earliest()) == "2021-12-04T00:00");

    r = parse_text("timezone: EST\n" + events("a=2021-12-04 10:39"));
    CHECK(errors_of(r) ==
          std::vector<std::string>{"1:11: 'EST' is an ambiguous zone abbreviation: write America/New_York (or -05:00)"});
    r = parse_text("timezone: Europe/Berlln\n" + events("a=2021-12-04 10:39"));
    CHECK(errors_of(r) == std::vector<std::string>{"1:11: unknown time zone 'Europe/Berlln': use an IANA name such as "
                                                   "Europe/Berlin or America/New_York, or UTC"});
}

TEST_CASE("a url without a scheme is a warning that names https://") {
    auto r = parse_text("event a\n  date: 2020\n  title: A\n  url: www.example.com\nevent b\n  date: 2021\n  title: B\n"
                        "  url: https://example.com\na -> b\n");
    REQUIRE(r.ok());
    std::vector<std::string> warnings;
    for (const auto& d : r.diagnostics.sorted())
        warnings.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " + d.message);
    CHECK(warnings == std::vector<std::string>{
                          "4:8: url 'www.example.com' has no scheme and will not be linked: write https://www.example.com"});
    CHECK(r.document.events[0].url == "www.example.com");  // kept as written, never dropped in silence
}
