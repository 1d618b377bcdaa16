#!/usr/bin/env python3
"""Where an acceptance run's time went, from its cucumber.ndjson.

Prints the run's wall time, the scenarios' summed and median durations, the slowest scenarios and the
step texts and hooks with the most summed time (with their count and median), so a change to the suite can be
judged by the same figures before and after.

    python3 tools/report/step_times.py [artifacts/report/cucumber.ndjson] [--top N]
"""
import argparse
import json
import statistics
from collections import defaultdict


def seconds(timestamp):
    return timestamp["seconds"] + timestamp["nanos"] / 1e9


def duration(d):
    return d["seconds"] + d["nanos"] / 1e9


def load(path):
    pickles, test_cases, step_texts, started, finished, hooks = {}, {}, {}, {}, {}, {}
    run_started = run_finished = None
    step_seconds = defaultdict(float)
    step_of = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            message = json.loads(line)
            kind, body = next(iter(message.items()))
            if kind == "pickle":
                pickles[body["id"]] = body["name"]
                for step in body["steps"]:
                    step_texts[step["id"]] = step["text"]
            elif kind == "hook":
                hooks[body["id"]] = "hook " + body["sourceReference"]["javaMethod"]["methodName"]
            elif kind == "testCase":
                test_cases[body["id"]] = body["pickleId"]
                for step in body["testSteps"]:
                    if "pickleStepId" in step:
                        step_of[step["id"]] = step["pickleStepId"]
                    else:
                        step_of[step["id"]] = step["hookId"]
            elif kind == "testCaseStarted":
                started[body["id"]] = (body["testCaseId"], seconds(body["timestamp"]))
            elif kind == "testCaseFinished":
                finished[body["testCaseStartedId"]] = seconds(body["timestamp"])
            elif kind == "testStepFinished" and body["testStepId"] in step_of:
                text = step_texts.get(step_of[body["testStepId"]]) or hooks[step_of[body["testStepId"]]]
                step_seconds[(body["testCaseStartedId"], text)] += duration(body["testStepResult"]["duration"])
            elif kind == "testRunStarted":
                run_started = seconds(body["timestamp"])
            elif kind == "testRunFinished":
                run_finished = seconds(body["timestamp"])
    scenarios = {
        attempt: (pickles[test_cases[case]], finished[attempt] - at)
        for attempt, (case, at) in started.items() if attempt in finished
    }
    per_step = defaultdict(list)
    in_steps = defaultdict(float)
    for (attempt, text), spent in step_seconds.items():
        per_step[text].append(spent)
        in_steps[attempt] += spent
    # What a scenario spent outside its steps and hooks: the adapter disposing its drivers (stopping services).
    per_step["(outside steps and hooks)"] = [d - in_steps[attempt] for attempt, (_, d) in scenarios.items()]
    return run_started, run_finished, scenarios, per_step


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ndjson", nargs="?", default="artifacts/report/cucumber.ndjson")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    run_started, run_finished, scenarios, per_step = load(args.ndjson)
    durations = [d for _, d in scenarios.values()]
    if run_started is not None and run_finished is not None:
        print(f"run wall time (report's start to finish): {run_finished - run_started:.1f} s")
    print(f"scenarios: {len(durations)}, summed {sum(durations):.1f} s, "
          f"median {statistics.median(durations):.2f} s, max {max(durations):.1f} s")
    print(f"\nslowest {args.top} scenarios:")
    for name, d in sorted(scenarios.values(), key=lambda s: -s[1])[:args.top]:
        print(f"  {d:6.1f} s  {name}")
    print(f"\nsteps and hooks by summed time (top {args.top}): summed / count / median")
    for text, spent in sorted(per_step.items(), key=lambda s: -sum(s[1]))[:args.top]:
        print(f"  {sum(spent):6.1f} s {len(spent):4d} {statistics.median(spent):6.2f} s  {text}")


if __name__ == "__main__":
    main()
