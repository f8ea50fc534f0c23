// File input and output with the project's guarantees: inputs are bounded in
// size and must be regular files (or stdin); outputs are written atomically,
// so a failed run never leaves a partial file or clobbers the input.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace timegraph::core {

struct ReadResult {
    std::string text;
    std::optional<std::string> error;  // set when the file could not be read
};

// Reads a model file, or standard input for "-", refusing directories,
// devices and anything larger than kMaxFileBytes without reading it all.
ReadResult read_input(const std::string& path);

// Writes through a temporary file in the same folder and renames it into
// place. Refuses to write over any of `protected_paths` (the inputs).
// Returns an error message, or nothing on success.
std::optional<std::string> write_atomic(const std::string& path, const std::string& content,
                                        const std::vector<std::string>& protected_paths = {});

// Writes several files as one: every file goes to a temporary name first, and
// only when all are written are they renamed into place. A failure leaves
// every earlier file as it was.
struct OutputFile {
    std::string path;
    std::vector<std::string_view> pieces;  // the content, written in order

    OutputFile(std::string p, const std::string* content) : path(std::move(p)), pieces{*content} {}
    OutputFile(std::string p, std::vector<std::string_view> parts) : path(std::move(p)), pieces(std::move(parts)) {}
};
std::optional<std::string> write_all_atomic(const std::vector<OutputFile>& files,
                                            const std::vector<std::string>& protected_paths = {});

}  // namespace timegraph::core
