// Imports (CSV, TimelineJS, Markwhen), the .tg they write and the CSV export:
// what is read, what is reported and where, and that hostile text stays text.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "import/csv.hpp"
#include "import/import.hpp"

using namespace timegraph;
using tg_test::read_file;
using tg_test::source_path;

namespace {

std::string data(const std::string& name) { return read_file(source_path("tests/import/data/" + name)); }

// "LINE:COL: severity: message" for every diagnostic, in position order.
std::vector<std::string> reported(const core::Diagnostics& d, core::Severity only) {
    std::vector<std::string> out;
    for (const auto& x : d.sorted())
        if (x.severity == only)
            out.push_back(std::to_string(x.pos.line) + ":" + std::to_string(x.pos.column) + ": " + x.message);
    return out;
}

// The written model, read back by the parser: must be free of errors.
model::Document reread(const model::Document& doc) {
    auto back = parse::parse(import::write_tg(doc), "back.tg");
    INFO(import::write_tg(doc));
    REQUIRE(tg_test::errors_of(back).empty());
    return back.document;
}

bool has(const std::vector<std::string>& lines, const std::string& needle) {
    for (const auto& l : lines)
        if (l.find(needle) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("the CSV reader follows RFC 4180") {
    core::Diagnostics d;
    auto rows = import::read_csv("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",,x\n\xEF\xBB\xBFnot-a-bom,\"\"\n", "t.csv", d);
    REQUIRE(d.items().empty());
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].fields == std::vector<std::string>{"a", "b,c", "say \"hi\""});
    CHECK(rows[1].fields == std::vector<std::string>{"two\r\nlines", "", "x"});
    CHECK(rows[1].line == 2);
    CHECK(rows[2].line == 4);  // the record after a quoted line break starts on line 4
    CHECK(rows[2].columns == std::vector<int>{1, 12});
    CHECK(rows[2].fields[1].empty());
}

TEST_CASE("the CSV reader reports malformed records at their line and column and keeps the rest") {
    core::Diagnostics d;
    auto rows = import::read_csv("ok,1\nbad \"quote\",2\n\"closed\"x,3\nfine,4\n\"open,5\n", "t.csv", d);
    CHECK(reported(d, core::Severity::error) ==
          std::vector<std::string>{"2:5: a quote inside an unquoted field: quote the whole field and double the quote, "
                                   "as in \"say \"\"hi\"\"\"",
                                   "3:9: text after a closing quote: inside a quoted field write a quote twice (\"\")",
                                   "5:1: this quoted field is never closed: end it with a quote (\")"});
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].fields == std::vector<std::string>{"fine", "4"});
}

