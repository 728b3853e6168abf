// Every change the reader makes to an AnnotationSet, as one step on an undo/redo stack: add,
// remove, relabel, resize, accept or reject (one, or every suggestion of a label), note, and
// replacing the whole set (a re-analysis or an import). The UI changes the model only through
// here, so undo is exact and free for every feature built on it.
//
// Each step records primitive operations (insert, erase or replace an annotation at an index;
// insert or erase a relation or an entity mention; swap the whole set) with what they
// overwrote, and undo plays them backwards. Annotations stay in text order (begin, then longer
// first). Removing an annotation also removes its relations and its place among its entity's
// mentions. Invalid edits (an unknown id, a span outside the text or inside a UTF-8 sequence,
// an empty label) are refused with a message and change nothing.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/model/annotation.h"
#include "core/model/result.h"

namespace newsmark {

class EditHistory {
 public:
  // Adds a user annotation (origin user, accepted, confidence 1); returns its new id ("u3").
  [[nodiscard]] Result<std::string> add(AnnotationSet& set, std::string_view text, ByteSpan span,
                                        std::string_view label);
  // The same with its attributes (a date's TIMEX3 value and interval) and, when `event` is
  // given, the annotation's timeline event (its `time` becomes the new id), as one step.
  [[nodiscard]] Result<std::string> add(AnnotationSet& set, std::string_view text, ByteSpan span, std::string_view label,
                                        std::vector<Attr> attrs, std::optional<TimelineEvent> event = std::nullopt);
  // Removing an annotation also removes the timeline events it dates.
  [[nodiscard]] Status remove(AnnotationSet& set, std::string_view id);
  // A relabelled or resized annotation counts as reviewed: its status becomes accepted.
  [[nodiscard]] Status relabel(AnnotationSet& set, std::string_view id, std::string_view label);
  [[nodiscard]] Status resize(AnnotationSet& set, std::string_view text, std::string_view id, ByteSpan span);
  [[nodiscard]] Status set_status(AnnotationSet& set, std::string_view id, ReviewStatus status);
  // Every annotation of `label` (all labels when empty) whose status is `from` gets `to`, as
  // one step; returns how many changed (0 adds no step).
  [[nodiscard]] Result<std::size_t> set_status_all(AnnotationSet& set, std::string_view label, ReviewStatus from,
                                                   ReviewStatus to);
  [[nodiscard]] Status set_note(AnnotationSet& set, std::string_view id, std::string note);
  // Entities: a new canonical name; `from` joins `into` (its mentions and every reference to
  // it move over, `from` goes); one mention leaves its entity for a new one of its own.
  [[nodiscard]] Status rename_entity(AnnotationSet& set, std::string_view entity_id, std::string name);
  [[nodiscard]] Status merge_entities(AnnotationSet& set, std::string_view into, std::string_view from);
  [[nodiscard]] Result<std::string> split_mention(AnnotationSet& set, std::string_view annotation_id);
  // The label set (colours, hotkeys, new labels) as a whole. Names must be unique and not
  // empty, colours "#rrggbb", keys valid (label_set.h) with none used twice. Consecutive label
  // changes make one step (dragging a colour is many changes, undone at once).
  [[nodiscard]] Status set_labels(AnnotationSet& set, std::vector<LabelDef> labels);
  // Timeline events: add one (kept in time order; its id is made unique), remove one, or move
  // one to a new value and interval — the time expression it comes from moves with it.
  [[nodiscard]] Result<std::string> add_event(AnnotationSet& set, TimelineEvent event);
  [[nodiscard]] Status remove_event(AnnotationSet& set, std::string_view event_id);
  [[nodiscard]] Status move_event(AnnotationSet& set, std::string_view event_id, std::string value, std::string start,
                                  std::string end);
  // Replaces everything (re-analysis, import) as one undoable step.
  void replace_all(AnnotationSet& set, AnnotationSet next, std::string name);

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  // What undo / redo would do, for the menu: "Add PERSON", "Accept all DATE".
  const std::string& undo_name() const;
  const std::string& redo_name() const;
  std::size_t undo_depth() const { return undo_.size(); }
  std::size_t redo_depth() const { return redo_.size(); }
  bool undo(AnnotationSet& set);
  bool redo(AnnotationSet& set);
  // Forgets every step (a new document).
  void clear();

 private:
  struct AnnotationInsert {
    std::size_t index;
    Annotation value;
  };
  struct AnnotationErase {
    std::size_t index;
    Annotation value;
  };
  struct AnnotationReplace {
    std::size_t index;
    Annotation before, after;
  };
  struct RelationErase {
    std::size_t index;
    Relation value;
  };
  struct MentionErase {
    std::size_t entity, position;
    std::string id;
  };
  struct EntityInsert {
    std::size_t index;
    Entity value;
  };
  struct EntityErase {
    std::size_t index;
    Entity value;
  };
  struct EntityReplace {
    std::size_t index;
    Entity before, after;
  };
  struct EventInsert {
    std::size_t index;
    TimelineEvent value;
  };
  struct EventErase {
    std::size_t index;
    TimelineEvent value;
  };
  struct LabelsReplace {
    std::vector<LabelDef> before, after;
  };
  struct WholeSet {
    AnnotationSet other;  // the set to swap in
  };
  using Op = std::variant<AnnotationInsert, AnnotationErase, AnnotationReplace, RelationErase, MentionErase,
                          EntityInsert, EntityErase, EntityReplace, EventInsert, EventErase, LabelsReplace, WholeSet>;
  struct Step {
    std::string name;
    std::vector<Op> ops;
  };

  static void apply(AnnotationSet& set, Op& op);
  static void revert(AnnotationSet& set, Op& op);
  void push(AnnotationSet& set, Step step);
  static std::size_t sorted_position(const AnnotationSet& set, ByteSpan span);
  static Status check_span(std::string_view text, ByteSpan span);
  static std::ptrdiff_t entity_index(const AnnotationSet& set, std::string_view id);

  std::vector<Step> undo_, redo_;
};

}  // namespace newsmark
