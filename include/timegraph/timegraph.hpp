// timegraph as a library: load a model of dated events and causal links,
// ask it about chains, and draw its timeline, its causal graph or the HTML
// page that holds both, with the options of the `timegraph` command line
// (which is built on this header alone). Only the standard library appears
// here; link timegraph::timegraph (CMake) or `pkg-config timegraph`.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace timegraph {

// The library's version, "MAJOR.MINOR.PATCH".
std::string version();

// ---- Outcomes -------------------------------------------------------------

// How a call went; the values are the command line's exit codes.
enum class Status {
    ok = 0,       // done (warnings may have been reported)
    invalid = 1,  // the model has errors, or it cannot be drawn as asked
    usage = 2,    // a bad argument (unknown id, bad date, bad option) or a file that cannot be read
};

enum class Severity { error, warning };

// A problem in the model, at a 1-based line and column (in code points).
struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;
    int line = 0, column = 0;
    std::string message;
    std::string source_line;  // the line's text, for a caret display
};

struct Report {
    Status status = Status::ok;
    std::vector<Diagnostic> diagnostics;  // in position order
    // Everything to tell the user, as the command line prints it: each
    // diagnostic as "file:line:col: error: message" with its source line and
    // a caret, then any other message ("timegraph: error: ...").
    std::string messages;
    bool ok() const { return status == Status::ok; }
};

// A text (SVG, HTML, JSON, a chain) or bytes (PNG, PDF), and how it went.
// `text` is empty unless ok().
struct Output {
    std::string text;
    Report report;
    bool ok() const { return report.ok(); }
};

// ---- Models ---------------------------------------------------------------

// A checked model (docs/format.md): its events, links and lanes. Movable, not copyable.
class Model {
public:
    struct Impl;
    explicit Model(std::unique_ptr<Impl> impl);
    Model(Model&&) noexcept;
    Model& operator=(Model&&) noexcept;
    ~Model();

    const std::string& title() const;
    std::size_t event_count() const;
    std::size_t link_count() const;
    std::size_t lane_count() const;
    // Event ids in the order the model gives them.
    std::vector<std::string> event_ids() const;
    bool has_event(std::string_view id) const;

    const Impl& impl() const { return *impl_; }

private:
    std::unique_ptr<Impl> impl_;
};

struct LoadOptions {
    bool strict = false;  // warnings count as errors
};

// The model, unless it has errors; every diagnostic either way.
struct Loaded {
    std::optional<Model> model;
    Report report;
};

// Parses and checks a model given as text; `name` is the file name that
// diagnostics show.
Loaded load(std::string_view text, const std::string& name = "<model>", const LoadOptions& options = {});
// The same for a file ("-": standard input). Files are bounded in size.
Loaded load_file(const std::string& path, const LoadOptions& options = {});

// ---- Chains ---------------------------------------------------------------

enum class Format { text, json };

// The kinds of link (`->` causes, `=>` enables, `-|` blocks, or ends an event under way).
enum class LinkKind { causes, enables, blocks };

struct ChainQuery {
    std::string id;   // the event asked about
    bool causes = true, effects = true;  // which trees (`timegraph chain --causes/--effects`)
    std::string to;   // if set: the shortest chain from `id` to this event instead
    Format format = Format::text;
    std::vector<LinkKind> kinds;  // follow only these kinds (`--kinds`); empty: every kind
};

// What `timegraph chain` prints: a dated tree of causes and effects, or a
// path, each step named by its kind (caused by, enabled by, blocked by, ended
// by; a feedback link shown once and not walked round). An unknown id is a usage error; no path from `id` to `to` is `invalid`.
Output chain(const Model& model, const ChainQuery& query);

// Every cause (all ancestors) or effect (all descendants) of an event, in
// date order; empty for an unknown id.
std::vector<std::string> causes(const Model& model, std::string_view id);
std::vector<std::string> effects(const Model& model, std::string_view id);
// The chain with the most links, first event to last.
std::vector<std::string> longest_chain(const Model& model);

// ---- Drawing --------------------------------------------------------------

// What a figure shows (`--highlight`, `--only-chain`, `--from`, `--to`,
// `--lanes`, `--tags`); empty fields show everything. Dates as in the model.
struct Figure {
    std::string highlight, only_chain, from, to;
    std::vector<std::string> lanes, tags;
};

// A usage error for a date of the figure that cannot be read, or --to before --from.
Report check_figure(const Figure& figure);

