// Binary search tree with insert, search, traversal and deletion
function makeNode(key) {
  return { key: key, left: null, right: null };
}

function insert(root, key) {
  if (root === null) return makeNode(key);
  if (key < root.key) root.left = insert(root.left, key);
  else if (key > root.key) root.right = insert(root.right, key);
  return root;
}

function contains(root, key) {
  while (root) {
    if (key === root.key) return true;
    root = key < root.key ? root.left : root.right;
  }
  return false;
}

function inorder(root, out) {
  if (root) {
    inorder(root.left, out);
    out.push(root.key);
    inorder(root.right, out);
  }
  return out;
}

function preorder(root, out) {
  if (root) {
    out.push(root.key);
    preorder(root.left, out);
    preorder(root.right, out);
  }
  return out;
}

function height(root) {
  return root ? 1 + Math.max(height(root.left), height(root.right)) : 0;
}

function remove(root, key) {
  if (!root) return null;
  if (key < root.key) root.left = remove(root.left, key);
  else if (key > root.key) root.right = remove(root.right, key);
  else {
    if (!root.left) return root.right;
    if (!root.right) return root.left;
    let succ = root.right;
    while (succ.left) succ = succ.left;
    root.key = succ.key;
    root.right = remove(root.right, succ.key);
  }
  return root;
}

function levels(root) {
  const result = [];
  let queue = root ? [root] : [];
  while (queue.length) {
    result.push(queue.map(function (n) { return n.key; }).join(" "));
    const next = [];
    queue.forEach(function (n) {
      if (n.left) next.push(n.left);
      if (n.right) next.push(n.right);
    });
    queue = next;
  }
  return result;
}

let root = null;
[50, 30, 70, 20, 40, 60, 80, 35, 45, 65].forEach(function (k) { root = insert(root, k); });
console.log("inorder:", inorder(root, []).join(" "));
console.log("preorder:", preorder(root, []).join(" "));
console.log("height:", height(root));
console.log("contains 45:", contains(root, 45), "contains 55:", contains(root, 55));
levels(root).forEach(function (l, i) { console.log("level " + i + ": " + l); });
root = remove(root, 30);
root = remove(root, 50);
console.log("after removals:", inorder(root, []).join(" "));
levels(root).forEach(function (l, i) { console.log("level " + i + ": " + l); });
console.log(JSON.stringify(insert(insert(null, 2), 1)));
