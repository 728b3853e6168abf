#include "io/json/analysis_transfer.h"

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace newsmark::io {
namespace {

constexpr char kMagic[4] = {'N', 'M', 'A', 'T'};
// Bump whenever a field of the model is added, removed or reordered here.
constexpr std::uint32_t kVersion = 1;

// The two ends share one list of the model's fields (transfer() below), so a field cannot be
// written and not read. Each has the same calls: the writer's take const references and append,
// the reader's take references and fill them, checking as they go.
class ByteWriter {
 public:
  explicit ByteWriter(std::string& out) : out_(out) {}
  void u32(std::uint32_t v) {
    char b[4] = {static_cast<char>(v & 0xFF), static_cast<char>((v >> 8) & 0xFF), static_cast<char>((v >> 16) & 0xFF),
                 static_cast<char>(v >> 24)};
    out_.append(b, 4);
  }
  void flag(const bool& v) { out_.push_back(v ? 1 : 0); }
  void small(const std::uint16_t& v) { u32(v); }
  void hotkey(const int& v) { u32(static_cast<std::uint32_t>(v)); }
  void f64(const double& v) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    u32(static_cast<std::uint32_t>(bits));
    u32(static_cast<std::uint32_t>(bits >> 32));
  }
  void f32(const float& v) {
    std::uint32_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    u32(bits);
  }
  void str(const std::string& s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  void span(const ByteSpan& s) { range(s.begin, s.end); }
  void range(const std::uint32_t& begin, const std::uint32_t& end) {
    u32(begin);
    u32(end);
  }
  void token_range(const std::uint32_t& first, const std::uint32_t& end, std::size_t /*tokens*/) { range(first, end); }
  template <typename Enum>
  void enumerated(const Enum& v, Enum /*last*/) {
    out_.push_back(static_cast<char>(static_cast<std::uint8_t>(v)));
  }
  template <typename T, typename Each>
  void list(const std::vector<T>& items, std::size_t /*min_bytes*/, Each&& each) {
    u32(static_cast<std::uint32_t>(items.size()));
    for (const T& item : items) each(item);
  }
  void strings(const std::vector<std::string>& items) {
    list(items, 4, [&](const std::string& s) { str(s); });
  }

 private:
  std::string& out_;
};

// Reads forwards; the first problem stops it (every later read gives zeros) and is kept.
class ByteReader {
 public:
  ByteReader(std::string_view in, std::size_t text_size) : in_(in), text_size_(text_size) {}
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }
  void fail(std::string what) {
    if (error_.empty()) error_ = std::move(what) + " (at byte " + std::to_string(pos_) + ")";
  }
  bool at_end() const { return pos_ == in_.size(); }

  std::uint32_t next_u32() {
    unsigned char b[4] = {};
    if (!take(b, 4)) return 0;
    return static_cast<std::uint32_t>(b[0]) | static_cast<std::uint32_t>(b[1]) << 8 | static_cast<std::uint32_t>(b[2]) << 16 |
           static_cast<std::uint32_t>(b[3]) << 24;
  }
  void u32(std::uint32_t& v) { v = next_u32(); }
  void flag(bool& v) { v = next_u8() != 0; }
  void small(std::uint16_t& v) { v = static_cast<std::uint16_t>(next_u32()); }
  void hotkey(int& v) { v = static_cast<int>(next_u32()); }
  void f64(double& v) {
    const std::uint64_t lo = next_u32();
    const std::uint64_t hi = next_u32();
    const std::uint64_t bits = lo | hi << 32;
    std::memcpy(&v, &bits, sizeof v);
  }
  void f32(float& v) {
    const std::uint32_t bits = next_u32();
    std::memcpy(&v, &bits, sizeof v);
  }
  void str(std::string& s) {
    const std::uint32_t n = next_u32();
    if (failed()) return;
    if (in_.size() - pos_ < n) {
      fail("truncated string");
      return;
    }
    s.assign(in_.data() + pos_, n);
    pos_ += n;
  }
  void span(ByteSpan& s) { range(s.begin, s.end); }
  // A span of the text: within it, and not backwards.
  void range(std::uint32_t& begin, std::uint32_t& end) {
    begin = next_u32();
    end = next_u32();
    if (!failed() && (end < begin || end > text_size_)) fail("span " + std::to_string(begin) + "-" + std::to_string(end) + " outside the text");
  }
  void token_range(std::uint32_t& first, std::uint32_t& end, std::size_t tokens) {
    first = next_u32();
    end = next_u32();
    if (!failed() && (end < first || end > tokens)) fail("sentence tokens out of range");
  }
  template <typename Enum>
  void enumerated(Enum& v, Enum last) {
    const std::uint8_t n = next_u8();
    if (n > static_cast<std::uint8_t>(last)) fail("unknown value " + std::to_string(n));
    v = static_cast<Enum>(n > static_cast<std::uint8_t>(last) ? 0 : n);
  }
  // A count of items each at least `min_bytes` long: one the rest of the input cannot hold is
  // refused before anything is allocated for it.
  template <typename T, typename Each>
  void list(std::vector<T>& items, std::size_t min_bytes, Each&& each) {
    const std::uint32_t n = next_u32();
    if (!failed() && static_cast<std::uint64_t>(n) * min_bytes > in_.size() - pos_) fail("count " + std::to_string(n) + " past the end");
    items.resize(failed() ? 0 : n);
    for (T& item : items) {
      each(item);
      if (failed()) break;
    }
  }
  void strings(std::vector<std::string>& items) {
    list(items, 4, [&](std::string& s) { str(s); });
  }

 private:
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
  std::uint8_t next_u8() {
    unsigned char b = 0;
    take(&b, 1);
    return b;
  }

  std::string_view in_;
  std::size_t text_size_;
  std::size_t pos_ = 0;
  std::string error_;
};

// Every field of the Analysis, in the order of the bytes. `A` is `const Analysis` for the
// writer and `Analysis` for the reader; the minimum sizes let the reader refuse a count the
// rest of the bytes cannot hold. Bump kVersion when this changes.
template <typename IO, typename A>
void transfer(IO& io, A& a) {
  io.str(a.dct);
  io.flag(a.dct_detected);
  io.list(a.tokens, 14, [&](auto& t) {
    io.range(t.begin, t.end);
    io.enumerated(t.kind, TokenKind::symbol);
    io.enumerated(t.quote, QuoteSide::close);
    io.small(t.flags);
  });
  io.list(a.sentences, 16, [&](auto& s) {
    io.token_range(s.first_token, s.end_token, a.tokens.size());
    io.span(s.span);
  });
  auto& set = a.annotations;
  io.str(set.author);
  io.list(set.annotations, 30, [&](auto& an) {
    io.str(an.id);
    io.span(an.span);
    io.str(an.label);
    io.enumerated(an.origin, Origin::user);
    io.enumerated(an.status, ReviewStatus::rejected);
    io.f32(an.confidence);
    io.str(an.note);
    io.list(an.attrs, 8, [&](auto& at) {
      io.str(at.key);
      io.str(at.value);
    });
  });
  io.list(set.entities, 16, [&](auto& e) {
    for (auto* s : {&e.id, &e.name, &e.label}) io.str(*s);
    io.strings(e.mentions);
  });
  io.list(set.relations, 16, [&](auto& rel) {
    for (auto* s : {&rel.id, &rel.type, &rel.from, &rel.to}) io.str(*s);
  });
  io.list(set.timeline, 49, [&](auto& ev) {
    for (auto* s : {&ev.id, &ev.time, &ev.value, &ev.start, &ev.end, &ev.granularity}) io.str(*s);
    io.span(ev.event);
    io.strings(ev.entities);
    io.flag(ev.certain);
    for (auto* s : {&ev.relation, &ev.anchor, &ev.offset}) io.str(*s);
  });
  auto& s = set.sourcing;
  for (auto* v : {&s.quotes, &s.direct, &s.partial, &s.indirect, &s.scare, &s.unattributed_quotes, &s.named_sources,
                  &s.unnamed_member_sources, &s.anonymous_sources, &s.document_sources, &s.words, &s.hedges,
                  &s.unattributed_claims}) {
    io.u32(*v);
  }
  io.f64(s.quoted_share);
  io.f64(s.hedges_per_1000_words);
  io.list(s.speakers, 16, [&](auto& c) {
    for (auto* t : {&c.entity, &c.name, &c.kind}) io.str(*t);
    io.u32(c.quotes);
  });
  io.list(set.labels, 12, [&](auto& l) {
    io.str(l.name);
    io.str(l.color);
    io.hotkey(l.hotkey);
  });
}

}  // namespace

std::string encode_analysis(const Analysis& analysis) {
  std::string out;
  out.reserve(64 + analysis.tokens.size() * 12 + analysis.sentences.size() * 16 + analysis.annotations.annotations.size() * 48);
  out.append(kMagic, 4);
  ByteWriter w(out);
  w.u32(kVersion);
  transfer(w, analysis);
  return out;
}

Result<Analysis> decode_analysis(std::string_view bytes, std::size_t text_size) {
  if (bytes.size() < 8 || std::memcmp(bytes.data(), kMagic, 4) != 0) {
    return make_error(ErrorCode::parse_error, "The analysis came back unreadable (not an analysis).");
  }
  ByteReader r(bytes.substr(4), text_size);
  if (const std::uint32_t version = r.next_u32(); version != kVersion) {
    return make_error(ErrorCode::unsupported, "The analysis came from another version of Newsmark (" + std::to_string(version) +
                                                  "); reload the page.");
  }
  Analysis a;
  transfer(r, a);
  if (!r.failed() && !r.at_end()) r.fail("bytes after the end");
  if (r.failed()) return make_error(ErrorCode::parse_error, "The analysis came back unreadable: " + r.error() + ".");
  return a;
}

}  // namespace newsmark::io
