// Sorting objects by multiple keys; stability of Array.prototype.sort
const students = [
  { name: "Mia", grade: 90, age: 20 },
  { name: "Liam", grade: 85, age: 22 },
  { name: "Zoe", grade: 90, age: 19 },
  { name: "Noah", grade: 70, age: 20 },
  { name: "Ava", grade: 85, age: 21 },
  { name: "Eli", grade: 90, age: 20 },
  { name: "Ivy", grade: 70, age: 23 },
  { name: "Max", grade: 85, age: 22 },
];

function by(key, desc) {
  return function (a, b) {
    const x = a[key], y = b[key];
    const r = x < y ? -1 : x > y ? 1 : 0;
    return desc ? -r : r;
  };
}

function thenBy() {
  const cmps = Array.prototype.slice.call(arguments);
  return function (a, b) {
    for (let i = 0; i < cmps.length; i++) {
      const r = cmps[i](a, b);
      if (r !== 0) return r;
    }
    return 0;
  };
}

function names(list) { return list.map(function (s) { return s.name; }).join(" "); }

console.log("by grade desc (stable):", names(students.slice().sort(by("grade", true))));
console.log("by grade, then name:  ", names(students.slice().sort(thenBy(by("grade", true), by("name")))));
console.log("by age, grade desc:   ", names(students.slice().sort(thenBy(by("age"), by("grade", true)))));
console.log("by name:              ", names(students.slice().sort(by("name"))));

const twice = students.slice().sort(by("name")).sort(by("grade"));
console.log("name then stable grade:", names(twice));

const mixed = [10, 1, "b", "a", 2, "B", null, undefined, true];
console.log(mixed.slice().sort().map(String).join(","));
const strs = ["banana", "Apple", "cherry", "apple", "Banana"];
console.log(strs.slice().sort().join(","));
console.log(strs.slice().sort(function (a, b) {
  const la = a.toLowerCase(), lb = b.toLowerCase();
  return la < lb ? -1 : la > lb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}).join(","));

const nums = [3, -1, 10, 0, 2.5, -20, 7];
console.log(nums.slice().sort().join(" "), "|", nums.slice().sort(function (a, b) { return a - b; }).join(" "));
const ret = nums.sort(function (a, b) { return b - a; });
console.log(ret === nums, nums.join(" "));

// rank with ties
const scores = [88, 92, 75, 92, 88, 60];
const sorted = scores.slice().sort(function (a, b) { return b - a; });
const ranks = scores.map(function (s) { return sorted.indexOf(s) + 1; });
console.log("ranks:", ranks.join(","));
