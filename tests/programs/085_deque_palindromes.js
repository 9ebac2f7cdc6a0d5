// A deque built from two stacks; used for palindromes and sliding window maximum
function Deque() {
  this.front = [];
  this.back = [];
}
Deque.prototype.size = function () { return this.front.length + this.back.length; };
Deque.prototype.pushBack = function (x) { this.back.push(x); };
Deque.prototype.pushFront = function (x) { this.front.push(x); };
// move half of one stack to the other so both ends stay cheap
Deque.prototype._rebalance = function (fromBack) {
  const items = this.toArray();
  const mid = fromBack ? Math.ceil(items.length / 2) : Math.floor(items.length / 2);
  this.front = items.slice(0, mid).reverse();
  this.back = items.slice(mid);
};
Deque.prototype.popFront = function () {
  if (this.size() === 0) return undefined;
  if (this.front.length === 0) this._rebalance(true);
  return this.front.pop();
};
Deque.prototype.popBack = function () {
  if (this.size() === 0) return undefined;
  if (this.back.length === 0) this._rebalance(false);
  return this.back.pop();
};
Deque.prototype.peekFront = function () {
  const v = this.popFront();
  if (v !== undefined) this.pushFront(v);
  return v;
};
Deque.prototype.peekBack = function () {
  const v = this.popBack();
  if (v !== undefined) this.pushBack(v);
  return v;
};
Deque.prototype.toArray = function () {
  return this.front.slice().reverse().concat(this.back);
};

const d = new Deque();
[1, 2, 3, 4, 5].forEach(function (x) { d.pushBack(x); });
d.pushFront(0);
d.pushFront(-1);
console.log(d.toArray().join(" "));
console.log(d.popFront(), d.popBack(), d.popFront(), d.popBack());
console.log(d.toArray().join(" "), "size", d.size());

function isPalindrome(s) {
  const dq = new Deque();
  s.toLowerCase().replace(/[^a-z]/g, "").split("").forEach(function (c) { dq.pushBack(c); });
  while (dq.size() > 1) {
    if (dq.popFront() !== dq.popBack()) return false;
  }
  return true;
}
["Racecar", "Was it a car or a cat I saw?", "kiln", "", "No lemon, no melon"].forEach(function (s) {
  console.log(JSON.stringify(s) + " -> " + isPalindrome(s));
});

function slidingMax(nums, k) {
  const dq = new Deque();
  const out = [];
  for (let i = 0; i < nums.length; i++) {
    while (dq.size() && dq.peekFront() <= i - k) dq.popFront();
    while (dq.size() && nums[dq.peekBack()] <= nums[i]) dq.popBack();
    dq.pushBack(i);
    if (i >= k - 1) out.push(nums[dq.peekFront()]);
  }
  return out;
}
console.log(slidingMax([1, 3, -1, -3, 5, 3, 6, 7], 3).join(","));
console.log(slidingMax([9, 8, 7, 6, 5, 4, 3, 2, 1], 4).join(","));
console.log(new Deque().popFront(), new Deque().peekBack());
