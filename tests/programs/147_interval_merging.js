// Interval operations: merging, insertion, intersection and meeting room allocation
function merge(intervals) {
  const sorted = intervals.slice().sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
  const out = [];
  sorted.forEach(function (iv) {
    const last = out[out.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else out.push([iv[0], iv[1]]);
  });
  return out;
}

function insert(intervals, iv) {
  return merge(intervals.concat([iv]));
}

function intersect(a, b) {
  const out = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i][0], b[j][0]), hi = Math.min(a[i][1], b[j][1]);
    if (lo <= hi) out.push([lo, hi]);
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return out;
}

function roomsNeeded(meetings) {
  const events = [];
  meetings.forEach(function (m) { events.push([m[0], 1], [m[1], -1]); });
  events.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
  let cur = 0, best = 0;
  events.forEach(function (e) { cur += e[1]; best = Math.max(best, cur); });
  return best;
}

function assignRooms(meetings) {
  const rooms = [];
  const order = meetings.map(function (m, i) { return i; }).sort(function (a, b) { return meetings[a][0] - meetings[b][0]; });
  const assignment = [];
  order.forEach(function (idx) {
    const m = meetings[idx];
    let r = rooms.findIndex(function (end) { return end <= m[0]; });
    if (r < 0) { rooms.push(m[1]); r = rooms.length - 1; }
    else rooms[r] = m[1];
    assignment[idx] = r;
  });
  return assignment;
}

function fmt(list) { return list.map(function (iv) { return "[" + iv[0] + "," + iv[1] + "]"; }).join(" "); }

console.log(fmt(merge([[1, 3], [2, 6], [8, 10], [15, 18], [17, 20], [9, 9]])));
console.log(fmt(merge([[5, 7], [1, 4], [4, 5]])));
console.log(fmt(insert([[1, 2], [3, 5], [6, 7], [8, 10], [12, 16]], [4, 8])));
console.log(fmt(intersect([[0, 2], [5, 10], [13, 23], [24, 25]], [[1, 5], [8, 12], [15, 24], [25, 26]])));
const meetings = [[9, 10], [9.5, 11], [10, 11.5], [11, 12], [11, 13], [12.5, 14], [13, 14]];
console.log("rooms needed:", roomsNeeded(meetings));
const rooms = assignRooms(meetings);
meetings.forEach(function (m, i) { console.log("  meeting " + m[0] + "-" + m[1] + " -> room " + rooms[i]); });
const busy = merge(meetings);
const free = [];
for (let i = 1; i < busy.length; i++) free.push([busy[i - 1][1], busy[i][0]]);
console.log("busy blocks:", fmt(busy), "free gaps:", free.length ? fmt(free) : "none");
