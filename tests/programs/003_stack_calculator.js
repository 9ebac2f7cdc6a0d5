// Reverse Polish notation calculator
function tokenize(src) {
  return src.trim().split(/\s+/);
}

function evaluateRPN(src) {
  const stack = [];
  const tokens = tokenize(src);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (/^-?\d+(\.\d+)?$/.test(tok)) {
      stack.push(parseFloat(tok));
      continue;
    }
    if (stack.length < 2 && tok !== "neg" && tok !== "dup") {
      throw new Error("stack underflow at token '" + tok + "'");
    }
    let b, a;
    switch (tok) {
      case "+": b = stack.pop(); a = stack.pop(); stack.push(a + b); break;
      case "-": b = stack.pop(); a = stack.pop(); stack.push(a - b); break;
      case "*": b = stack.pop(); a = stack.pop(); stack.push(a * b); break;
      case "/":
        b = stack.pop(); a = stack.pop();
        if (b === 0) throw new RangeError("division by zero");
        stack.push(a / b);
        break;
      case "^": b = stack.pop(); a = stack.pop(); stack.push(Math.pow(a, b)); break;
      case "neg": stack.push(-stack.pop()); break;
      case "dup": stack.push(stack[stack.length - 1]); break;
      default:
        throw new SyntaxError("unknown token '" + tok + "'");
    }
  }
  if (stack.length !== 1) throw new Error("bad expression, stack=" + stack.length);
  return stack[0];
}

const programs = [
  "3 4 +",
  "5 1 2 + 4 * + 3 -",
  "2 10 ^",
  "7 2 /",
  "4 dup *",
  "3 neg 2 *",
  "1 0 /",
  "1 +",
  "2 3 foo",
  "1 2 3",
];
programs.forEach(function (p) {
  try {
    console.log(p + " => " + evaluateRPN(p));
  } catch (e) {
    console.log(p + " => " + e.name + ": " + e.message);
  }
});
