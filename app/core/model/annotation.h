// The annotation model of design.md: annotations over byte spans of a Document's text, the
// entities they name, relations between them, and the set of all of it for one author.
//
// Spans are [begin, end) byte offsets inside; io/ converts them to code points for every file.
// Labels are strings so users can add their own; the engine's labels are in `labels::`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsmark {

struct ByteSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;  // exclusive
  std::uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool overlaps(ByteSpan o) const { return begin < o.end && o.begin < end; }
  bool contains(ByteSpan o) const { return begin <= o.begin && o.end <= end; }
  friend bool operator==(ByteSpan, ByteSpan) = default;
};

namespace labels {
inline constexpr std::string_view kPerson = "PERSON";
inline constexpr std::string_view kOrg = "ORG";
inline constexpr std::string_view kGpe = "GPE";      // countries, cities, states
inline constexpr std::string_view kLoc = "LOC";      // other places
inline constexpr std::string_view kNorp = "NORP";    // nationalities, religious and political groups
inline constexpr std::string_view kDate = "DATE";
inline constexpr std::string_view kTime = "TIME";
inline constexpr std::string_view kDuration = "DURATION";
inline constexpr std::string_view kSet = "SET";
inline constexpr std::string_view kCardinal = "CARDINAL";
inline constexpr std::string_view kQuantity = "QUANTITY";
inline constexpr std::string_view kMoney = "MONEY";
inline constexpr std::string_view kPercent = "PERCENT";
inline constexpr std::string_view kQuote = "QUOTE";
inline constexpr std::string_view kCue = "CUE";
inline constexpr std::string_view kSource = "SOURCE";
inline constexpr std::string_view kHedge = "HEDGE";
inline constexpr std::string_view kClaim = "CLAIM";
inline constexpr std::string_view kEvent = "EVENT";
}  // namespace labels

enum class Origin : std::uint8_t { automatic, user };
enum class ReviewStatus : std::uint8_t { suggested, accepted, rejected };

const char* origin_name(Origin origin);  // "auto" | "user"
const char* status_name(ReviewStatus status);  // "suggested" | "accepted" | "rejected"

struct Attr {
  std::string key;
  std::string value;
  friend bool operator==(const Attr&, const Attr&) = default;
};

// Confidence is kept in thousandths, the precision every format writes: readers and writers pass
// it through this, so a file read, written and read again says the same.
double confidence_in_thousandths(double confidence);

struct Annotation {
  std::string id;  // stable within its set: "a12"
  ByteSpan span;
  std::string label;
  std::vector<Attr> attrs;  // small, ordered as written
  Origin origin = Origin::automatic;
  ReviewStatus status = ReviewStatus::suggested;
  float confidence = 1.0f;
  std::string note;

  const std::string* attr(std::string_view key) const;
  void set_attr(std::string_view key, std::string value);
  friend bool operator==(const Annotation&, const Annotation&) = default;
  // Appends an attribute known not to be there yet, built in place (the engine's hot path).
  void add_attr(std::string_view key, std::string_view value) {
    Attr& a = attrs.emplace_back();
    a.key.assign(key);
    a.value.assign(value);
  }
};

// Mentions that name the same thing ("Antony Blinken", "Blinken").
struct Entity {
  std::string id;    // "e3"
  std::string name;  // canonical name
  std::string label;
  std::vector<std::string> mentions;  // annotation ids, in text order
  friend bool operator==(const Entity&, const Entity&) = default;
};

struct Relation {
  std::string id;
  std::string type;  // "speaker-of", "same-as", "anchors-event" ...
  std::string from;  // annotation id
  std::string to;
  friend bool operator==(const Relation&, const Relation&) = default;
};

// A dated event: a time expression anchored on the calendar, the clause it dates, and the
// entities named in that clause. Or an undated event the text orders against a dated one
// ("two days after the protest"): no time expression, `relation` and `anchor` say where it
// goes, and `start`/`end` are filled only when the text gives the distance (`offset`).
struct TimelineEvent {
  std::string id;           // "t1"
  std::string time;         // id of the time expression's annotation; empty when undated
  std::string value;        // its TIMEX3 value
  std::string start, end;   // its interval, ISO dates, end exclusive
  std::string granularity;  // day, week, month, quarter, season, year, decade, time
  ByteSpan event;           // the clause it dates
  std::vector<std::string> entities;  // entity ids named in the clause
  bool certain = true;
  std::string relation;     // undated events: "before" | "after" their anchor
  std::string anchor;       // undated events: id of the dated event they are ordered against
  std::string offset;       // undated events: TIMEX3 duration between them ("P2D"), if given
  friend bool operator==(const TimelineEvent&, const TimelineEvent&) = default;
};

// A label of the set the annotations use: its colour ("#rrggbb") and key: 1-9 for a number
// key, the letter's code ('B'...'Z') for a letter key (label_set.h says which), 0 for none.
struct LabelDef {
  std::string name;
  std::string color;
  int hotkey = 0;
  friend bool operator==(const LabelDef&, const LabelDef&) = default;
};

// Who speaks in a document and how often, and how it is sourced (core/sources/sourcing_summary.h).
struct SpeakerCount {
  std::string entity;  // entity id; empty for an unnamed source
  std::string name;    // the entity's name, or the source's own words ("officials")
  std::string kind;    // the source kind: named-person, named-org, unnamed-member, anonymous, document
  std::uint32_t quotes = 0;  // direct, partial and indirect quotes attributed to it
  friend bool operator==(const SpeakerCount&, const SpeakerCount&) = default;
};

struct SourcingSummary {
  std::uint32_t quotes = 0;  // direct + partial + indirect (scare quotes are not speech)
  std::uint32_t direct = 0, partial = 0, indirect = 0, scare = 0;
  std::uint32_t unattributed_quotes = 0;  // direct and partial quotes with no speaker
  // Distinct sources by kind (a person quoted five times counts once).
  std::uint32_t named_sources = 0, unnamed_member_sources = 0, anonymous_sources = 0, document_sources = 0;
  double quoted_share = 0;  // share of the text's characters inside direct and partial quotes
  std::uint32_t words = 0;
  std::uint32_t hedges = 0;
  double hedges_per_1000_words = 0;
  // Claims the reader cannot trace: quotes with no speaker, and sentences that keep their
  // distance ("reportedly", "it is believed") without naming any source.
  std::uint32_t unattributed_claims = 0;
  std::vector<SpeakerCount> speakers;  // most quoted first
  friend bool operator==(const SourcingSummary&, const SourcingSummary&) = default;
};

struct AnnotationSet {
  std::string author = "auto";
  std::vector<Annotation> annotations;  // in text order (begin, then longer first)
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  std::vector<TimelineEvent> timeline;  // in time order
  SourcingSummary sourcing;
  std::vector<LabelDef> labels;  // the label set (core/model/label_set.h); travels with the annotations

  const Annotation* find(std::string_view id) const;
  // Index of the annotation with this id, or -1.
  std::ptrdiff_t index_of(std::string_view id) const;
  friend bool operator==(const AnnotationSet&, const AnnotationSet&) = default;
};

}  // namespace newsmark