TEST_CASE("the CSV writer quotes exactly what needs it") {
    CHECK(import::csv_field("plain") == "plain");
    CHECK(import::csv_field("a, b") == "\"a, b\"");
    CHECK(import::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(import::csv_field(" padded") == "\" padded\"");
    CHECK(import::csv_record({"a", "", "b\nc"}) == "a,,\"b\nc\"\r\n");
}

TEST_CASE("a spreadsheet's events, lanes and links are imported") {
    core::Diagnostics d;
    auto doc = import::import_as(import::Source::csv, data("space-race.csv"), "space-race.csv", d);
    CHECK(reported(d, core::Severity::error).empty());
    CHECK(reported(d, core::Severity::warning) ==
          std::vector<std::string>{"5:108: the note is written on one line: its line breaks and control characters "
                                   "become spaces"});
    auto back = reread(doc);
    REQUIRE(back.events.size() == 10);
    REQUIRE(back.lanes.size() == 2);
    CHECK(back.lanes[0].name == "Soviet Union");
    const auto& speech = back.events[static_cast<std::size_t>(back.find_event("kennedy-speech"))];
    CHECK(speech.title == "\"We choose to go to the Moon\"");
    CHECK(speech.place == "Rice Stadium, Houston");
    const auto& apollo = back.events[static_cast<std::size_t>(back.find_event("apollo-11"))];
    CHECK(apollo.actors == std::vector<std::string>{"Neil Armstrong", "Buzz Aldrin", "Michael Collins"});
    CHECK(model::format_date(apollo.date) == "16–24 Jul 1969");
    // causes on row a holding "b, c" means a -> b and a -> c; ';' separates too.
    std::vector<std::string> links;
    for (const auto& l : back.links) links.push_back(l.from + " " + model::arrow(l.kind) + " " + l.to);
    CHECK(links == std::vector<std::string>{"sputnik -> nasa-founded", "nasa-founded ~> mercury",
                                            "nasa-founded ~> kennedy-speech", "mercury ~> shepard", "mercury ~> glenn",
                                            "gagarin -> kennedy-speech", "kennedy-speech -> apollo-11",
                                            "apollo-1 -| apollo-11"});
}

TEST_CASE("a spreadsheet goes out as CSV and comes back unchanged") {
    std::string expected = data("space-race.export.csv");
    core::Diagnostics d;
    // The user's file, in the export's own spelling of dates and lists...
    auto doc = reread(import::import_as(import::Source::csv, data("space-race.csv"), "in.csv", d));
    CHECK(import::export_csv(doc, d) == expected);
    // ...and that export, imported and exported again, byte for byte.
    auto again = reread(import::import_as(import::Source::csv, expected, "export.csv", d));
    CHECK(import::export_csv(again, d) == expected);
    CHECK(reported(d, core::Severity::error).empty());
}

TEST_CASE("the CSV export says what its columns cannot hold") {
    core::Diagnostics d;
    auto parsed = parse::parse(read_file(source_path("data/us-china-2024.tg")), "seed.tg");
    std::string csv = import::export_csv(parsed.document, d);
    CHECK(csv.rfind("id,date,title,end,lane,tags,actors,place,note,url,causes,enables,blocks\r\n", 0) == 0);
    CHECK(has(reported(d, core::Severity::warning), "no column for quotes or sources of events"));
    core::Diagnostics back;
    auto doc = import::import_as(import::Source::csv, csv, "seed.csv", back);
    CHECK(reported(back, core::Severity::error).empty());
    CHECK(doc.events.size() == parsed.document.events.size());
    CHECK(doc.links.size() == parsed.document.links.size());
}

TEST_CASE("bad CSV rows are reported at their line, and nothing is half-read") {
    core::Diagnostics d;
    import::import_as(import::Source::csv, data("bad-rows.csv"), "bad.csv", d);
    auto errors = reported(d, core::Severity::error);
    CHECK(has(errors, "3:3: the date '2024-02-30' is not a date: Feb 2024 has no day 30"));
    CHECK(has(errors, "4:3: this row has no date"));
    CHECK(has(errors, "5:14: this row has no title"));
    CHECK(has(errors, "6:3: the date '29/01/2024' is not a date"));
    CHECK(has(errors, "7:19: a quote inside an unquoted field"));
    CHECK(has(errors, "8:34: no event has the id 'zz'"));
    CHECK(has(errors, "9:14: this quoted field is never closed"));
    CHECK(errors.size() == 7);
}

TEST_CASE("a CSV without the needed columns says which") {
    core::Diagnostics d;
    import::import_as(import::Source::csv, "name,when\nx,2024\n", "t.csv", d);
    CHECK(has(reported(d, core::Severity::error), "1:1: the header row names no 'date' column"));
    CHECK(has(reported(d, core::Severity::warning), "1:1: the column 'name' is not carried over"));
}

TEST_CASE("hostile imported text stays one value, never a line of its own") {
    core::Diagnostics d;
    auto doc = import::import_as(import::Source::csv, data("hostile.csv"), "hostile.csv", d);
    auto back = reread(doc);
    REQUIRE(back.events.size() == 4);
    CHECK(back.links.empty());
    CHECK(back.events[0].title == "line one event injected   date: 1999 hostile-1 -> hostile-2");
    CHECK(back.events[0].date.start.year == 2024);
    CHECK(back.events[1].title == "<script>alert(1)</script> & <img src=x onerror=alert(2)>");
    CHECK(back.events[2].id == "weird-id");
    CHECK(back.events[2].title == "\"quoted title\"");
    CHECK(back.events[3].title == "title: with colon -> and arrow # not a comment");
    CHECK(has(reported(d, core::Severity::warning), "7:1: the id 'weird id!' is written as 'weird-id'"));
}

TEST_CASE("TimelineJS events become events, groups lanes, and the rest is reported") {
    core::Diagnostics d;
    auto doc = import::import_as(import::Source::timelinejs, data("women-suffrage.timelinejs.json"), "ws.json", d);
    CHECK(reported(d, core::Severity::error).empty());
    auto warnings = reported(d, core::Severity::warning);
    CHECK(has(warnings, "14:5: the HTML of text.text is carried over as plain text"));
    CHECK(has(warnings, "14:5: media.caption is not carried over"));
    CHECK(has(warnings, "49:5: \"display_date\" is not carried over"));
    CHECK(has(warnings, "1:1: the era is not carried over"));
    auto back = reread(doc);
    CHECK(back.title == "Votes for Women");
    REQUIRE(back.events.size() == 7);
    CHECK(back.lanes.size() == 2);
    CHECK(back.events[0].id == "seneca-falls");
    CHECK(model::format_date(back.events[0].date) == "19–20 Jul 1848");
    CHECK(back.events[0].url == "https://en.wikipedia.org/wiki/Seneca_Falls_Convention");
    CHECK(back.events[0].note == "The first women's rights convention adopts the Declaration of Sentiments.");
    CHECK(back.events[1].id == "national-woman-suffrage-association");
    CHECK(back.events[2].note == "Emmeline Pankhurst & her daughters: \"Deeds, not words\"");
    CHECK(model::format_date(back.events[3].date) == "3 Mar 1913 15:00");
    CHECK(model::format_date(back.events[6].date) == "Jul 1928");
}

TEST_CASE("bad TimelineJS events are reported at their line") {
    core::Diagnostics d;
    import::import_as(import::Source::timelinejs, data("bad.timelinejs.json"), "bad.json", d);
    auto errors = reported(d, core::Severity::error);
    CHECK(has(errors, "3:5: start_date is not a date: Feb 2021 has no day 29"));
    CHECK(has(errors, "4:5: this event has no start_date"));
    CHECK(has(errors, "5:5: start_date needs a year, and its fields must be whole numbers"));
    CHECK(has(errors, "6:5: this event has no text.headline"));
    CHECK(has(errors, "7:5: end_date is before start_date"));
    CHECK(errors.size() == 5);
    core::Diagnostics broken;
    import::import_as(import::Source::timelinejs, "{\n  \"events\": [\n    {,}\n  ]\n}\n", "b.json", broken);
    CHECK(has(reported(broken, core::Severity::error), "3:6: this is not JSON that TimelineJS reads"));
}

TEST_CASE("Markwhen headings become lanes, and its dates, tags and properties are read") {
    core::Diagnostics d;
    auto doc = import::import_as(import::Source::markwhen, data("product-launch.mw"), "p.mw", d);
    CHECK(reported(d, core::Severity::error).empty());
    CHECK(reported(d, core::Severity::warning) ==
          std::vector<std::string>{"4:1: the header's 'timezone' is not carried over: dates are kept as written"});
    auto back = reread(doc);
    CHECK(back.title == "Orbit 2.0 launch");
    CHECK(back.subtitle == "From planning to general availability");
    REQUIRE(back.events.size() == 11);
    std::vector<std::string> lanes;
    for (const auto& l : back.lanes) lanes.push_back(l.name);
    CHECK(lanes == std::vector<std::string>{"Planning", "Backend", "Frontend", "Launch"});
    const auto& kickoff = back.events[0];
    CHECK(kickoff.id == "kickoff");
    CHECK(kickoff.place == "Berlin office");
    CHECK(kickoff.tags == std::vector<std::string>{"milestone"});
    CHECK(kickoff.note == "Agenda and owners are in the shared folder.");
    CHECK(back.events[1].tags == std::vector<std::string>{"research", "writing"});
    CHECK(model::format_date(back.events[4].date) == "4 Mar 2024");  // 03/04/2024 is month first
    CHECK(model::format_date(back.events[7].date) == "25 Mar 2024");
    CHECK(back.events[7].url == "https://example.com/review-notes");
}

TEST_CASE("bad Markwhen lines are reported at their line") {
    core::Diagnostics d;
    auto doc = import::import_as(import::Source::markwhen, data("bad.mw"), "bad.mw", d);
    auto errors = reported(d, core::Severity::error);
    CHECK(has(errors, "3:1: this date is not a date: Feb 2023 has no day 29"));
    CHECK(has(errors, "4:12: this event has no title after the ':'"));
    CHECK(errors.size() == 2);
    auto warnings = reported(d, core::Severity::warning);
    CHECK(has(warnings, "5:1: a relative date"));
    CHECK(has(warnings, "7:1: Markwhen reads a group or section line as text today"));
    CHECK(doc.title == "Broken");
}

TEST_CASE("a semicolon-separated sheet is named as such") {
    core::Diagnostics d;
    import::import_as(import::Source::csv, "id;date;title\na;2024;A\n", "t.csv", d);
    CHECK(reported(d, core::Severity::error) ==
          std::vector<std::string>{"1:1: the header row is separated by semicolons: save the sheet as comma-separated "
                                   "values (CSV, with commas)"});
}

TEST_CASE("a date form Markwhen does not read is reported, as Markwhen leaves it out") {
    core::Diagnostics d;
    auto doc = import::import_as(import::Source::markwhen, data("bad.mw"), "bad.mw", d);
    CHECK(has(reported(d, core::Severity::warning), "10:1: Markwhen does not read this date"));
    for (const auto& e : doc.events) CHECK(e.title.find("Dash range") == std::string::npos);
}

TEST_CASE("hostile TimelineJS and Markwhen text stays one value") {
    core::Diagnostics d;
    std::string json = R"J({"title": {"text": {"headline": "T\nevent x\n date: 1999"}}, "events": [
      {"start_date": {"year": "2024"}, "group": "lane\nevent y",
       "text": {"headline": "\"quoted\"", "text": "<script>alert(1)</script>\n\nb -> c"}},
      {"start_date": {"year": "2025"}, "unique_id": "a b\nc",
       "text": {"headline": "x -| y: z"}, "media": {"url": "javascript:alert(1)"}}]})J";
    auto back = reread(import::import_as(import::Source::timelinejs, json, "h.json", d));
    CHECK(back.title == "T event x  date: 1999");
    REQUIRE(back.events.size() == 2);
    CHECK(back.links.empty());
    CHECK(back.lanes[0].name == "lane event y");
    CHECK(back.events[0].title == "\"quoted\"");
    CHECK(back.events[0].note == "alert(1) b -> c");
    CHECK(back.events[1].id == "a-b-c");
    CHECK(back.events[1].title == "x -| y: z");
    // The url is kept as written; the page drops unsafe ones when it renders.
    CHECK(back.events[1].url == "javascript:alert(1)");

    core::Diagnostics m;
    auto mw = reread(import::import_as(import::Source::markwhen,
                                       "# <b>Lane</b>\n2024: a -> b #x\n  event injected\n  c ~> d\n", "h.mw", m));
    REQUIRE(mw.events.size() == 1);
    CHECK(mw.links.empty());
    CHECK(mw.events[0].title == "a -> b");
    CHECK(mw.events[0].note == "event injected c ~> d");
    CHECK(mw.lanes[0].name == "<b>Lane</b>");
}
