//! `kiln lsp` driven like an editor: the real binary as a child process,
//! JSON-RPC with Content-Length framing over its stdio. Responses are
//! snapshotted (file URIs normalised to `file:///ws/`). A property test
//! applies thousands of random edits and checks the server keeps answering
//! and keeps the same text as the client.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

const ROOT: &str = "file:///tmp/kiln-lsp-test/";
const TIMEOUT: Duration = Duration::from_secs(20);

struct Lsp {
    child: Child,
    stdin: ChildStdin,
    rx: Receiver<Value>,
    next_id: i64,
    /// Notifications received while waiting for a response.
    queued: Vec<Value>,
    /// The workspace folder's URI (ends with `/`).
    root: String,
}

fn uri(name: &str) -> String {
    format!("{ROOT}{name}")
}

fn normalise(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap().replace(ROOT, "file:///ws/")
}

impl Lsp {
    fn start(debounce_ms: u32) -> Lsp {
        Lsp::start_in(debounce_ms, ROOT)
    }

    fn start_in(debounce_ms: u32, root: &str) -> Lsp {
        Lsp::spawn(debounce_ms, root, &[], json!({}))
    }

    fn start_with_env(debounce_ms: u32, env: &[(&str, &str)]) -> Lsp {
        Lsp::spawn(debounce_ms, ROOT, env, json!({}))
    }

    fn spawn(debounce_ms: u32, root: &str, env: &[(&str, &str)], capabilities: Value) -> Lsp {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kiln"))
            .arg("lsp")
            .envs(env.iter().copied())
            .env("KILN_LSP_DEBOUNCE_MS", debounce_ms.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn kiln lsp");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut len = None;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return; // EOF: the server exited
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length: ") {
                        len = v.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; len.expect("Content-Length header")];
                if r.read_exact(&mut body).is_err() {
                    return;
                }
                let v: Value = serde_json::from_slice(&body).expect("valid JSON from server");
                if tx.send(v).is_err() {
                    return;
                }
            }
        });
        let mut lsp = Lsp { child, stdin, rx, next_id: 0, queued: Vec::new(), root: root.to_string() };
        let init = lsp.request("initialize", json!({ "processId": null, "rootUri": root, "capabilities": capabilities }));
        assert_eq!(init["capabilities"]["textDocumentSync"]["change"], 2, "incremental sync");
        lsp.notify("initialized", json!({}));
        lsp
    }

    fn send(&mut self, v: &Value) {
        let body = serde_json::to_string(v).unwrap();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{}", body.len(), body).expect("server stdin open");
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        let mut msg = json!({ "jsonrpc": "2.0", "method": method });
        if !params.is_null() {
            msg["params"] = params; // `shutdown` and `exit` take none
        }
        self.send(&msg);
    }

    fn recv(&mut self) -> Value {
        match self.rx.recv_timeout(TIMEOUT) {
            Ok(v) => v,
            Err(RecvTimeoutError::Timeout) => panic!("server did not answer within {TIMEOUT:?}"),
            Err(RecvTimeoutError::Disconnected) => panic!("server exited: {:?}", self.child.try_wait()),
        }
    }

    /// The full response (`result` or `error`) to a request.
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut msg = json!({ "jsonrpc": "2.0", "id": id, "method": method });
        if !params.is_null() {
            msg["params"] = params;
        }
        self.send(&msg);
        loop {
            let v = self.recv();
            if v["id"] == id && v.get("method").is_none() {
                return v;
            }
            self.queued.push(v);
        }
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let v = self.call(method, params.clone());
        assert!(v.get("error").is_none(), "{method} {params} failed: {v}");
        v["result"].clone()
    }

    /// Waits for diagnostics of `uri` at `version`.
    fn uri(&self, name: &str) -> String {
        format!("{}{name}", self.root)
    }

    fn diagnostics(&mut self, file: &str, version: i64) -> Value {
        let u = self.uri(file);
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(i) = self.queued.iter().position(|v| {
                v["method"] == "textDocument/publishDiagnostics" && v["params"]["uri"] == u && v["params"]["version"] == version
            }) {
                let v = self.queued.remove(i);
                self.queued.retain(|q| !(q["method"] == "textDocument/publishDiagnostics" && q["params"]["uri"] == u));
                return v["params"]["diagnostics"].clone();
            }
            assert!(Instant::now() < deadline, "no diagnostics for {file} v{version}");
            let v = self.recv();
            self.queued.push(v);
        }
    }

    fn open(&mut self, file: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": self.uri(file), "languageId": "javascript", "version": 1, "text": text } }),
        );
    }

    fn change(&mut self, file: &str, version: i64, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": self.uri(file), "version": version }, "contentChanges": changes }),
        );
    }

    fn at(&mut self, method: &str, file: &str, line: u32, character: u32, extra: Value) -> Value {
        let mut params = json!({ "textDocument": { "uri": self.uri(file) }, "position": { "line": line, "character": character } });
        if let Value::Object(m) = extra {
            params.as_object_mut().unwrap().extend(m);
        }
        self.request(method, params)
    }

    fn doc(&mut self, method: &str, file: &str) -> Value {
        self.request(method, json!({ "textDocument": { "uri": self.uri(file) } }))
    }

    fn stop(mut self) {
        let r = self.request("shutdown", Value::Null);
        assert_eq!(r, Value::Null);
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                assert!(status.success(), "kiln lsp exited with {status}");
                return;
            }
            assert!(Instant::now() < deadline, "kiln lsp did not exit after `exit`");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Lsp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const MAIN: &str = r#"/** Adds two numbers. */
