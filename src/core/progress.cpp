#include "core/progress.hpp"

#include <algorithm>
#include <ostream>

namespace timegraph::core {

namespace {
ProgressSink* g_sink = nullptr;
}

void set_progress_sink(ProgressSink* sink) { g_sink = sink; }

Progress::Progress(std::string_view stage, std::size_t total) : sink_(g_sink), stage_(stage), total_(total) {
    if (sink_) report(0);
}

Progress::~Progress() {
    if (!sink_) return;
    if (percent_ < 100) sink_->update(stage_, 100);
    sink_->finish(stage_);
}

void Progress::report(std::size_t done) {
    int percent = total_ == 0 ? 100 : static_cast<int>(std::min<std::size_t>(100, done * 100 / total_));
    if (percent != percent_) {
        percent_ = percent;
        sink_->update(stage_, percent);
    }
    // The first step that reaches the next whole percentage: done * 100 >= (percent + 1) * total.
    next_ = total_ == 0 ? static_cast<std::size_t>(-1) : ((static_cast<std::size_t>(percent) + 1) * total_ + 99) / 100;
}

TerminalProgress::TerminalProgress(std::ostream& out, std::chrono::milliseconds delay)
    : out_(out), start_(std::chrono::steady_clock::now()), delay_(delay) {}

void TerminalProgress::update(std::string_view stage, int percent) {
    if (std::chrono::steady_clock::now() - start_ < delay_) return;
    out_ << "\r\x1b[Ktimegraph: " << stage << ' ' << percent << '%' << std::flush;
    drawn_ = true;
}

void TerminalProgress::finish(std::string_view) {
    if (!drawn_) return;
    out_ << "\r\x1b[K" << std::flush;
    drawn_ = false;
}

}  // namespace timegraph::core
