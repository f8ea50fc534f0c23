// Hard limits on input, each with a clear error when crossed. They keep a
// hostile or broken file from exhausting memory or time.
#pragma once

#include <cstddef>

namespace timegraph::core {

inline constexpr std::size_t kMaxFileBytes = 64u << 20;   // 64 MiB of model text
inline constexpr std::size_t kMaxLineBytes = 64u << 10;   // 64 KiB on one line
inline constexpr std::size_t kMaxEvents = 500'000;
inline constexpr std::size_t kMaxLinks = 1'000'000;
inline constexpr std::size_t kMaxValueChars = 4'000;      // one title, note, quote...
inline constexpr std::size_t kMaxSuggestions = 100;       // did-you-mean searches per file

}  // namespace timegraph::core
