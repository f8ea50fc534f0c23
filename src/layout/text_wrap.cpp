#include "layout/text_wrap.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace timegraph::layout {

namespace {

double width_of(std::string_view s, const WrapStyle& st) { return measure::text_width(s, st.font_px, st.style); }

std::size_t next_char(std::string_view s, std::size_t i) {
    std::size_t len = core::utf8_sequence_length(s, i);
    return i + std::max<std::size_t>(len, 1);
}

// Splits a word wider than a line into pieces that fit (at least one character each).
std::vector<std::string> split_word(std::string_view word, double max_width, const WrapStyle& st) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < word.size()) {
        std::size_t end = next_char(word, start);
        while (end < word.size()) {
            std::size_t more = next_char(word, end);
            if (width_of(word.substr(start, more - start), st) > max_width) break;
            end = more;
        }
        out.emplace_back(word.substr(start, end - start));
        start = end;
    }
    return out;
}

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
        std::size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '\n') ++j;
        if (j > i) words.emplace_back(text.substr(i, j - i));
        i = j;
    }
    return words;
}

void add_ellipsis(std::string& line, double max_width, const WrapStyle& st) {
    const std::string ell = "\xE2\x80\xA6";
    while (!line.empty() && width_of(line + ell, st) > max_width) {
        std::size_t cut = 0;  // start of the last character
        for (std::size_t i = 0; i < line.size(); i = next_char(line, i)) cut = i;
        line.erase(cut);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    line += ell;
}

}  // namespace

std::vector<std::string> wrap_text(std::string_view text, double max_width, int max_lines, const WrapStyle& style) {
    std::vector<std::string> lines;
    std::string line;
    for (const auto& word : words_of(text)) {
        std::string candidate = line.empty() ? word : line + " " + word;
        if (width_of(candidate, style) <= max_width) {
            line = std::move(candidate);
            continue;
        }
        if (!line.empty()) lines.push_back(std::move(line));
        line.clear();
        if (width_of(word, style) <= max_width) {
            line = word;
            continue;
        }
        auto pieces = split_word(word, max_width, style);
        for (std::size_t k = 0; k + 1 < pieces.size(); ++k) lines.push_back(std::move(pieces[k]));
        line = std::move(pieces.back());
    }
    if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
    if (max_lines > 0 && static_cast<int>(lines.size()) > max_lines) {
        lines.resize(static_cast<std::size_t>(max_lines));
        add_ellipsis(lines.back(), max_width, style);
    }
    return lines;
}

double widest(const std::vector<std::string>& lines, const WrapStyle& style) {
    double w = 0;
    for (const auto& l : lines) w = std::max(w, width_of(l, style));
    return w;
}

}  // namespace timegraph::layout
