// CSV in and out, in one column layout (csv_columns()): a header row names
// the columns, in any order; each further record is one event, and its
// causes/enables/blocks cells hold the ids of the events it leads to.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "core/text.hpp"
#include "import/builder.hpp"
#include "import/csv.hpp"
#include "import/import.hpp"

namespace timegraph::import {

const std::vector<std::string>& csv_columns() {
    static const std::vector<std::string> columns{"id",     "date",  "title", "end",  "lane",   "tags",  "actors",
                                                  "place",  "note",  "url",   "causes", "enables", "blocks"};
    return columns;
}

namespace {

const std::vector<std::pair<std::string, model::LinkKind>> kLinkColumns{
    {"causes", model::LinkKind::causes}, {"enables", model::LinkKind::enables}, {"blocks", model::LinkKind::blocks}};

// Column name -> index, from the header record; unknown columns are reported.
std::map<std::string, std::size_t> header_columns(const CsvRecord& header, Builder& b) {
    std::map<std::string, std::size_t> at;
    const auto& known = csv_columns();
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        std::string name(core::trim(header.fields[i]));
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        core::Position pos{header.line, header.columns[i]};
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            std::string hint = core::did_you_mean(name, known);
            b.warn(pos, fmt::format("the column '{}' is not carried over{}", core::printable(header.fields[i]),
                                    hint.empty() ? " (the columns are id, date, title, end, lane, tags, actors, "
                                                   "place, note, url, causes, enables, blocks)"
                                                 : fmt::format(" (did you mean '{}'?)", hint)));
        } else if (!at.try_emplace(name, i).second) {
            b.error(pos, fmt::format("a second '{}' column: each column may be named once", name));
        }
    }
    for (const char* required : {"date", "title"})
        if (!at.count(required))
            b.error({header.line, 1}, fmt::format("the header row names no '{}' column, which every event needs "
                                                  "(the header is: id,date,title,end,lane,...)",
                                                  required));
    return at;
}

// Ids split on commas or semicolons, trimmed, empty ones dropped.
std::vector<std::string> id_list(std::string_view cell) {
    std::string commas(cell);
    std::replace(commas.begin(), commas.end(), ';', ',');
    return core::split_list(commas);
}

struct Row {
    const CsvRecord& rec;
    const std::map<std::string, std::size_t>& at;
    std::string cell(const char* name) const {
        auto it = at.find(name);
        return it == at.end() || it->second >= rec.fields.size() ? std::string() : rec.fields[it->second];
    }
    core::Position pos(const char* name) const {
        auto it = at.find(name);
        if (it == at.end() || it->second >= rec.columns.size()) return {rec.line, 1};
        return {rec.line, rec.columns[it->second]};
    }
};

std::optional<model::Date> row_date(const Row& row, Builder& b) {
    std::string text(core::trim(row.cell("date")));
    std::string end(core::trim(row.cell("end")));
    if (text.empty()) {
        b.error(row.pos("date"), "this row has no date: write one as 2024, 2023-11, 2024-01-29 or 2024-01-29 14:05");
        return std::nullopt;
    }
    std::string whole = end.empty() ? text : text + ".." + end;
    auto parsed = model::parse_date(whole);
    if (parsed.date) return parsed.date;
    bool in_end = !end.empty() && parsed.error->offset > text.size();
    core::Position pos = row.pos(in_end ? "end" : "date");
    b.error(pos, fmt::format("the {} '{}' is not a date: {} (dates are written as 2024, 2023-11, 2024-01-29, "
                             "2024-01-29 14:05, ~2023 or 44 BCE)",
                             in_end ? "end" : "date", core::printable(in_end ? end : text), parsed.error->message));
    return std::nullopt;
}

bool blank(const CsvRecord& r) {
    return std::all_of(r.fields.begin(), r.fields.end(), [](const auto& f) { return core::trim(f).empty(); });
}

