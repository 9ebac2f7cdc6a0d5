// Singly linked list with constructor functions
function Node(value, next) {
  this.value = value;
  this.next = next || null;
}

function LinkedList() {
  this.head = null;
  this.size = 0;
}

LinkedList.prototype.push = function (v) {
  const node = new Node(v);
  if (!this.head) this.head = node;
  else {
    let cur = this.head;
    while (cur.next) cur = cur.next;
    cur.next = node;
  }
  this.size++;
  return this;
};

LinkedList.prototype.unshift = function (v) {
  this.head = new Node(v, this.head);
  this.size++;
  return this;
};

LinkedList.prototype.remove = function (v) {
  let prev = null, cur = this.head;
  while (cur) {
    if (cur.value === v) {
      if (prev) prev.next = cur.next;
      else this.head = cur.next;
      this.size--;
      return true;
    }
    prev = cur;
    cur = cur.next;
  }
  return false;
};

LinkedList.prototype.reverse = function () {
  let prev = null, cur = this.head;
  while (cur) {
    const next = cur.next;
    cur.next = prev;
    prev = cur;
    cur = next;
  }
  this.head = prev;
  return this;
};

LinkedList.prototype.toArray = function () {
  const out = [];
  for (let n = this.head; n; n = n.next) out.push(n.value);
  return out;
};

LinkedList.prototype.toString = function () {
  return this.toArray().join(" -> ") || "(empty)";
};

LinkedList.prototype.middle = function () {
  let slow = this.head, fast = this.head;
  while (fast && fast.next) {
    slow = slow.next;
    fast = fast.next.next;
  }
  return slow ? slow.value : undefined;
};

const list = new LinkedList();
for (let i = 1; i <= 6; i++) list.push(i * 10);
console.log("list: " + list);
list.unshift(5);
console.log("after unshift: " + list + " size=" + list.size);
console.log("remove 30:", list.remove(30), "remove 99:", list.remove(99));
console.log("list: " + list);
console.log("middle:", list.middle());
list.reverse();
console.log("reversed: " + list);
console.log(list.toArray());
const empty = new LinkedList();
console.log("empty: " + empty, "middle:", empty.middle());
