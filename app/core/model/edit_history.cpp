#include "core/model/edit_history.h"

#include <algorithm>
#include <charconv>

#include "core/model/label_set.h"

namespace newsmark {
namespace {

Error unknown_id(std::string_view id) {
  return make_error(ErrorCode::invalid_argument, "no annotation with id '" + std::string(id) + "'");
}

Status check_label(std::string_view label) {
  if (label.empty()) return make_error(ErrorCode::invalid_argument, "a label cannot be empty");
  if (label.size() > 64) return make_error(ErrorCode::invalid_argument, "a label is at most 64 bytes");
  for (const char c : label) {
    if (static_cast<unsigned char>(c) < 0x20) return make_error(ErrorCode::invalid_argument, "a label cannot hold control characters");
  }
  return {};
}

// The next free "u<n>" id.
std::string next_user_id(const AnnotationSet& set) {
  std::size_t next = 1;
  for (const Annotation& a : set.annotations) {
    if (a.id.size() < 2 || a.id[0] != 'u') continue;
    std::size_t n = 0;
    const auto [p, ec] = std::from_chars(a.id.data() + 1, a.id.data() + a.id.size(), n);
    if (ec == std::errc{} && p == a.id.data() + a.id.size()) next = std::max(next, n + 1);
  }
  return "u" + std::to_string(next);
}

bool before(const Annotation& a, ByteSpan s) {
  return a.span.begin != s.begin ? a.span.begin < s.begin : a.span.end >= s.end;
}

std::ptrdiff_t event_index(const AnnotationSet& set, std::string_view id) {
  for (std::size_t k = 0; k < set.timeline.size(); ++k) {
    if (set.timeline[k].id == id) return static_cast<std::ptrdiff_t>(k);
  }
  return -1;
}

// Where an event starting at `start` goes: after the dated events that start no later.
std::size_t event_position(const AnnotationSet& set, const std::string& start) {
  std::size_t k = 0;
  while (k < set.timeline.size() && (set.timeline[k].start.empty() || set.timeline[k].start <= start)) ++k;
  return k;
}

bool is_iso_day_or_coarser(const std::string& s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return false;
  }
  return true;
}

// The next free event id ("t4" after "t3").
std::string next_event_id(const AnnotationSet& set) {
  std::size_t next = 1;
  for (const TimelineEvent& e : set.timeline) {
    std::size_t n = 0;
    if (e.id.size() > 1 && std::from_chars(e.id.data() + 1, e.id.data() + e.id.size(), n).ec == std::errc{}) next = std::max(next, n + 1);
  }
  return "t" + std::to_string(next);
}

}  // namespace

std::size_t EditHistory::sorted_position(const AnnotationSet& set, ByteSpan span) {
  // After every annotation that sorts before or equal: a new one goes last among equals.
  auto it = std::partition_point(set.annotations.begin(), set.annotations.end(),
                                 [&](const Annotation& a) { return before(a, span); });
  return static_cast<std::size_t>(it - set.annotations.begin());
}

Status EditHistory::check_span(std::string_view text, ByteSpan span) {
  if (span.empty()) return make_error(ErrorCode::invalid_offset, "an annotation needs at least one character");
  if (span.end > text.size()) {
    return make_error(ErrorCode::invalid_offset, "span end " + std::to_string(span.end) + " is past the end of the text (" +
                                                     std::to_string(text.size()) + " bytes)");
  }
  auto inside_character = [&](std::uint32_t b) {
    return b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80;
  };
  if (inside_character(span.begin) || inside_character(span.end)) {
    return make_error(ErrorCode::invalid_offset, "a span must start and end between characters");
  }
  return {};
}

