#include "page/templates.hpp"

namespace timegraph::page {

namespace {

struct EmbeddedTemplate {
    const char* name;
    const unsigned char* bytes;
    unsigned long size;
};

#include "templates.inc"

}  // namespace

std::optional<std::string_view> embedded_template(std::string_view name) {
    for (const EmbeddedTemplate* t = kEmbeddedTemplates; t->name; ++t)
        if (name == t->name) return std::string_view(reinterpret_cast<const char*>(t->bytes), t->size);
    return std::nullopt;
}

}  // namespace timegraph::page
