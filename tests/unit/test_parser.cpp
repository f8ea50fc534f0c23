// The .tg parser: the good forms, and a table of bad inputs each with its
// exact line, column and message. Errors are all collected, not just the first.
#include <catch2/catch.hpp>

#include "fixtures.hpp"

using namespace timegraph;
using tg_test::errors_of;
using tg_test::parse_text;

TEST_CASE("a complete model parses into a document") {
    auto r = parse_text(R"(# comment
title: From a visit to a working group
subtitle: A subtitle
source: data/sources/x.txt

lane us: United States
lane cn: "China"

event pelosi-visit
  date: 2022-08-02..2022-08-03
  title: Speaker Nancy Pelosi visits Taiwan
  lane: us
  actors: Nancy Pelosi, Staff
  place: Taipei
  tags: taiwan, congress,
  quote: "a visit to Taiwan by then-US House Speaker Nancy Pelosi"
  quote: second "quote" kept literal
  note: Days from the public record # not a comment
  url: https://example.org/a?b=c
event cn-suspends
date: 2022-08
title: China suspends cooperation
lane: cn
status: expected

pelosi-visit -> cn-suspends: to protest the visit
  quote: "to protest a visit"
  note: C:\path\n stays
)");
    INFO(tg_test::errors_of(r).size());
    REQUIRE(r.ok());
    const auto& d = r.document;
    CHECK(d.title == "From a visit to a working group");
    CHECK(d.subtitle == "A subtitle");
    REQUIRE(d.lanes.size() == 2);
    CHECK(d.lanes[1].name == "China");
    REQUIRE(d.events.size() == 2);
    const auto& e = d.events[0];
    CHECK(e.id == "pelosi-visit");
    CHECK(e.pos.line == 9);
    CHECK(e.pos.column == 7);
    CHECK(e.actors == std::vector<std::string>{"Nancy Pelosi", "Staff"});
    CHECK(e.tags == std::vector<std::string>{"taiwan", "congress"});
    CHECK(e.quotes == std::vector<std::string>{"a visit to Taiwan by then-US House Speaker Nancy Pelosi",
                                               "second \"quote\" kept literal"});
    CHECK(e.note == "Days from the public record # not a comment");
    CHECK(d.events[1].status == model::Status::expected);
    REQUIRE(d.links.size() == 1);
    CHECK(d.links[0].label == "to protest the visit");
    CHECK(d.links[0].kind == model::LinkKind::causes);
    CHECK(d.links[0].quotes.size() == 1);
    CHECK(d.links[0].note == "C:\\path\\n stays");
}

TEST_CASE("chains, link kinds and forward references") {
    auto r = parse_text("a -> b ~> c -| d: shared label\n  source: s\n"
                        "event a\ndate: 2020\ntitle: A\nevent b\ndate: 2021\ntitle: B\n"
                        "event c\ndate: 2022\ntitle: C\nevent d\ndate: 2023\ntitle: D\n");
    REQUIRE(r.ok());
    const auto& l = r.document.links;
    REQUIRE(l.size() == 3);
    CHECK(l[0].kind == model::LinkKind::causes);
    CHECK(l[1].kind == model::LinkKind::enables);
    CHECK(l[2].kind == model::LinkKind::blocks);
    CHECK(l[2].from == "c");
    CHECK(l[2].label == "shared label");
    CHECK(l[1].sources == std::vector<std::string>{"s"});
}

TEST_CASE("fan-out and fan-in: each arrow links every id before it to every id after it") {
    const std::string abcd = "event a\ndate: 2020\ntitle: A\nevent b\ndate: 2021\ntitle: B\n"
                             "event c\ndate: 2022\ntitle: C\nevent d\ndate: 2023\ntitle: D\n";
    auto r = parse_text(abcd + "a -> b, c: both\n  note: one\na,b ~> d\nb ,c -| d\n");
    INFO(core::format_all(r.diagnostics));
    REQUIRE(r.ok());
    const auto& l = r.document.links;
    REQUIRE(l.size() == 6);
    auto pair = [&](std::size_t i) { return l[i].from + ">" + l[i].to; };
    CHECK(std::vector<std::string>{pair(0), pair(1), pair(2), pair(3), pair(4), pair(5)} ==
          std::vector<std::string>{"a>b", "a>c", "a>d", "b>d", "b>d", "c>d"});
    CHECK((l[1].label == "both" && l[1].note == "one"));  // a link line's keys go to each of its links
    CHECK(l[3].kind == model::LinkKind::enables);
    CHECK(l[5].kind == model::LinkKind::blocks);
    CHECK(l[1].to_pos.column == 9);  // `c` in "a -> b, c"
    CHECK(l[5].from_pos.column == 4);
}

