// Prototype chains, shadowing, hasOwnProperty and Object.create
const animal = {
  kind: "animal",
  legs: 4,
  describe: function () {
    return this.name + " is a " + this.kind + " with " + this.legs + " legs";
  },
  speak: function () { return this.name + " makes a sound"; },
};

const dog = Object.create(animal);
dog.kind = "dog";
dog.speak = function () { return this.name + " barks"; };

const rex = Object.create(dog);
rex.name = "Rex";

const tweety = Object.create(animal, {
  name: { value: "Tweety", enumerable: true },
  legs: { value: 2, enumerable: false },
  kind: { value: "bird", writable: false, enumerable: true },
});

console.log(rex.describe());
console.log(rex.speak());
console.log(tweety.describe());
console.log(tweety.speak());
console.log(Object.getPrototypeOf(rex) === dog, Object.getPrototypeOf(dog) === animal);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(rex)) === animal, Object.getPrototypeOf(tweety) === dog);
console.log(rex.hasOwnProperty("name"), rex.hasOwnProperty("kind"), "kind" in rex, "fly" in rex);

const own = [], inherited = [];
for (const k in rex) {
  (rex.hasOwnProperty(k) ? own : inherited).push(k);
}
console.log("own:", own.join(","), "inherited:", inherited.join(","));
console.log(Object.keys(tweety), Object.getOwnPropertyNames(tweety).sort());

tweety.kind = "eagle";
console.log("after write to non-writable:", tweety.kind);
delete dog.speak;
console.log(rex.speak());

// constructor functions and their prototypes
function Shape(name) { this.name = name; }
Shape.prototype.area = function () { return 0; };
Shape.prototype.toString = function () { return this.name + "(" + this.area().toFixed(2) + ")"; };
function Circle(r) { Shape.call(this, "circle"); this.r = r; }
Circle.prototype = Object.create(Shape.prototype);
Circle.prototype.constructor = Circle;
Circle.prototype.area = function () { return Math.PI * this.r * this.r; };
function Square(s) { Shape.call(this, "square"); this.s = s; }
Square.prototype = Object.create(Shape.prototype);
Square.prototype.constructor = Square;
Square.prototype.area = function () { return this.s * this.s; };

const shapes = [new Circle(1), new Square(3), new Shape("blob"), new Circle(2.5)];
console.log(shapes.map(String).join(" "));
console.log(shapes.map(function (s) { return s.constructor === Circle; }).join(","));
const total = shapes.reduce(function (a, s) { return a + s.area(); }, 0);
console.log("total area:", total.toFixed(3));
const bare = Object.create(null);
bare.x = 1;
console.log(Object.keys(bare), typeof bare.toString, "x" in bare);
