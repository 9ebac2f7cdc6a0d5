// CPU scheduling simulation: FCFS, shortest job first and round robin
const jobs = [
  { id: "A", arrive: 0, burst: 8 },
  { id: "B", arrive: 1, burst: 4 },
  { id: "C", arrive: 2, burst: 9 },
  { id: "D", arrive: 3, burst: 5 },
  { id: "E", arrive: 6, burst: 2 },
];

function clone(js) { return js.map(function (j) { return Object.assign({}, j, { left: j.burst }); }); }

function report(name, finished, timeline) {
  let totalWait = 0, totalTurn = 0;
  finished.sort(function (a, b) { return a.id < b.id ? -1 : 1; }).forEach(function (j) {
    const turnaround = j.done - j.arrive;
    totalWait += turnaround - j.burst;
    totalTurn += turnaround;
  });
  console.log(name.padEnd(12) + timeline + "  avg wait " + (totalWait / finished.length).toFixed(2) + ", avg turnaround " + (totalTurn / finished.length).toFixed(2));
}

function fcfs(input) {
  const js = clone(input).sort(function (a, b) { return a.arrive - b.arrive; });
  let t = 0, timeline = "";
  js.forEach(function (j) {
    if (t < j.arrive) { timeline += ".".repeat(j.arrive - t); t = j.arrive; }
    timeline += j.id.repeat(j.burst);
    t += j.burst;
    j.done = t;
  });
  report("FCFS", js, timeline);
}

function sjf(input) {
  const pending = clone(input);
  const done = [];
  let t = 0, timeline = "";
  while (pending.length) {
    const ready = pending.filter(function (j) { return j.arrive <= t; });
    if (!ready.length) { t++; timeline += "."; continue; }
    ready.sort(function (a, b) { return a.burst - b.burst || a.arrive - b.arrive; });
    const j = ready[0];
    pending.splice(pending.indexOf(j), 1);
    timeline += j.id.repeat(j.burst);
    t += j.burst;
    j.done = t;
    done.push(j);
  }
  report("SJF", done, timeline);
}

function roundRobin(input, quantum) {
  const pending = clone(input).sort(function (a, b) { return a.arrive - b.arrive; });
  const queue = [];
  const done = [];
  let t = 0, timeline = "";
  function admit() {
    while (pending.length && pending[0].arrive <= t) queue.push(pending.shift());
  }
  admit();
  while (queue.length || pending.length) {
    if (!queue.length) { t++; timeline += "."; admit(); continue; }
    const j = queue.shift();
    const slice = Math.min(quantum, j.left);
    for (let k = 0; k < slice; k++) { timeline += j.id; t++; admit(); }
    j.left -= slice;
    if (j.left > 0) queue.push(j);
    else { j.done = t; done.push(j); }
  }
  report("RR q=" + quantum, done, timeline);
}

fcfs(jobs);
sjf(jobs);
roundRobin(jobs, 2);
roundRobin(jobs, 4);
roundRobin(jobs, 100);
