// Extracting structured data from log lines with regular expressions
const log = [
  "2023-04-01 12:00:01 INFO  user=alice action=login ip=10.0.0.1",
  "2023-04-01 12:00:05 WARN  user=bob action=login ip=10.0.0.2 attempts=3",
  "2023-04-01 12:01:10 ERROR user=alice action=upload size=1048576 msg=\"disk full\"",
  "garbage line without structure",
  "2023-04-01 12:02:00 INFO  user=carol action=logout ip=192.168.1.20",
  "2023-04-01 12:03:30 ERROR user=bob action=download msg=\"timeout after 30s\"",
];

const lineRe = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2}:\d{2}) (INFO|WARN|ERROR)\s+(.*)$/;
const kvRe = /(\w+)=("([^"]*)"|\S+)/g;

const records = [];
log.forEach(function (line, i) {
  const m = lineRe.exec(line);
  if (!m) {
    console.log("line " + i + ": unparsable");
    return;
  }
  const rec = { time: m[4], level: m[5], fields: {} };
  let kv;
  kvRe.lastIndex = 0;
  while ((kv = kvRe.exec(m[6])) !== null) {
    rec.fields[kv[1]] = kv[3] !== undefined ? kv[3] : kv[2];
  }
  records.push(rec);
});

records.forEach(function (r) {
  console.log(r.time + " " + r.level.padEnd(5) + " " + JSON.stringify(r.fields));
});

const errors = records.filter(function (r) { return r.level === "ERROR"; });
console.log("errors:", errors.map(function (r) { return r.fields.user + ": " + r.fields.msg; }).join("; "));

const text = "Contact us at help@kiln.dev or sales@example.org; bad@ and @bad are not emails. Admin: root@localhost.";
const emails = text.match(/[\w.]+@[\w]+(\.[\w]+)+/g);
console.log("emails:", emails);
const ips = log.join("\n").match(/\b\d{1,3}(\.\d{1,3}){3}\b/g);
console.log("ips:", ips.join(", "));
console.log("first ERROR at index", log.join("\n").search(/ERROR/));
const dates = "Due 2024-01-15, paid 2024-02-03.".replace(/(\d{4})-(\d{2})-(\d{2})/g, "$3/$2/$1");
console.log(dates);
console.log(/^[A-Z][a-z]+$/.test("Hello"), /^[A-Z][a-z]+$/.test("hello"), /colou?r/i.test("COLOR"));
