//! What the server knows about the global environment: ECMAScript and
//! Node.js globals (so undeclared-identifier warnings skip them), and a small
//! table of signatures for hover, completion and signature help.

/// Every ECMAScript global plus Node's module-scope names and globals.
pub const GLOBALS: &[&str] = &[
    // ECMAScript value and function properties of the global object
    "globalThis", "Infinity", "NaN", "undefined", "eval", "isFinite", "isNaN", "parseFloat", "parseInt",
    "decodeURI", "decodeURIComponent", "encodeURI", "encodeURIComponent", "escape", "unescape",
    // ECMAScript constructors and namespaces
    "AggregateError", "Array", "ArrayBuffer", "Atomics", "BigInt", "BigInt64Array", "BigUint64Array", "Boolean",
    "DataView", "Date", "Error", "EvalError", "FinalizationRegistry", "Float16Array", "Float32Array", "Float64Array",
    "Function", "Int8Array", "Int16Array", "Int32Array", "Intl", "Iterator", "JSON", "Map", "Math", "Number", "Object",
    "Promise", "Proxy", "RangeError", "ReferenceError", "Reflect", "RegExp", "Set", "SharedArrayBuffer", "String",
    "Symbol", "SyntaxError", "TypeError", "Uint8Array", "Uint8ClampedArray", "Uint16Array", "Uint32Array", "URIError",
    "WeakMap", "WeakRef", "WeakSet", "DisposableStack", "AsyncDisposableStack", "SuppressedError",
    // Node.js module scope
    "require", "module", "exports", "__filename", "__dirname",
    // Node.js globals
    "console", "process", "Buffer", "global", "setTimeout", "clearTimeout", "setInterval", "clearInterval",
    "setImmediate", "clearImmediate", "queueMicrotask", "structuredClone", "URL", "URLSearchParams", "TextEncoder",
    "TextDecoder", "AbortController", "AbortSignal", "Event", "EventTarget", "fetch", "Headers", "Request", "Response",
    "FormData", "Blob", "File", "performance", "atob", "btoa", "WebAssembly", "crypto", "MessageChannel", "MessagePort",
    "MessageEvent", "BroadcastChannel", "navigator", "DOMException", "ReadableStream", "WritableStream",
    "TransformStream", "CustomEvent", "WebSocket",
];

pub fn is_global(name: &str) -> bool {
    GLOBALS.contains(&name)
}

