//! `kiln lsp`: a language server on stdio that shows what the compiler says.
//!
//! Every document is analysed with [`kiln_compiler::driver::analyze`], the
//! same front-end `kiln build` runs, so the editor's diagnostics are the
//! compiler's. Structure the resolver does not keep (outline, parameter
//! lists, scopes) comes from [`kiln_compiler::outline`].
//!
//! Concurrency: each open document has a generation counter bumped by every
//! edit. Diagnostics are published by a task that waits for the debounce
//! (`KILN_LSP_DEBOUNCE_MS`, default 50 ms), then analyses on a blocking
//! thread and publishes only if no newer edit arrived. Requests analyse the
//! current text on demand (cached per generation). Analysis runs under
//! `catch_unwind`, so a compiler panic on one file becomes a diagnostic.

pub mod analysis;
pub mod builtins;
pub mod text;

use analysis::DocAnalysis;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tower_lsp::jsonrpc::{Error, Result};
use tower_lsp::lsp_types::*;
use tower_lsp::{Client, LanguageServer, LspService, Server};

struct Document {
    text: Arc<String>,
    version: i32,
    generation: u64,
    analysis: Option<(u64, Arc<DocAnalysis>)>,
}

struct Backend {
    client: Client,
    /// Set by `shutdown`: `exit` then ends the process with status 0.
    shut_down: Arc<std::sync::atomic::AtomicBool>,
    docs: Arc<Mutex<HashMap<Url, Document>>>,
    debounce: Duration,
}

fn path_of(uri: &Url) -> String {
    uri.to_file_path().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| uri.to_string())
}

impl Backend {
    /// The analysis of the document's current text (computing it if stale).
    async fn analysis(&self, uri: &Url) -> Result<Arc<DocAnalysis>> {
        let (text, generation) = {
            let docs = self.docs.lock().unwrap();
            let doc = docs.get(uri).ok_or_else(|| Error::invalid_params(format!("document not open: {uri}")))?;
            if let Some((g, a)) = &doc.analysis {
                if *g == doc.generation {
                    return Ok(a.clone());
                }
            }
            (doc.text.clone(), doc.generation)
        };
        let path = path_of(uri);
        let a = tokio::task::spawn_blocking(move || Arc::new(analysis::analyze(text, &path)))
            .await
            .map_err(|e| Error { code: tower_lsp::jsonrpc::ErrorCode::InternalError, message: e.to_string().into(), data: None })?;
        let mut docs = self.docs.lock().unwrap();
        if let Some(doc) = docs.get_mut(uri) {
            if doc.generation == generation && doc.analysis.as_ref().is_none_or(|(g, _)| *g < generation) {
                doc.analysis = Some((generation, a.clone()));
            }
        }
        Ok(a)
    }

    /// Schedules a diagnostics run for the document's current generation.
    fn schedule(&self, uri: Url) {
        let generation = match self.docs.lock().unwrap().get(&uri) {
            Some(d) => d.generation,
            None => return,
        };
        let docs = self.docs.clone();
        let client = self.client.clone();
        let debounce = self.debounce;
        let this = Backend { client: client.clone(), shut_down: self.shut_down.clone(), docs: docs.clone(), debounce };
        tokio::spawn(async move {
            if !debounce.is_zero() {
                tokio::time::sleep(debounce).await;
            }
            let current = |docs: &Mutex<HashMap<Url, Document>>| docs.lock().unwrap().get(&uri).map(|d| (d.generation, d.version));
            if current(&docs).map(|c| c.0) != Some(generation) {
                return; // a newer edit superseded this run
            }
            let Ok(a) = this.analysis(&uri).await else { return };
            let Some((g, version)) = current(&docs) else { return };
            if g != generation {
                return;
            }
            let diags = a.diagnostics();
            client.publish_diagnostics(uri, diags, Some(version)).await;
        });
    }

    fn edit<R>(&self, uri: &Url, f: impl FnOnce(&mut Document) -> R) -> Option<R> {
        let mut docs = self.docs.lock().unwrap();
        let doc = docs.get_mut(uri)?;
        let r = f(doc);
        doc.generation += 1;
        Some(r)
    }
}

