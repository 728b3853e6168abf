#include "io/analysis_transfer.h"

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace newsmark::io {
namespace {

constexpr char kMagic[4] = {'N', 'M', 'A', 'T'};
// Bump whenever a field of the model is added, removed or reordered here.
constexpr std::uint32_t kVersion = 1;

class ByteWriter {
 public:
  explicit ByteWriter(std::string& out) : out_(out) {}
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v) {
    char b[4] = {static_cast<char>(v & 0xFF), static_cast<char>((v >> 8) & 0xFF), static_cast<char>((v >> 16) & 0xFF),
                 static_cast<char>(v >> 24)};
    out_.append(b, 4);
  }
  void f64(double v) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    u32(static_cast<std::uint32_t>(bits));
    u32(static_cast<std::uint32_t>(bits >> 32));
  }
  void f32(float v) {
    std::uint32_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    u32(bits);
  }
  void str(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  void span(ByteSpan s) {
    u32(s.begin);
    u32(s.end);
  }
  void strings(const std::vector<std::string>& list) {
    u32(static_cast<std::uint32_t>(list.size()));
    for (const std::string& s : list) str(s);
  }

 private:
  std::string& out_;
};

// Reads forwards; the first problem stops it (every later read returns zeros) and is kept.
class ByteReader {
 public:
  ByteReader(std::string_view in, std::size_t text_size) : in_(in), text_size_(text_size) {}
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }
  void fail(std::string what) {
    if (error_.empty()) error_ = std::move(what) + " (at byte " + std::to_string(pos_) + ")";
  }

  bool take(void* dst, std::size_t n) {
    if (failed()) return false;
    if (in_.size() - pos_ < n) {
      fail("truncated");
      return false;
    }
    std::memcpy(dst, in_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  std::uint8_t u8() {
    unsigned char b = 0;
    take(&b, 1);
    return b;
  }
  std::uint32_t u32() {
    unsigned char b[4] = {};
    if (!take(b, 4)) return 0;
    return static_cast<std::uint32_t>(b[0]) | static_cast<std::uint32_t>(b[1]) << 8 | static_cast<std::uint32_t>(b[2]) << 16 |
           static_cast<std::uint32_t>(b[3]) << 24;
  }
  double f64() {
    const std::uint64_t lo = u32();
    const std::uint64_t hi = u32();
    const std::uint64_t bits = lo | hi << 32;
    double v = 0;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }
  float f32() {
    const std::uint32_t bits = u32();
    float v = 0;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }
  void str(std::string& s) {
    const std::uint32_t n = u32();
    if (failed()) return;
    if (in_.size() - pos_ < n) {
      fail("truncated string");
      return;
    }
    s.assign(in_.data() + pos_, n);
    pos_ += n;
  }
  ByteSpan span() {
    ByteSpan s{u32(), 0};
    s.end = u32();
    if (!failed() && (s.end < s.begin || s.end > text_size_)) fail("span " + std::to_string(s.begin) + "-" + std::to_string(s.end) + " outside the text");
    return s;
  }
  // A count of items each at least `min_bytes` long: one the rest of the input cannot hold is
  // refused before anything is allocated for it.
  std::uint32_t count(std::size_t min_bytes) {
    const std::uint32_t n = u32();
    if (!failed() && static_cast<std::uint64_t>(n) * min_bytes > in_.size() - pos_) {
      fail("count " + std::to_string(n) + " past the end");
      return 0;
    }
    return n;
  }
  template <typename Enum>
  Enum enumerated(std::uint8_t last) {
    const std::uint8_t v = u8();
    if (v > last) fail("unknown value " + std::to_string(v));
    return static_cast<Enum>(v > last ? 0 : v);
  }
  void strings(std::vector<std::string>& list) {
    list.resize(count(4));
    for (std::string& s : list) str(s);
  }
  bool at_end() const { return pos_ == in_.size(); }

 private:
  std::string_view in_;
  std::size_t text_size_;
  std::size_t pos_ = 0;
  std::string error_;
};

void write_sourcing(ByteWriter& w, const SourcingSummary& s) {
  for (std::uint32_t v : {s.quotes, s.direct, s.partial, s.indirect, s.scare, s.unattributed_quotes, s.named_sources,
                          s.unnamed_member_sources, s.anonymous_sources, s.document_sources, s.words, s.hedges,
                          s.unattributed_claims}) {
    w.u32(v);
  }
  w.f64(s.quoted_share);
  w.f64(s.hedges_per_1000_words);
  w.u32(static_cast<std::uint32_t>(s.speakers.size()));
  for (const SpeakerCount& c : s.speakers) {
    w.str(c.entity);
    w.str(c.name);
    w.str(c.kind);
    w.u32(c.quotes);
  }
}

void read_sourcing(ByteReader& r, SourcingSummary& s) {
  for (std::uint32_t* v : {&s.quotes, &s.direct, &s.partial, &s.indirect, &s.scare, &s.unattributed_quotes, &s.named_sources,
                           &s.unnamed_member_sources, &s.anonymous_sources, &s.document_sources, &s.words, &s.hedges,
                           &s.unattributed_claims}) {
    *v = r.u32();
  }
  s.quoted_share = r.f64();
  s.hedges_per_1000_words = r.f64();
  s.speakers.resize(r.count(16));
  for (SpeakerCount& c : s.speakers) {
    r.str(c.entity);
    r.str(c.name);
    r.str(c.kind);
    c.quotes = r.u32();
  }
}

}  // namespace

std::string encode_analysis(const Analysis& analysis) {
  std::string out;
  const AnnotationSet& set = analysis.annotations;
  out.reserve(64 + analysis.tokens.size() * 12 + analysis.sentences.size() * 16 + set.annotations.size() * 48);
  ByteWriter w(out);
  out.append(kMagic, 4);
  w.u32(kVersion);
  w.str(analysis.dct);
  w.u8(analysis.dct_detected ? 1 : 0);

  w.u32(static_cast<std::uint32_t>(analysis.tokens.size()));
  for (const Token& t : analysis.tokens) {
    w.u32(t.begin);
    w.u32(t.end);
    w.u8(static_cast<std::uint8_t>(t.kind));
    w.u8(static_cast<std::uint8_t>(t.quote));
    w.u32(t.flags);
  }
  w.u32(static_cast<std::uint32_t>(analysis.sentences.size()));
  for (const Sentence& s : analysis.sentences) {
    w.u32(s.first_token);
    w.u32(s.end_token);
    w.span(s.span);
  }

  w.str(set.author);
  w.u32(static_cast<std::uint32_t>(set.annotations.size()));
  for (const Annotation& a : set.annotations) {
    w.str(a.id);
    w.span(a.span);
    w.str(a.label);
    w.u8(static_cast<std::uint8_t>(a.origin));
    w.u8(static_cast<std::uint8_t>(a.status));
    w.f32(a.confidence);
    w.str(a.note);
    w.u32(static_cast<std::uint32_t>(a.attrs.size()));
    for (const Attr& at : a.attrs) {
      w.str(at.key);
      w.str(at.value);
    }
  }
  w.u32(static_cast<std::uint32_t>(set.entities.size()));
  for (const Entity& e : set.entities) {
    w.str(e.id);
    w.str(e.name);
    w.str(e.label);
    w.strings(e.mentions);
  }
  w.u32(static_cast<std::uint32_t>(set.relations.size()));
  for (const Relation& rel : set.relations) {
    w.str(rel.id);
    w.str(rel.type);
    w.str(rel.from);
    w.str(rel.to);
  }
  w.u32(static_cast<std::uint32_t>(set.timeline.size()));
  for (const TimelineEvent& ev : set.timeline) {
    for (const std::string* s : {&ev.id, &ev.time, &ev.value, &ev.start, &ev.end, &ev.granularity}) w.str(*s);
    w.span(ev.event);
    w.strings(ev.entities);
    w.u8(ev.certain ? 1 : 0);
    w.str(ev.relation);
    w.str(ev.anchor);
    w.str(ev.offset);
  }
  write_sourcing(w, set.sourcing);
  w.u32(static_cast<std::uint32_t>(set.labels.size()));
  for (const LabelDef& l : set.labels) {
    w.str(l.name);
    w.str(l.color);
    w.u32(static_cast<std::uint32_t>(l.hotkey));
  }
  return out;
}

Result<Analysis> decode_analysis(std::string_view bytes, std::size_t text_size) {
  if (bytes.size() < 8 || std::memcmp(bytes.data(), kMagic, 4) != 0) {
    return make_error(ErrorCode::parse_error, "The analysis came back unreadable (not an analysis).");
  }
  ByteReader r(bytes.substr(4), text_size);
  if (const std::uint32_t version = r.u32(); version != kVersion) {
    return make_error(ErrorCode::unsupported, "The analysis came from another version of Newsmark (" + std::to_string(version) +
                                                  "); reload the page.");
  }
  Analysis a;
  r.str(a.dct);
  a.dct_detected = r.u8() != 0;

  a.tokens.resize(r.count(14));
  for (Token& t : a.tokens) {
    const ByteSpan s = r.span();
    t.begin = s.begin;
    t.end = s.end;
    t.kind = r.enumerated<TokenKind>(static_cast<std::uint8_t>(TokenKind::symbol));
    t.quote = r.enumerated<QuoteSide>(static_cast<std::uint8_t>(QuoteSide::close));
    t.flags = static_cast<std::uint16_t>(r.u32());
    if (r.failed()) break;
  }
  a.sentences.resize(r.count(16));
  for (Sentence& s : a.sentences) {
    s.first_token = r.u32();
    s.end_token = r.u32();
    if (!r.failed() && (s.end_token < s.first_token || s.end_token > a.tokens.size())) r.fail("sentence tokens out of range");
    s.span = r.span();
    if (r.failed()) break;
  }

  AnnotationSet& set = a.annotations;
  r.str(set.author);
  set.annotations.resize(r.count(30));
  for (Annotation& an : set.annotations) {
    r.str(an.id);
    an.span = r.span();
    r.str(an.label);
    an.origin = r.enumerated<Origin>(static_cast<std::uint8_t>(Origin::user));
    an.status = r.enumerated<ReviewStatus>(static_cast<std::uint8_t>(ReviewStatus::rejected));
    an.confidence = r.f32();
    r.str(an.note);
    an.attrs.resize(r.count(8));
    for (Attr& at : an.attrs) {
      r.str(at.key);
      r.str(at.value);
    }
    if (r.failed()) break;
  }
  set.entities.resize(r.count(16));
  for (Entity& e : set.entities) {
    r.str(e.id);
    r.str(e.name);
    r.str(e.label);
    r.strings(e.mentions);
    if (r.failed()) break;
  }
  set.relations.resize(r.count(16));
  for (Relation& rel : set.relations) {
    r.str(rel.id);
    r.str(rel.type);
    r.str(rel.from);
    r.str(rel.to);
    if (r.failed()) break;
  }
  set.timeline.resize(r.count(49));
  for (TimelineEvent& ev : set.timeline) {
    for (std::string* s : {&ev.id, &ev.time, &ev.value, &ev.start, &ev.end, &ev.granularity}) r.str(*s);
    ev.event = r.span();
    r.strings(ev.entities);
    ev.certain = r.u8() != 0;
    r.str(ev.relation);
    r.str(ev.anchor);
    r.str(ev.offset);
    if (r.failed()) break;
  }
  read_sourcing(r, set.sourcing);
  set.labels.resize(r.count(12));
  for (LabelDef& l : set.labels) {
    r.str(l.name);
    r.str(l.color);
    l.hotkey = static_cast<int>(r.u32());
    if (r.failed()) break;
  }
  if (!r.failed() && !r.at_end()) r.fail("bytes after the end");
  if (r.failed()) return make_error(ErrorCode::parse_error, "The analysis came back unreadable: " + r.error() + ".");
  return a;
}

}  // namespace newsmark::io
