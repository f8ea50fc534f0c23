#include "serve/live_state.hpp"

#include <cstring>
#include <filesystem>

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

namespace timegraph::serve {

void LiveState::set(LivePage page) {
    {
        std::lock_guard lock(mutex_);
        page_ = std::move(page);
        ++version_;
    }
    changed_.notify_all();
}

std::pair<LivePage, long> LiveState::get() const {
    std::lock_guard lock(mutex_);
    return {page_, version_};
}

long LiveState::version() const {
    std::lock_guard lock(mutex_);
    return version_;
}

long LiveState::wait(long seen, std::chrono::milliseconds timeout) const {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, timeout, [&] { return version_ != seen || stopping_; });
    return version_;
}

void LiveState::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
}

bool LiveState::stopping() const {
    std::lock_guard lock(mutex_);
    return stopping_;
}

FileWatch::FileWatch(const std::string& file, const LiveState& state)
    : name_(std::filesystem::path(file).filename().string()), state_(state) {
    auto folder = std::filesystem::path(file).parent_path();
    fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd_ >= 0)
        wd_ = inotify_add_watch(fd_, folder.empty() ? "." : folder.c_str(),
                                IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE);
}

FileWatch::~FileWatch() {
    if (fd_ >= 0) close(fd_);
}

namespace {

// Reads the pending events; true when one names the file.
bool names_file(int fd, const std::string& name) {
    alignas(inotify_event) char buffer[8192];
    bool hit = false;
    for (;;) {
        ssize_t n = read(fd, buffer, sizeof buffer);
        if (n <= 0) return hit;
        for (char* p = buffer; p < buffer + n;) {
            inotify_event event;
            std::memcpy(&event, p, sizeof event);
            if (event.len > 0 && name == std::string(p + sizeof event)) hit = true;
            p += sizeof event + event.len;
        }
    }
}

}  // namespace

bool FileWatch::wait_for_change() {
    pollfd pfd{fd_, POLLIN, 0};
    bool changed = false;
    while (!state_.stopping()) {
        // Once the file changed, wait for 40 ms of quiet: a save is often several writes.
        int ready = poll(&pfd, 1, changed ? 40 : 200);
        if (ready > 0) {
            changed = names_file(fd_, name_) || changed;
        } else if (changed) {
            return true;
        }
    }
    return false;
}

}  // namespace timegraph::serve
