#include "core/files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "core/limits.hpp"
#include "core/progress.hpp"

namespace timegraph::core {

namespace {

std::string errno_text() { return std::strerror(errno); }

// Reads at most kMaxFileBytes + 1 bytes, so that /dev/zero or a huge file costs bounded memory.
ReadResult read_fd(int fd, const std::string& name) {
    ReadResult r;
    char buf[1 << 16];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            r.error = fmt::format("{}: cannot read: {}", name, errno_text());
            return r;
        }
        if (n == 0) break;
        r.text.append(buf, static_cast<std::size_t>(n));
        if (r.text.size() > kMaxFileBytes) {
            r.text.clear();
            r.error = fmt::format("{}: the file is too large (more than {} MiB)", name, kMaxFileBytes >> 20);
            return r;
        }
    }
    return r;
}

}  // namespace

ReadResult read_input(const std::string& path) {
    if (path == "-") return read_fd(STDIN_FILENO, "<stdin>");
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return {{}, fmt::format("{}: cannot open: {}", path, errno_text())};
    struct stat st {};
    ReadResult r;
    if (::fstat(fd, &st) != 0) r.error = fmt::format("{}: cannot stat: {}", path, errno_text());
    else if (S_ISDIR(st.st_mode)) r.error = fmt::format("{}: is a directory, not a model file", path);
    else if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode))
        r.error = fmt::format("{}: is not a regular file", path);
    else if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > kMaxFileBytes)
        r.error = fmt::format("{}: the file is too large ({} bytes; the limit is {} MiB)", path, st.st_size,
                              kMaxFileBytes >> 20);
    else r = read_fd(fd, path);
    ::close(fd);
    return r;
}

namespace {

std::optional<std::string> refuse_inputs(const std::string& path, const std::vector<std::string>& protected_paths) {
    namespace fs = std::filesystem;
    std::error_code ec;
    for (const auto& p : protected_paths)
        if (p != "-" && fs::exists(path, ec) && fs::equivalent(path, p, ec))
            return fmt::format("{}: refusing to overwrite the input file", path);
    return std::nullopt;
}

// Writes the pieces to a new temporary file beside `path`; returns its name or
// an error. `written` counts the bytes for the progress report.
std::pair<std::string, std::optional<std::string>> stage(const std::string& path,
                                                         const std::vector<std::string_view>& pieces,
                                                         Progress& progress, std::size_t& written) {
    namespace fs = std::filesystem;
    fs::path target(path);
    fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string tmp = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    int fd = ::mkstemp(tmp.data());
    if (fd < 0) return {"", fmt::format("{}: cannot create a temporary file: {}", path, errno_text())};
    std::size_t left = 0;
    for (auto piece : pieces) {
        const char* p = piece.data();
        left = piece.size();
        while (left > 0) {
            ssize_t n = ::write(fd, p, std::min<std::size_t>(left, std::size_t{1} << 22));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            p += n;
            left -= static_cast<std::size_t>(n);
            progress.step(written += static_cast<std::size_t>(n));
        }
        if (left > 0) break;
    }
    ::fchmod(fd, 0644);
    bool closed = ::close(fd) == 0;
    if (left > 0 || !closed) {
        std::string msg = fmt::format("{}: cannot write: {}", path, errno_text());
        ::unlink(tmp.c_str());
        return {"", msg};
    }
    return {tmp, std::nullopt};
}

}  // namespace

std::optional<std::string> write_all_atomic(const std::vector<OutputFile>& files,
                                            const std::vector<std::string>& protected_paths) {
    for (const auto& f : files)
        if (auto refused = refuse_inputs(f.path, protected_paths)) return refused;
    std::vector<std::string> temps;
    auto discard = [&temps] {
        for (const auto& t : temps) ::unlink(t.c_str());
    };
    std::size_t total = 0, written = 0;
    for (const auto& f : files)
        for (auto piece : f.pieces) total += piece.size();
    Progress progress("writing", total);
    for (const auto& f : files) {
        auto [tmp, error] = stage(f.path, f.pieces, progress, written);
        if (error) {
            discard();
            return error;
        }
        temps.push_back(tmp);
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (::rename(temps[i].c_str(), files[i].path.c_str()) != 0) {
            std::string msg = fmt::format("{}: cannot write: {}", files[i].path, errno_text());
            temps.erase(temps.begin(), temps.begin() + static_cast<std::ptrdiff_t>(i));
            discard();
            return msg;
        }
    }
    return std::nullopt;
}

std::optional<std::string> write_atomic(const std::string& path, const std::string& content,
                                        const std::vector<std::string>& protected_paths) {
    return write_all_atomic({{path, &content}}, protected_paths);
}

}  // namespace timegraph::core