function add(a, b) {
  return a + b;
}

const util = {
  twice(x) {
    return add(x, x);
  },
  label: "util",
};

let total = add(1, 2);
let unused = 3;
console.log(total, util.twice(total), missing);
module.exports = { add };
"#;

/// (line, character) of the `nth` occurrence of `needle` in `text`.
fn pos(text: &str, needle: &str, nth: usize) -> (u32, u32) {
    let off = text.match_indices(needle).nth(nth).unwrap_or_else(|| panic!("{needle} #{nth}")).0;
    let line = text[..off].matches('\n').count();
    let col = off - text[..off].rfind('\n').map(|i| i + 1).unwrap_or(0);
    (line as u32, col as u32)
}

fn labels(items: &Value) -> Vec<String> {
    items.as_array().unwrap().iter().map(|i| i["label"].as_str().unwrap().to_string()).collect()
}

#[test]
fn editor_session() {
    let mut lsp = Lsp::start(0);
    lsp.open("main.js", MAIN);
    let diags = lsp.diagnostics("main.js", 1);
    insta::assert_snapshot!("diagnostics_on_open", normalise(&diags));

    let (l, c) = pos(MAIN, "add", 2); // `add(1, 2)`
    insta::assert_snapshot!("definition", normalise(&lsp.at("textDocument/definition", "main.js", l, c, json!({}))));
    let refs = lsp.at("textDocument/references", "main.js", l, c, json!({ "context": { "includeDeclaration": true } }));
    assert_eq!(refs.as_array().unwrap().len(), 4, "declaration, two calls and the shorthand export");
    insta::assert_snapshot!("references", normalise(&refs));
    insta::assert_snapshot!("highlight", normalise(&lsp.at("textDocument/documentHighlight", "main.js", l, c, json!({}))));
    insta::assert_snapshot!("hover_function", normalise(&lsp.at("textDocument/hover", "main.js", l, c, json!({}))));
    let (l2, c2) = pos(MAIN, "log", 0);
    insta::assert_snapshot!("hover_builtin", normalise(&lsp.at("textDocument/hover", "main.js", l2, c2 + 1, json!({}))));
    insta::assert_snapshot!("document_symbols", normalise(&lsp.doc("textDocument/documentSymbol", "main.js")));
    insta::assert_snapshot!("folding", normalise(&lsp.doc("textDocument/foldingRange", "main.js")));
    insta::assert_snapshot!("semantic_tokens", normalise(&lsp.doc("textDocument/semanticTokens/full", "main.js")));
    let (l3, c3) = pos(MAIN, "1, 2", 0);
    insta::assert_snapshot!("signature_help_local", normalise(&lsp.at("textDocument/signatureHelp", "main.js", l3, c3 + 3, json!({}))));

    // Rename `total`: every occurrence, nothing else.
    let (lt, ct) = pos(MAIN, "total", 1);
    let edit = lsp.at("textDocument/rename", "main.js", lt, ct, json!({ "newName": "sum" }));
    insta::assert_snapshot!("rename", normalise(&edit));
    // Renaming `add` keeps the exported key.
    let edit = lsp.at("textDocument/rename", "main.js", l, c, json!({ "newName": "plus" }));
    let edits = edit["changes"][uri("main.js")].as_array().unwrap().clone();
    assert!(edits.iter().any(|e| e["newText"] == "add: plus"), "{edits:?}");
    // Refused: not an identifier, and a collision with `util`.
    for bad in ["1x", "util", "class"] {
        let params = json!({ "textDocument": { "uri": uri("main.js") }, "position": { "line": lt, "character": ct }, "newName": bad });
        let r = lsp.call("textDocument/rename", params);
        assert!(r.get("error").is_some(), "renaming to {bad} should be refused: {r}");
    }

    // A second document, with completion in scope and after `Math.`.
    let b = "const greeting = \"hi\";\nfunction greet(person) {\n  \n}\nfunction other(z) { return z; }\nconst obj = { one: 1, two() { return 2; } };\n";
    lsp.open("b.js", b);
    lsp.diagnostics("b.js", 1);
    let hover = lsp.at("textDocument/hover", "b.js", 0, 7, json!({}));
    assert!(hover["contents"]["value"].as_str().unwrap().contains("(const) greeting: string"), "{hover}");
    let items = lsp.at("textDocument/completion", "b.js", 2, 2, json!({}));
    let names = labels(&items);
    for want in ["person", "greeting", "greet", "other", "console", "function", "return"] {
        assert!(names.contains(&want.to_string()), "{want} missing from {names:?}");
    }
    assert!(!names.contains(&"z".to_string()), "z is not in scope: {names:?}");
    let local: Vec<&Value> = items.as_array().unwrap().iter().filter(|i| i["sortText"].as_str().unwrap().starts_with('0')).collect();
    insta::assert_snapshot!("completion_scope", normalise(&json!(local)));

    lsp.change("b.js", 2, json!([{ "range": { "start": { "line": 2, "character": 2 }, "end": { "line": 2, "character": 2 } }, "text": "Math." }]));
    let items = lsp.at("textDocument/completion", "b.js", 2, 7, json!({}));
    let names = labels(&items);
    assert!(names.contains(&"max".to_string()) && names.contains(&"PI".to_string()), "{names:?}");
    assert!(!names.contains(&"greeting".to_string()));
    lsp.change("b.js", 3, json!([{ "range": { "start": { "line": 2, "character": 7 }, "end": { "line": 2, "character": 7 } }, "text": "max(1, " }]));
    insta::assert_snapshot!("signature_help_builtin", normalise(&lsp.at("textDocument/signatureHelp", "b.js", 2, 14, json!({}))));
    lsp.change("b.js", 4, json!([{ "range": { "start": { "line": 2, "character": 2 }, "end": { "line": 2, "character": 14 } }, "text": "greeting." }]));
    let names = labels(&lsp.at("textDocument/completion", "b.js", 2, 11, json!({})));
    assert!(names.contains(&"toUpperCase".to_string()) && !names.contains(&"push".to_string()), "greeting is a string: {names:?}");
    lsp.change("b.js", 5, json!([{ "range": { "start": { "line": 2, "character": 2 }, "end": { "line": 2, "character": 11 } }, "text": "\"abc\"." }]));
    let names = labels(&lsp.at("textDocument/completion", "b.js", 2, 8, json!({})));
    assert!(names.contains(&"toUpperCase".to_string()) && names.contains(&"padStart".to_string()), "{names:?}");
    // Members of an object literal the resolver knows.
    lsp.change("b.js", 6, json!([{ "range": { "start": { "line": 2, "character": 2 }, "end": { "line": 2, "character": 8 } }, "text": "obj." }]));
    let items = lsp.at("textDocument/completion", "b.js", 2, 6, json!({}));
    assert_eq!(labels(&items), ["one", "two"]);

    // Incremental edit: `missing` → `total`; the K2001 warning goes away and
    // diagnostics carry the new version.
    let (lm, cm) = pos(MAIN, "missing", 0);
    lsp.change(
        "main.js",
        2,
        json!([{ "range": { "start": { "line": lm, "character": cm }, "end": { "line": lm, "character": cm + 7 } }, "text": "total" }]),
    );
    let diags = lsp.diagnostics("main.js", 2);
    assert!(!diags.to_string().contains("K2001"), "{diags}");
    assert!(diags.to_string().contains("'unused' is declared but never used"), "{diags}");
    // A syntax error: the compiler's K0001 and still an answer to requests.
    lsp.change("main.js", 3, json!([{ "range": { "start": { "line": 2, "character": 0 }, "end": { "line": 2, "character": 0 } }, "text": "  return ((;\n" }]));
    let diags = lsp.diagnostics("main.js", 3);
    assert!(diags.to_string().contains("K0001"), "{diags}");
    lsp.doc("textDocument/documentSymbol", "main.js");

    lsp.notify("textDocument/didClose", json!({ "textDocument": { "uri": uri("b.js") } }));
    let r = lsp.call("textDocument/hover", json!({ "textDocument": { "uri": uri("b.js") }, "position": { "line": 0, "character": 0 } }));
    assert!(r.get("error").is_some(), "closed documents are unknown: {r}");
    lsp.stop();
}

