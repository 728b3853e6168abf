// What the reader asked the canvas to do, for the App to carry out as commands on the undo
// stack (core/model/edit_history.h). The canvas only reads the model; it never changes it.
#pragma once

#include <string>
#include <utility>

#include "core/model/annotation.h"

namespace newsmark::ui {

struct CanvasAction {
  enum class Kind {
    add,            // annotate `span` with `label`
    remove,         // delete annotation `id`
    relabel,        // give annotation `id` the label `label`
    resize,         // move annotation `id` to `span`
    set_status,     // annotation `id` gets `status`
    set_status_all, // every suggestion labelled `label` gets `status`
    set_note,       // annotation `id` gets the note `label`
    rename_entity,  // entity `id` is called `label`
    merge_entities, // entity `label` joins entity `id`
    split_mention,  // annotation `id` leaves its entity for a new one
    select,         // select annotation `id` and scroll to `span` (no change to the model)
    move_event,     // timeline event `id` gets value `label` and interval [start, end)
    remove_event,   // timeline event `id` leaves the timeline
    add_event       // the time expression `id` gets an event on the timeline
  };
  Kind kind = Kind::add;
  std::string id;
  std::string label;
  ByteSpan span;
  ReviewStatus status = ReviewStatus::accepted;
  std::string start, end;  // move_event: ISO dates

  static CanvasAction make(Kind kind, std::string id, std::string label, ByteSpan span, ReviewStatus status) {
    CanvasAction a;
    a.kind = kind;
    a.id = std::move(id);
    a.label = std::move(label);
    a.span = span;
    a.status = status;
    return a;
  }
};

}  // namespace newsmark::ui
