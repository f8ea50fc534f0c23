// Progress on long runs: each stage of work reports whole percentages to a
// sink. The command-line tool installs a terminal sink only when stderr is a
// terminal; everywhere else (pipes, files, tests, the library) nothing is
// reported and a step costs one comparison.
#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace timegraph::core {

class ProgressSink {
public:
    virtual ~ProgressSink() = default;
    virtual void update(std::string_view stage, int percent) = 0;
    virtual void finish(std::string_view stage) = 0;  // the stage is over
};

// The process's sink; null (the default) reports nothing.
void set_progress_sink(ProgressSink* sink);

// One stage of `total` steps. Reports 0% when made, each new whole
// percentage as step() passes it, and 100% and the end when destroyed.
class Progress {
public:
    Progress(std::string_view stage, std::size_t total);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    void step(std::size_t done) {
        if (sink_ && done >= next_) report(done);
    }

private:
    void report(std::size_t done);
    ProgressSink* sink_;
    std::string stage_;
    std::size_t total_, next_ = 0;
    int percent_ = -1;
};

// Draws "timegraph: STAGE N%" over one terminal line and clears it when the
// stage ends. Nothing is drawn until `delay` has passed since the sink was
// made, so that quick runs stay silent.
class TerminalProgress : public ProgressSink {
public:
    explicit TerminalProgress(std::ostream& out, std::chrono::milliseconds delay = std::chrono::milliseconds(300));
    void update(std::string_view stage, int percent) override;
    void finish(std::string_view stage) override;

private:
    std::ostream& out_;
    std::chrono::steady_clock::time_point start_;
    std::chrono::milliseconds delay_;
    bool drawn_ = false;
};

}  // namespace timegraph::core