void EditHistory::apply(AnnotationSet& set, Op& op) {
  std::visit(
      [&](auto& o) {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, AnnotationInsert>) {
          set.annotations.insert(set.annotations.begin() + static_cast<std::ptrdiff_t>(o.index), o.value);
        } else if constexpr (std::is_same_v<T, AnnotationErase>) {
          set.annotations.erase(set.annotations.begin() + static_cast<std::ptrdiff_t>(o.index));
        } else if constexpr (std::is_same_v<T, AnnotationReplace>) {
          set.annotations[o.index] = o.after;
        } else if constexpr (std::is_same_v<T, RelationErase>) {
          set.relations.erase(set.relations.begin() + static_cast<std::ptrdiff_t>(o.index));
        } else if constexpr (std::is_same_v<T, MentionErase>) {
          auto& m = set.entities[o.entity].mentions;
          m.erase(m.begin() + static_cast<std::ptrdiff_t>(o.position));
        } else if constexpr (std::is_same_v<T, EntityInsert>) {
          set.entities.insert(set.entities.begin() + static_cast<std::ptrdiff_t>(o.index), o.value);
        } else if constexpr (std::is_same_v<T, EntityErase>) {
          set.entities.erase(set.entities.begin() + static_cast<std::ptrdiff_t>(o.index));
        } else if constexpr (std::is_same_v<T, EntityReplace>) {
          set.entities[o.index] = o.after;
        } else if constexpr (std::is_same_v<T, LabelsReplace>) {
          set.labels = o.after;
        } else if constexpr (std::is_same_v<T, EventInsert>) {
          set.timeline.insert(set.timeline.begin() + static_cast<std::ptrdiff_t>(o.index), o.value);
        } else if constexpr (std::is_same_v<T, EventErase>) {
          set.timeline.erase(set.timeline.begin() + static_cast<std::ptrdiff_t>(o.index));
        } else {
          std::swap(set, o.other);
        }
      },
      op);
}

void EditHistory::revert(AnnotationSet& set, Op& op) {
  std::visit(
      [&](auto& o) {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, AnnotationInsert>) {
          set.annotations.erase(set.annotations.begin() + static_cast<std::ptrdiff_t>(o.index));
        } else if constexpr (std::is_same_v<T, AnnotationErase>) {
          set.annotations.insert(set.annotations.begin() + static_cast<std::ptrdiff_t>(o.index), o.value);
        } else if constexpr (std::is_same_v<T, AnnotationReplace>) {
          set.annotations[o.index] = o.before;
        } else if constexpr (std::is_same_v<T, RelationErase>) {
          set.relations.insert(set.relations.begin() + static_cast<std::ptrdiff_t>(o.index), o.value);
        } else if constexpr (std::is_same_v<T, MentionErase>) {
          auto& m = set.entities[o.entity].mentions;
          m.insert(m.begin() + static_cast<std::ptrdiff_t>(o.position), o.id);
        } else if constexpr (std::is_same_v<T, EntityInsert>) {
          set.entities.erase(set.entities.begin() + static_cast<std::ptrdiff_t>(o.index));
        } else if constexpr (std::is_same_v<T, EntityErase>) {
          set.entities.insert(set.entities.begin() + static_cast<std::ptrdiff_t>(o.index), o.value);
        } else if constexpr (std::is_same_v<T, EntityReplace>) {
          set.entities[o.index] = o.before;
        } else if constexpr (std::is_same_v<T, LabelsReplace>) {
          set.labels = o.before;
        } else if constexpr (std::is_same_v<T, EventInsert>) {
          set.timeline.erase(set.timeline.begin() + static_cast<std::ptrdiff_t>(o.index));
        } else if constexpr (std::is_same_v<T, EventErase>) {
          set.timeline.insert(set.timeline.begin() + static_cast<std::ptrdiff_t>(o.index), o.value);
        } else {
          std::swap(set, o.other);
        }
      },
      op);
}

void EditHistory::push(AnnotationSet& set, Step step) {
  for (Op& op : step.ops) apply(set, op);
  undo_.push_back(std::move(step));
  redo_.clear();
}

Result<std::string> EditHistory::add(AnnotationSet& set, std::string_view text, ByteSpan span, std::string_view label) {
  return add(set, text, span, label, {}, std::nullopt);
}