#[test]
fn debounce_publishes_once_for_a_burst() {
    let mut lsp = Lsp::start(200);
    lsp.open("d.js", "let a = 1;\n");
    lsp.diagnostics("d.js", 1);
    for v in 2..=10 {
        lsp.change("d.js", v, json!([{ "text": format!("let a = {v};\nx{v};\n") }]));
    }
    let diags = lsp.diagnostics("d.js", 10);
    assert!(diags.to_string().contains("'x10' is not declared"), "{diags}");
    // Stale runs were cancelled: nothing was published for versions 2..9.
    std::thread::sleep(Duration::from_millis(300));
    while let Ok(v) = lsp.rx.try_recv() {
        lsp.queued.push(v);
    }
    let stale: Vec<&Value> = lsp.queued.iter().filter(|v| v["method"] == "textDocument/publishDiagnostics").collect();
    assert!(stale.is_empty(), "published for superseded versions: {stale:?}");
    lsp.stop();
}

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn line_col(text: &str, off: usize) -> (usize, usize) {
    let line = text[..off].matches('\n').count();
    (line, off - text[..off].rfind('\n').map(|i| i + 1).unwrap_or(0))
}

fn outline_names(symbols: &Value) -> Vec<String> {
    let mut out = Vec::new();
    fn walk(v: &Value, out: &mut Vec<String>) {
        for s in v.as_array().into_iter().flatten() {
            out.push(s["name"].as_str().unwrap_or("").to_string());
            walk(&s["children"], out);
        }
    }
    walk(symbols, &mut out);
    out
}

