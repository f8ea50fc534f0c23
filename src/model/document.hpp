// The parsed model: header, lanes, events and links exactly as written, each
// with the position of the text it came from. Ids are resolved by the parser;
// graph-level checks (cycles, time order) belong to the graph stage.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "model/date.hpp"

namespace timegraph::model {

using core::Position;

struct Lane {
    std::string id;
    std::string name;
    Position pos;
    std::string colour;  // "#RRGGBB" from an indented `colour:` line, in place of the palette's; "" when none
    Position colour_pos;
};

// A named span of time drawn behind the events (a `period ID` block): not an
// event, and no link may name it.
struct Period {
    std::string id;
    Position pos;  // the `period ID` line
    Date date;
    std::string title;
    std::string lane;  // "" when it spans every lane
};

enum class Status { happened, expected, uncertain };
const char* to_string(Status s);

struct Event {
    std::string id;
    Position pos;  // the `event ID` line
    Date date;
    Position date_pos;
    std::string title;
    std::string lane;  // "" when the event names no lane
    std::vector<std::string> actors;
    std::string place;
    std::vector<std::string> tags;
    std::vector<std::string> quotes;
    std::vector<std::string> sources;
    std::string note;
    std::string url;
    Status status = Status::happened;
};

// `elided` is never written in a model: a figure that leaves events out
// draws one such link where a chain of links ran through them (graph/subset.hpp).
enum class LinkKind { causes, enables, blocks, elided };
const char* to_string(LinkKind k);
const char* arrow(LinkKind k);  // "->", "~>", "-|"

struct Link {
    std::string from;
    std::string to;
    LinkKind kind = LinkKind::causes;
    std::string label;
    Position pos;       // the arrow
    Position from_pos;  // the ids, for unknown-id diagnostics
    Position to_pos;
    std::vector<std::string> quotes;
    std::vector<std::string> sources;
    std::string note;
    std::vector<std::string> via;  // an elided link: the ids of the left-out events it stands for, in order
    // Worked out by graph::build, not written: a `blocks` link into an event
    // that began before its source ends it; one that closes a cycle of links
    // is a feedback link (the rollback that ends the errors it answered).
    bool ends = false;
    bool feedback = false;
};

struct Document {
    std::string file;  // as named on the command line, for diagnostics
    std::string title;
    std::string subtitle;
    std::string source;
    std::string timezone;  // `timezone:`, the zone of times written without one; "" for local times
    std::vector<Lane> lanes;
    std::vector<Event> events;
    std::vector<Link> links;
    std::vector<Period> periods;
    std::vector<std::string> lines;  // the source text, for diagnostics with a caret

    const std::string& line_text(int line) const;
    // Index of the event with this id, or -1.
    int find_event(const std::string& id) const;
    int find_lane(const std::string& id) const;
};

}  // namespace timegraph::model