Result<std::string> EditHistory::add(AnnotationSet& set, std::string_view text, ByteSpan span, std::string_view label,
                                     std::vector<Attr> attrs, std::optional<TimelineEvent> event) {
  if (event && (!is_iso_day_or_coarser(event->start) || !is_iso_day_or_coarser(event->end) || event->end < event->start)) {
    return make_error(ErrorCode::invalid_argument, "an event needs a start and an end date (YYYY-MM-DD), the end not before the start");
  }
  if (Status s = check_span(text, span); !s.ok()) return s.error();
  if (Status s = check_label(label); !s.ok()) return s.error();
  Annotation a;
  a.id = next_user_id(set);
  a.span = span;
  a.label = std::string(label);
  a.origin = Origin::user;
  a.status = ReviewStatus::accepted;
  a.confidence = 1.0f;
  a.attrs = std::move(attrs);
  std::string id = a.id;
  Step step{"Add " + std::string(label), {}};
  step.ops.emplace_back(AnnotationInsert{sorted_position(set, span), std::move(a)});
  if (event) {
    event->id = next_event_id(set);
    event->time = id;
    const std::size_t at = event_position(set, event->start);
    step.ops.emplace_back(EventInsert{at, std::move(*event)});
  }
  push(set, std::move(step));
  return id;
}

Status EditHistory::remove(AnnotationSet& set, std::string_view id) {
  const std::ptrdiff_t i = set.index_of(id);
  if (i < 0) return unknown_id(id);
  const Annotation& a = set.annotations[static_cast<std::size_t>(i)];
  Step step{"Delete " + a.label, {}};
  // Relations and mentions first (from the back, so recorded indices stay valid when replayed).
  for (std::size_t r = set.relations.size(); r > 0; --r) {
    const Relation& rel = set.relations[r - 1];
    if (rel.from == id || rel.to == id) step.ops.emplace_back(RelationErase{r - 1, rel});
  }
  for (std::size_t e = 0; e < set.entities.size(); ++e) {
    const auto& m = set.entities[e].mentions;
    for (std::size_t p = m.size(); p > 0; --p) {
      if (m[p - 1] == id) step.ops.emplace_back(MentionErase{e, p - 1, m[p - 1]});
    }
  }
  for (std::size_t k = set.timeline.size(); k > 0; --k) {  // the events it dates
    if (set.timeline[k - 1].time == id) step.ops.emplace_back(EventErase{k - 1, set.timeline[k - 1]});
  }
  step.ops.emplace_back(AnnotationErase{static_cast<std::size_t>(i), a});
  push(set, std::move(step));
  return {};
}

Status EditHistory::relabel(AnnotationSet& set, std::string_view id, std::string_view label) {
  if (Status s = check_label(label); !s.ok()) return s;
  const std::ptrdiff_t i = set.index_of(id);
  if (i < 0) return unknown_id(id);
  Annotation after = set.annotations[static_cast<std::size_t>(i)];
  after.label = std::string(label);
  after.status = ReviewStatus::accepted;
  Step step{"Relabel as " + std::string(label), {}};
  step.ops.emplace_back(AnnotationReplace{static_cast<std::size_t>(i), set.annotations[static_cast<std::size_t>(i)], std::move(after)});
  push(set, std::move(step));
  return {};
}

Status EditHistory::resize(AnnotationSet& set, std::string_view text, std::string_view id, ByteSpan span) {
  if (Status s = check_span(text, span); !s.ok()) return s;
  const std::ptrdiff_t i = set.index_of(id);
  if (i < 0) return unknown_id(id);
  Annotation moved = set.annotations[static_cast<std::size_t>(i)];
  Step step{"Resize " + moved.label, {}};
  step.ops.emplace_back(AnnotationErase{static_cast<std::size_t>(i), moved});
  moved.span = span;
  moved.status = ReviewStatus::accepted;
  // Where it goes once it is out of the list.
  const auto& list = set.annotations;
  auto it = std::partition_point(list.begin(), list.end(), [&](const Annotation& a) { return before(a, span); });
  std::size_t to = static_cast<std::size_t>(it - list.begin());
  if (to > static_cast<std::size_t>(i)) --to;  // the list is one shorter after the erase
  step.ops.emplace_back(AnnotationInsert{to, std::move(moved)});
  push(set, std::move(step));
  return {};
}

Status EditHistory::set_status(AnnotationSet& set, std::string_view id, ReviewStatus status) {
  const std::ptrdiff_t i = set.index_of(id);
  if (i < 0) return unknown_id(id);
  const Annotation& a = set.annotations[static_cast<std::size_t>(i)];
  if (a.status == status) return {};
  Annotation after = a;
  after.status = status;
  Step step{std::string(status == ReviewStatus::accepted ? "Accept " : status == ReviewStatus::rejected ? "Reject " : "Reopen ") + a.label, {}};
  step.ops.emplace_back(AnnotationReplace{static_cast<std::size_t>(i), a, std::move(after)});
  push(set, std::move(step));
  return {};
}

