#include "core/names/name_words.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>

#include "core/text/word_hash.h"

namespace newsmark::name_words {
namespace {

using namespace token_flags;

// Capitalized words that start sentences without being names.
constexpr std::string_view kFunctionWords[] = {
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "Of", "With", "Without", "Under", "Over",
    "After", "Before", "During", "Since", "Until", "Despite", "Although", "Though", "Because", "While",
    "When", "Where", "Why", "How", "What", "Which", "Who", "Whom", "Whose", "If", "As", "But", "And", "Or",
    "Nor", "So", "Yet", "Then", "Also", "However", "Meanwhile", "Still", "Now", "Here", "There", "This",
    "That", "These", "Those", "It", "Its", "He", "His", "Him", "She", "Her", "They", "Their", "Them", "We",
    "Our", "Us", "I", "My", "You", "Your", "One", "Some", "Many", "Most", "All", "Both", "Each", "Every",
    "Several", "Few", "No", "Not", "Other", "Another", "Such", "Only", "Even", "Just", "More", "Less",
    "Last", "Next", "First", "Second", "Third", "Two", "Three", "Four", "Five", "Ten", "Later", "Earlier",
    "Today", "Yesterday", "Tomorrow", "Tonight", "Asked", "According", "Officials", "Experts", "Critics",
    "Analysts", "Residents", "Police", "Sources", "Is", "Are", "Was", "Were", "Will", "Would", "Could",
    "Should", "Can", "May", "Might", "Must", "Do", "Does", "Did", "Has", "Have", "Had", "Let", "Yes",
    "Please", "Thanks", "Dear", "Mr", "Mrs", "Ms", "Read", "Watch", "See", "Update", "Updated", "Photo",
    "Video", "Editor", "Note", "Breaking", "Exclusive", "Analysis", "Opinion", "Comment", "Why", "Not",
    "Everyone", "Nobody", "Someone", "Something", "Nothing", "Everything", "Anyone", "Work", "Dredging"};

constexpr std::string_view kCalendarWords[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",
    "Dec.", "Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Christmas", "Easter", "Ramadan"};

// Lower-case words that may sit inside a name: "Bank of England", "Ministry for Foreign Affairs",
// "Leonardo da Vinci", "Ludwig van Beethoven".
constexpr std::string_view kConnectors[] = {"of", "for", "and", "the", "de", "da", "del", "della", "di",
                                            "du", "van", "von", "der", "den", "la", "le", "al", "bin",
                                            "ibn", "y", "&"};

// Words that may stand before a role in a person's description: "former chief executive".
constexpr std::string_view kRoleModifiers[] = {
    "former", "deputy", "senior", "chief", "vice", "acting", "interim", "executive", "assistant",
    "associate", "general", "managing", "then", "longtime", "veteran", "defence", "defense", "security",
    "foreign", "finance", "press", "technology", "research", "political", "military", "economic",
    "health", "industry", "aviation", "airline", "co-founder", "founder", "and", "lead", "principal",
    "head", "top", "regional", "national", "state", "federal", "local", "company", "group"};

constexpr std::string_view kSpeechVerbs[] = {"said", "says", "told", "added", "asked", "explained", "noted",
                                             "wrote", "argued", "insisted", "stated", "claimed", "replied",
                                             "according", "warned", "announced", "confirmed", "denied"};

constexpr std::string_view kPlacePrepositions[] = {"in", "at", "from", "near", "to", "outside", "across",
                                                   "across", "throughout", "around", "into"};

template <std::size_t N>
bool one_of(std::string_view w, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// The long word lists as hash sets (built once, read-only): asked about most tokens.
using WordSet = std::unordered_set<std::string_view, WordHash>;
const WordSet& function_words() {
  static const WordSet set(std::begin(kFunctionWords), std::end(kFunctionWords));
  return set;
}
const WordSet& calendar_words() {
  static const WordSet set(std::begin(kCalendarWords), std::end(kCalendarWords));
  return set;
}
}  // namespace

bool is_function_word(std::string_view w) { return function_words().count(w) > 0; }
bool is_calendar_word(std::string_view w) {
  // Months, weekdays and holidays start with one of these capitals; other words leave at once.
  if (w.size() < 3 || w.size() > 9) return false;
  const char c = w[0];
  if (c != 'J' && c != 'F' && c != 'M' && c != 'A' && c != 'S' && c != 'O' && c != 'N' && c != 'D' && c != 'T' &&
      c != 'W' && c != 'C' && c != 'E' && c != 'R') {
    return false;
  }
  return calendar_words().count(w) > 0;
}

bool is_connector(std::string_view w) { return one_of(w, kConnectors); }
bool is_role_modifier(std::string_view w) { return one_of(w, kRoleModifiers); }
bool is_speech_verb(std::string_view w) { return one_of(w, kSpeechVerbs); }
bool is_place_preposition(std::string_view w) { return one_of(w, kPlacePrepositions); }

bool is_capital_word(const Token& t) {
  return t.kind == TokenKind::word && t.has(kCapitalized) && !t.has(kPossessive);
}

}  // namespace newsmark::name_words
