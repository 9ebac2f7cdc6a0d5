// A text buffer with commands, undo/redo stacks and command merging
function Editor() {
  this.text = "";
  this.cursor = 0;
  this.undoStack = [];
  this.redoStack = [];
}

Editor.prototype.exec = function (cmd) {
  cmd.apply(this);
  const top = this.undoStack[this.undoStack.length - 1];
  if (top && top.type === "insert" && cmd.type === "insert" && top.at + top.text.length === cmd.at && !/\s/.test(cmd.text)) {
    top.text += cmd.text;
  } else {
    this.undoStack.push(cmd);
  }
  this.redoStack = [];
};

Editor.prototype.undo = function () {
  const cmd = this.undoStack.pop();
  if (!cmd) return false;
  cmd.revert(this);
  this.redoStack.push(cmd);
  return true;
};

Editor.prototype.redo = function () {
  const cmd = this.redoStack.pop();
  if (!cmd) return false;
  cmd.apply(this);
  this.undoStack.push(cmd);
  return true;
};

Editor.prototype.show = function () {
  return JSON.stringify(this.text.slice(0, this.cursor) + "|" + this.text.slice(this.cursor));
};

function insert(at, text) {
  return {
    type: "insert", at: at, text: text,
    apply: function (ed) {
      ed = ed || this;
      ed.text = ed.text.slice(0, this.at) + this.text + ed.text.slice(this.at);
      ed.cursor = this.at + this.text.length;
    },
    revert: function (ed) {
      ed.text = ed.text.slice(0, this.at) + ed.text.slice(this.at + this.text.length);
      ed.cursor = this.at;
    },
  };
}

function remove(at, len) {
  let removed = "";
  return {
    type: "delete", at: at, len: len,
    apply: function (ed) {
      ed = ed || this;
      removed = ed.text.substr(this.at, this.len);
      ed.text = ed.text.slice(0, this.at) + ed.text.slice(this.at + this.len);
      ed.cursor = this.at;
    },
    revert: function (ed) {
      ed.text = ed.text.slice(0, this.at) + removed + ed.text.slice(this.at);
      ed.cursor = this.at + removed.length;
    },
  };
}

const ed = new Editor();
function run(cmd) {
  const e = ed;
  cmd.apply = cmd.apply.bind(cmd, e);
  e.exec(cmd);
}
"Hello".split("").forEach(function (ch, i) { run(insert(i, ch)); });
run(insert(5, " "));
"world".split("").forEach(function (ch, i) { run(insert(6 + i, ch)); });
console.log("typed:", ed.show(), "undo depth:", ed.undoStack.length);
run(remove(0, 6));
console.log("deleted:", ed.show());
run(insert(0, "Goodbye, "));
console.log("inserted:", ed.show());
ed.undo();
console.log("undo:", ed.show());
ed.undo();
console.log("undo:", ed.show());
ed.redo();
console.log("redo:", ed.show());
ed.undo();
ed.undo();
ed.undo();
console.log("undo x3:", ed.show(), "can undo more:", ed.undo());
ed.redo();
ed.redo();
console.log("redo x2:", ed.show());
run(insert(ed.text.length, "!"));
console.log("new edit clears redo:", ed.show(), "redo available:", ed.redo());
