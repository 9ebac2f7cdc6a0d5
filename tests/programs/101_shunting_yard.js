// Infix to postfix conversion (shunting-yard) with functions and evaluation
const OPS = {
  "+": { prec: 2, assoc: "L", fn: function (a, b) { return a + b; } },
  "-": { prec: 2, assoc: "L", fn: function (a, b) { return a - b; } },
  "*": { prec: 3, assoc: "L", fn: function (a, b) { return a * b; } },
  "/": { prec: 3, assoc: "L", fn: function (a, b) { return a / b; } },
  "^": { prec: 4, assoc: "R", fn: function (a, b) { return Math.pow(a, b); } },
};
const FUNCS = { max: 2, min: 2, sqrt: 1, abs: 1 };

function tokenize(s) {
  const re = /\s*(\d+\.?\d*|[a-z]+|[-+*\/^(),])/g;
  const out = [];
  let m, last = 0;
  while ((m = re.exec(s)) !== null) {
    if (m.index !== last) throw new SyntaxError("bad input near " + last);
    out.push(m[1]);
    last = re.lastIndex;
  }
  if (s.slice(last).trim() !== "") throw new SyntaxError("bad input near " + last);
  return out;
}

function toPostfix(tokens) {
  const out = [], stack = [];
  tokens.forEach(function (t) {
    if (/^\d/.test(t)) out.push(t);
    else if (t in FUNCS) stack.push(t);
    else if (t === ",") {
      while (stack.length && stack[stack.length - 1] !== "(") out.push(stack.pop());
    } else if (t in OPS) {
      while (stack.length) {
        const top = stack[stack.length - 1];
        if (!(top in OPS)) break;
        const o1 = OPS[t], o2 = OPS[top];
        if (o2.prec > o1.prec || (o2.prec === o1.prec && o1.assoc === "L")) out.push(stack.pop());
        else break;
      }
      stack.push(t);
    } else if (t === "(") stack.push(t);
    else if (t === ")") {
      while (stack.length && stack[stack.length - 1] !== "(") out.push(stack.pop());
      if (!stack.length) throw new SyntaxError("mismatched )");
      stack.pop();
      if (stack.length && stack[stack.length - 1] in FUNCS) out.push(stack.pop());
    } else throw new SyntaxError("unknown token " + t);
  });
  while (stack.length) {
    const t = stack.pop();
    if (t === "(") throw new SyntaxError("mismatched (");
    out.push(t);
  }
  return out;
}

function evalPostfix(pf) {
  const st = [];
  pf.forEach(function (t) {
    if (/^\d/.test(t)) st.push(parseFloat(t));
    else if (t in OPS) { const b = st.pop(), a = st.pop(); st.push(OPS[t].fn(a, b)); }
    else {
      const args = st.splice(st.length - FUNCS[t], FUNCS[t]);
      st.push(Math[t].apply(null, args));
    }
  });
  return st[0];
}

["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "max(2, 3) * sqrt(16)", "2 ^ 3 ^ 2", "(1 + 2) * (3 + 4)",
  "abs(2 - 10) + min(7, 1.5)", "10 / 4 - 1", "(1 + 2", "1 + 2)", "4 $ 4"].forEach(function (e) {
  try {
    const pf = toPostfix(tokenize(e));
    console.log(e + "  ->  " + pf.join(" ") + "  =  " + evalPostfix(pf));
  } catch (err) {
    console.log(e + "  ->  " + err.name + ": " + err.message);
  }
});
