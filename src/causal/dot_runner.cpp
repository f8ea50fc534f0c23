#include "causal/dot_runner.hpp"

#include <cerrno>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdint>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace timegraph::causal::detail {

namespace {

DotPoint point_of(pointf p) { return {p.x, p.y}; }

// The layout in this process: Graphviz's results copied out before the layout is freed.
DotResult lay_out_here(const Built& built) {
    DotResult r;
    gv::Capture capture;
    gv::Layout layout(built.graph.get(), "dot");
    r.messages = capture.messages();
    if (!layout.ok()) return r;
    for (Agnode_t* n : built.nodes) r.nodes.push_back({point_of(ND_coord(n)), ND_width(n) * 72, ND_height(n) * 72});
    for (const auto& link : built.links) {
        Agedge_t* e = link.second;
        DotEdge d;
        const splines* spl = ED_spl(e);
        for (int i = 0; spl && i < spl->size; ++i) {
            std::vector<DotPoint> bz;
            for (int j = 0; j < spl->list[i].size; ++j) bz.push_back(point_of(spl->list[i].list[j]));
            d.beziers.push_back(std::move(bz));
        }
        if (ED_label(e) && ED_label(e)->set) {
            d.has_label = true;
            d.label_centre = point_of(ED_label(e)->pos);
            d.label_width = ED_label(e)->dimen.x;
            d.label_height = ED_label(e)->dimen.y;
        }
        r.edges.push_back(std::move(d));
    }
    r.status = DotResult::Status::ok;
    return r;
}

// ---- the child's answer, as bytes -------------------------------------------

class Encoder {
public:
    void u64(std::uint64_t v) { bytes(&v, sizeof v); }
    void f64(double v) { bytes(&v, sizeof v); }
    void point(DotPoint p) { f64(p.x), f64(p.y); }
    void text(const std::string& s) {
        u64(s.size());
        out_ += s;
    }
    std::string take() { return std::move(out_); }

private:
    void bytes(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }
    std::string out_;
};

// Reads what Encoder wrote; any shortfall or absurd count fails the whole decode.
class Decoder {
public:
    explicit Decoder(const std::string& in) : in_(in) {}
    bool u64(std::uint64_t& v) { return bytes(&v, sizeof v); }
    bool f64(double& v) { return bytes(&v, sizeof v) && std::isfinite(v); }
    bool point(DotPoint& p) { return f64(p.x) && f64(p.y); }
    bool count(std::size_t& n) {
        std::uint64_t v = 0;
        if (!u64(v) || v > in_.size() - at_) return false;  // every item takes at least one byte
        n = static_cast<std::size_t>(v);
        return true;
    }
    bool text(std::string& s) {
        std::size_t n = 0;
        if (!count(n)) return false;
        s.assign(in_, at_, n);
        at_ += n;
        return true;
    }
    bool done() const { return at_ == in_.size(); }

private:
    bool bytes(void* p, std::size_t n) {
        if (in_.size() - at_ < n) return false;
        std::memcpy(p, in_.data() + at_, n);
        at_ += n;
        return true;
    }
    const std::string& in_;
    std::size_t at_ = 0;
};

std::string encode(const DotResult& r) {
    Encoder e;
    e.u64(r.status == DotResult::Status::ok ? 1 : 0);
    e.u64(r.messages.size());
    for (const auto& m : r.messages) e.text(m);
    e.u64(r.nodes.size());
    for (const auto& n : r.nodes) e.point(n.centre), e.f64(n.width), e.f64(n.height);
    e.u64(r.edges.size());
    for (const auto& d : r.edges) {
        e.u64(d.beziers.size());
        for (const auto& bz : d.beziers) {
            e.u64(bz.size());
            for (auto p : bz) e.point(p);
        }
        e.u64(d.has_label ? 1 : 0);
        e.point(d.label_centre), e.f64(d.label_width), e.f64(d.label_height);
    }
    return e.take();
}

bool decode(const std::string& bytes, const Built& built, DotResult& r) {
    Decoder d(bytes);
    std::uint64_t ok = 0, flag = 0;
    std::size_t n = 0;
    if (!d.u64(ok) || !d.count(n)) return false;
    r.messages.resize(n);
    for (auto& m : r.messages)
        if (!d.text(m)) return false;
    r.status = ok == 1 ? DotResult::Status::ok : DotResult::Status::failed;
    if (!d.count(n) || (ok == 1 && n != built.nodes.size())) return false;
    r.nodes.resize(n);
    for (auto& node : r.nodes)
        if (!d.point(node.centre) || !d.f64(node.width) || !d.f64(node.height)) return false;
    if (!d.count(n) || (ok == 1 && n != built.links.size())) return false;
    r.edges.resize(n);
    for (auto& edge : r.edges) {
        if (!d.count(n)) return false;
        edge.beziers.resize(n);
        for (auto& bz : edge.beziers) {
            if (!d.count(n)) return false;
            bz.resize(n);
            for (auto& p : bz)
                if (!d.point(p)) return false;
        }
        if (!d.u64(flag) || !d.point(edge.label_centre) || !d.f64(edge.label_width) || !d.f64(edge.label_height))
            return false;
        edge.has_label = flag == 1;
    }
    return d.done();
}

// ---- the child process -------------------------------------------------------

bool write_all(int fd, const std::string& bytes) {
    std::size_t at = 0;
    while (at < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + at, bytes.size() - at);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        at += static_cast<std::size_t>(n);
    }
    return true;
}

[[noreturn]] void child(const Built& built, int fd) {
    // _exit, not exit: the parent's buffers, atexit handlers and leak checks are the parent's.
    bool sent = write_all(fd, encode(lay_out_here(built)));
    ::_exit(sent ? 0 : 1);
}

int wait_for(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

// Reads the child's answer until EOF or the deadline. False on timeout.
bool read_until(int fd, std::chrono::steady_clock::time_point deadline, std::string& bytes) {
    char buffer[65536];
    for (;;) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return false;
        pollfd p{fd, POLLIN, 0};
        int ready = ::poll(&p, 1, static_cast<int>(std::min<long long>(left.count(), 1 << 30)));
        if (ready < 0 && errno == EINTR) continue;
        if (ready == 0) return false;
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return true;  // EOF (or a broken pipe, which decoding then rejects)
        bytes.append(buffer, static_cast<std::size_t>(n));
    }
}

}  // namespace

DotResult run_dot(const Built& built, double timeout_seconds) {
    if (!(timeout_seconds > 0)) return lay_out_here(built);
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) return lay_out_here(built);
    pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return lay_out_here(built);
    }
    if (pid == 0) {
        ::close(fds[0]);
        child(built, fds[1]);
    }
    ::close(fds[1]);
    auto budget = std::chrono::duration<double>(std::min(timeout_seconds, 1e7));
    auto deadline = std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(budget);
    std::string bytes;
    bool finished = read_until(fds[0], deadline, bytes);
    ::close(fds[0]);
    DotResult r;
    if (!finished) {
        ::kill(pid, SIGKILL);
        wait_for(pid);
        r.status = DotResult::Status::timed_out;
        return r;
    }
    int status = wait_for(pid);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !decode(bytes, built, r)) {
        r = DotResult{};
        r.status = DotResult::Status::crashed;
        if (WIFSIGNALED(status)) r.messages.push_back(std::string("the layout process died: ") + ::strsignal(WTERMSIG(status)));
    }
    return r;
}

}  // namespace timegraph::causal::detail
