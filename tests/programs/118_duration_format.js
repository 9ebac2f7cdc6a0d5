// Parsing and formatting durations like "1h 30m", "90s", "2d4h" and clock times
const UNITS = { w: 604800, d: 86400, h: 3600, m: 60, s: 1 };

function parseDuration(s) {
  const re = /(\d+(?:\.\d+)?)\s*([wdhms])/g;
  let total = 0, m, consumed = 0;
  while ((m = re.exec(s)) !== null) {
    total += parseFloat(m[1]) * UNITS[m[2]];
    consumed += m[0].length;
  }
  if (consumed !== s.replace(/\s+/g, "").length && consumed !== s.length) {
    if (s.replace(/(\d+(?:\.\d+)?)\s*([wdhms])/g, "").trim() !== "") throw new SyntaxError("cannot parse duration '" + s + "'");
  }
  return total;
}

function formatDuration(seconds) {
  if (seconds === 0) return "0s";
  const parts = [];
  let rest = Math.round(seconds);
  ["w", "d", "h", "m", "s"].forEach(function (u) {
    const q = Math.floor(rest / UNITS[u]);
    if (q) {
      parts.push(q + u);
      rest -= q * UNITS[u];
    }
  });
  return parts.join(" ");
}

function clock(seconds) {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return [h, m, s].map(function (x) { return String(x).padStart(2, "0"); }).join(":");
}

function humanize(seconds) {
  const table = [[60, "seconds", 1], [3600, "minutes", 60], [86400, "hours", 3600], [604800, "days", 86400], [Infinity, "weeks", 604800]];
  for (let i = 0; i < table.length; i++) {
    if (seconds < table[i][0]) {
      const v = Math.round(seconds / table[i][2]);
      return (v === 1 ? "1 " + table[i][1].slice(0, -1) : v + " " + table[i][1]) + " ago";
    }
  }
}

["90s", "1h 30m", "2d4h", "1w 2d 3h 4m 5s", "1.5h", "45m", "0s", "10 m 5 s", "3 days"].forEach(function (s) {
  try {
    const sec = parseDuration(s);
    console.log(JSON.stringify(s).padEnd(18) + String(sec).padStart(8) + "s  " + formatDuration(sec).padEnd(16) + clock(sec));
  } catch (e) {
    console.log(JSON.stringify(s).padEnd(18) + e.name + ": " + e.message);
  }
});
[1, 45, 60, 119, 3599, 3600, 7200, 86399, 90000, 1209600].forEach(function (s) {
  console.log(String(s).padStart(8) + " -> " + humanize(s));
});
let elapsed = 0;
const laps = ["4m 12s", "3m 58s", "4m 3s", "3m 49s"];
laps.forEach(function (l, i) {
  elapsed += parseDuration(l);
  console.log("lap " + (i + 1) + ": " + l.padEnd(7) + " total " + clock(elapsed));
});
console.log("average lap:", formatDuration(elapsed / laps.length));
