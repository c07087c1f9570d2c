extension Syllables {
  /// Frequent words the rules count wrongly, with their syllables as the CMU Pronouncing
  /// Dictionary's first pronunciation gives them (what textstat counts). Chosen by running the
  /// rules over the vocabulary of the Argument Annotated Essays corpus, most frequent first,
  /// and keeping the words whose spelling no general rule explains.
  static let exceptions: [String: Int] = [
    "our": 2, "ours": 2, "ourselves": 3, "hour": 2, "hours": 2, "every": 3, "everything": 3,
    "everyday": 3, "everybody": 4, "everywhere": 3, "several": 2, "especially": 3, "etc": 4,
    "behavior": 3, "behaviors": 3, "behaviour": 3, "behaviours": 3, "behavioral": 4,
    "interest": 2, "interests": 2, "interested": 3, "interesting": 3, "business": 2,
    "businesses": 3, "businessman": 3, "businessmen": 3, "nuclear": 3, "nonetheless": 3,
    "nevertheless": 4, "oneself": 2, "via": 2, "maybe": 2, "st": 1, "enthusiasm": 5,
    "suicide": 3, "suicides": 3, "likelihood": 3, "tuition": 3, "differently": 3,
    "different": 3, "anyone": 3, "whereas": 2, "rhythm": 2, "diamond": 2, "diamonds": 2,
    "italian": 3, "australian": 3, "european": 4, "recipe": 3, "recipes": 3, "soldier": 2,
    "soldiers": 2, "cashier": 2, "favorite": 3, "favourite": 3, "separate": 3, "chocolate": 2,
    "camera": 3, "family": 3, "families": 3, "evening": 2, "temperature": 3, "laboratory": 4,
    "vegetable": 3, "vegetables": 3, "comfortable": 4, "mrs": 2, "ms": 1, "hmm": 1,
    "people": 2, "peoples": 2, "create": 2, "idea": 3, "ideas": 3, "area": 3, "areas": 3,
    "poem": 2, "poems": 2, "poet": 2, "poetry": 3, "quiet": 2, "science": 2, "usually": 4,
    "actually": 4, "genuine": 3, "naive": 2, "alien": 3, "aliens": 3, "nasa": 2, "mars": 1,
    "dr": 1, "ok": 2, "georgia": 2, "temperatures": 3, "hawaii": 3, "ohio": 3,
    "california": 4,
  ]
}
