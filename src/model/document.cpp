#include "model/document.hpp"

namespace timegraph::model {

const char* to_string(Status s) {
    switch (s) {
    case Status::happened: return "happened";
    case Status::expected: return "expected";
    case Status::uncertain: return "uncertain";
    }
    return "happened";
}

const char* to_string(LinkKind k) {
    switch (k) {
    case LinkKind::causes: return "causes";
    case LinkKind::enables: return "enables";
    case LinkKind::blocks: return "blocks";
    case LinkKind::elided: return "elided";
    }
    return "causes";
}

const char* arrow(LinkKind k) {
    switch (k) {
    case LinkKind::causes: return "->";
    case LinkKind::enables: return "~>";
    case LinkKind::blocks: return "-|";
    case LinkKind::elided: return "..>";
    }
    return "->";
}

const std::string& Document::line_text(int line) const {
    static const std::string empty;
    return line >= 1 && line <= static_cast<int>(lines.size()) ? lines[line - 1] : empty;
}

int Document::find_event(const std::string& id) const {
    for (std::size_t i = 0; i < events.size(); ++i)
        if (events[i].id == id) return static_cast<int>(i);
    return -1;
}

int Document::find_lane(const std::string& id) const {
    for (std::size_t i = 0; i < lanes.size(); ++i)
        if (lanes[i].id == id) return static_cast<int>(i);
    return -1;
}

}  // namespace timegraph::model
