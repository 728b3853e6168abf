#include "news_generator.h"

#include <array>
#include <string_view>

namespace newsmark::bench {
namespace {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : s_(seed ? seed : 1) {}
  std::uint64_t next() {
    s_ ^= s_ << 13;
    s_ ^= s_ >> 7;
    s_ ^= s_ << 17;
    return s_;
  }
  template <typename T, std::size_t N>
  const T& pick(const std::array<T, N>& a) { return a[next() % N]; }
  int between(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }

 private:
  std::uint64_t s_;
};

constexpr std::array<std::string_view, 16> kFirst = {"Maria", "James", "Aisha", "Daniel", "Sofia", "Kenji", "Elena", "Omar",
                                                     "Grace", "Lukas", "Priya", "Thomas", "Ines", "Samuel", "Hannah", "Mateo"};
constexpr std::array<std::string_view, 16> kLast = {"Okafor", "Lindqvist", "Haddad", "Moreau", "Novak", "Takahashi", "Brennan",
                                                    "Castillo", "Whitford", "Albrecht", "Raman", "Kowalski", "Fontaine",
                                                    "Oduya", "Marsh", "Vance"};
constexpr std::array<std::string_view, 12> kTitles = {"Sen.", "Gov.", "Foreign Minister", "Mayor", "President", "Dr.",
                                                      "Finance Minister", "Judge", "Secretary of State", "Rep.",
                                                      "Defence Secretary", "Chief Justice"};
constexpr std::array<std::string_view, 10> kRoles = {"chief executive", "spokeswoman", "analyst", "economist", "professor",
                                                     "spokesman", "chief engineer", "director", "chair", "lawyer"};
constexpr std::array<std::string_view, 14> kOrgs = {"the World Health Organization", "Boeing", "the European Commission",
                                                    "Harbor Lane Capital", "the Ministry of Finance", "Northwind Air",
                                                    "the Federal Reserve", "Apple", "the Blue Coast Trust", "Reuters",
                                                    "the University of Eastern Australia", "Skyline Airways",
                                                    "the Portvale Harbour Authority", "the United Nations"};
constexpr std::array<std::string_view, 14> kPlaces = {"Paris", "Brussels", "Nairobi", "Ohio", "Tokyo", "Lagos", "Berlin",
                                                      "Chicago", "Sydney", "the United States", "China", "Brazil",
                                                      "Queensland", "Mumbai"};
constexpr std::array<std::string_view, 8> kDatelines = {"WASHINGTON", "LONDON", "NAIROBI", "PORTVALE", "SYDNEY",
                                                        "BRUSSELS", "TOKYO", "MILLBROOK, Ohio"};
constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March", "April", "May", "June", "July",
                                                      "August", "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kDays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::array<std::string_view, 8> kNorp = {"European", "American", "Chinese", "Kenyan", "German", "Brazilian",
                                                   "Democrats", "Republicans"};
constexpr std::array<std::string_view, 10> kTopics = {"the budget", "the new port", "vaccine supplies", "the trade deal",
                                                      "water prices", "the election", "rail upgrades", "the merger",
                                                      "school funding", "the ceasefire"};

std::string person(Rng& r) {
  std::string p(r.pick(kFirst));
  p += " ";
  p += r.pick(kLast);
  return p;
}

std::string money(Rng& r) {
  switch (r.next() % 4) {
    case 0: {
      std::string m = "$" + std::to_string(r.between(1, 99));
      m += "." + std::to_string(r.between(1, 9)) + " billion";
      return m;
    }
    case 1: return "\xE2\x82\xAC" + std::to_string(r.between(2, 900)) + " million";
    case 2: return "US$ " + std::to_string(r.between(10, 500)) + " million";
    default: return std::to_string(r.between(2, 90)) + " million pounds";
  }
}

