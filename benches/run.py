#!/usr/bin/env python3
"""Kiln vs Node.js CPU benchmarks.

Builds every benches/*.js with `kiln build` (release), then runs each
executable and `node` on the same file in the same session, alternating,
and prints the best wall time, peak RSS and the Kiln/Node ratios. Nothing
here is a pass/fail threshold: it only measures.

    python3 benches/run.py [--runs N] [--kiln PATH] [NAME...]
"""
import argparse, os, subprocess, sys, time, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def measure(cmd, env):
    """Runs cmd once; returns (wall seconds, peak RSS in KiB, stdout)."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with status {status}")
    return wall, ru.ru_maxrss, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--kiln", default=os.path.join(ROOT, "target/release/kiln"))
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    env = dict(os.environ)
    env.pop("NODE_EXTRA_CA_CERTS", None)  # adds ~0.3 s to node's start-up here
    benches = sorted(f[:-3] for f in os.listdir(os.path.join(ROOT, "benches")) if f.endswith(".js"))
    if args.names:
        benches = [b for b in benches if b in args.names]
    tmp = tempfile.mkdtemp(prefix="kiln-bench-")
    node_version = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    print(f"node {node_version}, {args.runs} runs each, best wall time")
    print(f"{'benchmark':<12} {'kiln s':>9} {'node s':>9} {'ratio':>7} {'kiln RSS':>10} {'node RSS':>10} {'exe size':>10}")
    for b in benches:
        src = os.path.join(ROOT, "benches", b + ".js")
        exe = os.path.join(tmp, b)
        subprocess.run([args.kiln, "build", src, "-o", exe], check=True)
        size = os.path.getsize(exe)
        kt, nt, kr, nr = [], [], 0, 0
        for _ in range(args.runs):
            w, r, kout = measure([exe], env)
            kt.append(w); kr = max(kr, r)
            w, r, nout = measure(["node", src], env)
            nt.append(w); nr = max(nr, r)
            if kout != nout:
                raise SystemExit(f"{b}: output differs from node:\n{kout!r}\n{nout!r}")
        k, n = min(kt), min(nt)
        print(f"{b:<12} {k:>9.4f} {n:>9.4f} {k / n:>7.2f} {kr / 1024:>8.1f}MB {nr / 1024:>8.1f}MB {size / 1e6:>8.2f}MB")


if __name__ == "__main__":
    main()