enum class Scale { compressed, linear };

// The narrowest width a timeline lays out at; smaller widths are raised to it.
// Time running down goes narrower, to a phone's width: its narrow form draws
// lanes as marker tracks beside one column of labels.
inline constexpr double kMinTimelineWidth = 480;
inline constexpr double kMinDownTimelineWidth = 320;

// Which way time runs: left to right, top to bottom, or (graphs only) the
// way that crosses fewer links; a timeline takes `automatic` as `right`.
enum class Direction { automatic, right, down };

struct TimelineOptions {
    Scale scale = Scale::compressed;  // compressed: long empty gaps become axis breaks
    double width = 1200;  // px, at least kMinTimelineWidth (kMinDownTimelineWidth down); the height follows the content
    bool links = true;                // draw the causal links
    Direction direction = Direction::right;  // down: lanes are columns, labels beside the markers
};

enum class Layout { automatic, dot, dated };

struct GraphOptions {
    Layout layout = Layout::automatic;  // dated time columns (automatic), or Graphviz's dot
    Direction direction = Direction::automatic;  // which way time runs
    double dot_timeout = 20;  // seconds dot may take; 0: no bound
    bool all_links = false;   // also the links that a longer chain implies
};

struct PageOptions {
    GraphOptions graph;
    std::string templates_dir;  // page.html, page.css, page.js; "" for the built-in ones
    // A script added to the page, with its hash in the Content-Security-Policy
    // and `connect-src 'self'` (`timegraph serve`'s reload channel); "" for a
    // page to keep, which connects nowhere.
    std::string live_script;
};

// The standalone SVG of each view, and the self-contained HTML page.
Output render_timeline(const Model& model, const TimelineOptions& options = {}, const Figure& figure = {});
Output render_graph(const Model& model, const GraphOptions& options = {}, const Figure& figure = {});
Output render_page(const Model& model, const PageOptions& options = {}, const Figure& figure = {});

// The same written to a stream; nothing is written unless the report is ok().
Report render_timeline(std::ostream& out, const Model& model, const TimelineOptions& options = {},
                       const Figure& figure = {});
Report render_graph(std::ostream& out, const Model& model, const GraphOptions& options = {}, const Figure& figure = {});
Report render_page(std::ostream& out, const Model& model, const PageOptions& options = {}, const Figure& figure = {});

// All three at once (`timegraph render`): each view is laid out once, and
// the page is held as pieces that point into the two SVG texts.
class Rendering {
public:
    struct Impl;
    explicit Rendering(std::unique_ptr<Impl> impl);
    Rendering(Rendering&&) noexcept;
    Rendering& operator=(Rendering&&) noexcept;
    ~Rendering();

    const std::string& timeline_svg() const;
    const std::string& graph_svg() const;
    // The page in order, valid while this Rendering lives.
    const std::vector<std::string_view>& page_pieces() const;
    std::string page() const;

private:
    std::unique_ptr<Impl> impl_;
};

struct Rendered {
    std::optional<Rendering> views;
    Report report;
};
Rendered render_all(const Model& model, const PageOptions& options = {}, const Figure& figure = {});

// ---- Other formats --------------------------------------------------------

// `timegraph export`: the causal graph as DOT for Graphviz, the model and
// its analysis as JSON (docs/model.schema.json), or one event a row as CSV in
// the columns `timegraph import --from csv` reads.
enum class ExportFormat { dot, json, csv };
Output export_model(const Model& model, ExportFormat format, bool all_links = false);

// `timegraph import`: a model as .tg text, from a CSV sheet (a header row,
// one event a row), TimelineJS3 JSON or a Markwhen file (README, Imports).
// What the model cannot carry is a warning at the source's line; a row that
// cannot be read is an error, and then `text` is empty. `name` is the source
// that diagnostics show, `out_name` the model's, should the text not read back.
enum class ImportFormat { csv, timelinejs, markwhen };
Output import_model(std::string_view text, ImportFormat from, const std::string& name = "<import>",
                    const std::string& out_name = "<model>");

// An SVG drawn by librsvg and cairo, with the same DejaVu Sans the layout
// measured text with: PNG at `scale` device pixels per SVG px, or a one-page
// PDF the size of the drawing (in points, 1 px = 0.75 pt). `text` holds the bytes.
Output svg_to_png(std::string_view svg, double scale = 1);
Output svg_to_pdf(std::string_view svg);

}  // namespace timegraph
