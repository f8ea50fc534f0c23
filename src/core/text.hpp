// Small text utilities shared by every stage: UTF-8 validation and column
// counting, trimming and splitting, and did-you-mean suggestions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace timegraph::core {

// Length of the well-formed UTF-8 sequence starting at s[i], or 0 if the bytes
// there are not well-formed UTF-8 (overlong forms and surrogates are rejected).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

// Decodes the code point at s[i]; the caller has checked it is well-formed.
char32_t utf8_decode(std::string_view s, std::size_t i);

// Number of code points in s[0, byte_offset): a 0-based column.
int column_of(std::string_view s, std::size_t byte_offset);

// A copy safe to print on a terminal: invalid bytes and control characters
// (other than tab) become U+FFFD.
std::string printable(std::string_view s);

std::string_view trim(std::string_view s);

// Splits on commas, trims each item and drops empty items.
std::vector<std::string> split_list(std::string_view s);

// Levenshtein distance over bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

// 12345 as "12,345", whatever the locale: counts in what a reader sees.
std::string thousands(std::size_t n);

// The closest candidate within a small edit distance, or "" when none is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace timegraph::core
