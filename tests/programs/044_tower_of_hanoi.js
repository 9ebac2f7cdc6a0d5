// Tower of Hanoi: recursive move list and iterative verification
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push([n, from, to]);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}

function simulate(n, moves) {
  const pegs = { A: [], B: [], C: [] };
  for (let d = n; d >= 1; d--) pegs.A.push(d);
  for (let i = 0; i < moves.length; i++) {
    const m = moves[i];
    const disk = pegs[m[1]].pop();
    if (disk !== m[0]) throw new Error("wrong disk at move " + i);
    const dest = pegs[m[2]];
    if (dest.length && dest[dest.length - 1] < disk) throw new Error("illegal move " + i);
    dest.push(disk);
  }
  return pegs;
}

const moves3 = hanoi(3, "A", "C", "B", []);
moves3.forEach(function (m, i) {
  console.log("move " + (i + 1) + ": disk " + m[0] + " " + m[1] + " -> " + m[2]);
});
console.log(simulate(3, moves3));

for (let n = 1; n <= 12; n++) {
  const moves = hanoi(n, "A", "C", "B", []);
  const pegs = simulate(n, moves);
  console.log("n=" + n + " moves=" + moves.length + " expected=" + (Math.pow(2, n) - 1) + " done=" + (pegs.C.length === n));
}

// iterative solution using the binary trick
function iterative(n) {
  const seq = [];
  const total = (1 << n) - 1;
  for (let m = 1; m <= total; m++) {
    const from = (m & (m - 1)) % 3;
    const to = ((m | (m - 1)) + 1) % 3;
    seq.push(from + "" + to);
  }
  return seq;
}
console.log(iterative(4).join(" "));
