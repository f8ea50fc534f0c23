#include "synthetic_model.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <random>
#include <vector>

#include <date/date.h>
#include <fmt/format.h>

namespace timegraph::synth {

namespace {

using Rng = std::mt19937_64;

// A value in [0, n) from one 64-bit draw. Its bias (about n / 2^64) is far
// below anything a benchmark can see, and unlike std::uniform_int_distribution
// it is the same in every standard library. Every draw is its own statement:
// the order in which function arguments are evaluated is unspecified.
std::uint64_t below(Rng& rng, std::uint64_t n) { return rng() % n; }

template <std::size_t N>
const char* pick(Rng& rng, const std::array<const char*, N>& words) {
    return words[below(rng, N)];
}

// Subject, verb and object average about 35 characters together.
constexpr std::array<const char*, 16> kSubjects = {
    "Trade ministry", "Central bank",    "Port authority",   "Customs office", "Health agency", "Parliament",
    "Court of appeal", "Energy regulator", "Rail operator",  "City council",   "Labour union",  "Export board",
    "Police service", "Science academy", "Water utility",    "Press council"};
constexpr std::array<const char*, 12> kVerbs = {"announces", "suspends", "expands", "reviews", "approves", "rejects",
                                                "delays",    "extends",  "revises", "publishes", "funds", "audits"};
constexpr std::array<const char*, 12> kObjects = {"new tariff rules", "border checks",   "grain exports",
                                                  "fuel subsidies",   "a joint inquiry", "data sharing",
                                                  "safety audits",    "loan guarantees", "patent reform",
                                                  "wage talks",       "visa quotas",     "port upgrades"};
constexpr std::array<const char*, 8> kLaneNames = {"Government", "Industry", "Courts",  "Civil society",
                                                   "Markets",    "Press",    "Science", "Military"};
constexpr std::array<const char*, 6> kLabels = {"in response", "after talks",  "under pressure",
                                                "as a result", "to retaliate", "by decree"};

struct Event {
    std::string date;
    std::string title;
    std::size_t lane = 0;
    const char* status = nullptr;  // null: the default, happened
};

struct Link {
    std::size_t from = 0;
    const char* arrow = "->";
    const char* label = nullptr;
};

struct Model {
    std::vector<std::string> lanes;
    std::vector<Event> events;            // in time order of their anchors
    std::vector<std::vector<Link>> into;  // into[j]: the links whose effect is event j
};

std::int64_t day_number(int year) {
    return date::sys_days{date::year{year} / 1 / 1}.time_since_epoch().count();
}

date::year_month_day civil(std::int64_t day) {
    return date::year_month_day{date::sys_days{date::days{static_cast<int>(day)}}};
}

// Astronomical years, as the format writes them: 0044, -0043.
std::string year_text(date::year y) {
    int v = static_cast<int>(y);
    return v < 0 ? fmt::format("-{:04}", -v) : fmt::format("{:04}", v);
}

std::string month_text(date::year_month ym) {
    return fmt::format("{}-{:02}", year_text(ym.year()), static_cast<unsigned>(ym.month()));
}

std::string day_text(date::year_month_day d) {
    return fmt::format("{}-{:02}", month_text(d.year() / d.month()), static_cast<unsigned>(d.day()));
}

// Minutes since 1970, sorted: when each event "really" happened. Half the
// events cluster around bursts of activity, as news does.
std::vector<std::int64_t> anchors(Rng& rng, const SyntheticOptions& o) {
    std::int64_t first = day_number(kLastYear - o.years);
    auto span = static_cast<std::uint64_t>(day_number(kLastYear) - first);
    std::vector<std::int64_t> bursts(static_cast<std::size_t>(2 * o.years));
    for (auto& b : bursts) b = static_cast<std::int64_t>(below(rng, span));
    std::vector<std::int64_t> out(o.events);
    for (auto& a : out) {
        std::int64_t day;
        if (below(rng, 2) == 0) {
            day = static_cast<std::int64_t>(below(rng, span));
        } else {
            std::int64_t centre = bursts[below(rng, bursts.size())];
            day = centre + static_cast<std::int64_t>(below(rng, 61)) - 30;
            day = std::clamp<std::int64_t>(day, 0, static_cast<std::int64_t>(span) - 1);
        }
        auto minute = static_cast<std::int64_t>(below(rng, 1440));
        a = (first + day) * 1440 + minute;
    }
    std::sort(out.begin(), out.end());
    return out;
}

// A date whose interval contains the anchor, at a mix of precisions. Since an
// effect's anchor is never before its cause's, the effect's latest minute is
// never before the cause's earliest one, whatever the precisions.
std::string date_text(Rng& rng, std::int64_t anchor) {
    std::int64_t day = anchor / 1440;
    if (anchor < 0 && anchor % 1440 != 0) --day;  // floor: anchors before 1970 are negative
    auto minute = static_cast<int>(anchor - day * 1440);
    auto d = civil(day);
    std::uint64_t r = below(rng, 100);
    if (r < 55) return day_text(d);
    if (r < 60) return fmt::format("{} {:02}:{:02}", day_text(d), minute / 60, minute % 60);
    if (r < 75) return month_text(d.year() / d.month());
    if (r < 80) return year_text(d.year());
    if (r < 90) {
        auto length = static_cast<std::int64_t>(below(rng, 20)) + 1;
        return day_text(d) + ".." + day_text(civil(day + length));
    }
    if (r < 94) {
        auto months = static_cast<int>(below(rng, 6)) + 1;
        auto ym = d.year() / d.month();
        return month_text(ym) + ".." + month_text(ym + date::months{months});
    }
    if (r < 96) return "~" + day_text(d);
    if (r < 98) return "~" + month_text(d.year() / d.month());
    if (r < 99) return "~" + year_text(d.year());
    return month_text(d.year() / d.month()) + "..";  // ongoing
}

Event make_event(Rng& rng, std::int64_t anchor, const SyntheticOptions& o) {
    Event e;
    e.date = date_text(rng, anchor);
    e.title = pick(rng, kSubjects);
    e.title += ' ';
    e.title += pick(rng, kVerbs);
    e.title += ' ';
    e.title += pick(rng, kObjects);
    e.lane = below(rng, static_cast<std::uint64_t>(o.lanes));
    std::uint64_t s = below(rng, 100);
    e.status = s == 0 ? "expected" : s == 1 ? "uncertain" : nullptr;
    return e;
}

void add_link(Rng& rng, Model& m, std::size_t from, std::size_t to) {
    Link l;
    l.from = from;
    std::uint64_t k = below(rng, 10);
    l.arrow = k < 7 ? "->" : k < 9 ? "~>" : "-|";
    if (below(rng, 100) < 15) l.label = pick(rng, kLabels);
    m.into[to].push_back(l);
}

bool linked(const Model& m, std::size_t from, std::size_t to) {
    return std::any_of(m.into[to].begin(), m.into[to].end(), [&](const Link& l) { return l.from == from; });
}

// Every event after the first gets one cause among the few events just
// before it, so that no event is unlinked; then about n/2 more links reach
// further back. Causes always come earlier in time order: the model is acyclic.
void make_links(Rng& rng, Model& m) {
    std::size_t n = m.events.size();
    m.into.assign(n, {});
    for (std::size_t j = 1; j < n; ++j) add_link(rng, m, j - 1 - below(rng, std::min<std::size_t>(j, 64)), j);
    if (n < 3) return;
    for (std::size_t k = 0; k < n / 2; ++k) {
        for (int attempt = 0; attempt < 8; ++attempt) {
            std::size_t j = 1 + below(rng, n - 1);
            std::size_t i = j - 1 - below(rng, std::min<std::size_t>(j, 256));
            if (linked(m, i, j)) continue;
            add_link(rng, m, i, j);
            break;
        }
    }
}

Model generate(const SyntheticOptions& o) {
    Rng rng(o.seed);
    Model m;
    for (int k = 0; k < o.lanes; ++k)
        m.lanes.push_back(static_cast<std::size_t>(k) < kLaneNames.size() ? std::string(kLaneNames[static_cast<std::size_t>(k)])
                                                                         : fmt::format("Lane {}", k + 1));
    for (std::int64_t a : anchors(rng, o)) m.events.push_back(make_event(rng, a, o));
    make_links(rng, m);
    return m;
}

std::string event_id(std::size_t i) { return fmt::format("e{}", i + 1); }

}  // namespace

std::string synthetic_model(const SyntheticOptions& options) {
    Model m = generate(options);
    fmt::memory_buffer out;
    auto to = std::back_inserter(out);
    fmt::format_to(to, "title: Synthetic model of {} events\n", m.events.size());
    fmt::format_to(to, "subtitle: {} lanes over {} years, seed {}\n\n", options.lanes, options.years, options.seed);
    for (std::size_t k = 0; k < m.lanes.size(); ++k) fmt::format_to(to, "lane l{}: {}\n", k + 1, m.lanes[k]);
    for (std::size_t j = 0; j < m.events.size(); ++j) {
        const Event& e = m.events[j];
        fmt::format_to(to, "\nevent {}\n  date: {}\n  title: {}\n  lane: l{}\n", event_id(j), e.date, e.title,
                       e.lane + 1);
        if (e.status) fmt::format_to(to, "  status: {}\n", e.status);
        for (const Link& l : m.into[j]) {
            fmt::format_to(to, "{} {} {}", event_id(l.from), l.arrow, event_id(j));
            if (l.label) fmt::format_to(to, ": {}", l.label);
            fmt::format_to(to, "\n");
        }
    }
    return fmt::to_string(out);
}

std::string synthetic_dot(const SyntheticOptions& options) {
    Model m = generate(options);
    fmt::memory_buffer out;
    auto to = std::back_inserter(out);
    fmt::format_to(to, "digraph timegraph {{\n  rankdir=LR;\n");
    fmt::format_to(to, "  node [shape=box, fontname=\"DejaVu Sans\", fontsize=12];\n");
    // Titles hold only letters and spaces, so they need no escaping.
    for (std::size_t j = 0; j < m.events.size(); ++j)
        fmt::format_to(to, "  {} [label=\"{}\"];\n", event_id(j), m.events[j].title);
    for (std::size_t j = 0; j < m.events.size(); ++j)
        for (const Link& l : m.into[j]) fmt::format_to(to, "  {} -> {};\n", event_id(l.from), event_id(j));
    fmt::format_to(to, "}}\n");
    return fmt::to_string(out);
}

}  // namespace timegraph::synth
