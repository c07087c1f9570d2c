import Testing

@testable import RubricateKit

/// First author's family name, year and title on entries of every common style, in the layouts
/// of `bench/data/reference-styles.jsonl` (see its README for where each pattern comes from).
@Suite struct ReferenceStylesTests {
  enum Style: String, Sendable {
    case acm, apa, astro, chicagoAuthorDate, chicagoNotes, cora, dblp, garbled, geo, harvard, ieee,
      lncs, mla,
      ocr, physics, science, vancouver
  }

  struct Case: Sendable, CustomStringConvertible {
    var style: Style
    var entry: String
    var family: String
    var year: String
    var title: String
    var description: String { "\(style): \(entry)" }

    init(_ style: Style, _ entry: String, family: String, year: String, title: String) {
      self.style = style
      self.entry = entry
      self.family = family
      self.year = year
      self.title = title
    }
  }

  static let cases: [Case] = [
    Case(
      .cora, "L. Breiman. Bagging predictors. Machine Learning, 24(2):123--140, 1996.",
      family: "Breiman", year: "1996",
      title: "Bagging predictors"),
    Case(
      .cora,
      "R. Agrawal and R. Srikant. Fast algorithms for mining association rules. "
        + "In Proceedings of the 20th VLDB Conference, pages 487-499, Santiago, "
        + "Chile, 1994.",
      family: "Agrawal", year: "1994",
      title: "Fast algorithms for mining association rules"),
    Case(
      .cora,
      "G. E. Hinton, S. Osindero, and Y. Teh. A fast learning algorithm for "
        + "deep belief nets. Neural Computation, 18:1527-1554, 2006.",
      family: "Hinton", year: "2006",
      title: "A fast learning algorithm for deep belief nets"),
    Case(
      .cora,
      "J. D. Ullman. Principles of Database and Knowledge-Base Systems, volume "
        + "1. Computer Science Press, 1988.",
      family: "Ullman", year: "1988",
      title: "Principles of Database and Knowledge-Base Systems"),
    Case(
      .cora,
      "[Wolpert, 1992] D. H. Wolpert. Stacked generalization. Neural Networks, "
        + "5:241-259, 1992.",
      family: "Wolpert", year: "1992",
      title: "Stacked generalization"),
    Case(
      .science,
      "Lander, E. S. et al. Initial sequencing and analysis of the human "
        + "genome. Nature 409, 860–921 (2001).",
      family: "Lander", year: "2001",
      title: "Initial sequencing and analysis of the human genome"),
    Case(
      .science,
      "Watson, J. D. & Crick, F. H. C. Molecular structure of nucleic acids: a "
        + "structure for deoxyribose nucleic acid. Nature 171, 737–738 (1953).",
      family: "Watson", year: "1953",
      title: "Molecular structure of nucleic acids: a structure for "
        + "deoxyribose nucleic acid"),
    Case(
      .science,
      "Becke, A. D. Density-functional thermochemistry. III. The role of exact "
        + "exchange. J. Chem. Phys. 1993, 98, 5648–5652.",
      family: "Becke", year: "1993",
      title: "Density-functional thermochemistry. III. The role of exact "
        + "exchange"),
    Case(
      .ieee,
      "[1] K. He, X. Zhang, S. Ren, and J. Sun, \"Deep residual learning for "
        + "image recognition,\" in Proc. IEEE Conf. Comput. Vis. Pattern Recognit. "
        + "(CVPR), 2016, pp. 770–778.",
      family: "He", year: "2016",
      title: "Deep residual learning for image recognition"),
    Case(
      .ieee,
      "[2] A. Krizhevsky, I. Sutskever, and G. E. Hinton, \"ImageNet "
        + "classification with deep convolutional neural networks,\" in Proc. Adv. "
        + "Neural Inf. Process. Syst., 2012, pp. 1097–1105.",
      family: "Krizhevsky", year: "2012",
      title: "ImageNet classification with deep convolutional neural "
        + "networks"),
    Case(
      .ieee,
      "[7] S. Hochreiter and J. Schmidhuber, \"Long short-term memory,\" Neural "
        + "Comput., vol. 9, no. 8, pp. 1735–1780, Nov. 1997.",
      family: "Hochreiter", year: "1997",
      title: "Long short-term memory"),
    Case(
      .ieee,
      "[14] S. Boyd and L. Vandenberghe, Convex Optimization. Cambridge, U.K.: "
        + "Cambridge Univ. Press, 2004.",
      family: "Boyd", year: "2004",
      title: "Convex Optimization"),
    Case(
      .vancouver, "1. Smith J, Jones K. Title of the article. J Name. 2019;12(3):45-67.",
      family: "Smith", year: "2019",
      title: "Title of the article"),
    Case(
      .vancouver,
      "2. Halpern SD, Ubel PA, Caplan AL. Viral infections of the respiratory "
        + "tract in children. N Engl J Med. 2002 Jul 25;347(4):284-7.",
      family: "Halpern", year: "2002",
      title: "Viral infections of the respiratory tract in children"),
    Case(
      .vancouver,
      "4. Petitti DB. Meta-analysis, decision analysis, and cost-effectiveness "
        + "analysis: methods for quantitative synthesis in medicine. 2nd ed. New "
        + "York: Oxford University Press; 2000.",
      family: "Petitti", year: "2000",
      title: "Meta-analysis, decision analysis, and cost-effectiveness "
        + "analysis: methods for quantitative synthesis in medicine"),
    Case(
      .acm,
      "Leslie Lamport. 1978. Time, clocks, and the ordering of events in a "
        + "distributed system. Commun. ACM 21, 7 (July 1978), 558–565. "
        + "https://doi.org/10.1145/359545.359563",
      family: "Lamport", year: "1978",
      title: "Time, clocks, and the ordering of events in a distributed "
        + "system"),
    Case(
      .acm,
      "Jeffrey Dean and Sanjay Ghemawat. 2004. MapReduce: Simplified Data "
        + "Processing on Large Clusters. In Proceedings of the 6th Symposium on "
        + "Operating Systems Design and Implementation (OSDI '04). USENIX "
        + "Association, 137–150.",
      family: "Dean", year: "2004",
      title: "MapReduce: Simplified Data Processing on Large Clusters"),
    Case(
      .acm,
      "Diego Ongaro and John Ousterhout. 2014. In Search of an Understandable "
        + "Consensus Algorithm. In 2014 USENIX Annual Technical Conference (USENIX "
        + "ATC 14). 305–319.",
      family: "Ongaro", year: "2014",
      title: "In Search of an Understandable Consensus Algorithm"),
    Case(
      .acm,
      "Donald E. Knuth. 1997. The Art of Computer Programming, Vol. 1: "
        + "Fundamental Algorithms (3rd. ed.). Addison Wesley Longman Publishing "
        + "Co., Inc., Redwood City, CA.",
      family: "Knuth", year: "1997",
      title: "The Art of Computer Programming, Vol. 1: Fundamental "
        + "Algorithms"),
    Case(
      .apa,
      "Grady, J. S., Her, M., Moreno, G., Perez, C., & Yelinek, J. (2019). "
        + "Emotions in storybooks: A comparison of storybooks that represent ethnic "
        + "and racial groups in the United States. Psychology of Popular Media "
        + "Culture, 8(3), 207–217. https://doi.org/10.1037/ppm0000185",
      family: "Grady", year: "2019",
      title: "Emotions in storybooks: A comparison of storybooks that "
        + "represent ethnic and racial groups in the United States"),
    Case(
      .apa,
      "Jackson, L. M. (2019). The psychology of prejudice: From attitudes to "
        + "social action (2nd ed.). American Psychological Association. "
        + "https://doi.org/10.1037/0000168-000",
      family: "Jackson", year: "2019",
      title: "The psychology of prejudice: From attitudes to social action"),
    Case(
      .apa,
      "Centers for Disease Control and Prevention. (2022, June 2). Physical "
        + "activity for adults. "
        + "https://www.cdc.gov/physicalactivity/basics/adults/index.htm",
      family: "Centers for Disease Control and Prevention", year: "2022",
      title: "Physical activity for adults"),
    Case(
      .mla, "Morrison, Toni. Beloved. Alfred A. Knopf, 1987.",
      family: "Morrison", year: "1987",
      title: "Beloved"),
    Case(
      .mla, "Said, Edward W. Orientalism. Pantheon Books, 1978.",
      family: "Said", year: "1978",
      title: "Orientalism"),
    Case(
      .mla, "Baldwin, James. Notes of a Native Son. Beacon Press, 1955.",
      family: "Baldwin", year: "1955",
      title: "Notes of a Native Son"),
    Case(
      .chicagoAuthorDate,
      "Pollan, Michael. 2006. The Omnivore's Dilemma: A Natural History of Four "
        + "Meals. New York: Penguin.",
      family: "Pollan", year: "2006",
      title: "The Omnivore's Dilemma: A Natural History of Four Meals"),
    Case(
      .chicagoAuthorDate,
      "Ward, Geoffrey C., and Ken Burns. 2007. The War: An Intimate History, "
        + "1941–1945. New York: Knopf.",
      family: "Ward", year: "2007",
      title: "The War: An Intimate History, 1941–1945"),
    Case(
      .chicagoNotes,
      "1. Michael Pollan, The Omnivore's Dilemma: A Natural History of Four "
        + "Meals (New York: Penguin, 2006), 99–100.",
      family: "Pollan", year: "2006",
      title: "The Omnivore's Dilemma: A Natural History of Four Meals"),
    Case(
      .chicagoNotes,
      "3. John D. Kelly, \"The Cardinal Virtues of Rhetoric,\" Journal of "
        + "Classical Studies 58, no. 2 (2010): 45.",
      family: "Kelly", year: "2010",
      title: "The Cardinal Virtues of Rhetoric"),
    Case(
      .harvard,
      "Bell, J. (2010) Doing your research project. 5th edn. Maidenhead: Open "
        + "University Press.",
      family: "Bell", year: "2010",
      title: "Doing your research project"),
    Case(
      .harvard, "Dawkins, R. (1976) The selfish gene. Oxford: Oxford University Press.",
      family: "Dawkins", year: "1976",
      title: "The selfish gene"),
    Case(
      .garbled,
      "SMITH, J. (2019). Social media and teen anxiety. Journal of Youth "
        + "Studies, 22(4), 501-519.",
      family: "SMITH", year: "2019",
      title: "Social media and teen anxiety"),
    Case(
      .garbled,
      "JOHNSON, M. AND LEE, K. (2018) The effects of sleep on memory. Sleep "
        + "Research 12, 44-58.",
      family: "JOHNSON", year: "2018",
      title: "The effects of sleep on memory"),
    Case(
      .garbled, "wilson, mark. \"Electric cars are the future\" Wired, 2019.",
      family: "wilson", year: "2019",
      title: "Electric cars are the future"),
    Case(
      .garbled, "Thomas, Dana, 2020, Fast fashion and its environmental cost, Vogue.",
      family: "Thomas", year: "2020",
      title: "Fast fashion and its environmental cost"),
    Case(
      .garbled,
      "Scott, E. et. al. (2018). Minimum wage and jobs. Labor Economics, 50, "
        + "1-22.",
      family: "Scott", year: "2018",
      title: "Minimum wage and jobs"),
    Case(
      .garbled,
      "Baker, T (2019) The rise of esports [online] Available at: "
        + "https://www.forbes.com/esports [Accessed 4 Feb 2020]",
      family: "Baker", year: "2019",
      title: "The rise of esports"),
    Case(
      .lncs,
      "Agrawal, R., Srikant, R.: Fast algorithms for mining association rules. "
        + "In: Proc. 20th Int. Conf. Very Large Data Bases, VLDB, pp. 487–499 "
        + "(1994)",
      family: "Agrawal", year: "1994",
      title: "Fast algorithms for mining association rules"),
    Case(
      .lncs, "Breiman, L.: Random forests. Machine Learning 45(1), 5–32 (2001)",
      family: "Breiman", year: "2001",
      title: "Random forests"),
    Case(
      .dblp,
      "Jiawei Han, Jian Pei, Yiwen Yin: Mining Frequent Patterns without "
        + "Candidate Generation. SIGMOD Conference 2000: 1-12",
      family: "Han", year: "2000",
      title: "Mining Frequent Patterns without Candidate Generation"),
    Case(
      .dblp,
      "Martin Ester, Hans-Peter Kriegel, Jörg Sander, Xiaowei Xu: A "
        + "Density-Based Algorithm for Discovering Clusters in Large Spatial "
        + "Databases with Noise. KDD 1996: 226-231",
      family: "Ester", year: "1996",
      title: "A Density-Based Algorithm for Discovering Clusters in Large "
        + "Spatial Databases with Noise"),
    Case(
      .ocr,
      "J.R. Quinlan. C4.5: Programs for Machine Learning. Morgan Kaufmann, San "
        + "Mateo, CA, 1993.",
      family: "Quinlan", year: "1993",
      title: "C4.5: Programs for Machine Learning"),
    Case(
      .ocr,
      "R.L. Rivest. Learning decision lists. Machine Learning, 2(3):229-246, "
        + "1987.",
      family: "Rivest", year: "1987",
      title: "Learning decision lists"),
    Case(
      .geo,
      "Vail, P.R., Mitchum, R.M. & Thompson, S. 1977: Seismic stratigraphy and "
        + "global changes of sea level. American Association of Petroleum "
        + "Geologists Memoir 26, 83–97.",
      family: "Vail", year: "1977",
      title: "Seismic stratigraphy and global changes of sea level"),
    Case(
      .geo,
      "Haq, B.U., Hardenbol, J. & Vail, P.R. 1987. Chronology of fluctuating "
        + "sea levels since the Triassic. Science 235, 1156–1167.",
      family: "Haq", year: "1987",
      title: "Chronology of fluctuating sea levels since the Triassic"),
    Case(
      .physics,
      "J.M. Maldacena, The large N limit of superconformal field theories and "
        + "supergravity, Adv. Theor. Math. Phys. 2 (1998) 231 [hep-th/9711200] "
        + "[INSPIRE].",
      family: "Maldacena", year: "1998",
      title: "The large N limit of superconformal field theories and "
        + "supergravity"),
    Case(
      .physics,
      "E. Witten, Anti-de Sitter space and holography, Adv. Theor. Math. Phys. "
        + "2 (1998) 253 [hep-th/9802150] [INSPIRE].",
      family: "Witten", year: "1998",
      title: "Anti-de Sitter space and holography"),
    Case(
      .physics,
      "ATLAS collaboration, Observation of a new particle in the search for the "
        + "Standard Model Higgs boson with the ATLAS detector at the LHC, Phys. "
        + "Lett. B 716 (2012) 1 [arXiv:1207.7214] [INSPIRE].",
      family: "ATLAS collaboration", year: "2012",
      title: "Observation of a new particle in the search for the Standard "
        + "Model Higgs boson with the ATLAS detector at the LHC"),
    Case(
      .astro,
      "Dopita, M. A., & Sutherland, R. S. 2003, Astrophysics of the Diffuse "
        + "Universe (Berlin: Springer)",
      family: "Dopita", year: "2003",
      title: "Astrophysics of the Diffuse Universe"),
    Case(
      .astro,
      "Asplund, M., Grevesse, N., Sauval, A. J., & Scott, P. 2009, ARA&A, 47, "
        + "481",
      family: "Asplund", year: "2009",
      title: "ARA&A"),
  ]

  @Test(arguments: cases)
  func familyYearAndTitle(_ example: Case) {
    let entry = ReferenceParser.parse(example.entry)
    #expect(entry.authors.first?.family == example.family)
    #expect(entry.year == example.year)
    #expect(entry.title == example.title)
  }
}
