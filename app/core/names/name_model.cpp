#include "core/names/name_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <string>

#include "core/text/crc32.h"

namespace newsmark {
namespace {

using name_tags::kTags;

constexpr unsigned char kMagic[8] = {'N', 'M', 'N', 'A', 'M', 'E', 'S', 0};
constexpr std::size_t kHeader = 8 + 3 * 4;
constexpr std::size_t kTransitions = kTags * kTags * 4;

void put_u32(std::vector<unsigned char>& out, std::uint32_t v) {
  for (int k = 0; k < 4; ++k) out.push_back(static_cast<unsigned char>(v >> (8 * k)));
}
void put_f32(std::vector<unsigned char>& out, float f) {
  std::uint32_t v = 0;
  std::memcpy(&v, &f, 4);
  put_u32(out, v);
}
std::uint32_t get_u32(const unsigned char* p) {
  return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
         static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}
float get_f32(const unsigned char* p) {
  const std::uint32_t v = get_u32(p);
  float f = 0;
  std::memcpy(&f, &v, 4);
  return f;
}

Error damaged(const std::string& what) {
  return make_error(ErrorCode::parse_error, "the name model is damaged: " + what);
}

std::uint32_t mix(std::uint32_t h) {
  h ^= h >> 16;
  h *= 0x7feb352du;
  h ^= h >> 15;
  return h;
}

}  // namespace

NameModel NameModel::quantise(const NameWeights& w, std::size_t max_features, float min_weight) {
  const std::size_t n = w.keys.size();
  // Rank rows by their largest weight: a feature matters by how far it can move one tag.
  std::vector<float> peak(n, 0.0f);
  for (std::size_t k = 0; k < n; ++k) {
    for (int t = 0; t < kTags; ++t) peak[k] = std::max(peak[k], std::fabs(w.rows[k * kTags + t]));
  }
  NameModel m;
  m.transitions_ = w.transitions;
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return peak[a] > peak[b]; });
  std::vector<std::size_t> kept;
  for (const std::size_t k : order) {
    if (kept.size() >= max_features || peak[k] < min_weight || peak[k] <= 0) break;
    kept.push_back(k);
  }
  std::sort(kept.begin(), kept.end(), [&](std::size_t a, std::size_t b) { return w.keys[a] < w.keys[b]; });
  m.keys_.reserve(kept.size());
  m.weights_.reserve(kept.size() * kTags);
  for (const std::size_t k : kept) {
    m.keys_.push_back(w.keys[k]);
    const float scale = peak[k] / 127.0f;
    m.scales_.push_back(scale);
    for (int t = 0; t < kTags; ++t) {
      const float q = std::round(w.rows[k * kTags + t] / scale);
      m.weights_.push_back(static_cast<std::int8_t>(std::clamp(q, -127.0f, 127.0f)));
    }
  }
  m.build_index();
  return m;
}

std::vector<unsigned char> NameModel::write() const {
  std::vector<unsigned char> out(std::begin(kMagic), std::end(kMagic));
  out.reserve(kHeader + kTransitions + keys_.size() * (8 + kTags) + 4);
  put_u32(out, kVersion);
  put_u32(out, kTags);
  put_u32(out, static_cast<std::uint32_t>(keys_.size()));
  for (const float t : transitions_) put_f32(out, t);
  for (const std::uint32_t k : keys_) put_u32(out, k);
  for (const std::uint32_t k : keys_) put_f32(out, find(k)->scale);
  for (const std::uint32_t k : keys_) {
    const Slot* slot = find(k);
    for (int t = 0; t < kTags; ++t) out.push_back(static_cast<unsigned char>(slot->weights[t]));
  }
  put_u32(out, crc32(out));
  return out;
}

