// The page templates (templates/*.html, *.css, *.js), compiled into the
// binary at build time; a folder given at run time overrides them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace timegraph::page {

// The embedded template with this file name, if there is one.
std::optional<std::string_view> embedded_template(std::string_view name);

}  // namespace timegraph::page
