// Todo list manager driven by a command script
function TodoList() {
  this.todos = [];
  this.nextId = 1;
}

TodoList.prototype.exec = function (line) {
  const parts = line.split(" ");
  const cmd = parts[0];
  const rest = parts.slice(1).join(" ");
  switch (cmd) {
    case "add": {
      const m = rest.match(/^(.*?)(?:\s+!(\d))?$/);
      const todo = { id: this.nextId++, text: m[1], priority: m[2] ? parseInt(m[2], 10) : 3, done: false };
      this.todos.push(todo);
      return "added #" + todo.id;
    }
    case "done": {
      const t = this.find(parseInt(rest, 10));
      t.done = true;
      return "completed #" + t.id;
    }
    case "rm": {
      const id = parseInt(rest, 10);
      const idx = this.todos.findIndex(function (t) { return t.id === id; });
      if (idx < 0) throw new Error("no todo #" + id);
      this.todos.splice(idx, 1);
      return "removed #" + id;
    }
    case "list":
      return this.render(rest === "all");
    case "clear": {
      const before = this.todos.length;
      this.todos = this.todos.filter(function (t) { return !t.done; });
      return "cleared " + (before - this.todos.length);
    }
    default:
      throw new Error("unknown command: " + cmd);
  }
};

TodoList.prototype.find = function (id) {
  const t = this.todos.find(function (t) { return t.id === id; });
  if (!t) throw new Error("no todo #" + id);
  return t;
};

TodoList.prototype.render = function (all) {
  const shown = this.todos
    .filter(function (t) { return all || !t.done; })
    .sort(function (a, b) { return a.priority - b.priority || a.id - b.id; });
  if (shown.length === 0) return "(nothing)";
  return shown.map(function (t) {
    return (t.done ? "[x] " : "[ ] ") + "#" + t.id + " p" + t.priority + " " + t.text;
  }).join("\n");
};

const script = [
  "add buy milk",
  "add write report !1",
  "add call mom !2",
  "add fix bike",
  "done 2",
  "list",
  "list all",
  "rm 4",
  "rm 9",
  "done 7",
  "frobnicate",
  "clear",
  "list all",
  "done 1",
  "done 3",
  "clear",
  "list",
];
const todo = new TodoList();
script.forEach(function (line) {
  let out;
  try {
    out = todo.exec(line);
  } catch (e) {
    out = "error: " + e.message;
  }
  console.log("> " + line);
  console.log(out);
});
