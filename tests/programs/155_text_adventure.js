// A scripted text adventure: rooms, items, doors and a command parser
const rooms = {
  hall: { desc: "a dusty hall", exits: { north: "library", east: "kitchen" }, items: ["lamp"] },
  library: { desc: "a silent library", exits: { south: "hall" }, items: ["book", "key"], dark: true },
  kitchen: { desc: "a cold kitchen", exits: { west: "hall", down: "cellar" }, items: ["bread"] },
  cellar: { desc: "a damp cellar", exits: { up: "kitchen" }, items: ["treasure"], locked: true },
};

const player = { room: "hall", inventory: [], moves: 0, score: 0 };

function hasItem(name) { return player.inventory.indexOf(name) >= 0; }

function look() {
  const r = rooms[player.room];
  if (r.dark && !hasItem("lamp")) return "It is pitch dark. You might need a light.";
  const items = r.items.length ? " You see: " + r.items.join(", ") + "." : "";
  return "You are in " + r.desc + ". Exits: " + Object.keys(r.exits).join(", ") + "." + items;
}

const handlers = {
  look: function () { return look(); },
  go: function (dir) {
    const r = rooms[player.room];
    const target = r.exits[dir];
    if (!target) return "You can't go " + (dir || "nowhere") + ".";
    if (rooms[target].locked) {
      if (!hasItem("key")) return "The way " + dir + " is locked.";
      rooms[target].locked = false;
      player.score += 10;
      player.room = target;
      return "You unlock the door with the key. " + look();
    }
    player.room = target;
    return look();
  },
  take: function (item) {
    const r = rooms[player.room];
    if (r.dark && !hasItem("lamp")) return "You fumble around in the dark.";
    const idx = r.items.indexOf(item);
    if (idx < 0) return "There is no " + item + " here.";
    r.items.splice(idx, 1);
    player.inventory.push(item);
    if (item === "treasure") player.score += 50;
    return "Taken: " + item + ".";
  },
  drop: function (item) {
    if (!hasItem(item)) return "You don't have " + item + ".";
    player.inventory.splice(player.inventory.indexOf(item), 1);
    rooms[player.room].items.push(item);
    return "Dropped " + item + ".";
  },
  inventory: function () {
    return player.inventory.length ? "You carry: " + player.inventory.join(", ") + "." : "You carry nothing.";
  },
  eat: function (item) {
    if (!hasItem(item)) return "You have no " + item + ".";
    if (item !== "bread") return "You can't eat the " + item + "!";
    player.inventory.splice(player.inventory.indexOf(item), 1);
    player.score += 5;
    return "Delicious.";
  },
};
const aliases = { n: "go north", s: "go south", e: "go east", w: "go west", u: "go up", d: "go down", i: "inventory", l: "look", get: "take" };

function execute(line) {
  let words = line.trim().toLowerCase().split(/\s+/);
  if (aliases[words[0]]) words = aliases[words[0]].split(" ").concat(words.slice(1));
  const verb = words[0], noun = words.slice(1).join(" ");
  player.moves++;
  const h = handlers[verb];
  return h ? h(noun) : "I don't know how to '" + verb + "'.";
}

const script = ["look", "n", "take key", "s", "take lamp", "n", "take key", "take book", "i", "s", "e",
  "d", "take treasure", "u", "take bread", "eat bread", "eat lamp", "drop book", "look", "dance", "go sideways"];
script.forEach(function (cmd) {
  console.log("> " + cmd);
  console.log(execute(cmd));
});
console.log("moves: " + player.moves + ", score: " + player.score + ", location: " + player.room);
