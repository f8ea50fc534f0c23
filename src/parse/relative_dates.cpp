#include "parse/relative_dates.hpp"

#include <algorithm>
#include <deque>
#include <unordered_map>

#include <fmt/format.h>

#include "core/text.hpp"

namespace timegraph::parse {

namespace {

using model::Date;
using model::DatePoint;
using model::Event;
using model::Precision;
using model::Relative;
using model::Unit;

Precision unit_precision(Unit u) {
    switch (u) {
    case Unit::second: return Precision::second;
    case Unit::minute:
    case Unit::hour: return Precision::minute;
    case Unit::day:
    case Unit::week: return Precision::day;
    case Unit::month: return Precision::month;
    case Unit::year: return Precision::year;
    }
    return Precision::day;
}

class Resolver {
public:
    Resolver(model::Document& doc, core::Diagnostics& diags) : doc_(doc), diags_(diags) {
        for (std::size_t i = 0; i < doc_.events.size(); ++i) {
            index_.emplace(doc_.events[i].id, i);
            ids_.push_back(doc_.events[i].id);
        }
    }

    void run() {
        std::size_t n = doc_.events.size();
        waiting_.assign(n, 0);
        failed_.assign(n, false);
        dependents_.assign(n, {});
        std::deque<std::size_t> ready;
        for (std::size_t i = 0; i < n; ++i) {
            for (const Relative* r : refs(doc_.events[i])) {
                auto it = index_.find(r->event);
                if (it == index_.end()) {
                    unknown(doc_.events[i], *r);
                    failed_[i] = true;
                    continue;
                }
                dependents_[it->second].push_back(i);
                ++waiting_[i];
            }
            if (waiting_[i] == 0) ready.push_back(i);
        }
        while (!ready.empty()) {
            std::size_t i = ready.front();
            ready.pop_front();
            if (!failed_[i] && has_refs(doc_.events[i])) failed_[i] = !resolve(doc_.events[i]);
            for (std::size_t d : dependents_[i]) {
                if (failed_[i]) failed_[d] = true;  // already reported at its cause
                if (--waiting_[d] == 0) ready.push_back(d);
            }
        }
        report_cycles();
    }

private:
    model::Document& doc_;
    core::Diagnostics& diags_;
    std::unordered_map<std::string, std::size_t> index_;
    std::vector<std::string> ids_;
    std::vector<std::size_t> waiting_;
    std::vector<bool> failed_;
    std::vector<std::vector<std::size_t>> dependents_;

    static std::vector<const Relative*> refs(const Event& e) {
        std::vector<const Relative*> out;
        if (e.date.start_from) out.push_back(&*e.date.start_from);
        if (e.date.end_from) out.push_back(&*e.date.end_from);
        return out;
    }
    static bool has_refs(const Event& e) { return e.date.start_from || e.date.end_from; }

    core::Position pos_of(const Event& e, const Relative& r) const {
        return {e.date_pos.line, e.date_pos.column + static_cast<int>(r.offset)};
    }

    void error(const Event& e, const Relative& r, std::string msg) {
        core::Position p = pos_of(e, r);
        diags_.error(doc_.file, p, std::move(msg), doc_.line_text(p.line));
    }

    void unknown(const Event& e, const Relative& r) {
        std::string hint = ids_.size() <= 10000 ? core::did_you_mean(r.event, ids_) : std::string();
        error(e, r, fmt::format("the date counts from an unknown event '{}'{}", r.event,
                                hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
    }

    bool resolve(Event& e) {
        Date& d = e.date;
        if (d.start_from && !point_from(e, *d.start_from, d.start)) return false;
        if (d.end_from) {
            DatePoint end;
            if (!point_from(e, *d.end_from, end)) return false;
            d.end = end;
        }
        if (d.end && d.end->last_minute() < d.start.first_minute()) {
            const Relative& r = d.end_from ? *d.end_from : *d.start_from;
            error(e, r, fmt::format("the range ends ({}) before it starts ({})", model::format_point(*d.end),
                                    model::format_point(d.start)));
            return false;
        }
        return true;
    }

    // `after R` counts from R's end: the instant of a point in time, or the
    // first instant after a coarser date (the day after a day).
    bool point_from(const Event& e, const Relative& r, DatePoint& out) {
        const Date& ref = doc_.events[index_.at(r.event)].date;
        if (r.after && ref.open) {
            error(e, r, fmt::format("'{}' is ongoing and has no end: count from its start, as in '{} + 2h'", r.event,
                                    r.event));
            return false;
        }
        const DatePoint& base = r.after && ref.end ? *ref.end : ref.start;
        bool to_end = r.after && base.precision < Precision::minute;
        model::Minutes utc = to_end ? base.last_minute() + 1 : base.first_minute();
        unsigned second = base.precision == Precision::second && !to_end ? base.second : 0;
        Precision p = base.precision;
        if (r.amount != 0) p = std::min(p, unit_precision(r.unit));
        p = std::max(p, Precision::year);  // a decade or century and an offset name a year
        out = model::point_after(utc, second, r.amount, r.unit, p, base);
        if (p < Precision::day) out.julian = false;
        if (p < Precision::minute) {
            out.zone.clear();
            out.offset = 0;
        }
        return true;
    }

    // Events still waiting sit on a cycle or behind one: print each cycle once.
    void report_cycles() {
        std::vector<bool> reported(doc_.events.size(), false);
        for (std::size_t i = 0; i < doc_.events.size(); ++i) {
            if (waiting_[i] == 0 || reported[i]) continue;
            std::vector<std::size_t> path;
            std::unordered_map<std::size_t, std::size_t> at;
            std::size_t k = i;
            while (!at.count(k) && !reported[k]) {
                at.emplace(k, path.size());
                path.push_back(k);
                k = next_waiting(k);
            }
            for (std::size_t j : path) reported[j] = true;
            if (!at.count(k)) continue;  // ran into a cycle already reported
            std::string names;
            for (std::size_t j = at[k]; j < path.size(); ++j) names += doc_.events[path[j]].id + " -> ";
            names += doc_.events[k].id;
            const Event& e = doc_.events[k];
            const Relative& r = e.date.start_from ? *e.date.start_from : *e.date.end_from;
            error(e, r, fmt::format("the dates count from each other in a cycle: {}; give one of them a date", names));
        }
    }

    std::size_t next_waiting(std::size_t k) const {
        for (const Relative* r : refs(doc_.events[k])) {
            auto it = index_.find(r->event);
            if (it != index_.end() && waiting_[it->second] > 0) return it->second;
        }
        return k;
    }
};

}  // namespace

void resolve_relative_dates(model::Document& doc, core::Diagnostics& diags) { Resolver(doc, diags).run(); }

}  // namespace timegraph::parse
