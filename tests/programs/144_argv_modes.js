// Command-line argument handling: option parsing on a simulated argv plus the real argc
function parseArgs(argv) {
  const opts = { flags: {}, values: {}, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      opts.positional = opts.positional.concat(argv.slice(i + 1));
      break;
    }
    let m;
    if ((m = /^--([a-z-]+)=(.*)$/.exec(a))) opts.values[m[1]] = m[2];
    else if ((m = /^--no-([a-z-]+)$/.exec(a))) opts.flags[m[1]] = false;
    else if ((m = /^--([a-z-]+)$/.exec(a))) {
      if (i + 1 < argv.length && argv[i + 1][0] !== "-") opts.values[m[1]] = argv[++i];
      else opts.flags[m[1]] = true;
    } else if (/^-[a-z]+$/.test(a)) {
      a.slice(1).split("").forEach(function (f) { opts.flags[f] = true; });
    } else opts.positional.push(a);
  }
  return opts;
}

const realArgc = process.argv.length;
console.log("real argument count beyond node and script:", realArgc - 2);
console.log("mode:", realArgc > 2 ? "user arguments supplied" : "no user arguments, using demo argv");

const demos = [
  ["build", "--out", "dist", "-vq", "src/main.js"],
  ["--level=3", "--no-color", "--watch", "a.js", "b.js"],
  ["run", "--", "--not-a-flag", "-x"],
  [],
];
demos.forEach(function (argv) {
  console.log(JSON.stringify(argv));
  console.log("  -> " + JSON.stringify(parseArgs(argv)));
});

const userArgs = process.argv.slice(2);
const parsed = parseArgs(userArgs);
console.log("parsed real args:", JSON.stringify(parsed));