/// `key|signature|documentation`, one per line. Keys are `name` for globals,
/// `Object.member` for members of a namespace or constructor, `string.member`
/// for String.prototype and `array.member` for Array.prototype.
const TABLE: &str = "\
parseInt|parseInt(string: string, radix?: number): number|Parses a string and returns an integer of the given radix.
parseFloat|parseFloat(string: string): number|Parses a string and returns a floating-point number.
isNaN|isNaN(value: any): boolean|Whether the value, converted to a number, is NaN.
isFinite|isFinite(value: any): boolean|Whether the value, converted to a number, is finite.
encodeURIComponent|encodeURIComponent(component: string): string|Encodes a URI component.
decodeURIComponent|decodeURIComponent(component: string): string|Decodes a URI component.
require|require(id: string): any|Node.js: loads a module and returns its exports.
setTimeout|setTimeout(callback: Function, delay?: number, ...args: any[]): Timeout|Node.js: calls callback once after delay milliseconds.
setInterval|setInterval(callback: Function, delay?: number, ...args: any[]): Timeout|Node.js: calls callback every delay milliseconds.
setImmediate|setImmediate(callback: Function, ...args: any[]): Immediate|Node.js: calls callback after I/O events.
clearTimeout|clearTimeout(timeout: Timeout): void|Node.js: cancels a timeout.
clearInterval|clearInterval(timeout: Timeout): void|Node.js: cancels an interval.
queueMicrotask|queueMicrotask(callback: Function): void|Queues a microtask.
structuredClone|structuredClone(value: any, options?: object): any|Deep-clones a value with the structured clone algorithm.
console|console: Console|Node.js: the global console.
process|process: NodeJS.Process|Node.js: the current process.
module|module: Module|Node.js: the current module object.
exports|exports: any|Node.js: shorthand for module.exports.
__filename|__filename: string|Node.js: the absolute path of this module.
__dirname|__dirname: string|Node.js: the directory of this module.
Buffer|class Buffer|Node.js: raw binary data.
globalThis|globalThis: typeof globalThis|The global object.
undefined|undefined: undefined|The undefined value.
NaN|NaN: number|Not-a-Number.
Infinity|Infinity: number|Positive infinity.
Math|namespace Math|Mathematical constants and functions.
JSON|namespace JSON|Parsing and serialising JSON.
Object|ObjectConstructor|Object(value?: any): Object.
Array|ArrayConstructor|Array(...items: any[]): any[].
String|StringConstructor|String(value?: any): string.
Number|NumberConstructor|Number(value?: any): number.
Boolean|BooleanConstructor|Boolean(value?: any): boolean.
Symbol|SymbolConstructor|Symbol(description?: string): symbol.
Promise|PromiseConstructor|new Promise(executor: (resolve, reject) => void).
Map|MapConstructor|new Map(entries?: Iterable<[K, V]>).
Set|SetConstructor|new Set(values?: Iterable<T>).
Error|ErrorConstructor|new Error(message?: string, options?: { cause?: any }).
Date|DateConstructor|new Date(value?: number | string).
RegExp|RegExpConstructor|new RegExp(pattern: string, flags?: string).
console.log|log(...data: any[]): void|Prints to stdout with a newline.
console.error|error(...data: any[]): void|Prints to stderr with a newline.
console.warn|warn(...data: any[]): void|Prints to stderr with a newline.
console.info|info(...data: any[]): void|Alias of console.log.
console.debug|debug(...data: any[]): void|Alias of console.log.
console.trace|trace(...data: any[]): void|Prints a stack trace to stderr.
console.dir|dir(item: any, options?: object): void|Prints util.inspect(item) to stdout.
console.table|table(data: any, properties?: string[]): void|Prints tabular data.
console.assert|assert(value: any, ...message: any[]): void|Prints an assertion failure if value is falsy.
console.time|time(label?: string): void|Starts a timer.
console.timeEnd|timeEnd(label?: string): void|Stops a timer and prints the elapsed time.
console.count|count(label?: string): void|Prints how many times it was called with label.
console.group|group(...label: any[]): void|Increases indentation of subsequent lines.
console.groupEnd|groupEnd(): void|Decreases indentation.
Math.abs|abs(x: number): number|Absolute value.
Math.ceil|ceil(x: number): number|Smallest integer greater than or equal to x.
Math.floor|floor(x: number): number|Largest integer less than or equal to x.
Math.round|round(x: number): number|x rounded to the nearest integer.
Math.trunc|trunc(x: number): number|Integer part of x.
Math.sign|sign(x: number): number|Sign of x.
Math.max|max(...values: number[]): number|Largest of the arguments.
Math.min|min(...values: number[]): number|Smallest of the arguments.
Math.pow|pow(x: number, y: number): number|x to the power y.
Math.sqrt|sqrt(x: number): number|Square root.
Math.cbrt|cbrt(x: number): number|Cube root.
Math.random|random(): number|Pseudo-random number in [0, 1).
Math.sin|sin(x: number): number|Sine.
Math.cos|cos(x: number): number|Cosine.
Math.tan|tan(x: number): number|Tangent.
Math.atan2|atan2(y: number, x: number): number|Angle from the x axis to (x, y).
Math.exp|exp(x: number): number|e to the power x.
Math.log|log(x: number): number|Natural logarithm.
Math.log2|log2(x: number): number|Base-2 logarithm.
Math.log10|log10(x: number): number|Base-10 logarithm.
Math.hypot|hypot(...values: number[]): number|Square root of the sum of squares.
Math.imul|imul(a: number, b: number): number|32-bit integer multiplication.
Math.clz32|clz32(x: number): number|Leading zero bits of the 32-bit integer.
Math.PI|PI: number|Ratio of a circle's circumference to its diameter.
Math.E|E: number|Euler's number.
JSON.parse|parse(text: string, reviver?: (key: string, value: any) => any): any|Parses JSON text.
JSON.stringify|stringify(value: any, replacer?: Function | string[], space?: string | number): string|Serialises a value to JSON.
Object.keys|keys(o: object): string[]|Own enumerable string-keyed property names.
Object.values|values(o: object): any[]|Own enumerable property values.
Object.entries|entries(o: object): [string, any][]|Own enumerable [key, value] pairs.
Object.assign|assign(target: object, ...sources: object[]): object|Copies own enumerable properties onto target.
Object.freeze|freeze(o: T): T|Makes an object immutable.
Object.isFrozen|isFrozen(o: object): boolean|Whether the object is frozen.
Object.create|create(proto: object | null, properties?: PropertyDescriptorMap): any|Creates an object with the given prototype.
Object.defineProperty|defineProperty(o: object, key: PropertyKey, descriptor: PropertyDescriptor): object|Defines or modifies a property.
Object.getPrototypeOf|getPrototypeOf(o: object): object | null|The prototype of an object.
Object.setPrototypeOf|setPrototypeOf(o: object, proto: object | null): object|Sets the prototype of an object.
Object.getOwnPropertyNames|getOwnPropertyNames(o: object): string[]|All own string-keyed property names.
Object.fromEntries|fromEntries(entries: Iterable<[PropertyKey, any]>): object|Builds an object from [key, value] pairs.
Object.is|is(a: any, b: any): boolean|SameValue comparison.
Array.isArray|isArray(value: any): boolean|Whether the value is an array.
Array.from|from(iterable: Iterable<T> | ArrayLike<T>, mapFn?: (v: T, k: number) => U): U[]|Creates an array from an iterable or array-like.
Array.of|of(...items: T[]): T[]|Creates an array from the arguments.
Number.isInteger|isInteger(value: any): boolean|Whether the value is an integer number.
Number.isFinite|isFinite(value: any): boolean|Whether the value is a finite number.
Number.isNaN|isNaN(value: any): boolean|Whether the value is NaN.
Number.parseFloat|parseFloat(string: string): number|Same as parseFloat.
Number.parseInt|parseInt(string: string, radix?: number): number|Same as parseInt.
Number.MAX_SAFE_INTEGER|MAX_SAFE_INTEGER: number|2^53 - 1.
Number.EPSILON|EPSILON: number|Difference between 1 and the next number.
String.fromCharCode|fromCharCode(...codes: number[]): string|A string from UTF-16 code units.
String.fromCodePoint|fromCodePoint(...codePoints: number[]): string|A string from code points.
Promise.resolve|resolve(value?: T): Promise<T>|A promise resolved with value.
Promise.reject|reject(reason?: any): Promise<never>|A promise rejected with reason.
Promise.all|all(values: Iterable<T>): Promise<T[]>|Resolves when all resolve.
Promise.allSettled|allSettled(values: Iterable<T>): Promise<Result[]>|Resolves when all settle.
Promise.race|race(values: Iterable<T>): Promise<T>|Settles as the first settles.
process.argv|argv: string[]|Command-line arguments.
process.env|env: Record<string, string>|Environment variables.
process.exit|exit(code?: number): never|Ends the process.
process.exitCode|exitCode: number|Exit code used when the process exits normally.
process.cwd|cwd(): string|Current working directory.
process.platform|platform: string|Operating system platform.
process.pid|pid: number|Process id.
process.stdout|stdout: WriteStream|Standard output stream.
process.stderr|stderr: WriteStream|Standard error stream.
process.nextTick|nextTick(callback: Function, ...args: any[]): void|Queues callback before other I/O.
process.hrtime|hrtime(time?: [number, number]): [number, number]|High-resolution real time.
process.memoryUsage|memoryUsage(): MemoryUsage|Memory usage of the process.
process.version|version: string|Node.js version string.
process.on|on(event: string, listener: Function): process|Adds a listener for a process event ('exit', 'uncaughtException', ...).
process.arch|arch: string|CPU architecture.
process.uptime|uptime(): number|Seconds the process has been running.
process.execPath|execPath: string|Absolute path of the executable.
process.stdin|stdin: ReadStream|Standard input stream.
process.kill|kill(pid: number, signal?: string | number): true|Sends a signal to a process.
process.emitWarning|emitWarning(warning: string | Error, type?: string): void|Emits a process warning.
fs.readFileSync|readFileSync(path: string | Buffer | URL | number, options?: { encoding?: string, flag?: string } | string): string | Buffer|Node.js fs: reads the whole file (a string when an encoding is given).
fs.writeFileSync|writeFileSync(file: string | Buffer | URL | number, data: string | Buffer, options?: object | string): void|Node.js fs: writes data to a file, replacing it.
fs.appendFileSync|appendFileSync(path: string | Buffer | URL | number, data: string | Buffer, options?: object | string): void|Node.js fs: appends data to a file.
fs.existsSync|existsSync(path: string | Buffer | URL): boolean|Node.js fs: whether the path exists.
fs.readdirSync|readdirSync(path: string | Buffer | URL, options?: object | string): string[]|Node.js fs: the names of the entries of a directory.
fs.mkdirSync|mkdirSync(path: string | Buffer | URL, options?: { recursive?: boolean, mode?: number }): string | undefined|Node.js fs: creates a directory.
fs.statSync|statSync(path: string | Buffer | URL, options?: object): Stats|Node.js fs: information about a file.
fs.lstatSync|lstatSync(path: string | Buffer | URL, options?: object): Stats|Node.js fs: like statSync, not following symbolic links.
fs.unlinkSync|unlinkSync(path: string | Buffer | URL): void|Node.js fs: removes a file.
fs.rmSync|rmSync(path: string | Buffer | URL, options?: { recursive?: boolean, force?: boolean }): void|Node.js fs: removes files and directories.
fs.renameSync|renameSync(oldPath: string | Buffer | URL, newPath: string | Buffer | URL): void|Node.js fs: renames a file.
fs.copyFileSync|copyFileSync(src: string | Buffer | URL, dest: string | Buffer | URL, mode?: number): void|Node.js fs: copies a file.
fs.realpathSync|realpathSync(path: string | Buffer | URL, options?: object): string|Node.js fs: the canonical absolute path.
fs.accessSync|accessSync(path: string | Buffer | URL, mode?: number): void|Node.js fs: throws unless the file is accessible.
fs.readFile|readFile(path: string | Buffer | URL | number, options?: object | string, callback: (err: Error | null, data: string | Buffer) => void): void|Node.js fs: reads a file asynchronously.
fs.writeFile|writeFile(file: string | Buffer | URL | number, data: string | Buffer, options?: object | string, callback: (err: Error | null) => void): void|Node.js fs: writes a file asynchronously.
fs.readdir|readdir(path: string | Buffer | URL, options?: object | string, callback: (err: Error | null, files: string[]) => void): void|Node.js fs: reads a directory asynchronously.
fs.stat|stat(path: string | Buffer | URL, options?: object, callback: (err: Error | null, stats: Stats) => void): void|Node.js fs: file information, asynchronously.
fs.mkdir|mkdir(path: string | Buffer | URL, options?: object, callback: (err: Error | null) => void): void|Node.js fs: creates a directory asynchronously.
fs.createReadStream|createReadStream(path: string | Buffer | URL, options?: object | string): ReadStream|Node.js fs: a readable stream of the file.
fs.createWriteStream|createWriteStream(path: string | Buffer | URL, options?: object | string): WriteStream|Node.js fs: a writable stream to the file.
fs.watch|watch(filename: string | Buffer | URL, options?: object | string, listener?: Function): FSWatcher|Node.js fs: watches a file or directory for changes.
fs.promises|promises: typeof import('fs/promises')|Node.js fs: the promise-based API.
fs.constants|constants: object|Node.js fs: file access and mode constants.
path.join|join(...paths: string[]): string|Node.js path: joins segments and normalises the result.
path.resolve|resolve(...paths: string[]): string|Node.js path: an absolute path, resolving right to left from the current directory.
path.dirname|dirname(path: string): string|Node.js path: the directory part.
path.basename|basename(path: string, suffix?: string): string|Node.js path: the last part (without suffix).
path.extname|extname(path: string): string|Node.js path: the extension, with the dot.
path.relative|relative(from: string, to: string): string|Node.js path: the relative path from from to to.
path.normalize|normalize(path: string): string|Node.js path: resolves '.' and '..' segments.
path.isAbsolute|isAbsolute(path: string): boolean|Node.js path: whether the path is absolute.
path.parse|parse(path: string): { root: string, dir: string, base: string, ext: string, name: string }|Node.js path: the parts of a path.
path.format|format(pathObject: { root?: string, dir?: string, base?: string, ext?: string, name?: string }): string|Node.js path: a path from its parts.
path.sep|sep: string|Node.js path: the segment separator ('/' on POSIX).
path.delimiter|delimiter: string|Node.js path: the PATH list delimiter (':' on POSIX).
path.posix|posix: typeof path|Node.js path: POSIX implementations.
path.win32|win32: typeof path|Node.js path: Windows implementations.
os.platform|platform(): string|Node.js os: the operating system platform.
os.type|type(): string|Node.js os: the operating system name.
os.arch|arch(): string|Node.js os: the CPU architecture.
os.cpus|cpus(): CpuInfo[]|Node.js os: information about each logical CPU.
os.totalmem|totalmem(): number|Node.js os: total memory in bytes.
os.freemem|freemem(): number|Node.js os: free memory in bytes.
os.homedir|homedir(): string|Node.js os: the current user's home directory.
os.tmpdir|tmpdir(): string|Node.js os: the default directory for temporary files.
os.hostname|hostname(): string|Node.js os: the host name.
os.uptime|uptime(): number|Node.js os: system uptime in seconds.
os.userInfo|userInfo(options?: object): UserInfo|Node.js os: information about the current user.
os.EOL|EOL: string|Node.js os: the end-of-line marker.
events.EventEmitter|class EventEmitter|Node.js events: the EventEmitter class (also the module itself).
events.once|once(emitter: EventEmitter, name: string): Promise<any[]>|Node.js events: a promise for the next event.
events.on|on(emitter: EventEmitter, name: string): AsyncIterator<any[]>|Node.js events: an async iterator over events.
events.defaultMaxListeners|defaultMaxListeners: number|Node.js events: default listener limit per event.
EventEmitter.on|on(eventName: string | symbol, listener: (...args: any[]) => void): this|Adds a listener.
EventEmitter.once|once(eventName: string | symbol, listener: (...args: any[]) => void): this|Adds a one-time listener.
EventEmitter.off|off(eventName: string | symbol, listener: (...args: any[]) => void): this|Removes a listener.
EventEmitter.emit|emit(eventName: string | symbol, ...args: any[]): boolean|Calls the listeners; whether there were any.
EventEmitter.addListener|addListener(eventName: string | symbol, listener: (...args: any[]) => void): this|Alias of on.
EventEmitter.removeListener|removeListener(eventName: string | symbol, listener: (...args: any[]) => void): this|Removes a listener.
EventEmitter.removeAllListeners|removeAllListeners(eventName?: string | symbol): this|Removes all listeners.
EventEmitter.listenerCount|listenerCount(eventName: string | symbol): number|Number of listeners for the event.
EventEmitter.setMaxListeners|setMaxListeners(n: number): this|Changes the listener limit.
http.createServer|createServer(options?: object, requestListener?: (req: IncomingMessage, res: ServerResponse) => void): Server|Node.js http: a new HTTP server.
http.request|request(url: string | URL | object, options?: object, callback?: (res: IncomingMessage) => void): ClientRequest|Node.js http: makes an HTTP request.
http.get|get(url: string | URL | object, options?: object, callback?: (res: IncomingMessage) => void): ClientRequest|Node.js http: a GET request (ended automatically).
http.STATUS_CODES|STATUS_CODES: Record<number, string>|Node.js http: standard status descriptions.
http.METHODS|METHODS: string[]|Node.js http: supported methods.
http.Agent|class Agent|Node.js http: connection pooling.
http.Server|class Server|Node.js http: the HTTP server class.
child_process.exec|exec(command: string, options?: object, callback?: (error: Error | null, stdout: string, stderr: string) => void): ChildProcess|Node.js child_process: runs a command in a shell, buffering its output.
child_process.execSync|execSync(command: string, options?: object): string | Buffer|Node.js child_process: runs a command in a shell and returns its stdout.
child_process.execFile|execFile(file: string, args?: string[], options?: object, callback?: Function): ChildProcess|Node.js child_process: runs an executable without a shell.
child_process.execFileSync|execFileSync(file: string, args?: string[], options?: object): string | Buffer|Node.js child_process: runs an executable and returns its stdout.
child_process.spawn|spawn(command: string, args?: string[], options?: object): ChildProcess|Node.js child_process: starts a process with streams for its stdio.
child_process.spawnSync|spawnSync(command: string, args?: string[], options?: object): SpawnSyncReturns|Node.js child_process: runs a process to completion.
child_process.fork|fork(modulePath: string, args?: string[], options?: object): ChildProcess|Node.js child_process: starts a Node.js child with an IPC channel.
util.format|format(format: any, ...args: any[]): string|Node.js util: printf-like formatting.
util.inspect|inspect(object: any, options?: object): string|Node.js util: a string representation for debugging.
util.promisify|promisify(original: Function): Function|Node.js util: a promise-returning version of a callback-style function.
util.isDeepStrictEqual|isDeepStrictEqual(val1: any, val2: any): boolean|Node.js util: deep strict equality.
util.types|types: object|Node.js util: type checks for builtin objects.
string.length|length: number|Number of UTF-16 code units.
string.charAt|charAt(pos: number): string|The character at pos.
string.charCodeAt|charCodeAt(index: number): number|The UTF-16 code unit at index.
string.codePointAt|codePointAt(pos: number): number | undefined|The code point at pos.
string.at|at(index: number): string | undefined|The character at index (negative from the end).
string.concat|concat(...strings: string[]): string|Concatenates strings.
string.endsWith|endsWith(searchString: string, endPosition?: number): boolean|Whether the string ends with searchString.
string.startsWith|startsWith(searchString: string, position?: number): boolean|Whether the string starts with searchString.
string.includes|includes(searchString: string, position?: number): boolean|Whether searchString occurs.
string.indexOf|indexOf(searchString: string, position?: number): number|First index of searchString, or -1.
string.lastIndexOf|lastIndexOf(searchString: string, position?: number): number|Last index of searchString, or -1.
string.match|match(regexp: RegExp): RegExpMatchArray | null|Matches against a regular expression.
string.matchAll|matchAll(regexp: RegExp): Iterator<RegExpMatchArray>|All matches of a global regular expression.
string.padEnd|padEnd(maxLength: number, fillString?: string): string|Pads at the end.
string.padStart|padStart(maxLength: number, fillString?: string): string|Pads at the start.
string.repeat|repeat(count: number): string|The string repeated count times.
string.replace|replace(pattern: string | RegExp, replacement: string | Function): string|Replaces the first match.
string.replaceAll|replaceAll(pattern: string | RegExp, replacement: string | Function): string|Replaces every match.
string.search|search(regexp: RegExp): number|Index of the first match, or -1.
string.slice|slice(start?: number, end?: number): string|A section of the string.
string.split|split(separator: string | RegExp, limit?: number): string[]|Splits into substrings.
string.substring|substring(start: number, end?: number): string|The substring between start and end.
string.toLowerCase|toLowerCase(): string|Lower-cased copy.
string.toUpperCase|toUpperCase(): string|Upper-cased copy.
string.trim|trim(): string|Without leading and trailing whitespace.
string.trimStart|trimStart(): string|Without leading whitespace.
string.trimEnd|trimEnd(): string|Without trailing whitespace.
string.normalize|normalize(form?: string): string|Unicode normalisation.
string.localeCompare|localeCompare(that: string): number|Locale-aware comparison.
array.length|length: number|Number of elements.
array.push|push(...items: T[]): number|Appends items; returns the new length.
array.pop|pop(): T | undefined|Removes and returns the last element.
array.shift|shift(): T | undefined|Removes and returns the first element.
array.unshift|unshift(...items: T[]): number|Prepends items; returns the new length.
array.map|map(callback: (value: T, index: number, array: T[]) => U, thisArg?: any): U[]|A new array of callback results.
array.filter|filter(predicate: (value: T, index: number, array: T[]) => boolean, thisArg?: any): T[]|Elements for which predicate is truthy.
array.forEach|forEach(callback: (value: T, index: number, array: T[]) => void, thisArg?: any): void|Calls callback for each element.
array.reduce|reduce(callback: (acc: U, value: T, index: number, array: T[]) => U, initial?: U): U|Folds the array from the left.
array.find|find(predicate: (value: T, index: number) => boolean): T | undefined|First element matching predicate.
array.findIndex|findIndex(predicate: (value: T, index: number) => boolean): number|Index of the first match, or -1.
array.some|some(predicate: (value: T, index: number) => boolean): boolean|Whether any element matches.
array.every|every(predicate: (value: T, index: number) => boolean): boolean|Whether every element matches.
array.includes|includes(value: T, fromIndex?: number): boolean|Whether value occurs (SameValueZero).
array.indexOf|indexOf(value: T, fromIndex?: number): number|First index of value, or -1.
array.join|join(separator?: string): string|Joins elements into a string.
array.slice|slice(start?: number, end?: number): T[]|A section of the array.
array.splice|splice(start: number, deleteCount?: number, ...items: T[]): T[]|Removes and inserts elements in place.
array.concat|concat(...items: (T | T[])[]): T[]|A new array with items appended.
array.sort|sort(compare?: (a: T, b: T) => number): T[]|Sorts in place.
array.reverse|reverse(): T[]|Reverses in place.
array.flat|flat(depth?: number): any[]|Flattens nested arrays.
array.flatMap|flatMap(callback: (value: T, index: number) => U | U[]): U[]|map then flat(1).
array.fill|fill(value: T, start?: number, end?: number): T[]|Fills a range with value.
array.keys|keys(): Iterator<number>|Iterator over indices.
array.entries|entries(): Iterator<[number, T]>|Iterator over [index, value] pairs.
array.at|at(index: number): T | undefined|The element at index (negative from the end).
";

