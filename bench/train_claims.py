#!/usr/bin/env python3
"""Train the sentence-role models (claim, evidence) on the argument-annotated essays.

Usage: python3 bench/train_claims.py [--dump FILE] [--folds 5] [--l2 2.0] [--no-write]

1. Features come from the Swift code itself (the single source of truth): an opt-in test,
   `ArgumentCorpusDump`, writes every sentence of ../shared/data/argument-essays/ with its
   named features (run here with `swift test --filter ArgumentCorpusDump`, or pass an
   existing dump with --dump). Each essay is read as its file is (`layout: file`: one
   paragraph a line, the title line first, as `rubricate analyze --input-format text` reads
   it) and once more with no line breaks at all (`layout: flat`: the body as one paragraph, no
   title, as ASAP's essays come). The models are fitted on both; figures are per layout.
2. Gold labels as in bench/claims.py: a sentence is a claim when it overlaps a Claim or
   MajorClaim span, evidence when it overlaps a Premise span.
3. Two L2-regularised logistic regressions (claim vs not, evidence vs not), fitted by
   Newton's method (numpy, training only). The decision rule: claim when p(claim) >= t_c and
   p(claim) >= m * p(evidence); else evidence when p(evidence) >= t_e; else other; then the
   rule table of ArgumentModel.swift (questions and headings are not claims or evidence; past-tense
   narrative with no stance cue and structure announcements are not claims).
4. k-fold cross-validation grouped by essay (seeded; both layouts of an essay in one fold): per fold, the models are fitted and the
   thresholds tuned on the training folds only, and scored on the held-out fold. The held-out
   figures are printed; the training fit is never reported as the result.
5. The shipped model is fitted on all essays; its thresholds are those that maximise the
   out-of-fold scores. Written to Sources/RubricateKit/Argument/ArgumentModel+Weights.swift.
"""
import argparse
import collections
import json
import os
import random
import subprocess
import sys
import tempfile

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "argument-essays"))
WEIGHTS = os.path.join(ROOT, "Sources", "RubricateKit", "Argument", "ArgumentModel+Weights.swift")

# Mirrors ArgumentModel.rules / arguableCues (the Swift table is authoritative).
ARGUABLE = ["has.opinion", "has.stance", "has.obligation", "has.evaluative", "has.conclusive",
            "has.possibility", "has.prediction", "has.booster", "has.hedge", "opens.conclusion",
            "has.reason"]


def dump_features(path):
    env = dict(os.environ, RUBRICATE_ARGUMENT_CORPUS=DATA, RUBRICATE_ARGUMENT_DUMP=path)
    subprocess.run(["swift", "test", "--filter", "ArgumentCorpusDump"], cwd=ROOT, env=env,
                   check=True, stdout=subprocess.DEVNULL)


