//! `kiln lsp`: a language server on stdio that shows what the compiler says.
//!
//! Every document is analysed with [`kiln_compiler::driver::check_as`], the
//! same front-end and resolver `kiln build` runs, so the editor's
//! diagnostics are the compiler's. Structure the resolver does not keep
//! (outline, parameter lists, scopes) comes from [`kiln_compiler::outline`],
//! imports and exports from [`kiln_compiler::modules`]; [`workspace`] follows
//! them across files (open documents and the workspace folder on disk).
//!
//! Concurrency: each open document has a generation counter bumped by every
//! edit. Diagnostics are published by a task that waits for the debounce
//! (`KILN_LSP_DEBOUNCE_MS`, default 50 ms), then analyses on a blocking
//! thread and publishes only if no newer edit arrived. Requests analyse the
//! current text on demand (cached per generation), also on blocking threads.
//!
//! Panics: analysis runs under `catch_unwind` (a compiler panic on one file
//! becomes a diagnostic on it) and every query runs in its own blocking task
//! (a panic fails that request only); locks recover from poisoning. This
//! needs `panic = "unwind"`, see ARCHITECTURE.md.

pub mod analysis;
pub mod builtins;
pub mod stdio;
pub mod text;
pub mod workspace;

use analysis::DocAnalysis;
use std::sync::Arc;
use std::time::Duration;
use tower_lsp::jsonrpc::{Error, Result};
use tower_lsp::lsp_types::*;
use tower_lsp::{Client, LanguageServer, LspService, Server};
use workspace::{path_of, Document, Workspace};

#[derive(Clone)]
struct Backend {
    client: Client,
    /// Set by `shutdown`: `exit` then ends the process with status 0.
    shut_down: Arc<std::sync::atomic::AtomicBool>,
    ws: Arc<Workspace>,
    debounce: Duration,
    /// The client can register file watchers (`workspace/didChangeWatchedFiles`).
    watch: Arc<std::sync::atomic::AtomicBool>,
}

fn internal(e: impl std::fmt::Display) -> Error {
    Error { code: tower_lsp::jsonrpc::ErrorCode::InternalError, message: e.to_string().into(), data: None }
}

fn not_open(uri: &Url) -> Error {
    Error::invalid_params(format!("document not open: {uri}"))
}

impl Backend {
    /// Runs `f` on a blocking thread (analysis is CPU-bound).
    async fn blocking<R: Send + 'static>(&self, f: impl FnOnce(&Workspace) -> R + Send + 'static) -> Result<R> {
        let ws = self.ws.clone();
        tokio::task::spawn_blocking(move || f(&ws)).await.map_err(internal)
    }

    /// Answers a query from the document's analysis on a blocking thread,
    /// so that a panic in it fails this request only.
    async fn query<R: Send + 'static>(&self, uri: &Url, f: impl FnOnce(&DocAnalysis) -> R + Send + 'static) -> Result<R> {
        let u = uri.clone();
        self.blocking(move |ws| ws.analysis(&u).map(|a| f(&a))).await?.ok_or_else(|| not_open(uri))
    }

    fn is_open(&self, uri: &Url) -> Result<()> {
        if self.ws.docs.lock().unwrap_or_else(|e| e.into_inner()).contains_key(uri) {
            Ok(())
        } else {
            Err(not_open(uri))
        }
    }

    /// Schedules a diagnostics run for the document's current generation.
    fn schedule(&self, uri: Url) {
        let generation = match self.ws.docs.lock().unwrap_or_else(|e| e.into_inner()).get(&uri) {
            Some(d) => d.generation,
            None => return,
        };
        let this = self.clone();
        tokio::spawn(async move {
            if !this.debounce.is_zero() {
                tokio::time::sleep(this.debounce).await;
            }
            let current = |ws: &Workspace| ws.docs.lock().unwrap_or_else(|e| e.into_inner()).get(&uri).map(|d| (d.generation, d.version));
            if current(&this.ws).map(|c| c.0) != Some(generation) {
                return; // a newer edit superseded this run
            }
            // The analysis runs on this worker thread (`block_in_place` hands
            // the worker's other tasks to another thread): sending it to the
            // blocking pool and back cost two thread wake-ups per edit. A panic
            // outside `analyze` (which catches its own) ends this run only.
            let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                tokio::task::block_in_place(|| {
                    let (a, old) = this.ws.analysis_keeping_old(&uri)?;
                    let mut d = a.diagnostics();
                    d.extend(this.ws.import_diagnostics(&uri, &a));
                    let exports: Vec<String> = a.modules.exports.iter().map(|e| e.name.clone()).collect();
                    Some((d, exports, old))
                })
            }));
            let Ok(Some((diags, exports, old))) = run else { return };
            let Some((g, version)) = current(&this.ws) else { return };
            if g != generation {
                return;
            }
            this.client.publish_diagnostics(uri.clone(), diags, Some(version)).await;
            // What the analysis replaced is freed once the diagnostics are out.
            drop(old);
            // Files that import this one see its new exports.
            let changed = {
                let mut docs = this.ws.docs.lock().unwrap_or_else(|e| e.into_inner());
                let Some(doc) = docs.get_mut(&uri) else { return };
                // (A newly opened file may differ from the disk copy dependents saw.)
                let changed = doc.published_exports.as_ref() != Some(&exports);
                doc.published_exports = Some(exports);
                changed
            };
            if changed {
                let path = path_of(&uri);
                if let Ok(deps) = this.blocking(move |ws| ws.open_dependents(&path)).await {
                    for d in deps {
                        this.schedule(d);
                    }
                }
            }
        });
    }

    fn edit<R>(&self, uri: &Url, f: impl FnOnce(&mut Document) -> R) -> Option<R> {
        let mut docs = self.ws.docs.lock().unwrap_or_else(|e| e.into_inner());
        let doc = docs.get_mut(uri)?;
        let r = f(doc);
        doc.generation += 1;
        doc.edited = self.ws.tick.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        Some(r)
    }
}

