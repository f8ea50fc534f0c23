// The page as `timegraph serve` shows it while a model is being written: the
// same page plus one reload script, and, while the model has errors, a page
// of its diagnostics with the same script, so that the next save recovers.
// The reload script is the only exception to the page's CSP: its own hash in
// script-src, and connect-src 'self' for its Server-Sent Events channel.
#pragma once

#include <string>
#include <string_view>

namespace timegraph::page {

struct PagePieces;

// The script-src sources of a page with `script` and the reload script
// `live`, and connect-src 'self', as the value of the template's
// `script-src '{{{script_hash}}}'` (its quotes close and reopen around them).
std::string live_script_sources(std::string_view script, std::string_view live);

// Adds <script>live</script> before the page's </body>.
void add_live_script(PagePieces& page, std::string_view live);

// A page of the model's diagnostics (escaped; each with its source line and
// caret, as `check` prints them), with the reload script.
std::string live_error_page(std::string_view title, std::string_view diagnostics, std::string_view live);

}  // namespace timegraph::page
