#!/usr/bin/env python3
"""Where a newsnlp run's CPU went, from a Java Flight Recorder recording (docs/PERFORMANCE.md).

  java -XX:StartFlightRecording=filename=run.jfr,settings=profile -XX:FlightRecorderOptions=stackdepth=256 \
       -Xmx6g -jar target/newsnlp.jar --input=... --output=...
  scripts/jfr-breakdown.py run.jfr [--timeline]

Each execution sample (a thread on CPU) goes to the first phase below that one of its frames matches, so
model loading counts as loading even when a DoFn triggered it. Also prints GC pauses and, with --timeline,
the top phases of every 2 s of the run.
"""
import collections, datetime, json, re, subprocess, sys

PHASES = [
    ("startup: options", r"PipelineOptionsFactory\.(fromArgs|as|<clinit>)|Preflight|Launcher\.<clinit>"),
    ("model load: CoreNLP", r"StanfordCoreNLP\.<init>"),
    ("model load: language id", r"LanguageDetectorBuilder|LanguageIdentifier\$Holder"),
    ("model load: cleaner", r"LineModel\.(forInput|fromBytes)"),
    ("startup: graph build", r"NewsNlpPipeline\.buildPipeline|Pipeline\.create"),
    ("startup: runner start", r"DirectRunner\.run|Pipeline\.run"),
    ("end: publish tables", r"StagedTables\.(publish|writeTable)|PublishTablesFn"),
    ("end: summary and report", r"RunReport\.write|RunSummary\.(of|format)"),
    ("CoreNLP", r"StanfordCoreNLP\.annotate|AnnotationPipeline\.annotate"),
    ("language id", r"LanguageIdentifier\.detect|pemistahl\.lingua"),
    ("cleaning", r"CleanPageFn\.process"),
    ("reading", r"dev\.newsnlp\.read\."),
    ("rows and entities", r"AnnotateFn\.process"),
    ("staging rows", r"StageRowsFn"),
    ("other DoFns", r"SimpleDoFnRunner\.processElement"),
    ("runner: per-bundle setup", r"DoFnLifecycleManager|EvaluatorFactory\.forApplication|startBundle|finishBundle"),
    ("runner: watermarks, timers", r"WatermarkManager|QuiescenceDriver|extractFiredTimers"),
    ("runner: other", r"org\.apache\.beam\.runners\.direct"),
]


def secs(s):
    s = s.rstrip("Z")
    main, frac = (s.split(".") + ["0"])[:2]
    return datetime.datetime.fromisoformat(main).timestamp() + float("0." + frac)


def frames(e):
    return [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
            for f in (e.get("stackTrace") or {}).get("frames", [])]


def phase(fs):
    for name, rx in PHASES:
        if any(re.search(rx, f) for f in fs):
            return name
    if any("ClassLoader" in f or "defineClass" in f for f in fs):
        return "class loading (elsewhere)"
    if not fs or fs[-1].startswith(("java.lang.Thread.run", "jdk.jfr")):
        return "JVM and JFR threads"
    return "other"


def main():
    path, timeline = sys.argv[1], "--timeline" in sys.argv
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "300", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    samples = [e["values"] for e in json.loads(out)["recording"]["events"]]
    t0 = min(secs(e["startTime"]) for e in samples)
    t1 = max(secs(e["startTime"]) for e in samples)
    total, by_time = collections.Counter(), collections.defaultdict(collections.Counter)
    for e in samples:
        p = phase(frames(e))
        total[p] += 1
        by_time[int((secs(e["startTime"]) - t0) // 2) * 2][p] += 1
    n = sum(total.values())
    print("%s: %d CPU samples over %.0f s" % (path, n, t1 - t0))
    for p, k in total.most_common():
        print("  %-30s %6d %5.1f%%" % (p, k, 100.0 * k / n))
    gc = subprocess.run(["jfr", "print", "--events", "jdk.GarbageCollection", path], capture_output=True, text=True).stdout
    pauses = []
    for v in re.findall(r"sumOfPauses = ([\d.]+) (\w+)", gc):
        pauses.append(float(v[0]) * {"s": 1, "ms": 1e-3, "us": 1e-6, "ns": 1e-9}.get(v[1], 1))
    print("  GC: %d collections, %.2f s of pauses, longest %.3f s" % (len(pauses), sum(pauses), max(pauses or [0])))
    if timeline:
        for b in sorted(by_time):
            print("  %4d s  %s" % (b, "; ".join("%s %d" % kv for kv in by_time[b].most_common(3))))


if __name__ == "__main__":
    main()