#[tower_lsp::async_trait]
impl LanguageServer for Backend {
    async fn initialize(&self, p: InitializeParams) -> Result<InitializeResult> {
        #[allow(deprecated)]
        let root = p
            .workspace_folders
            .as_ref()
            .and_then(|f| f.first())
            .map(|f| f.uri.clone())
            .or(p.root_uri)
            .and_then(|u| u.to_file_path().ok());
        *self.ws.root.lock().unwrap_or_else(|e| e.into_inner()) = root;
        let watch = p.capabilities.workspace.as_ref().and_then(|w| w.did_change_watched_files.as_ref()).and_then(|d| d.dynamic_registration);
        self.watch.store(watch == Some(true), std::sync::atomic::Ordering::SeqCst);
        Ok(InitializeResult {
            server_info: Some(ServerInfo { name: "kiln".into(), version: Some(env!("CARGO_PKG_VERSION").into()) }),
            capabilities: ServerCapabilities {
                text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(TextDocumentSyncKind::INCREMENTAL),
                    ..Default::default()
                })),
                definition_provider: Some(OneOf::Left(true)),
                workspace_symbol_provider: Some(OneOf::Left(true)),
                code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                    code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                    ..Default::default()
                })),
                references_provider: Some(OneOf::Left(true)),
                document_highlight_provider: Some(OneOf::Left(true)),
                rename_provider: Some(OneOf::Right(RenameOptions { prepare_provider: Some(true), work_done_progress_options: Default::default() })),
                document_symbol_provider: Some(OneOf::Left(true)),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                completion_provider: Some(CompletionOptions { trigger_characters: Some(vec![".".into()]), ..Default::default() }),
                signature_help_provider: Some(SignatureHelpOptions {
                    trigger_characters: Some(vec!["(".into(), ",".into()]),
                    retrigger_characters: None,
                    work_done_progress_options: Default::default(),
                }),
                folding_range_provider: Some(FoldingRangeProviderCapability::Simple(true)),
                semantic_tokens_provider: Some(SemanticTokensServerCapabilities::SemanticTokensOptions(SemanticTokensOptions {
                    legend: analysis::semantic_legend(),
                    full: Some(SemanticTokensFullOptions::Bool(true)),
                    range: None,
                    work_done_progress_options: Default::default(),
                })),
                ..Default::default()
            },
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        if !self.watch.load(std::sync::atomic::Ordering::SeqCst) {
            return;
        }
        // Files on disk that open documents import: re-check them when they change.
        let opts = DidChangeWatchedFilesRegistrationOptions {
            watchers: vec![FileSystemWatcher { glob_pattern: GlobPattern::String("**/*.{js,mjs,cjs}".into()), kind: None }],
        };
        let reg = Registration {
            id: "kiln-js-files".into(),
            method: "workspace/didChangeWatchedFiles".into(),
            register_options: serde_json::to_value(opts).ok(),
        };
        let _ = self.client.register_capability(vec![reg]).await;
    }

    async fn did_change_watched_files(&self, _: DidChangeWatchedFilesParams) {
        // A file was created, changed or deleted: every open document with a
        // relative import may resolve differently now.
        let uris: Vec<Url> = {
            let docs = self.ws.docs.lock().unwrap_or_else(|e| e.into_inner());
            docs.iter()
                .filter(|(_, d)| {
                    d.analysis.as_ref().is_none_or(|(_, a)| a.modules.imports.iter().any(|im| workspace::is_relative_specifier(&im.specifier)))
                })
                .map(|(u, _)| u.clone())
                .collect()
        };
        for u in uris {
            self.schedule(u);
        }
    }

    async fn shutdown(&self) -> Result<()> {
        self.shut_down.store(true, std::sync::atomic::Ordering::SeqCst);
        Ok(())
    }

    async fn did_open(&self, p: DidOpenTextDocumentParams) {
        let uri = p.text_document.uri;
        {
            let mut docs = self.ws.docs.lock().unwrap_or_else(|e| e.into_inner());
            let generation = docs.get(&uri).map(|d| d.generation + 1).unwrap_or(0);
            docs.insert(
                uri.clone(),
                Document {
                    text: Arc::new(p.text_document.text),
                    version: p.text_document.version,
                    generation,
                    analysis: None,
                    kept: None,
                    edited: 0,
                    published_exports: None,
                },
            );
        }
        self.schedule(uri);
    }

    async fn did_change(&self, p: DidChangeTextDocumentParams) {
        let uri = p.text_document.uri;
        let version = p.text_document.version;
        let changed = self.edit(&uri, |doc| {
            let text = Arc::make_mut(&mut doc.text);
            for c in p.content_changes {
                text::apply_change(text, c.range, &c.text);
            }
            doc.version = version;
        });
        if changed.is_some() {
            self.schedule(uri);
        }
    }

    async fn did_close(&self, p: DidCloseTextDocumentParams) {
        let uri = p.text_document.uri;
        self.ws.docs.lock().unwrap_or_else(|e| e.into_inner()).remove(&uri);
        // Its importers now see the file on disk.
        let path = path_of(&uri);
        if let Ok(deps) = self.blocking(move |ws| ws.open_dependents(&path)).await {
            for d in deps {
                self.schedule(d);
            }
        }
        self.client.publish_diagnostics(uri, Vec::new(), None).await;
    }

    async fn goto_definition(&self, p: GotoDefinitionParams) -> Result<Option<GotoDefinitionResponse>> {
        let tdp = p.text_document_position_params;
        self.is_open(&tdp.text_document.uri)?;
        let r = self.blocking(move |ws| ws.definition(&tdp.text_document.uri, tdp.position)).await?;
        Ok(r.map(GotoDefinitionResponse::Scalar))
    }

    async fn references(&self, p: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let tdp = p.text_document_position;
        self.is_open(&tdp.text_document.uri)?;
        let include = p.context.include_declaration;
        self.blocking(move |ws| ws.references(&tdp.text_document.uri, tdp.position, include)).await
    }

    async fn document_highlight(&self, p: DocumentHighlightParams) -> Result<Option<Vec<DocumentHighlight>>> {
        let tdp = p.text_document_position_params;
        self.query(&tdp.text_document.uri, move |a| a.highlights(tdp.position)).await
    }

    async fn prepare_rename(&self, p: TextDocumentPositionParams) -> Result<Option<PrepareRenameResponse>> {
        self.is_open(&p.text_document.uri)?;
        let r = self.blocking(move |ws| ws.prepare_rename(&p.text_document.uri, p.position)).await?;
        Ok(r.map(PrepareRenameResponse::Range))
    }

    async fn rename(&self, p: RenameParams) -> Result<Option<WorkspaceEdit>> {
        let tdp = p.text_document_position;
        self.is_open(&tdp.text_document.uri)?;
        let new_name = p.new_name;
        self.blocking(move |ws| ws.rename(&tdp.text_document.uri, tdp.position, &new_name)).await?.map(Some).map_err(Error::invalid_params)
    }

    async fn symbol(&self, p: WorkspaceSymbolParams) -> Result<Option<Vec<SymbolInformation>>> {
        Ok(Some(self.blocking(move |ws| ws.symbols(&p.query)).await?))
    }

    async fn code_action(&self, p: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let u = p.text_document.uri.clone();
        let actions = self.query(&p.text_document.uri, move |a| a.code_actions(&u, p.range)).await?;
        Ok((!actions.is_empty()).then(|| actions.into_iter().map(CodeActionOrCommand::CodeAction).collect()))
    }

    async fn document_symbol(&self, p: DocumentSymbolParams) -> Result<Option<DocumentSymbolResponse>> {
        Ok(Some(DocumentSymbolResponse::Nested(self.query(&p.text_document.uri, |a| a.document_symbols()).await?)))
    }

    async fn hover(&self, p: HoverParams) -> Result<Option<Hover>> {
        let tdp = p.text_document_position_params;
        self.is_open(&tdp.text_document.uri)?;
        self.blocking(move |ws| ws.hover(&tdp.text_document.uri, tdp.position)).await
    }

    async fn completion(&self, p: CompletionParams) -> Result<Option<CompletionResponse>> {
        let tdp = p.text_document_position;
        self.is_open(&tdp.text_document.uri)?;
        let uri = tdp.text_document.uri.clone();
        let items = self.blocking(move |ws| ws.completion(&tdp.text_document.uri, tdp.position)).await?.ok_or_else(|| not_open(&uri))?;
        Ok(Some(CompletionResponse::Array(items)))
    }

    async fn signature_help(&self, p: SignatureHelpParams) -> Result<Option<SignatureHelp>> {
        let tdp = p.text_document_position_params;
        self.query(&tdp.text_document.uri, move |a| a.signature_help(tdp.position)).await
    }

    async fn folding_range(&self, p: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        Ok(Some(self.query(&p.text_document.uri, |a| a.folding_ranges()).await?))
    }

    async fn semantic_tokens_full(&self, p: SemanticTokensParams) -> Result<Option<SemanticTokensResult>> {
        let data = self.query(&p.text_document.uri, |a| a.semantic_tokens()).await?;
        Ok(Some(SemanticTokensResult::Tokens(SemanticTokens { result_id: None, data })))
    }
}