#[test]
fn random_edits_never_crash_the_server() {
    const SNIPPETS: &[&str] = &[
        "{", "}", "(", ")", "[", "]", "function ", "fu", "func", "const x = ", "let ", "var y", "=>", "\"", "'", "`", "${",
        "/*", "*/", "//", "\n", ";", ".", "a", "console.", "Math.", "if (", "return ", "class C {", "x", " ", ",", "=",
        "add(", "async ", "await ", "yield", "try {", "} catch (e) {", "for (let i = 0; i < 3; i++) {", "new ", "#",
        "\\", "/re/g", "0x", "1e", "?.", "??", "...", "é", "😀", "\t",
    ];
    let mut lsp = Lsp::start(0);
    let mut text = MAIN.to_string();
    lsp.open("fuzz.js", &text);
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let started = Instant::now();
    let mut compared = 0;
    let edits = 3000;
    for v in 0..edits {
        // Only ASCII offsets at char boundaries: pick and snap.
        let mut s = rng.below(text.len() + 1);
        while !text.is_char_boundary(s) {
            s -= 1;
        }
        let mut e = (s + rng.below(6)).min(text.len());
        while !text.is_char_boundary(e) {
            e -= 1;
        }
        let insert = if rng.below(3) == 0 { "" } else { SNIPPETS[rng.below(SNIPPETS.len())] };
        let (sl, sc) = line_col(&text, s);
        let (el, ec) = line_col(&text, e);
        let units = |l: usize, c: usize, t: &str| {
            let start = t.split('\n').take(l).map(|x| x.len() + 1).sum::<usize>();
            t[start..start + c].encode_utf16().count()
        };
        let range = json!({ "start": { "line": sl, "character": units(sl, sc, &text) }, "end": { "line": el, "character": units(el, ec, &text) } });
        text.replace_range(s..e, insert);
        if text.len() > 6000 {
            // Keep the document small enough for the time budget.
            lsp.change("fuzz.js", v + 2, json!([{ "text": MAIN }]));
            text = MAIN.to_string();
        } else {
            lsp.change("fuzz.js", v + 2, json!([{ "range": range, "text": insert }]));
        }
        if v % 5 == 4 {
            // Diagnostics after incremental edits (incremental sync and the
            // server's incremental re-parse) are those of the final text
            // analysed from scratch.
            let got = lsp.diagnostics("fuzz.js", v as i64 + 2);
            let fresh = kiln_lsp::analysis::analyze(std::sync::Arc::new(text.clone()), "/tmp/kiln-lsp-test/fuzz.js").diagnostics();
            assert_eq!(got, serde_json::to_value(&fresh).unwrap(), "after edit {v}, text:\n{text}");
            compared += 1;
        }
        if v % 50 == 49 {
            let off = rng.below(text.len() + 1);
            let off = (0..=off).rev().find(|&o| text.is_char_boundary(o)).unwrap();
            let (l, c) = line_col(&text, off);
            let c = units(l, c, &text);
            for method in ["textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/signatureHelp"] {
                lsp.at(method, "fuzz.js", l as u32, c as u32, json!({}));
            }
            lsp.doc("textDocument/semanticTokens/full", "fuzz.js");
            lsp.doc("textDocument/foldingRange", "fuzz.js");
            // The server's text is the client's: same outline as the compiler
            // computes for our copy.
            let symbols = lsp.doc("textDocument/documentSymbol", "fuzz.js");
            let mine = kiln_compiler::outline::outline(&text, "/tmp/kiln-lsp-test/fuzz.js");
            let mut expected = Vec::new();
            fn walk(s: &[kiln_compiler::outline::OutlineSymbol], out: &mut Vec<String>) {
                for s in s {
                    out.push(if s.name.is_empty() { "<anonymous>".into() } else { s.name.clone() });
                    walk(&s.children, out);
                }
            }
            walk(&mine.symbols, &mut expected);
            assert_eq!(outline_names(&symbols), expected, "after edit {v}, text:\n{text}");
        }
        lsp.queued.retain(|q| q["method"] != "textDocument/publishDiagnostics");
    }
    // Still alive and correct on a clean program.
    lsp.change("fuzz.js", edits as i64 + 2, json!([{ "text": "let ok = 1;\nconsole.log(ok);\n" }]));
    let diags = lsp.diagnostics("fuzz.js", edits as i64 + 2);
    assert_eq!(diags, json!([]));
    lsp.stop();
    assert_eq!(compared, edits / 5);
    assert!(started.elapsed() < Duration::from_secs(60), "fuzzing took {:?}", started.elapsed());
}

