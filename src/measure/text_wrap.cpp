#include "measure/text_wrap.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace timegraph::measure {

namespace {

const char* const kEllipsis = "\xE2\x80\xA6";

// A word (or part of one) and its width in font units.
struct Word {
    std::string text;
    long units = 0;
};

// Splits a word that is wider than max_width between code points.
void break_word(std::string_view word, double px, Style style, double max_width, std::vector<Word>& out) {
    Word part;
    for (std::size_t i = 0; i < word.size();) {
        std::size_t len = std::max<std::size_t>(1, core::utf8_sequence_length(word, i));
        std::string_view cp = word.substr(i, len);
        long units = text_units(cp, style);
        if (!part.text.empty() && units_to_px(part.units + units, px, style) > max_width) {
            out.push_back(std::move(part));
            part = Word{};
        }
        part.text += cp;
        part.units += units;
        i += len;
    }
    out.push_back(std::move(part));
}

std::vector<Word> words_of(std::string_view text, double px, Style style, double max_width) {
    std::vector<Word> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        std::size_t j = text.find(' ', i);
        if (j == std::string_view::npos) j = text.size();
        if (j > i) {
            std::string_view word = text.substr(i, j - i);
            long units = text_units(word, style);
            if (units_to_px(units, px, style) > max_width)
                break_word(word, px, style, max_width, words);
            else
                words.push_back({std::string(word), units});
        }
        i = j;
    }
    return words;
}

// Shortens the last line so that it ends in an ellipsis within max_width.
void add_ellipsis(std::string& line, double px, Style style, double max_width) {
    const long ellipsis = text_units(kEllipsis, style);
    long units = text_units(line, style);
    while (!line.empty() && units_to_px(units + ellipsis, px, style) > max_width) {
        std::size_t cut = line.size() - 1;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        units -= text_units(std::string_view(line).substr(cut), style);
        line.erase(cut);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    line += kEllipsis;
}

}  // namespace

// DejaVu Sans ascends 0.93 em; the line box adds the rest of 1.2 em below the descent.
double baseline(double top, double font_px) { return top + font_px * 0.93; }

std::vector<std::string> wrap_text(std::string_view text, double font_px, Style style, double max_width,
                                   int max_lines) {
    std::vector<std::string> lines;
    long line_units = 0;
    const long space = text_units(" ", style);
    bool cut = false;
    for (auto& word : words_of(text, font_px, style, max_width)) {
        if (!lines.empty() && units_to_px(line_units + space + word.units, font_px, style) <= max_width) {
            lines.back() += ' ';
            lines.back() += word.text;
            line_units += space + word.units;
        } else if (max_lines > 0 && static_cast<int>(lines.size()) == max_lines) {
            cut = true;
            break;
        } else {
            lines.push_back(std::move(word.text));
            line_units = word.units;
        }
    }
    if (cut) add_ellipsis(lines.back(), font_px, style, max_width);
    if (lines.empty() && !text.empty()) lines.emplace_back();
    return lines;
}

}  // namespace timegraph::measure