Result<NameModel> NameModel::read(std::span<const unsigned char> b) {
  if (b.size() < kHeader + kTransitions + 4) return damaged("it is " + std::to_string(b.size()) + " bytes, shorter than its header");
  if (std::memcmp(b.data(), kMagic, 8) != 0) return damaged("it does not start with the name model's signature");
  const std::uint32_t version = get_u32(&b[8]);
  if (version > kVersion) {
    return make_error(ErrorCode::unsupported, "the name model is version " + std::to_string(version) +
                                                  "; this version of Newsmark reads up to " + std::to_string(kVersion));
  }
  if (version == 0) return damaged("version 0");
  if (get_u32(&b[12]) != kTags) return damaged("it has " + std::to_string(get_u32(&b[12])) + " tags, not " + std::to_string(kTags));
  const std::uint64_t n = get_u32(&b[16]);
  const std::uint64_t expected = kHeader + kTransitions + n * (8 + kTags) + 4;
  if (b.size() != expected) {
    return damaged("it is " + std::to_string(b.size()) + " bytes where its header says " + std::to_string(expected));
  }
  const std::uint32_t stored_crc = get_u32(&b[b.size() - 4]);
  if (crc32(b.first(b.size() - 4)) != stored_crc) return damaged("its checksum does not match");
  NameModel m;
  const unsigned char* p = &b[kHeader];
  for (float& t : m.transitions_) {
    t = get_f32(p);
    p += 4;
    if (!std::isfinite(t)) return damaged("a transition weight is not a number");
  }
  m.keys_.resize(n);
  for (std::uint64_t k = 0; k < n; ++k, p += 4) {
    m.keys_[k] = get_u32(p);
    if (m.keys_[k] == 0 || (k > 0 && m.keys_[k] <= m.keys_[k - 1])) return damaged("its features are out of order");
  }
  m.scales_.resize(n);
  for (std::uint64_t k = 0; k < n; ++k, p += 4) {
    m.scales_[k] = get_f32(p);
    if (!std::isfinite(m.scales_[k]) || m.scales_[k] <= 0) return damaged("a feature's scale is not a positive number");
  }
  m.weights_.resize(n * kTags);
  std::memcpy(m.weights_.data(), p, n * kTags);
  m.build_index();
  return m;
}

void NameModel::build_index() {
  std::size_t size = 16;
  while (size < keys_.size() * 2) size *= 2;
  slots_.assign(size, Slot{});
  for (std::size_t r = 0; r < keys_.size(); ++r) {
    std::size_t s = mix(keys_[r]) & (size - 1);
    while (slots_[s].key != 0) s = (s + 1) & (size - 1);
    slots_[s].key = keys_[r];
    slots_[s].scale = scales_[r];
    std::memcpy(slots_[s].weights, &weights_[r * kTags], kTags);
  }
  // The slots hold them now (the page and the analysis worker each keep a model in memory).
  std::vector<float>().swap(scales_);
  std::vector<std::int8_t>().swap(weights_);
}

const NameModel::Slot* NameModel::find(std::uint32_t hash) const {
  if (keys_.empty() || hash == 0) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t s = mix(hash) & mask;; s = (s + 1) & mask) {
    if (slots_[s].key == hash) return &slots_[s];
    if (slots_[s].key == 0) return nullptr;
  }
}

bool NameModel::add_weights(std::uint32_t hash, float* scores) const {
  const Slot* slot = find(hash);
  if (slot == nullptr) return false;
  for (int t = 0; t < kTags; ++t) scores[t] += slot->scale * slot->weights[t];
  return true;
}

void NameModel::add_weights(std::span<const std::uint32_t> hashes, float* scores) const {
  if (keys_.empty()) return;
#if defined(__GNUC__) || defined(__clang__)
  const std::size_t mask = slots_.size() - 1;
  for (const std::uint32_t h : hashes) __builtin_prefetch(&slots_[mix(h) & mask]);
#endif
  for (const std::uint32_t h : hashes) add_weights(h, scores);
}

float NameModel::weight(std::uint32_t hash, int tag) const {
  const Slot* slot = find(hash);
  if (slot == nullptr || tag < 0 || tag >= kTags) return 0.0f;
  return slot->scale * slot->weights[tag];
}

}  // namespace newsmark
