// A command-line style program that checks its input and exits with a status code
function checkDocument(lines) {
  const issues = [];
  lines.forEach(function (line, i) {
    if (line.length > 60) issues.push({ line: i + 1, msg: "line too long (" + line.length + ")" });
    if (/\s+$/.test(line)) issues.push({ line: i + 1, msg: "trailing whitespace" });
    if (/\t/.test(line)) issues.push({ line: i + 1, msg: "tab character" });
    if (/TODO/.test(line)) issues.push({ line: i + 1, msg: "unresolved TODO" });
  });
  return issues;
}

const doc = [
  "# Release notes",
  "",
  "Version 2 brings a faster compiler and smaller binaries.   ",
  "\tIndented with a tab",
  "TODO: write the migration guide",
  "This is a deliberately long line that goes well beyond the sixty character limit.",
  "Thanks to all contributors!",
];

console.log("argv has " + (process.argv.length >= 2 ? "at least two" : "fewer than two") + " entries");
const issues = checkDocument(doc);
issues.forEach(function (i) {
  console.log("line " + i.line + ": " + i.msg);
});
const summary = {};
issues.forEach(function (i) {
  const kind = i.msg.split(" ")[0];
  summary[kind] = (summary[kind] || 0) + 1;
});
console.log(summary);
if (issues.length > 0) {
  console.log(issues.length + " issue(s) found, exiting with status 3");
  process.exit(3);
}
console.log("clean document");