#[derive(Clone, Copy, Debug)]
pub struct Builtin {
    pub key: &'static str,
    pub signature: &'static str,
    pub doc: &'static str,
}

impl Builtin {
    /// The member name (after the last dot of the key).
    pub fn name(&self) -> &'static str {
        self.key.rsplit('.').next().unwrap_or(self.key)
    }
    pub fn is_callable(&self) -> bool {
        let n = self.name();
        self.signature.starts_with(n) && self.signature[n.len()..].starts_with('(')
    }
    /// Parameter labels of a callable signature, split at top-level commas.
    pub fn params(&self) -> Vec<String> {
        let Some(open) = self.signature.find('(') else { return Vec::new() };
        let mut depth = 0i32;
        let mut out = Vec::new();
        let mut cur = String::new();
        for c in self.signature[open + 1..].chars() {
            match c {
                '(' | '[' | '{' | '<' => depth += 1,
                ')' | ']' | '}' | '>' if depth > 0 => depth -= 1,
                ')' if depth == 0 => break,
                ',' if depth == 0 => {
                    out.push(cur.trim().to_string());
                    cur.clear();
                    continue;
                }
                _ => {}
            }
            cur.push(c);
        }
        if !cur.trim().is_empty() {
            out.push(cur.trim().to_string());
        }
        out
    }
}

