import Foundation
import Testing

@testable import RubricateKit

/// Opt-in timing of comment scoring, run by `bench/comments.py` in a release build.
///
/// The class comes from the file named by `RUBRICATE_COMMENT_BENCH` (JSON written by the
/// script: `{"posts": [text], "comments": [{"post": index, "text": text}]}`); without it the
/// test does nothing.
@Suite struct CommentBenchmarkTests {
  struct Batch: Decodable {
    struct Item: Decodable {
      var post: Int
      var text: String
    }
    var posts: [String]
    var comments: [Item]
  }

  @Test func timeCommentScoring() throws {
    guard let path = ProcessInfo.processInfo.environment["RUBRICATE_COMMENT_BENCH"] else { return }
    let batch = try JSONDecoder().decode(
      Batch.self, from: try Data(contentsOf: URL(fileURLWithPath: path)))
    // Segmentation finds the body paragraphs before comments are scored: not timed here.
    let posts = batch.posts.map { Document(text: $0) }.map { (document: $0, body: $0.paragraphs()) }
    let comments = batch.comments.map { item in
      let document = Document(text: item.text)
      return (post: item.post, document: document, body: document.paragraphs())
    }
    let clock = ContinuousClock()
    var best = Duration.seconds(1_000)
    var bestCached = Duration.seconds(1_000)
    var bestCPU = 1_000.0
    var bestCachedCPU = 1_000.0
    var checksum = 0
    for _ in 0..<5 {
      // What `Analyzer` does today: learn weights, then read each comment against its post.
      var cpu = threadCPUSeconds()
      let elapsed = clock.measure {
        let weights = TermWeights(documents: batch.posts)
        for comment in comments {
          let post = posts[comment.post]
          let result = CommentAnalyzer.analyze(
            comment: comment.document, body: comment.body, post: post.document,
            postBody: post.body, weights: weights)
          checksum &+= result.moves.count
        }
      }
      best = min(best, elapsed)
      bestCPU = min(bestCPU, threadCPUSeconds() - cpu)
      cpu = threadCPUSeconds()
      // With each post prepared once (``CommentContext``).
      let cached = clock.measure {
        let weights = TermWeights(documents: batch.posts)
        let contexts = posts.map {
          CommentContext(document: $0.document, body: $0.body, weights: weights)
        }
        for comment in comments {
          let result = CommentAnalyzer.analyze(
            comment: comment.document, body: comment.body, post: contexts[comment.post],
            weights: weights)
          checksum &+= result.moves.count
        }
      }
      bestCached = min(bestCached, cached)
      bestCachedCPU = min(bestCachedCPU, threadCPUSeconds() - cpu)
    }
    print(
      "comment-bench posts=\(posts.count) comments=\(comments.count)"
        + " seconds=\(seconds(best)) cachedSeconds=\(seconds(bestCached))"
        + " cpuSeconds=\(String(format: "%.4f", bestCPU))"
        + " cachedCPUSeconds=\(String(format: "%.4f", bestCachedCPU)) checksum=\(checksum)")
  }

  /// CPU time of the calling thread: what the work costs, whatever else the machine runs.
  private func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  private func seconds(_ duration: Duration) -> String {
    let components = duration.components
    let value = Double(components.seconds) + Double(components.attoseconds) / 1e18
    return String(format: "%.4f", value)
  }
}
