#!/usr/bin/env python3
"""`kiln lsp` latency: time from a didChange to its publishDiagnostics.

Starts `kiln lsp` with the debounce off (KILN_LSP_DEBOUNCE_MS=0), opens a
generated 1,000-line and a 10,000-line CommonJS file, then types into each
(one character inserted or deleted per didChange, incremental sync) and
measures, per edit, the wall time until diagnostics for that version
arrive. Prints p50/p90/p99/max, the server's CPU time per edit (which,
unlike wall time, does not depend on what else the machine runs), and the server's resident memory per open
file (RSS growth while opening many copies of the 1,000-line file). Goals
(issue 4): p50 < 2 ms at 1,000 lines, < 20 ms at 10,000, p99 < 3x p50.

    python3 benches/lsp_latency.py [--kiln PATH] [--edits N] [--mode string|syntax] [--position last|first] [--server CMD...]

`--server` measures another server the same way (e.g.
`--server typescript-language-server --stdio`); it must publish diagnostics
with the document version, or the first diagnostics after an edit count.
typescript-language-server (it needs typescript@5: TypeScript 7 has no
tsserver) publishes only diagnostics that changed and has its own delay:
measure it with `--mode syntax`. Its RSS is the wrapper's only (tsserver
runs in child processes).
"""
import argparse, json, os, subprocess, sys, time, threading, queue

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Server:
    def __init__(self, cmd, env):
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        self.q = queue.Queue()
        self.id = 0
        # Set when diagnostics come without a version (typescript-language-server):
        # then publications still due for an earlier edit are drained before
        # the next edit, so that they are not taken for its answer.
        self.versionless = False
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.p.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            self.q.put(json.loads(out.read(length)))

    def send(self, msg):
        body = json.dumps(msg).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params):
        self.id += 1
        rid = self.id
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        while True:
            m = self.q.get(timeout=60)
            if m.get("id") == rid and "method" not in m:
                return m.get("result")
            if "method" in m and "id" in m:  # a request from the server: answer null
                self.send({"jsonrpc": "2.0", "id": m["id"], "result": None})

    def wait_diagnostics(self, uri, version):
        while True:
            m = self.q.get(timeout=60)
            if "method" in m and "id" in m:
                self.send({"jsonrpc": "2.0", "id": m["id"], "result": None})
                continue
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri:
                v = m["params"].get("version")
                if v is None:
                    self.versionless = True
                if v is None or v >= version:
                    return m["params"]["diagnostics"]

    def drain(self, quiet):
        """Discards messages until none arrived for `quiet` seconds."""
        while True:
            try:
                m = self.q.get(timeout=quiet)
            except queue.Empty:
                return
            if "method" in m and "id" in m:
                self.send({"jsonrpc": "2.0", "id": m["id"], "result": None})

    def rss_kib(self):
        with open(f"/proc/{self.p.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def cpu_ms(self):
        """User + system CPU time of the server so far (contention-independent)."""
        with open(f"/proc/{self.p.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")

    def stop(self):
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.p.wait(timeout=5)
        except Exception:
            self.p.kill()


def program(lines):
    """A realistic CommonJS file of about `lines` lines that Kiln compiles."""
    chunk = [
        "/** Sums the squares of the first n integers. */",
        "function sumSquares{i}(n) {{",
        "  let total = 0;",
        "  for (let k = 0; k < n; k++) {{",
        "    total += k * k;",
        "  }}",
        "  return total;",
        "}}",
        "const table{i} = {{",
        "  name: \"entry{i}\",",
        "  scale(x) {{ return x * {i}; }},",
        "}};",
        "function describe{i}(items) {{",
        "  const parts = [];",
        "  for (const key in items) {{",
        "    if (items[key] !== undefined) parts.push(key + \"=\" + String(items[key]));",
        "  }}",
        "  return parts.join(\", \") + table{i}.scale(sumSquares{i}(3));",
        "}}",
        "console.log(describe{i}({{ a: 1, b: \"two\" }}), \"s\");",
    ]
    out = []
    i = 0
    while len(out) < lines:
        out.extend(l.format(i=i) for l in chunk)
        i += 1
    return "\n".join(out[:lines]) + "\n"


def percentile(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def measure(server, name, text, edits, mode="string", position="last"):
    uri = f"file:///tmp/kiln-bench/{name}"
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "javascript", "version": 1, "text": text}})
    server.wait_diagnostics(uri, 1)
    if server.versionless:
        server.drain(2.0)
    # Type into the last string literal (or, with position "first", the first
    # one, so that every statement after the edit moves): insert then delete
    # a character.
    lines = text.rstrip("\n").split("\n")
    if position == "first":
        line = next(i for i, l in enumerate(lines) if '"' in l)
        col = lines[line].index('"') + 2
    else:
        line = len(lines) - 1
        col = lines[-1].rindex('"s"') + 2
    times = []
    version = 1
    for n in range(edits):
        version += 1
        if mode == "syntax":
            # Insert then delete a "(" in code: every edit changes the
            # diagnostics (a K0001 appears and goes), which servers that
            # publish only changed diagnostics need.
            at = {"line": 3, "character": 0}
            end = at if n % 2 == 0 else {"line": 3, "character": 1}
            change = {"range": {"start": at, "end": end}, "text": "(" if n % 2 == 0 else ""}
        elif n % 2 == 0:
            change = {"range": {"start": {"line": line, "character": col}, "end": {"line": line, "character": col}}, "text": "x"}
        else:
            change = {"range": {"start": {"line": line, "character": col}, "end": {"line": line, "character": col + 1}}, "text": ""}
        t0 = time.perf_counter()
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
        server.wait_diagnostics(uri, version)
        times.append((time.perf_counter() - t0) * 1000)
        if server.versionless:
            server.drain(0.5)
    server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    return times


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kiln", default=os.path.join(ROOT, "target/release/kiln"))
    ap.add_argument("--edits", type=int, default=200)
    ap.add_argument("--files", type=int, default=20, help="copies opened for the memory figure")
    ap.add_argument("--mode", choices=["string", "syntax"], default="string",
                    help="string: type into a string literal (default); syntax: add and remove a '(' in code, "
                         "so that every edit changes the diagnostics (typescript-language-server publishes only changes)")
    ap.add_argument("--position", choices=["last", "first"], default="last",
                    help="--mode string types into the file's last string literal (default) or its first")
    ap.add_argument("--server", nargs=argparse.REMAINDER, help="another server command to measure instead")
    a = ap.parse_args()
    cmd = a.server or [a.kiln, "lsp"]
    env = dict(os.environ, KILN_LSP_DEBOUNCE_MS="0")
    s = Server(cmd, env)
    s.request("initialize", {"processId": os.getpid(), "rootUri": "file:///tmp/kiln-bench/",
                                "capabilities": {"textDocument": {"publishDiagnostics": {"versionSupport": True}}}})
    s.notify("initialized", {})
    print(f"server: {' '.join(cmd)}; edits: {a.mode}" + (f" ({a.position} string)" if a.mode == "string" else ""))
    # Memory first, on a fresh server: open copies of the 1,000-line file
    # and keep them open (each is analysed: diagnostics are published).
    text = program(1000)
    measure(s, "warm-mem.js", text, 2, a.mode)
    before = s.rss_kib()
    for k in range(a.files):
        uri = f"file:///tmp/kiln-bench/mem{k}.js"
        s.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "javascript", "version": 1, "text": text}})
        s.wait_diagnostics(uri, 1)
    after = s.rss_kib()
    print(f"memory: {(after - before) / a.files:.0f} KiB RSS per open 1,000-line file "
          f"({a.files} files; {len(text) // 1024} KiB of source each; server RSS {after // 1024} MiB)")
    for lines in (1000, 10000):
        text = program(lines)
        measure(s, f"warm{lines}.js", text, 10, a.mode, a.position)  # warm-up
        cpu0 = s.cpu_ms()
        t = measure(s, f"bench{lines}.js", text, a.edits, a.mode, a.position)
        cpu = (s.cpu_ms() - cpu0) / a.edits
        p50, p99 = percentile(t, 50), percentile(t, 99)
        print(f"{lines:>6} lines ({len(text) // 1024} KiB): didChange->publishDiagnostics "
              f"p50 {p50:.2f} ms  p90 {percentile(t, 90):.2f} ms  p99 {p99:.2f} ms  max {max(t):.2f} ms  "
              f"(p99/p50 {p99 / p50:.1f}, n={len(t)}); server CPU {cpu:.1f} ms per edit")
    s.stop()


if __name__ == "__main__":
    main()