Result<std::size_t> EditHistory::set_status_all(AnnotationSet& set, std::string_view label, ReviewStatus from,
                                                ReviewStatus to) {
  Step step{std::string(to == ReviewStatus::accepted ? "Accept all " : to == ReviewStatus::rejected ? "Reject all " : "Reopen all ") +
                (label.empty() ? std::string("suggestions") : std::string(label)),
            {}};
  for (std::size_t i = 0; i < set.annotations.size(); ++i) {
    const Annotation& a = set.annotations[i];
    if (a.status != from || (!label.empty() && a.label != label)) continue;
    Annotation after = a;
    after.status = to;
    step.ops.emplace_back(AnnotationReplace{i, a, std::move(after)});
  }
  const std::size_t n = step.ops.size();
  if (n > 0) push(set, std::move(step));
  return n;
}

Status EditHistory::set_note(AnnotationSet& set, std::string_view id, std::string note) {
  const std::ptrdiff_t i = set.index_of(id);
  if (i < 0) return unknown_id(id);
  Annotation after = set.annotations[static_cast<std::size_t>(i)];
  after.note = std::move(note);
  Step step{"Note on " + after.label, {}};
  step.ops.emplace_back(AnnotationReplace{static_cast<std::size_t>(i), set.annotations[static_cast<std::size_t>(i)], std::move(after)});
  push(set, std::move(step));
  return {};
}

std::ptrdiff_t EditHistory::entity_index(const AnnotationSet& set, std::string_view id) {
  for (std::size_t e = 0; e < set.entities.size(); ++e) {
    if (set.entities[e].id == id) return static_cast<std::ptrdiff_t>(e);
  }
  return -1;
}

Status EditHistory::rename_entity(AnnotationSet& set, std::string_view entity_id, std::string name) {
  const std::ptrdiff_t e = entity_index(set, entity_id);
  if (e < 0) return make_error(ErrorCode::invalid_argument, "no entity with id '" + std::string(entity_id) + "'");
  if (name.empty()) return make_error(ErrorCode::invalid_argument, "an entity needs a name");
  Entity after = set.entities[static_cast<std::size_t>(e)];
  after.name = std::move(name);
  Step step{"Rename " + set.entities[static_cast<std::size_t>(e)].name, {}};
  step.ops.emplace_back(EntityReplace{static_cast<std::size_t>(e), set.entities[static_cast<std::size_t>(e)], std::move(after)});
  push(set, std::move(step));
  return {};
}

Status EditHistory::merge_entities(AnnotationSet& set, std::string_view into, std::string_view from) {
  const std::ptrdiff_t ti = entity_index(set, into), fi = entity_index(set, from);
  if (ti < 0 || fi < 0) return make_error(ErrorCode::invalid_argument, "no entity with id '" + std::string(ti < 0 ? into : from) + "'");
  if (ti == fi) return make_error(ErrorCode::invalid_argument, "an entity cannot be merged into itself");
  const Entity& target = set.entities[static_cast<std::size_t>(ti)];
  const Entity& source = set.entities[static_cast<std::size_t>(fi)];
  Step step{"Merge " + source.name + " into " + target.name, {}};
  // Mentions join the target in text order.
  Entity merged = target;
  merged.mentions.insert(merged.mentions.end(), source.mentions.begin(), source.mentions.end());
  std::stable_sort(merged.mentions.begin(), merged.mentions.end(), [&](const std::string& a, const std::string& b) {
    return set.index_of(a) < set.index_of(b);
  });
  // Every attribute naming the old entity names the new one.
  for (std::size_t i = 0; i < set.annotations.size(); ++i) {
    const Annotation& a = set.annotations[i];
    bool refers = false;
    for (const Attr& at : a.attrs) refers = refers || ((at.key == "entity" || at.key == "speaker_entity" || at.key == "org") && at.value == source.id);
    if (!refers) continue;
    Annotation after = a;
    for (Attr& at : after.attrs) {
      if ((at.key == "entity" || at.key == "speaker_entity" || at.key == "org") && at.value == source.id) at.value = target.id;
    }
    step.ops.emplace_back(AnnotationReplace{i, a, std::move(after)});
  }
  step.ops.emplace_back(EntityReplace{static_cast<std::size_t>(ti), target, std::move(merged)});
  step.ops.emplace_back(EntityErase{static_cast<std::size_t>(fi), source});
  push(set, std::move(step));
  return {};
}

