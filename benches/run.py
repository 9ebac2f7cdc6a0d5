#!/usr/bin/env python3
"""Kiln vs Node.js CPU benchmarks.

Builds every benches/*.js with `kiln build` (release), then runs each
executable and `node` on the same file in the same session, alternating,
and prints the best wall time, peak RSS and the Kiln/Node ratios. Nothing
here is a pass/fail threshold: it only measures.

    python3 benches/run.py [--runs N] [--kiln PATH] [NAME...]
"""
import argparse, os, shutil, subprocess, sys, time, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def measure(cmd, env):
    """Runs cmd once; returns (wall seconds, stdout)."""
    r, w = os.pipe()
    fa = [(os.POSIX_SPAWN_DUP2, w, 1), (os.POSIX_SPAWN_CLOSE, r), (os.POSIX_SPAWN_OPEN, 2, "/dev/null", os.O_WRONLY, 0)]
    path = cmd[0] if os.sep in cmd[0] else shutil.which(cmd[0])
    start = time.perf_counter()
    pid = os.posix_spawn(path, cmd, env, file_actions=fa)
    os.close(w)
    chunks = []
    while True:
        b = os.read(r, 1 << 16)
        if not b:
            break
        chunks.append(b)
    os.close(r)
    _, status, ru = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with status {status}")
    return wall, b"".join(chunks)


def peak_rss_kib(cmd, env):
    """Peak RSS of one run, via GNU time (a child's own rusage also counts
    the spawning Python process's pages, so it cannot be used)."""
    if not os.path.exists("/usr/bin/time"):
        return None
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        return int(p.stderr.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None


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
        kt, nt = [], []
        for _ in range(args.runs):
            w, kout = measure([exe], env)
            kt.append(w)
            w, nout = measure(["node", src], env)
            nt.append(w)
            if kout != nout:
                raise SystemExit(f"{b}: output differs from node:\n{kout!r}\n{nout!r}")
        k, n = min(kt), min(nt)
        kr, nr = peak_rss_kib([exe], env), peak_rss_kib(["node", src], env)
        mb = lambda r: f"{r / 1024:>8.1f}MB" if r else f"{'n/a':>10}"
        print(f"{b:<12} {k:>9.4f} {n:>9.4f} {k / n:>7.2f} {mb(kr)} {mb(nr)} {size / 1e6:>8.2f}MB")


if __name__ == "__main__":
    main()