TEST_CASE("repeated notes are kept in order, as paragraphs") {
    auto r = parse_text("event a\ndate: 2020\ntitle: A\nnote: first\nnote: second\nevent b\ndate: 2021\ntitle: B\n"
                        "a -> b\n  note: why\n  note: and how\n");
    REQUIRE(r.ok());
    CHECK(r.document.events[0].note == "first\n\nsecond");
    CHECK(r.document.links[0].note == "why\n\nand how");
}

TEST_CASE("CRLF, a BOM and a missing final newline are fine") {
    auto r = parse_text("\xEF\xBB\xBFtitle: T\r\nevent a\r\n  date: 2020\r\n  title: A");
    REQUIRE(r.ok());
    CHECK(r.document.title == "T");
    CHECK(r.document.events.at(0).title == "A");
}

TEST_CASE("an unlinked event is a warning, not an error") {
    auto r = parse_text("event a\ndate: 2020\ntitle: A\nevent b\ndate: 2021\ntitle: B\n");
    CHECK(r.ok());
    CHECK(r.diagnostics.warning_count() == 2);
}

TEST_CASE("bad inputs: every error with its line, column and message") {
    struct Bad {
        const char* name;
        std::string text;
        std::vector<std::string> errors;
    };
    const std::string ab = "event a\ndate: 2020\ntitle: A\nevent b\ndate: 2021\ntitle: B\n";
    const std::vector<Bad> table = {
        {"invalid UTF-8", "event a\ndate: 2020\ntitle: caf\xC3\x28\n",
         {"3:11: invalid UTF-8 byte 0xC3"}},
        {"control character", "event a\ndate: 2020\ntitle: A\x01\n",
         {"3:9: control character U+0001 is not allowed"}},
        {"NUL byte", std::string("event a\ndate: 2020\ntitle: A\0B\n", 30),
         {"3:9: control character U+0000 is not allowed"}},
        {"bad date", "event a\n  date: 2023-02-29\n  title: A\n", {"2:17: Feb 2023 has no day 29"}},
        {"bad quoted date", "event a\n  date: \"2024-1-1\"\n  title: A\n",
         {"2:15: the month needs exactly two digits, as in 2024-01"}},
        {"trailing junk in date", "event a\ndate: 2024-01-01x\ntitle: A\n", {"2:17: unexpected 'x' after the date"}},
        {"reversed range", "event a\ndate: 2024-05-01..2024-03-01\ntitle: A\n",
         {"2:19: the range ends (1 Mar 2024) before it starts (1 May 2024)"}},
        {"unknown event key", "event a\ndate: 2020\ntitle: A\n  titel: B\n",
         {"4:3: unknown key 'titel' for an event; did you mean 'title'?"}},
        {"unknown header key", "author: me\n", {"1:1: unknown key 'author' in the header"}},
        {"event key in header", "date: 2020\n",
         {"1:1: unknown key 'date' in the header: it belongs in an 'event ID' block"}},
        {"duplicate key", "event a\ndate: 2020\ntitle: A\ntitle: B\n",
         {"4:1: duplicate key 'title' (first given on line 3)"}},
        {"duplicate id", ab + "event a\ndate: 2022\ntitle: C\n",
         {"7:7: duplicate id 'a' (first defined on line 1)"}},
        {"unknown id with suggestion", "event pelosi-visit\ndate: 2020\ntitle: A\nevent b\ndate: 2021\ntitle: B\n"
                                       "pelosi-vist -> b\n",
         {"7:1: unknown event 'pelosi-vist'; did you mean 'pelosi-visit'?"}},
        {"unknown id far from all", ab + "a -> zzzzzzzz\n", {"7:6: unknown event 'zzzzzzzz'"}},
        {"malformed arrow", ab + "a => b\n",
         {"7:3: malformed arrow '=>': use '->' (causes), '~>' (enables) or '-|' (blocks)"}},
        {"long arrow", ab + "a --> b\n",
         {"7:3: malformed arrow '-->': use '->' (causes), '~>' (enables) or '-|' (blocks)"}},
        {"arrow without spaces", ab + "a->b\n", {"7:2: put spaces around the arrow '->', as in 'a -> b'"}},
        {"dangling arrow", ab + "a -> b ->\n", {"7:10: expected an event id after the last arrow"}},
        {"list without commas", ab + "a -> b c\n", {"7:8: expected an arrow or ',' before 'c', as in 'a, b -> c'"}},
        {"ids glued after a list", ab + "a, b c -> a\n", {"7:6: expected an arrow or ',' before 'c', as in 'a, b -> c'"}},
        {"trailing comma", ab + "a -> b,\n", {"7:8: expected an event id after ','"}},
        {"comma before an arrow", ab + "a, -> b\n", {"7:4: expected an event id after ','"}},
        {"double comma", ab + "a -> b,,c\n", {"7:8: expected an event id before ','"}},
        {"leading comma", ab + "a -> ,b\n", {"7:6: expected an event id before ','"}},
        {"id listed twice", ab + "a -> b, b\n", {"7:9: event 'b' is listed twice"}},
        {"arrow first", ab + "-> a b\n", {"7:1: expected an event id before the arrow"}},
        {"bad id in a list", ab + "a -> b, c.d\n", {"7:10: an event id 'c.d' may only hold ASCII letters, digits, '-' and '_'"}},
        {"repeated title", "event a\ndate: 2020\ntitle: A\nnote: n\nnote: m\ntitle: B\n",
         {"6:1: duplicate key 'title' (first given on line 3)"}},
        {"unknown lane", "lane us: United States\nevent a\ndate: 2020\ntitle: A\nlane: su\n",
         {"5:7: unknown lane 'su'; did you mean 'us'?"}},
        {"unknown status", "event a\ndate: 2020\ntitle: A\nstatus: planned\n",
         {"4:9: unknown status 'planned': use happened, expected or uncertain"}},
        {"missing title and date", "event a\nplace: X\n", {"1:7: event 'a' has no title", "1:7: event 'a' has no date"}},
        {"bad event id", "event -a\n", {"1:7: an event id '-a' must start with a letter or digit"}},
        {"id with bad characters", "event a.b\ndate: 2020\ntitle: A\n",
         {"1:8: an event id 'a.b' may only hold ASCII letters, digits, '-' and '_'"}},
        {"event key after a link", ab + "a -> b\ntitle: X\n",
         {"8:1: unknown key 'title' for a link (links take quote, source and note); did you mean to start an 'event' "
          "block?"}},
        {"stray text", "hello world\n",
         {"1:1: expected 'key: value', 'event ID', 'lane ID: NAME' or a link such as 'a -> b'"}},
        {"empty value", "event a\ndate:\ntitle: A\n", {"2:6: 'date' has no value"}},
        {"duplicate lane", "lane a: A\nlane a: B\n", {"2:6: duplicate lane id 'a' (first declared on line 1)"}},
        {"columns count code points", "event a\ndate: 2020\ntitle: café\xFF\n", {"3:12: invalid UTF-8 byte 0xFF"}},
    };
    for (const auto& b : table) {
        INFO(b.name);
        auto r = parse_text(b.text);
        CHECK_FALSE(r.ok());
        CHECK(errors_of(r) == b.errors);
    }
}

TEST_CASE("every error is collected, not only the first") {
    auto r = parse_text("event a\ndate: 2023-02-29\ntitle: A\nevent b\ndate: 2024-13\ntitle: B\nfoo: 1\na => b\n");
    CHECK(errors_of(r).size() == 4);
}

TEST_CASE("diagnostics print like a compiler's, with a caret") {
    auto r = parse_text("event a\n  date: 2023-02-29\n  title: A\n", "model.tg");
    std::string text = core::format_all(r.diagnostics);
    CHECK(text == "model.tg:2:17: error: Feb 2023 has no day 29\n"
                  "    date: 2023-02-29\n"
                  "                  ^\n");
}