Result<std::string> EditHistory::split_mention(AnnotationSet& set, std::string_view annotation_id) {
  const std::ptrdiff_t ai = set.index_of(annotation_id);
  if (ai < 0) return unknown_id(annotation_id);
  const Annotation& a = set.annotations[static_cast<std::size_t>(ai)];
  const std::string* ent = a.attr("entity");
  const std::ptrdiff_t ei = ent != nullptr ? entity_index(set, *ent) : -1;
  if (ei < 0) return make_error(ErrorCode::invalid_argument, "annotation '" + std::string(annotation_id) + "' names no entity");
  const Entity& old = set.entities[static_cast<std::size_t>(ei)];
  if (old.mentions.size() < 2) return make_error(ErrorCode::invalid_argument, "a single mention is already its own entity");
  // The new entity's id: one past the largest "e<n>".
  std::size_t next = 1;
  for (const Entity& e : set.entities) {
    std::size_t n = 0;
    if (e.id.size() > 1 && std::from_chars(e.id.data() + 1, e.id.data() + e.id.size(), n).ec == std::errc{}) next = std::max(next, n + 1);
  }
  Entity fresh;
  fresh.id = "e" + std::to_string(next);
  fresh.label = a.label;
  fresh.mentions.push_back(a.id);
  Step step{"Split " + old.name, {}};
  Entity rest = old;
  rest.mentions.erase(std::remove(rest.mentions.begin(), rest.mentions.end(), a.id), rest.mentions.end());
  fresh.name = old.name;  // the reader renames it next
  step.ops.emplace_back(EntityReplace{static_cast<std::size_t>(ei), old, std::move(rest)});
  Annotation after = a;
  after.set_attr("entity", fresh.id);
  step.ops.emplace_back(AnnotationReplace{static_cast<std::size_t>(ai), a, std::move(after)});
  std::string id = fresh.id;
  step.ops.emplace_back(EntityInsert{set.entities.size(), std::move(fresh)});
  push(set, std::move(step));
  return id;
}

Status EditHistory::set_labels(AnnotationSet& set, std::vector<LabelDef> labels) {
  bool hotkey_used[128] = {};
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const LabelDef& l = labels[i];
    if (Status s = check_label(l.name); !s.ok()) return s;
    int r = 0, g = 0, b = 0;
    if (!parse_hex_color(l.color, r, g, b)) {
      return make_error(ErrorCode::invalid_argument, "label " + l.name + ": colour '" + l.color + "' is not #rrggbb");
    }
    if (l.hotkey != 0 && !valid_hotkey(l.hotkey)) {
      return make_error(ErrorCode::invalid_argument, "label " + l.name + ": the key must be 1-9 or a letter other than A, N, P, R");
    }
    if (l.hotkey > 0 && hotkey_used[l.hotkey]) {
      return make_error(ErrorCode::invalid_argument, "key " + hotkey_name(l.hotkey) + " is used twice");
    }
    hotkey_used[l.hotkey] = l.hotkey > 0;
    for (std::size_t j = 0; j < i; ++j) {
      if (labels[j].name == l.name) return make_error(ErrorCode::invalid_argument, "label " + l.name + " is listed twice");
    }
  }
  if (labels == set.labels) return {};
  // Consecutive label changes (a colour dragged in the picker) are one step.
  if (!undo_.empty() && undo_.back().name == "Change labels" && undo_.back().ops.size() == 1 &&
      std::holds_alternative<LabelsReplace>(undo_.back().ops[0])) {
    auto& op = std::get<LabelsReplace>(undo_.back().ops[0]);
    op.after = labels;
    set.labels = std::move(labels);
    redo_.clear();
    return {};
  }
  Step step{"Change labels", {}};
  step.ops.emplace_back(LabelsReplace{set.labels, std::move(labels)});
  push(set, std::move(step));
  return {};
}