fn table() -> &'static [Builtin] {
    static T: std::sync::OnceLock<Vec<Builtin>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        TABLE
            .lines()
            .filter_map(|l| {
                // Signatures may contain `|` (union types); keys and docs do not.
                let (key, rest) = l.split_once('|')?;
                let (signature, doc) = rest.rsplit_once('|')?;
                Some(Builtin { key, signature, doc })
            })
            .collect()
    })
}

pub fn lookup(key: &str) -> Option<Builtin> {
    table().iter().copied().find(|b| b.key == key)
}

/// Members of `object` (`console`, `Math`, ..., `string`, `array`).
pub fn members(object: &str) -> Vec<Builtin> {
    let prefix = format!("{object}.");
    table().iter().copied().filter(|b| b.key.starts_with(&prefix) && !b.key[prefix.len()..].contains('.')).collect()
}

/// Node's builtin modules that have members in the table, and the module
/// a quick-fix imports for an undeclared name (`fs` → `require("fs")`).
pub const NODE_MODULES: &[&str] = &[
    "fs", "path", "os", "events", "http", "https", "child_process", "util", "crypto", "url", "readline", "assert",
    "zlib", "stream", "net", "dns", "querystring", "worker_threads", "timers",
];

/// The builtin module a specifier names (`fs`, `node:fs` → `fs`).
pub fn node_module(specifier: &str) -> Option<&'static str> {
    let s = specifier.strip_prefix("node:").unwrap_or(specifier);
    NODE_MODULES.iter().copied().find(|m| *m == s)
}