// ------------------------------------------------------------------ workspace

const MATH: &str = "function add(a, b) {\n  return a + b;\n}\nfunction mul(a, b) {\n  return a * b;\n}\nmodule.exports = { add, times: mul };\n";
const UTIL: &str = "/** Greets. */\nexport function greet(name) {\n  return \"hi \" + name;\n}\nexport const VERSION = 1;\n";
const OTHER: &str = "import { greet } from \"./util.mjs\";\nconst hello = 1;\nexport const r = greet(\"b\") + hello;\nexport const api = { greet };\n";
const WS_MAIN: &str = "const math = require(\"./lib/math\");\nconst gone = require(\"./nope\");\nconsole.log(math.add(1, 2), math.times(2, 3), math.divide(1, 2), gone);\n";
const APP: &str = "import { greet, VERSION } from \"./util.mjs\";\nimport { shout } from \"./util.mjs\";\nimport fs from \"fs\";\nconsole.log(greet(\"a\"), VERSION, shout, fs.readFileSync);\n";

/// A workspace folder on disk: `lib/math.js`, `util.mjs` and `other.mjs`
/// exist only on disk; `main.js` and `app.mjs` are opened by the editor.
fn workspace_dir(name: &str) -> (std::path::PathBuf, String) {
    let dir = std::env::temp_dir().join(format!("kiln-lsp-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("lib")).unwrap();
    std::fs::write(dir.join("lib/math.js"), MATH).unwrap();
    std::fs::write(dir.join("util.mjs"), UTIL).unwrap();
    std::fs::write(dir.join("other.mjs"), OTHER).unwrap();
    std::fs::write(dir.join("main.js"), WS_MAIN).unwrap();
    std::fs::write(dir.join("app.mjs"), APP).unwrap();
    let root = format!("file://{}/", dir.display());
    (dir, root)
}

fn normalise_in(v: &Value, root: &str) -> String {
    serde_json::to_string_pretty(v).unwrap().replace(root, "file:///ws/")
}

/// Locations as `file:line:col-line:col`, sorted (the order across files is
/// not meaningful).
fn locations(v: &Value, root: &str) -> Vec<String> {
    let mut out: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let r = &l["range"];
            format!(
                "{}:{}:{}-{}:{}",
                l["uri"].as_str().unwrap().replace(root, ""),
                r["start"]["line"],
                r["start"]["character"],
                r["end"]["line"],
                r["end"]["character"]
            )
        })
        .collect();
    out.sort();
    out
}

/// A WorkspaceEdit as sorted `file:line:col-line:col => text` lines.
fn edits(v: &Value, root: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (u, es) in v["changes"].as_object().unwrap() {
        for e in es.as_array().unwrap() {
            let r = &e["range"];
            out.push(format!(
                "{}:{}:{}-{}:{} => {}",
                u.replace(root, ""),
                r["start"]["line"],
                r["start"]["character"],
                r["end"]["line"],
                r["end"]["character"],
                e["newText"].as_str().unwrap()
            ));
        }
    }
    out.sort();
    out
}

