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

std::string person(Rng& r) { return std::string(r.pick(kFirst)) + " " + std::string(r.pick(kLast)); }

std::string money(Rng& r) {
  switch (r.next() % 4) {
    case 0: return "$" + std::to_string(r.between(1, 99)) + "." + std::to_string(r.between(1, 9)) + " billion";
    case 1: return "\xE2\x82\xAC" + std::to_string(r.between(2, 900)) + " million";
    case 2: return "US$ " + std::to_string(r.between(10, 500)) + " million";
    default: return std::to_string(r.between(2, 90)) + " million pounds";
  }
}

std::string sentence(Rng& r) {
  const std::string p = person(r);
  switch (r.next() % 12) {
    case 0: return std::string(r.pick(kTitles)) + " " + p + " said on " + std::string(r.pick(kDays)) + " that " +
                   std::string(r.pick(kTopics)) + " would cost " + money(r) + ".";
    case 1: return "\xE2\x80\x9CWe will not accept " + std::string(r.pick(kTopics)) + " as it stands,\xE2\x80\x9D said " + p +
                   ", a " + std::string(r.pick(kRoles)) + " at " + std::string(r.pick(kOrgs)) + ".";
    case 2: return "Prices in " + std::string(r.pick(kPlaces)) + " rose " + std::to_string(r.between(1, 30)) + "." +
                   std::to_string(r.between(0, 9)) + "% in " + std::string(r.pick(kMonths)) + ", according to " +
                   std::string(r.pick(kOrgs)) + ".";
    case 3: return "Two officials familiar with the talks said " + std::string(r.pick(kOrgs)) + " had offered about " +
                   money(r) + " for " + std::string(r.pick(kTopics)) + ".";
    case 4: return std::string(r.pick(kNorp)) + " negotiators met in " + std::string(r.pick(kPlaces)) + " on " +
                   std::string(r.pick(kMonths)) + " " + std::to_string(r.between(1, 28)) + ", " +
                   std::to_string(r.between(1995, 2026)) + ", to discuss " + std::string(r.pick(kTopics)) + ".";
    case 5: return "The plan could affect as many as " + std::to_string(r.between(2, 900)) + "," +
                   std::to_string(r.between(100, 999)) + " people, " + p + " told reporters.";
    case 6: return "Shares of " + std::string(r.pick(kOrgs)) + " fell " + std::to_string(r.between(1, 15)) +
                   " percent after the company reported a loss of " + money(r) + ".";
    case 7: return p + ", the " + std::string(r.pick(kRoles)) + ", said the project may be delayed by " +
                   std::to_string(r.between(2, 18)) + " months.";
    case 8: return "The new line will run " + std::to_string(r.between(5, 400)) + " km from " + std::string(r.pick(kPlaces)) +
                   " and carry up to " + std::to_string(r.between(10, 90)) + ",000 passengers a day.";
    case 9: return "In a statement, " + std::string(r.pick(kOrgs)) + " said it had hired " + p + " to lead its work in " +
                   std::string(r.pick(kPlaces)) + ".";
    case 10: return "Critics, including " + p + ", argued that between " + money(r) + " and " + money(r) +
                    " would be needed.";
    default: return "Reportedly, " + std::string(r.pick(kOrgs)) + " and " + std::string(r.pick(kOrgs)) +
                    " apparently disagree about " + std::string(r.pick(kTopics)) + ".";
  }
}

}  // namespace

std::string generate_news(std::size_t bytes, std::uint64_t seed) {
  Rng r(seed);
  std::string out;
  out.reserve(bytes + 4096);
  while (out.size() < bytes) {
    // One article: headline, dateline paragraph, then paragraphs of 2-4 sentences.
    out += "Officials weigh " + std::string(r.pick(kTopics)) + " as costs rise\n\n";
    out += std::string(r.pick(kDatelines)) + ", " + std::string(r.pick(kMonths)) + " " + std::to_string(r.between(1, 28)) +
           " \xE2\x80\x94 " + sentence(r) + " " + sentence(r) + "\n\n";
    const int paragraphs = r.between(5, 9);
    for (int p = 0; p < paragraphs; ++p) {
      const int n = r.between(2, 4);
      for (int s = 0; s < n; ++s) out += (s ? " " : "") + sentence(r);
      out += "\n\n";
    }
  }
  return out;
}

}  // namespace newsmark::bench