/// The module an undeclared identifier most likely means, for the quick-fix.
pub fn node_module_for_name(name: &str) -> Option<&'static str> {
    match name {
        "EventEmitter" => Some("events"),
        "childProcess" => Some("child_process"),
        _ => node_module(name),
    }
}

pub const KEYWORDS: &[&str] = &[
    "async", "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
    "else", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "let", "new",
    "null", "of", "return", "static", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void",
    "while", "with", "yield",
];

/// Words that can never name a binding.
pub const RESERVED: &[&str] = &[
    "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
    "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new",
    "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
    "yield", "let", "static", "implements", "interface", "package", "private", "protected", "public", "arguments",
    "eval",
];

pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else { return false };
    (first == '$' || first == '_' || first.is_alphabetic())
        && chars.all(|c| c == '$' || c == '_' || c.is_alphanumeric() || c == '\u{200c}' || c == '\u{200d}')
        && !RESERVED.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses_and_splits_params() {
        let max = lookup("Math.max").unwrap();
        assert_eq!(max.params(), ["...values: number[]"]);
        let reduce = lookup("array.reduce").unwrap();
        assert_eq!(reduce.params().len(), 2);
        assert!(members("console").iter().any(|b| b.name() == "log"));
        assert!(!lookup("Math.PI").unwrap().is_callable());
        let cp = lookup("string.codePointAt").unwrap();
        assert_eq!((cp.signature, cp.doc), ("codePointAt(pos: number): number | undefined", "The code point at pos."));
        assert!(members("fs").iter().any(|b| b.name() == "readFileSync" && b.is_callable()));
        assert!(members("path").iter().any(|b| b.name() == "join"));
        assert!(!members("child_process").is_empty() && !members("http").is_empty() && !members("events").is_empty());
        assert_eq!(node_module("node:fs"), Some("fs"));
        assert!(is_identifier("$a_1") && !is_identifier("1a") && !is_identifier("class") && !is_identifier("a-b"));
    }
}
