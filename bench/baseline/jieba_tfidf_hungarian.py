#!/usr/bin/python3
"""Baseline aligner: jieba tokens + TF-IDF + Hungarian assignment.

This is the "script a serious user would write in an afternoon" that the
policy-lineage benchmark compares the library against. It deliberately has
no extra cleverness: tokenize each item with jieba, build TF-IDF vectors over
the items of both plans, take cosine similarity, solve a one-to-one
assignment, and threshold.

Usage:
    /usr/bin/python3 bench/baseline/jieba_tfidf_hungarian.py UPPER.json LOWER.json \
        [--link-threshold 0.3] [--inherit-threshold 0.9] [--time]

Inputs are plan JSON files (schema "policy-lineage/plan@1"), as written by
`policy-lineage parse FILE --json`. Output is one comparison JSON object
(schema "policy-lineage/comparison@1") on stdout.
"""

import argparse
import json
import sys
import time

T_START = time.perf_counter()

PLAN_SCHEMA = "policy-lineage/plan@1"
COMPARISON_SCHEMA = "policy-lineage/comparison@1"


class InputError(Exception):
    pass


def load_plan(path):
    """Read a plan JSON file and return its items in document order (depth-first)."""
    try:
        with open(path, encoding="utf-8") as f:
            plan = json.load(f)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file")
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 ({e.reason} at byte {e.start})")
    except json.JSONDecodeError as e:
        raise InputError(f"{path}: invalid JSON: {e.msg} at line {e.lineno} column {e.colno}")
    except OSError as e:
        raise InputError(f"{path}: {e.strerror or e}")

    if not isinstance(plan, dict):
        raise InputError(f"{path}: not a plan: top level is not a JSON object")
    if plan.get("schema") != PLAN_SCHEMA:
        raise InputError(f"{path}: not a plan: schema is {plan.get('schema')!r}, expected {PLAN_SCHEMA!r}")
    if not isinstance(plan.get("children"), list):
        raise InputError(f"{path}: not a plan: 'children' is not a list")

    items = []

    def walk(nodes, where):
        for i, node in enumerate(nodes):
            here = f"{where}[{i}]"
            if not isinstance(node, dict):
                raise InputError(f"{path}: invalid node at {here}: not an object")
            if node.get("kind") == "item":
                if not isinstance(node.get("id"), str):
                    raise InputError(f"{path}: item at {here} has no string 'id'")
                heading = node.get("heading") or ""
                text = node.get("text") or ""
                if not isinstance(heading, str) or not isinstance(text, str):
                    raise InputError(f"{path}: item {node['id']!r} has a non-string heading or text")
                items.append((node["id"], heading + "\n" + text))
            children = node.get("children")
            if children is not None:
                if not isinstance(children, list):
                    raise InputError(f"{path}: 'children' at {here} is not a list")
                walk(children, here + ".children")

    walk(plan["children"], "children")
    return items


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Baseline plan aligner: jieba + TF-IDF + Hungarian assignment.")
    ap.add_argument("upper", help="upper plan JSON (policy-lineage/plan@1)")
    ap.add_argument("lower", help="lower plan JSON (policy-lineage/plan@1)")
    ap.add_argument("--link-threshold", type=float, default=0.3,
                    help="minimum cosine similarity for an assigned pair to count as a link (default 0.3)")
    ap.add_argument("--inherit-threshold", type=float, default=0.9,
                    help="minimum cosine similarity for a link to be 'inherited' rather than 'modified' (default 0.9)")
    ap.add_argument("--time", action="store_true",
                    help="print a wall-time breakdown to stderr")
    args = ap.parse_args(argv)

    timings = []

    # --- read both plans (before the heavy imports, so bad input fails fast)
    t = time.perf_counter()
    try:
        upper = load_plan(args.upper)
        lower = load_plan(args.lower)
    except InputError as e:
        print(f"jieba_tfidf_hungarian: {e}", file=sys.stderr)
        return 1
    timings.append(("read plans", time.perf_counter() - t))

    # --- imports
    t = time.perf_counter()
    import logging
    import jieba
    import numpy as np
    from scipy.optimize import linear_sum_assignment
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity
    timings.append(("imports", time.perf_counter() - t))

    # --- jieba dictionary load
    t = time.perf_counter()
    jieba.setLogLevel(logging.CRITICAL)
    jieba.initialize()
    timings.append(("jieba dictionary load", time.perf_counter() - t))

    # --- tokenize, vectorize, assign
    t = time.perf_counter()

    def tokenize(s):
        # jieba emits whitespace/newlines as tokens; drop those only.
        return [tok for tok in jieba.lcut(s) if tok.strip()]

    docs = [tokenize(text) for _, text in upper] + [tokenize(text) for _, text in lower]
    n_up, n_lo = len(upper), len(lower)

    if n_up and n_lo and any(docs):
        identity = lambda x: x  # noqa: E731
        vec = TfidfVectorizer(tokenizer=identity, preprocessor=identity,
                              token_pattern=None, lowercase=False)
        X = vec.fit_transform(docs)
        sim = cosine_similarity(X[:n_up], X[n_up:])
    else:
        sim = np.zeros((n_up, n_lo))

    match = {}  # upper index -> (lower index, score)
    if n_up and n_lo:
        rows, cols = linear_sum_assignment(-sim)
        for r, c in zip(rows, cols):
            s = float(sim[r, c])
            if s >= args.link_threshold:
                match[int(r)] = (int(c), s)

    links = []
    matched_lower = set()
    for i, (uid, _) in enumerate(upper):
        if i in match:
            j, s = match[i]
            matched_lower.add(j)
            status = "inherited" if s >= args.inherit_threshold else "modified"
            links.append({"status": status, "upper": [uid], "lower": [lower[j][0]],
                          "score": round(s, 6)})
        else:
            links.append({"status": "dropped", "upper": [uid], "lower": [], "score": None})
    for j, (lid, _) in enumerate(lower):
        if j not in matched_lower:
            links.append({"status": "added", "upper": [], "lower": [lid], "score": None})

    summary = {k: 0 for k in ("inherited", "modified", "added", "dropped")}
    for link in links:
        summary[link["status"]] += 1
    timings.append(("vectorize+assign", time.perf_counter() - t))

    out = {"schema": COMPARISON_SCHEMA, "links": links, "summary": summary}
    sys.stdout.reconfigure(encoding="utf-8")
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")

    if args.time:
        for name, secs in timings:
            print(f"time {name}: {secs:.3f} s", file=sys.stderr)
        print(f"time total (process start to output): {time.perf_counter() - T_START:.3f} s",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