// Every random choice is its own statement: the order in which operands of one expression are
// evaluated differs between compilers, and native and wasm must generate the same text.
std::string sentence(Rng& r) {
  std::string o;
  auto add = [&](std::string_view piece) { o.append(piece); };
  auto num = [&](int lo, int hi) { o += std::to_string(r.between(lo, hi)); };
  const std::string p = person(r);
  switch (r.next() % 12) {
    case 0:
      add(r.pick(kTitles)); add(" "); add(p); add(" said on "); add(r.pick(kDays)); add(" that ");
      add(r.pick(kTopics)); add(" would cost "); add(money(r)); add(".");
      break;
    case 1:
      add("\xE2\x80\x9CWe will not accept "); add(r.pick(kTopics)); add(" as it stands,\xE2\x80\x9D said "); add(p);
      add(", a "); add(r.pick(kRoles)); add(" at "); add(r.pick(kOrgs)); add(".");
      break;
    case 2:
      add("Prices in "); add(r.pick(kPlaces)); add(" rose "); num(1, 30); add("."); num(0, 9); add("% in ");
      add(r.pick(kMonths)); add(", according to "); add(r.pick(kOrgs)); add(".");
      break;
    case 3:
      add("Two officials familiar with the talks said "); add(r.pick(kOrgs)); add(" had offered about ");
      add(money(r)); add(" for "); add(r.pick(kTopics)); add(".");
      break;
    case 4:
      add(r.pick(kNorp)); add(" negotiators met in "); add(r.pick(kPlaces)); add(" on "); add(r.pick(kMonths));
      add(" "); num(1, 28); add(", "); num(1995, 2026); add(", to discuss "); add(r.pick(kTopics)); add(".");
      break;
    case 5:
      add("The plan could affect as many as "); num(2, 900); add(","); num(100, 999); add(" people, "); add(p);
      add(" told reporters.");
      break;
    case 6:
      add("Shares of "); add(r.pick(kOrgs)); add(" fell "); num(1, 15);
      add(" percent after the company reported a loss of "); add(money(r)); add(".");
      break;
    case 7:
      add(p); add(", the "); add(r.pick(kRoles)); add(", said the project may be delayed by "); num(2, 18);
      add(" months.");
      break;
    case 8:
      add("The new line will run "); num(5, 400); add(" km from "); add(r.pick(kPlaces)); add(" and carry up to ");
      num(10, 90); add(",000 passengers a day.");
      break;
    case 9:
      add("In a statement, "); add(r.pick(kOrgs)); add(" said it had hired "); add(p); add(" to lead its work in ");
      add(r.pick(kPlaces)); add(".");
      break;
    case 10:
      add("Critics, including "); add(p); add(", argued that between "); add(money(r)); add(" and "); add(money(r));
      add(" would be needed.");
      break;
    default:
      add("Reportedly, "); add(r.pick(kOrgs)); add(" and "); add(r.pick(kOrgs)); add(" apparently disagree about ");
      add(r.pick(kTopics)); add(".");
  }
  return o;
}

}  // namespace

std::string generate_news(std::size_t bytes, std::uint64_t seed) {
  Rng r(seed);
  std::string out;
  out.reserve(bytes + 4096);
  while (out.size() < bytes) {
    // One article: headline, dateline paragraph, then paragraphs of 2-4 sentences.
    out += "Officials weigh ";
    out += r.pick(kTopics);
    out += " as costs rise\n\n";
    out += r.pick(kDatelines);
    out += ", ";
    out += r.pick(kMonths);
    out += " " + std::to_string(r.between(1, 28)) + " \xE2\x80\x94 ";
    out += sentence(r);
    out += " ";
    out += sentence(r);
    out += "\n\n";
    const int paragraphs = r.between(5, 9);
    for (int p = 0; p < paragraphs; ++p) {
      const int n = r.between(2, 4);
      for (int s = 0; s < n; ++s) {
        if (s) out += " ";
        out += sentence(r);
      }
      out += "\n\n";
    }
  }
  return out;
}

}  // namespace newsmark::bench