Result<std::string> EditHistory::add_event(AnnotationSet& set, TimelineEvent event) {
  if (!is_iso_day_or_coarser(event.start) || !is_iso_day_or_coarser(event.end)) {
    return make_error(ErrorCode::invalid_argument, "an event needs a start and an end date (YYYY-MM-DD)");
  }
  if (event.end < event.start) return make_error(ErrorCode::invalid_argument, "an event cannot end before it starts");
  event.id = next_event_id(set);
  std::string id = event.id;
  Step step{"Add event", {}};
  const std::size_t at = event_position(set, event.start);
  step.ops.emplace_back(EventInsert{at, std::move(event)});
  push(set, std::move(step));
  return id;
}

Status EditHistory::remove_event(AnnotationSet& set, std::string_view event_id) {
  const std::ptrdiff_t k = event_index(set, event_id);
  if (k < 0) return make_error(ErrorCode::invalid_argument, "no timeline event with id '" + std::string(event_id) + "'");
  Step step{"Remove event", {}};
  step.ops.emplace_back(EventErase{static_cast<std::size_t>(k), set.timeline[static_cast<std::size_t>(k)]});
  push(set, std::move(step));
  return {};
}

Status EditHistory::move_event(AnnotationSet& set, std::string_view event_id, std::string value, std::string start,
                               std::string end) {
  const std::ptrdiff_t k = event_index(set, event_id);
  if (k < 0) return make_error(ErrorCode::invalid_argument, "no timeline event with id '" + std::string(event_id) + "'");
  if (!is_iso_day_or_coarser(start) || !is_iso_day_or_coarser(end) || end < start) {
    return make_error(ErrorCode::invalid_argument, "a moved event needs dates YYYY-MM-DD, the end not before the start");
  }
  const TimelineEvent& old = set.timeline[static_cast<std::size_t>(k)];
  TimelineEvent moved = old;
  moved.value = value;
  moved.start = start;
  moved.end = end;
  moved.certain = true;  // the reader placed it
  Step step{"Move event", {}};
  // The time expression carries the new value too.
  const std::ptrdiff_t ai = old.time.empty() ? -1 : set.index_of(old.time);
  if (ai >= 0) {
    const Annotation& a = set.annotations[static_cast<std::size_t>(ai)];
    Annotation after = a;
    after.set_attr("value", value);
    after.set_attr("start", start);
    after.set_attr("end", end);
    after.attrs.erase(std::remove_if(after.attrs.begin(), after.attrs.end(), [](const Attr& x) { return x.key == "certain"; }),
                      after.attrs.end());
    after.status = ReviewStatus::accepted;
    step.ops.emplace_back(AnnotationReplace{static_cast<std::size_t>(ai), a, std::move(after)});
  }
  step.ops.emplace_back(EventErase{static_cast<std::size_t>(k), old});
  // Its new place in the list without it.
  std::size_t to = event_position(set, start);
  if (static_cast<std::size_t>(k) < to) --to;
  step.ops.emplace_back(EventInsert{to, std::move(moved)});
  push(set, std::move(step));
  return {};
}

void EditHistory::replace_all(AnnotationSet& set, AnnotationSet next, std::string name) {
  Step step{std::move(name), {}};
  step.ops.emplace_back(WholeSet{std::move(next)});
  push(set, std::move(step));
}

const std::string& EditHistory::undo_name() const {
  static const std::string none;
  return undo_.empty() ? none : undo_.back().name;
}

const std::string& EditHistory::redo_name() const {
  static const std::string none;
  return redo_.empty() ? none : redo_.back().name;
}

bool EditHistory::undo(AnnotationSet& set) {
  if (undo_.empty()) return false;
  Step step = std::move(undo_.back());
  undo_.pop_back();
  for (std::size_t k = step.ops.size(); k > 0; --k) revert(set, step.ops[k - 1]);
  redo_.push_back(std::move(step));
  return true;
}

bool EditHistory::redo(AnnotationSet& set) {
  if (redo_.empty()) return false;
  Step step = std::move(redo_.back());
  redo_.pop_back();
  for (Op& op : step.ops) apply(set, op);
  undo_.push_back(std::move(step));
  return true;
}

void EditHistory::clear() {
  undo_.clear();
  redo_.clear();
}

}  // namespace newsmark