#[test]
fn workspace_across_files() {
    let (dir, root) = workspace_dir("ws");
    let mut lsp = Lsp::start_in(0, &root);
    lsp.open("main.js", WS_MAIN);
    lsp.open("app.mjs", APP);

    // Unresolved relative require (K2003) and a missing export of a module
    // whose exports are all known (K2004); `./lib/math` is found on disk.
    let d = lsp.diagnostics("main.js", 1);
    insta::assert_snapshot!("ws_diagnostics_cjs", normalise_in(&d, &root));
    let codes: Vec<&str> = d.as_array().unwrap().iter().filter_map(|d| d["code"].as_str()).collect();
    assert_eq!(codes, ["K2003", "K2004"], "{d}");
    // ES module: Kiln cannot compile import/export yet (K1001, the compiler's
    // own diagnostic) and `shout` is not exported by util.mjs (K2004).
    let d = lsp.diagnostics("app.mjs", 1);
    insta::assert_snapshot!("ws_diagnostics_esm", normalise_in(&d, &root));
    assert!(d.to_string().contains("'./util.mjs' does not export 'shout'"), "{d}");
    assert!(!d.to_string().contains("K2001"), "imported names are declared: {d}");

    // Go to definition across files.
    let (l, c) = pos(WS_MAIN, "add", 0);
    let def = lsp.at("textDocument/definition", "main.js", l, c + 1, json!({}));
    assert_eq!(locations(&json!([def]), &root), ["lib/math.js:0:9-0:12"], "math.add → function add");
    let (l, c) = pos(WS_MAIN, "times", 0);
    let def = lsp.at("textDocument/definition", "main.js", l, c + 1, json!({}));
    assert_eq!(locations(&json!([def]), &root), ["lib/math.js:3:9-3:12"], "math.times → function mul");
    let (l, c) = pos(APP, "greet", 1);
    let def = lsp.at("textDocument/definition", "app.mjs", l, c, json!({}));
    insta::assert_snapshot!("ws_definition_esm", normalise_in(&def, &root));
    assert_eq!(locations(&json!([def]), &root), ["util.mjs:1:16-1:21"]);
    // Hover on an imported name shows the exporting declaration and its JSDoc.
    let (l, c) = pos(APP, "greet", 1);
    insta::assert_snapshot!("ws_hover_import", normalise_in(&lsp.at("textDocument/hover", "app.mjs", l, c, json!({})), &root));
    let (l, c) = pos(WS_MAIN, "times", 0);
    let hover = lsp.at("textDocument/hover", "main.js", l, c + 1, json!({}));
    assert!(hover["contents"]["value"].as_str().unwrap().contains("function mul(a, b)"), "{hover}");
    let (l, c) = pos(WS_MAIN, "./lib/math", 0);
    let def = lsp.at("textDocument/definition", "main.js", l, c + 2, json!({}));
    assert_eq!(locations(&json!([def]), &root), ["lib/math.js:0:0-0:0"], "the specifier opens the module");

    // References across files, including other.mjs which is only on disk.
    let (l, c) = pos(APP, "greet", 1);
    let refs = lsp.at("textDocument/references", "app.mjs", l, c, json!({ "context": { "includeDeclaration": true } }));
    insta::assert_snapshot!("ws_references_esm", locations(&refs, &root).join("\n"));
    assert_eq!(locations(&refs, &root).len(), 6, "declaration, two imports, two calls, a shorthand property");
    let (l, c) = pos(WS_MAIN, "add", 0);
    let refs = lsp.at("textDocument/references", "main.js", l, c, json!({ "context": { "includeDeclaration": true } }));
    insta::assert_snapshot!("ws_references_cjs", locations(&refs, &root).join("\n"));

    // Rename across files: the declaration, both importers (the one on disk
    // too) and their uses.
    let (l, c) = pos(APP, "greet", 1);
    let edit = lsp.at("textDocument/rename", "app.mjs", l, c, json!({ "newName": "welcome" }));
    insta::assert_snapshot!("ws_rename_esm", edits(&edit, &root).join("\n"));
    // Refused: other.mjs already has a `hello` where the import is visible;
    // util.mjs already exports VERSION.
    for bad in ["hello", "VERSION"] {
        let params = json!({ "textDocument": { "uri": lsp.uri("app.mjs") }, "position": { "line": l, "character": c }, "newName": bad });
        let r = lsp.call("textDocument/rename", params);
        assert!(r.get("error").is_some(), "renaming greet to {bad} should be refused: {r}");
    }
    // CommonJS: renaming the exported property keeps the local function's name.
    let (l, c) = pos(WS_MAIN, "add", 0);
    let edit = lsp.at("textDocument/rename", "main.js", l, c, json!({ "newName": "plus" }));
    assert_eq!(edits(&edit, &root), ["lib/math.js:6:19-6:22 => plus: add", "main.js:2:17-2:20 => plus"]);
    let params = json!({ "textDocument": { "uri": lsp.uri("main.js") }, "position": { "line": l, "character": c }, "newName": "times" });
    assert!(lsp.call("textDocument/rename", params).get("error").is_some(), "math already exports times");

    // Completion after `math.`: what lib/math.js exports.
    lsp.change("main.js", 2, json!([{ "range": { "start": { "line": 3, "character": 0 }, "end": { "line": 3, "character": 0 } }, "text": "math." }]));
    let items = lsp.at("textDocument/completion", "main.js", 3, 5, json!({}));
    insta::assert_snapshot!("ws_completion_cjs_exports", normalise_in(&items, &root));
    assert_eq!(labels(&items), ["add", "times"]);
    lsp.change("main.js", 3, json!([{ "range": { "start": { "line": 3, "character": 0 }, "end": { "line": 3, "character": 5 } }, "text": "" }]));
    lsp.diagnostics("main.js", 3);

    // Workspace symbols: open files and files on disk.
    let syms = lsp.request("workspace/symbol", json!({ "query": "greet" }));
    insta::assert_snapshot!("ws_symbols", normalise_in(&syms, &root));
    let all = lsp.request("workspace/symbol", json!({ "query": "" }));
    let names: Vec<&str> = all.as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    for want in ["add", "mul", "greet", "VERSION", "hello", "r", "math"] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }

    // Editing an open module re-checks its open dependents: once math.js
    // exports `divide`, main.js's K2004 goes away.
    let math_text = MATH.replace("times: mul }", "times: mul, divide(a, b) { return a / b; } }");
    lsp.open("lib/math.js", &math_text);
    lsp.diagnostics("lib/math.js", 1);
    let d = lsp.diagnostics("main.js", 3);
    let codes: Vec<&str> = d.as_array().unwrap().iter().filter_map(|d| d["code"].as_str()).collect();
    assert_eq!(codes, ["K2003"], "{d}");
    // A file created on disk (the editor reports it): the K2003 goes away.
    std::fs::write(dir.join("nope.js"), "module.exports = 1;\n").unwrap();
    let changes = json!({ "changes": [{ "uri": format!("{root}nope.js"), "type": 1 }] });
    lsp.notify("workspace/didChangeWatchedFiles", changes);
    let d = lsp.diagnostics("main.js", 3);
    assert_eq!(d, json!([]), "./nope now resolves");
    lsp.stop();
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn node_module_members_and_quick_fix() {
    let mut lsp = Lsp::start(0);
    // Members of a required module whatever the binding's name, with hover.
    let src = "const f = require(\"fs\");\nconst path = require(\"node:path\");\nconst EventEmitter = require(\"events\");\nconst bus = new EventEmitter();\nf.readFileSync(\"x\", \"utf8\");\n\n";
    lsp.open("mods.js", src);
    lsp.diagnostics("mods.js", 1);
    lsp.change("mods.js", 2, json!([{ "range": { "start": { "line": 5, "character": 0 }, "end": { "line": 5, "character": 0 } }, "text": "f." }]));
    let names = labels(&lsp.at("textDocument/completion", "mods.js", 5, 2, json!({})));
    assert!(names.contains(&"readFileSync".to_string()) && names.contains(&"existsSync".to_string()), "{names:?}");
    assert!(!names.contains(&"join".to_string()), "{names:?}");
    lsp.change("mods.js", 3, json!([{ "range": { "start": { "line": 5, "character": 0 }, "end": { "line": 5, "character": 2 } }, "text": "path." }]));
    let items = lsp.at("textDocument/completion", "mods.js", 5, 5, json!({}));
    let join: Vec<&Value> = items.as_array().unwrap().iter().filter(|i| i["label"] == "join").collect();
    insta::assert_snapshot!("completion_node_path_join", normalise(&json!(join)));
    lsp.change("mods.js", 4, json!([{ "range": { "start": { "line": 5, "character": 0 }, "end": { "line": 5, "character": 5 } }, "text": "bus." }]));
    let names = labels(&lsp.at("textDocument/completion", "mods.js", 5, 4, json!({})));
    assert!(names.contains(&"emit".to_string()) && names.contains(&"on".to_string()), "{names:?}");
    let (l, c) = pos(src, "readFileSync", 0);
    insta::assert_snapshot!("hover_node_fs", normalise(&lsp.at("textDocument/hover", "mods.js", l, c + 2, json!({}))));
    let help = lsp.at("textDocument/signatureHelp", "mods.js", l, c + 17, json!({}));
    assert_eq!(help["activeParameter"], 1, "{help}");
    assert!(help["signatures"][0]["label"].as_str().unwrap().starts_with("readFileSync("), "{help}");

    // ES module: `import * as` and default imports of node: modules.
    let esm = "import * as os from \"os\";\nimport cp from \"node:child_process\";\n\n";
    lsp.open("mods.mjs", esm);
    lsp.diagnostics("mods.mjs", 1);
    lsp.change("mods.mjs", 2, json!([{ "range": { "start": { "line": 2, "character": 0 }, "end": { "line": 2, "character": 0 } }, "text": "os." }]));
    let names = labels(&lsp.at("textDocument/completion", "mods.mjs", 2, 3, json!({})));
    assert!(names.contains(&"homedir".to_string()) && names.contains(&"EOL".to_string()), "{names:?}");
    lsp.change("mods.mjs", 3, json!([{ "range": { "start": { "line": 2, "character": 0 }, "end": { "line": 2, "character": 3 } }, "text": "cp." }]));
    let names = labels(&lsp.at("textDocument/completion", "mods.mjs", 2, 3, json!({})));
    assert!(names.contains(&"execSync".to_string()) && names.contains(&"spawn".to_string()), "{names:?}");

    // Quick-fix: a Node module name used but not declared gets a require
    // (CommonJS) or an import (ES module) at the top, after existing ones.
    let cjs = "'use strict';\nconst os = require('os');\nfs.readFileSync(os.homedir());\n";
    lsp.open("fix.js", cjs);
    let d = lsp.diagnostics("fix.js", 1);
    assert!(d.to_string().contains("'fs' is not declared"), "{d}");
    let actions = lsp.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri("fix.js") }, "range": { "start": { "line": 2, "character": 0 }, "end": { "line": 2, "character": 2 } }, "context": { "diagnostics": d } }),
    );
    insta::assert_snapshot!("code_action_require", normalise(&actions));
    let esm = "import { x } from \"./x.mjs\";\nconsole.log(x, path.join(\"a\", \"b\"));\n";
    lsp.open("fix.mjs", esm);
    lsp.diagnostics("fix.mjs", 1);
    let actions = lsp.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri("fix.mjs") }, "range": { "start": { "line": 1, "character": 15 }, "end": { "line": 1, "character": 19 } }, "context": { "diagnostics": [] } }),
    );
    let edit = &actions[0]["edit"]["changes"][uri("fix.mjs")][0];
    assert_eq!(edit["newText"], "import path from \"path\";\n", "{actions}");
    assert_eq!(edit["range"]["start"]["line"], 1, "after the existing import: {actions}");
    // Nothing to fix for a declared name or a name that is no module.
    let none = lsp.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri("fix.mjs") }, "range": { "start": { "line": 1, "character": 12 }, "end": { "line": 1, "character": 13 } }, "context": { "diagnostics": [] } }),
    );
    assert_eq!(none, Value::Null);
    lsp.stop();
}