/// Forwards to the LSP service and signals when the `exit` notification
/// arrives (tower-lsp itself only stops at the next message or at EOF).
struct ExitWatch<S> {
    inner: S,
    exit: Arc<tokio::sync::Notify>,
}

impl<S> tower_service::Service<tower_lsp::jsonrpc::Request> for ExitWatch<S>
where
    S: tower_service::Service<tower_lsp::jsonrpc::Request>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn poll_ready(&mut self, cx: &mut std::task::Context<'_>) -> std::task::Poll<std::result::Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: tower_lsp::jsonrpc::Request) -> S::Future {
        let exit = req.method() == "exit";
        let fut = self.inner.call(req);
        if exit {
            self.exit.notify_one();
        }
        fut
    }
}

/// Serves the Language Server Protocol on stdin/stdout until `exit` (or
/// until stdin closes). Exits the process: status 0 after `shutdown`, 1 if
/// `exit` came without it, as the protocol specifies.
pub fn serve_stdio() {
    // No transparent huge pages for the server: the allocator hands out
    // fresh memory for each analysis, and the kernel zeroed a 2 MiB page on
    // each first touch (7% of the server's time on the 10,000-line bench; about
    // 15% less CPU per edit without them).
    #[cfg(target_os = "linux")]
    // SAFETY: prctl with PR_SET_THP_DISABLE only sets a flag of this process.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
    let debounce = std::env::var("KILN_LSP_DEBOUNCE_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(50);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        // Deeply nested input recurses deeply in the parser and resolver.
        .thread_stack_size(64 << 20)
        .enable_all()
        .build()
        .expect("tokio runtime");
    let shut_down = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = shut_down.clone();
    let exited = runtime.block_on(async move {
        let (service, socket) = LspService::new(|client| Backend {
            client,
            shut_down: flag,
            ws: Arc::new(Workspace::default()),
            debounce: Duration::from_millis(debounce),
            watch: Default::default(),
        });
        let exit = Arc::new(tokio::sync::Notify::new());
        let service = ExitWatch { inner: service, exit: exit.clone() };
        tokio::select! {
            _ = Server::new(stdio::input(), stdio::output(), socket).serve(service) => false,
            _ = exit.notified() => true,
        }
    });
    let clean = shut_down.load(std::sync::atomic::Ordering::SeqCst) || !exited;
    // Neither pending analyses nor the blocking stdin reader may keep the
    // process alive.
    runtime.shutdown_timeout(Duration::from_millis(100));
    std::process::exit(if clean { 0 } else { 1 });
}
