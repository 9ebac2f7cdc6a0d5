// Ten-pin bowling score calculator with frame-by-frame breakdown
function parseRolls(s) {
  const rolls = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === " ") continue;
    if (c === "X") rolls.push(10);
    else if (c === "/") rolls.push(10 - rolls[rolls.length - 1]);
    else if (c === "-") rolls.push(0);
    else rolls.push(parseInt(c, 10));
  }
  return rolls;
}

function score(rolls) {
  const frames = [];
  let total = 0, i = 0;
  for (let frame = 1; frame <= 10; frame++) {
    if (i >= rolls.length) throw new Error("incomplete game at frame " + frame);
    let frameScore, kind;
    if (rolls[i] === 10) {
      frameScore = 10 + (rolls[i + 1] || 0) + (rolls[i + 2] || 0);
      kind = "strike";
      i += 1;
    } else if (rolls[i] + rolls[i + 1] === 10) {
      frameScore = 10 + (rolls[i + 2] || 0);
      kind = "spare";
      i += 2;
    } else {
      if (rolls[i] + rolls[i + 1] > 10) throw new RangeError("too many pins in frame " + frame);
      frameScore = rolls[i] + rolls[i + 1];
      kind = "open";
      i += 2;
    }
    total += frameScore;
    frames.push({ frame: frame, kind: kind, score: frameScore, total: total });
  }
  return { total: total, frames: frames };
}

const games = {
  perfect: "X X X X X X X X X X X X",
  allSpares: "5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5",
  gutter: "-- -- -- -- -- -- -- -- -- --",
  nines: "9- 9- 9- 9- 9- 9- 9- 9- 9- 9-",
  mixed: "X 7/ 9- X -8 8/ -6 X X X81",
  broken: "X X 9",
  cheat: "X 78 -- -- -- -- -- -- -- --",
};

Object.keys(games).forEach(function (name) {
  try {
    const r = score(parseRolls(games[name]));
    console.log(name.padEnd(10) + String(r.total).padStart(4));
    if (name === "mixed") {
      r.frames.forEach(function (f) {
        console.log("   frame " + String(f.frame).padStart(2) + " " + f.kind.padEnd(6) + " +" + String(f.score).padStart(2) + " = " + f.total);
      });
    }
  } catch (e) {
    console.log(name.padEnd(10) + " " + e.name + ": " + e.message);
  }
});
console.log(parseRolls("X 7/ 9-").join(","));