/// A panic in the compiler while analysing one file becomes a diagnostic on
/// that file; the server keeps answering (also for that file).
#[test]
fn survives_a_panic_in_analysis() {
    let mut child = Lsp::start_with_env(0, &[("KILN_LSP_PANIC_ON", "__kiln_test_panic__"), ("RUST_BACKTRACE", "0")]);
    child.open("boom.js", "let a = 1; // __kiln_test_panic__\n");
    let d = child.diagnostics("boom.js", 1);
    insta::assert_snapshot!("panic_diagnostic", normalise(&d));
    child.open("fine.js", "let b = 2;\nconsole.log(b);\n");
    assert_eq!(child.diagnostics("fine.js", 1), json!([]));
    for method in ["textDocument/hover", "textDocument/completion", "textDocument/definition"] {
        child.at(method, "boom.js", 0, 4, json!({}));
    }
    child.doc("textDocument/documentSymbol", "boom.js");
    child.change("boom.js", 2, json!([{ "text": "let a = 1;\nconsole.log(a);\n" }]));
    assert_eq!(child.diagnostics("boom.js", 2), json!([]));
    child.stop();
}

/// A client that supports dynamic registration gets a file watcher for
/// JavaScript files registered after `initialized`.
#[test]
fn registers_a_file_watcher() {
    let caps = json!({ "workspace": { "didChangeWatchedFiles": { "dynamicRegistration": true } } });
    let mut lsp = Lsp::spawn(0, ROOT, &[], caps);
    let req = loop {
        let v = lsp.recv();
        if v["method"] == "client/registerCapability" {
            break v;
        }
        lsp.queued.push(v);
    };
    let reg = &req["params"]["registrations"][0];
    assert_eq!(reg["method"], "workspace/didChangeWatchedFiles", "{req}");
    assert_eq!(reg["registerOptions"]["watchers"][0]["globPattern"], "**/*.{js,mjs,cjs}", "{req}");
    lsp.send(&json!({ "jsonrpc": "2.0", "id": req["id"], "result": null }));
    lsp.open("w.js", "let w = 1;\nconsole.log(w);\n");
    assert_eq!(lsp.diagnostics("w.js", 1), json!([]));
    lsp.stop();
}
