// The page being served and its version, shared by the HTTP handlers, the
// file watch and the reload channel; every change and the stop wake waiters.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>

#include "serve/serve.hpp"

namespace timegraph::serve {

class LiveState {
public:
    void set(LivePage page);
    // The page and its version, read together.
    std::pair<LivePage, long> get() const;
    long version() const;
    // Waits until the version differs from `seen`, the server stops, or the timeout passes.
    long wait(long seen, std::chrono::milliseconds timeout) const;
    void stop();
    bool stopping() const;

private:
    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    LivePage page_;
    long version_ = 0;
    bool stopping_ = false;
};

// Calls on_change (after the writes have settled) each time the file is
// written, replaced or removed, until the state stops. The folder is
// watched, not the file, so that an editor's save by rename is seen too.
class FileWatch {
public:
    FileWatch(const std::string& file, const LiveState& state);
    ~FileWatch();
    FileWatch(const FileWatch&) = delete;
    FileWatch& operator=(const FileWatch&) = delete;
    bool ok() const { return fd_ >= 0 && wd_ >= 0; }
    // Blocks: run it on its own thread.
    template <class F>
    void run(F on_change) {
        while (wait_for_change()) on_change();
    }

private:
    bool wait_for_change();
    std::string name_;
    const LiveState& state_;
    int fd_ = -1, wd_ = -1;
};

}  // namespace timegraph::serve