#[tower_lsp::async_trait]
impl LanguageServer for Backend {
    async fn initialize(&self, _: InitializeParams) -> Result<InitializeResult> {
        Ok(InitializeResult {
            server_info: Some(ServerInfo { name: "kiln".into(), version: Some(env!("CARGO_PKG_VERSION").into()) }),
            capabilities: ServerCapabilities {
                text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(TextDocumentSyncKind::INCREMENTAL),
                    ..Default::default()
                })),
                definition_provider: Some(OneOf::Left(true)),
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

    async fn shutdown(&self) -> Result<()> {
        self.shut_down.store(true, std::sync::atomic::Ordering::SeqCst);
        Ok(())
    }

    async fn did_open(&self, p: DidOpenTextDocumentParams) {
        let uri = p.text_document.uri;
        {
            let mut docs = self.docs.lock().unwrap();
            let generation = docs.get(&uri).map(|d| d.generation + 1).unwrap_or(0);
            docs.insert(
                uri.clone(),
                Document { text: Arc::new(p.text_document.text), version: p.text_document.version, generation, analysis: None },
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
        self.docs.lock().unwrap().remove(&uri);
        self.client.publish_diagnostics(uri, Vec::new(), None).await;
    }

    async fn goto_definition(&self, p: GotoDefinitionParams) -> Result<Option<GotoDefinitionResponse>> {
        let tdp = p.text_document_position_params;
        let a = self.analysis(&tdp.text_document.uri).await?;
        Ok(a.definition(&tdp.text_document.uri, tdp.position).map(GotoDefinitionResponse::Scalar))
    }

    async fn references(&self, p: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let tdp = p.text_document_position;
        let a = self.analysis(&tdp.text_document.uri).await?;
        Ok(a.references(&tdp.text_document.uri, tdp.position, p.context.include_declaration))
    }

    async fn document_highlight(&self, p: DocumentHighlightParams) -> Result<Option<Vec<DocumentHighlight>>> {
        let tdp = p.text_document_position_params;
        let a = self.analysis(&tdp.text_document.uri).await?;
        Ok(a.highlights(tdp.position))
    }

    async fn prepare_rename(&self, p: TextDocumentPositionParams) -> Result<Option<PrepareRenameResponse>> {
        let a = self.analysis(&p.text_document.uri).await?;
        Ok(a.prepare_rename(p.position).map(PrepareRenameResponse::Range))
    }

    async fn rename(&self, p: RenameParams) -> Result<Option<WorkspaceEdit>> {
        let tdp = p.text_document_position;
        let a = self.analysis(&tdp.text_document.uri).await?;
        a.rename(&tdp.text_document.uri, tdp.position, &p.new_name).map(Some).map_err(Error::invalid_params)
    }

    async fn document_symbol(&self, p: DocumentSymbolParams) -> Result<Option<DocumentSymbolResponse>> {
        let a = self.analysis(&p.text_document.uri).await?;
        Ok(Some(DocumentSymbolResponse::Nested(a.document_symbols())))
    }

    async fn hover(&self, p: HoverParams) -> Result<Option<Hover>> {
        let tdp = p.text_document_position_params;
        let a = self.analysis(&tdp.text_document.uri).await?;
        Ok(a.hover(tdp.position))
    }

    async fn completion(&self, p: CompletionParams) -> Result<Option<CompletionResponse>> {
        let tdp = p.text_document_position;
        let a = self.analysis(&tdp.text_document.uri).await?;
        Ok(Some(CompletionResponse::Array(a.completion(tdp.position))))
    }

    async fn signature_help(&self, p: SignatureHelpParams) -> Result<Option<SignatureHelp>> {
        let tdp = p.text_document_position_params;
        let a = self.analysis(&tdp.text_document.uri).await?;
        Ok(a.signature_help(tdp.position))
    }

    async fn folding_range(&self, p: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        let a = self.analysis(&p.text_document.uri).await?;
        Ok(Some(a.folding_ranges()))
    }

    async fn semantic_tokens_full(&self, p: SemanticTokensParams) -> Result<Option<SemanticTokensResult>> {
        let a = self.analysis(&p.text_document.uri).await?;
        Ok(Some(SemanticTokensResult::Tokens(SemanticTokens { result_id: None, data: a.semantic_tokens() })))
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
            docs: Arc::new(Mutex::new(HashMap::new())),
            debounce: Duration::from_millis(debounce),
        });
        let exit = Arc::new(tokio::sync::Notify::new());
        let service = ExitWatch { inner: service, exit: exit.clone() };
        tokio::select! {
            _ = Server::new(tokio::io::stdin(), tokio::io::stdout(), socket).serve(service) => false,
            _ = exit.notified() => true,
        }
    });
    let clean = shut_down.load(std::sync::atomic::Ordering::SeqCst) || !exited;
    // Neither pending analyses nor the blocking stdin reader may keep the
    // process alive.
    runtime.shutdown_timeout(Duration::from_millis(100));
    std::process::exit(if clean { 0 } else { 1 });
}
