// Calendar arithmetic without Date: leap years, day of week, month grids
const MONTHS = ["January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function isLeap(y) { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }

function daysInMonth(y, m) {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

// Zeller-style congruence (Sakamoto's method), 0 = Sunday
function dayOfWeek(y, m, d) {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  if (m < 3) y -= 1;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + t[m - 1] + d) % 7;
}

function dayOfYear(y, m, d) {
  let n = d;
  for (let i = 1; i < m; i++) n += daysInMonth(y, i);
  return n;
}

function daysBetween(a, b) {
  function toDays(y, m, d) {
    let days = 0;
    for (let yy = 1970; yy < y; yy++) days += isLeap(yy) ? 366 : 365;
    return days + dayOfYear(y, m, d);
  }
  return toDays(b[0], b[1], b[2]) - toDays(a[0], a[1], a[2]);
}

function monthGrid(y, m) {
  const lines = [];
  const title = MONTHS[m - 1] + " " + y;
  lines.push(" ".repeat(Math.floor((20 - title.length) / 2)) + title);
  lines.push(DAYS.map(function (d) { return d.slice(0, 2); }).join(" "));
  let row = "   ".repeat(dayOfWeek(y, m, 1));
  for (let d = 1; d <= daysInMonth(y, m); d++) {
    row += String(d).padStart(2) + " ";
    if (dayOfWeek(y, m, d) === 6) {
      lines.push(row.replace(/\s+$/, ""));
      row = "";
    }
  }
  if (row) lines.push(row.replace(/\s+$/, ""));
  return lines.join("\n");
}

[1900, 2000, 2023, 2024, 2100].forEach(function (y) {
  console.log(y + " leap: " + isLeap(y));
});
[[1969, 7, 20], [2000, 1, 1], [2024, 2, 29], [1999, 12, 31], [2038, 1, 19]].forEach(function (d) {
  console.log(d.join("-") + " is a " + DAYS[dayOfWeek(d[0], d[1], d[2])] + ", day " + dayOfYear(d[0], d[1], d[2]) + " of the year");
});
console.log(monthGrid(2024, 2));
console.log(monthGrid(2023, 10));
console.log("days 2000-01-01 -> 2024-03-15:", daysBetween([2000, 1, 1], [2024, 3, 15]));
let fridays13 = 0;
for (let y = 2000; y <= 2030; y++)
  for (let m = 1; m <= 12; m++)
    if (dayOfWeek(y, m, 13) === 5) fridays13++;
console.log("Friday the 13ths 2000-2030:", fridays13);
