// Array mutation and query methods used on a playlist
const playlist = ["intro", "verse", "chorus", "verse", "bridge", "chorus", "outro"];
console.log(playlist.length, playlist.indexOf("verse"), playlist.lastIndexOf("verse"), playlist.indexOf("solo"));
console.log(playlist.includes("bridge"), playlist.includes("solo"), [NaN].includes(NaN), [NaN].indexOf(NaN));

const copy = playlist.slice();
const removed = copy.splice(2, 2, "solo", "solo", "solo");
console.log("removed:", removed, "now:", copy.join(" "));
copy.splice(-1, 1);
copy.splice(1, 0, "pre-verse");
console.log(copy.join(" "), copy.length);

const q = [];
q.push(1, 2, 3);
q.unshift(0, -1);
console.log(q, q.shift(), q.pop(), q);
console.log([].pop(), [].shift(), q.push(99), q.unshift(7));

console.log([1, 2].concat([3, 4], 5, [[6]]), [3, 1, 2].reverse(), ["a", "b"].join(), [1, [2, [3]]].join("-"));
console.log(Array(3).length, Array(3).fill("x"), [1, 2, 3, 4, 5].fill(0, 1, 3), Array(2, 3));
console.log([1, 2, 3, 4, 5].slice(1, -1), [1, 2, 3].slice(5), [1, 2, 3].slice(-2));

const nums = [5, 12, 8, 130, 44];
console.log(nums.find(function (n) { return n > 10; }), nums.findIndex(function (n) { return n > 10; }));
console.log(nums.find(function (n) { return n > 1000; }), nums.findIndex(function (n) { return n > 1000; }));
console.log(nums.some(function (n) { return n % 2; }), nums.every(function (n) { return n > 1; }));
console.log([].some(function () { return true; }), [].every(function () { return false; }));
console.log(nums.filter(function (n, i) { return i % 2 === 0; }), nums.map(function (n, i, arr) { return n + i + arr.length; }));

const sparse = [1, , 3];
let visits = 0;
sparse.forEach(function () { visits++; });
console.log(sparse.length, visits, sparse.map(function (x) { return x * 2; }).join(","), 1 in sparse);

const arr = [1, 2, 3];
arr.length = 5;
console.log(arr.join(","), arr.length, arr[4]);
arr.length = 1;
console.log(arr);
arr[4] = "e";
console.log(arr.join(","), arr.length);
const matrix = [[1, 2], [3, 4]];
console.log(matrix.map(function (row) { return row.slice().reverse(); }), Array.isArray(matrix[0]));
console.log(["b", "a", "c"].sort(), [3, 20, 100].sort(), [3, 20, 100].sort(function (a, b) { return a - b; }));
console.log(String([1, [2, 3]]), [null, undefined, 1].join("|"), [[]].length, [[]].toString() === "");