def gold_labels(records):
    spans = collections.defaultdict(list)
    with open(os.path.join(DATA, "spans.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            span = json.loads(line)
            spans[span["essay_id"]].append(span)
    claims, evidence = [], []
    for record in records:
        overlapping = [s for s in spans[record["essay"]]
                       if s["start"] < record["end"] and record["start"] < s["end"]]
        claims.append(any(s["type"] in ("Claim", "MajorClaim") for s in overlapping))
        evidence.append(any(s["type"] == "Premise" for s in overlapping))
    return np.array(claims), np.array(evidence)


def fit(matrix, labels, l2):
    weights = np.zeros(matrix.shape[1])
    penalty = np.full(matrix.shape[1], l2)
    penalty[-1] = 0  # the bias is not regularised
    for _ in range(100):
        probability = 1 / (1 + np.exp(-matrix @ weights))
        gradient = matrix.T @ (probability - labels) + penalty * weights
        hessian = (matrix * (probability * (1 - probability))[:, None]).T @ matrix
        hessian += np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-9:
            break
    return weights


def predict(matrix, weights):
    return 1 / (1 + np.exp(-matrix @ weights))


def decide(p_claim, p_evidence, thresholds, vetoes):
    t_claim, margin, t_evidence = thresholds
    claim = (p_claim >= t_claim) & (p_claim >= margin * p_evidence)
    evidence = ~claim & (p_evidence >= t_evidence)
    question, narrative, announcement = vetoes
    claim_vetoed = claim & (question | narrative | announcement)
    claim = claim & ~claim_vetoed
    evidence = evidence & ~question
    return claim, evidence


def prf(predicted, gold):
    tp = int((predicted & gold).sum())
    precision = tp / max(1, int(predicted.sum()))
    recall = tp / max(1, int(gold.sum()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


GRID = [(tc, m, te) for tc in np.arange(0.25, 0.61, 0.025) for m in (0.6, 0.8, 1.0, 1.2)
        for te in np.arange(0.25, 0.61, 0.025)]


def tune(p_claim, p_evidence, gold_claim, gold_evidence, vetoes):
    best, best_score = None, -1
    for thresholds in GRID:
        claim, evidence = decide(p_claim, p_evidence, thresholds, vetoes)
        score = prf(claim, gold_claim)[2] + prf(evidence, gold_evidence)[2]
        if score > best_score:
            best, best_score = thresholds, score
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dump", help="an existing ArgumentCorpusDump output")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=2.0)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--layout", choices=["file", "flat"],
                        help="fit and score on one layout only (default: both)")
    args = parser.parse_args()

    path = args.dump
    if path is None:
        path = os.path.join(tempfile.mkdtemp(), "argument-dump.jsonl")
        dump_features(path)
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    gold_claim, gold_evidence = gold_labels(records)
    names = sorted({name for record in records for name in record["features"]})
    matrix = np.array([[record["features"].get(name, 0.0) for name in names] + [1.0]
                       for record in records])
    column = {name: index for index, name in enumerate(names)}

    def flag(name):
        return matrix[:, column[name]] if name in column else np.zeros(len(records))

    question = (flag("shape.question") > 0) | (flag("shape.heading") > 0)
    narrative = (flag("has.narrative") >= 2 / 3 - 1e-9) & np.all(
        [flag(name) == 0 for name in ARGUABLE], axis=0)
    announcement = flag("shape.announcement") > 0
    vetoes = (question, narrative, announcement)

    layouts = np.array([record.get("layout", "file") for record in records])
    if args.layout:
        keep = layouts == args.layout
        records = [record for record, kept in zip(records, keep) if kept]
        matrix, gold_claim, gold_evidence = matrix[keep], gold_claim[keep], gold_evidence[keep]
        question, narrative, layouts = question[keep], narrative[keep], layouts[keep]
        announcement = announcement[keep]
        vetoes = (question, narrative, announcement)
    essays = sorted({record["essay"] for record in records})
    random.Random(args.seed).shuffle(essays)
    fold_of = {essay: index % args.folds for index, essay in enumerate(essays)}
    folds = np.array([fold_of[record["essay"]] for record in records])
    out_claim = np.zeros(len(records))
    out_evidence = np.zeros(len(records))
    predicted_claim = np.zeros(len(records), bool)
    predicted_evidence = np.zeros(len(records), bool)
    fold_scores = []
    for fold in range(args.folds):
        train, test = folds != fold, folds == fold
        w_claim = fit(matrix[train], gold_claim[train], args.l2)
        w_evidence = fit(matrix[train], gold_evidence[train], args.l2)
        thresholds = tune(predict(matrix[train], w_claim), predict(matrix[train], w_evidence),
                          gold_claim[train], gold_evidence[train],
                          (question[train], narrative[train], announcement[train]))
        out_claim[test] = predict(matrix[test], w_claim)
        out_evidence[test] = predict(matrix[test], w_evidence)
        claim, evidence = decide(out_claim[test], out_evidence[test], thresholds,
                                 (question[test], narrative[test], announcement[test]))
        predicted_claim[test], predicted_evidence[test] = claim, evidence
        as_files = layouts[test] == "file"
        fold_scores.append((prf(claim[as_files], gold_claim[test][as_files])[2],
                            prf(evidence[as_files], gold_evidence[test][as_files])[2]))

    print(f"{len(essays)} essays, {len(records)} sentences (both layouts), {len(names)} features, "
          f"{args.folds}-fold cross-validation by essay (seed {args.seed}, l2 {args.l2})")
    for name in sorted(set(layouts)):
        part = layouts == name
        print(f"held-out  {name:4}  claim    P %.3f R %.3f F1 %.3f" % prf(
            predicted_claim[part], gold_claim[part]))
        print(f"held-out  {name:4}  evidence P %.3f R %.3f F1 %.3f" % prf(
            predicted_evidence[part], gold_evidence[part]))
    print("per fold  claim F1 " + " ".join("%.3f" % c for c, _ in fold_scores)
          + " | evidence F1 " + " ".join("%.3f" % e for _, e in fold_scores)
          + " (files as they are)")

    w_claim = fit(matrix, gold_claim, args.l2)
    w_evidence = fit(matrix, gold_evidence, args.l2)
    thresholds = tune(out_claim, out_evidence, gold_claim, gold_evidence, vetoes)
    print("shipped thresholds: claim %.3f, claim/evidence %.2f, evidence %.3f" % thresholds)
    if not args.no_write:
        write_weights(names, w_claim, w_evidence, thresholds, args, len(essays))
        print(f"wrote {os.path.relpath(WEIGHTS, ROOT)}")


def swift_table(names, weights):
    entries = [(name, round(float(weight), 3)) for name, weight in zip(names, weights[:-1])]
    entries = [(name, weight) for name, weight in entries if weight != 0]
    lines = [f'      "{name}": {weight!r},' for name, weight in entries]
    return "\n".join(lines), round(float(weights[-1]), 3)


def write_weights(names, w_claim, w_evidence, thresholds, args, essays):
    claim_table, claim_bias = swift_table(names, w_claim)
    evidence_table, evidence_bias = swift_table(names, w_evidence)
    text = f"""// Generated by `python3 bench/train_claims.py` (do not edit by hand; re-run it instead).
// Two L2-regularised logistic regressions (l2 {args.l2}) fitted on the features that the
// ArgumentCorpusDump test computes for every sentence of the {essays} argument-annotated essays
// in ../shared/data/argument-essays/ (Stab & Gurevych, AAE 2.0, train split), each read as its
// file is (a paragraph a line, title first) and once with no line breaks: gold claim =
// the sentence overlaps a Claim or MajorClaim span, gold evidence = it overlaps a Premise.
// The thresholds maximise claim F1 + evidence F1 on {args.folds}-fold out-of-fold predictions
// (seed {args.seed}). Each weight is the change in log-odds when the feature is 1.
extension ArgumentModel {{
  static let thresholds = Thresholds(
    claim: {thresholds[0]:.3f}, claimOverEvidence: {thresholds[1]:.2f}, evidence: {thresholds[2]:.3f})

  static let claim = LogisticModel(
    bias: {claim_bias!r},
    weights: [
{claim_table}
    ])

  static let evidence = LogisticModel(
    bias: {evidence_bias!r},
    weights: [
{evidence_table}
    ])
}}
"""
    with open(WEIGHTS, "w", encoding="utf-8") as handle:
        handle.write(text)


if __name__ == "__main__":
    sys.exit(main())