void read_row(const Row& row, Builder& b) {
    auto date = row_date(row, b);
    std::string title = b.value(row.cell("title"), row.pos("title"), "title");
    if (title.empty()) b.error(row.pos("title"), "this row has no title, which every event needs");
    if (!date || title.empty()) return b.reject(std::string(core::trim(row.cell("id"))));
    model::Event e;
    e.pos = {row.rec.line, 1};
    e.id = b.event_id(core::trim(row.cell("id")), title, row.pos("id"));
    e.date = *date;
    e.date_pos = row.pos("date");
    e.title = title;
    e.lane = b.lane(row.cell("lane"), row.pos("lane"));
    e.tags = b.items(core::split_list(row.cell("tags")), row.pos("tags"), "tags");
    e.actors = b.items(core::split_list(row.cell("actors")), row.pos("actors"), "actors");
    e.place = b.value(row.cell("place"), row.pos("place"), "place");
    e.note = b.value(row.cell("note"), row.pos("note"), "note");
    e.url = b.value(row.cell("url"), row.pos("url"), "url");
    std::string source_id(core::trim(row.cell("id")));
    for (const auto& [column, kind] : kLinkColumns)
        for (auto& to : id_list(row.cell(column.c_str()))) {
            model::Link link;
            link.from = source_id.empty() ? e.id : source_id;
            link.to = to;
            link.kind = kind;
            link.pos = row.pos(column.c_str());
            b.doc.links.push_back(std::move(link));
        }
    b.doc.events.push_back(std::move(e));
}

}  // namespace

model::Document import_csv(std::string_view text, const std::string& file, core::Diagnostics& diags) {
    Builder b(file, diags);
    auto records = read_csv(text, file, diags);
    auto first = std::find_if(records.begin(), records.end(), [](const auto& r) { return !blank(r); });
    if (first == records.end()) {
        b.error({1, 1}, "the file has no header row: start it with id,date,title,end,lane,tags,actors,place,note,"
                        "url,causes,enables,blocks");
        return b.finish();
    }
    if (first->fields.size() == 1 && first->fields[0].find(';') != std::string::npos) {
        b.error({first->line, 1}, "the header row is separated by semicolons: save the sheet as comma-separated "
                                  "values (CSV, with commas)");
        return b.finish();
    }
    int before = diags.error_count();
    auto at = header_columns(*first, b);
    if (diags.error_count() > before) return b.finish();
    for (auto it = first + 1; it != records.end(); ++it) {
        if (blank(*it)) continue;
        if (it->fields.size() > first->fields.size())
            b.warn({it->line, it->columns[first->fields.size()]},
                   "this row has more cells than the header has columns: the extra cells are not carried over");
        read_row(Row{*it, at}, b);
    }
    return b.finish();
}

namespace {

// The date's start in `date` and its end in `end`; an ongoing range keeps its `..`.
std::pair<std::string, std::string> date_cells(const model::Date& d) {
    if (d.open) return {point_text(d.start) + "..", ""};
    return {point_text(d.start), d.end ? point_text(*d.end) : ""};
}

void report_dropped(const model::Document& doc, core::Diagnostics& diags) {
    auto count = [&](auto&& range, auto&& pred) { return std::count_if(range.begin(), range.end(), pred); };
    std::vector<std::pair<std::string, long>> dropped{
        {"quotes or sources of events", count(doc.events, [](const auto& e) { return !e.quotes.empty() || !e.sources.empty(); })},
        {"a status other than happened", count(doc.events, [](const auto& e) { return e.status != model::Status::happened; })},
        {"links with a label, quote, source or note", count(doc.links, [](const auto& l) {
             return !l.label.empty() || !l.quotes.empty() || !l.sources.empty() || !l.note.empty(); })}};
    for (const auto& [what, n] : dropped)
        if (n > 0)
            diags.warning(doc.file, {}, fmt::format("the CSV has no column for {} ({} in the model): they are left out", what, n));
}

}  // namespace

std::string export_csv(const model::Document& doc, core::Diagnostics& diags) {
    report_dropped(doc, diags);
    std::map<std::string, std::map<model::LinkKind, std::vector<std::string>>> out_links;
    for (const auto& l : doc.links) out_links[l.from][l.kind].push_back(l.to);
    std::string out = csv_record(csv_columns());
    for (const auto& e : doc.events) {
        auto [date, end] = date_cells(e.date);
        int lane = doc.find_lane(e.lane);
        auto& links = out_links[e.id];
        out += csv_record({e.id, date, e.title, end,
                           lane < 0 ? e.lane : doc.lanes[static_cast<std::size_t>(lane)].name, join(e.tags, ", "),
                           join(e.actors, ", "), e.place, e.note, e.url, join(links[model::LinkKind::causes], ", "),
                           join(links[model::LinkKind::enables], ", "), join(links[model::LinkKind::blocks], ", ")});
    }
    return out;
}

}  // namespace timegraph::import
