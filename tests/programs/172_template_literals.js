// Template literals: interpolation, multi-line text, nesting, escapes and generated markup
const invoice = {
  number: 1042,
  customer: { name: "Rosa Parks", city: "Montgomery" },
  lines: [
    { desc: "Consulting", hours: 12, rate: 95 },
    { desc: "Travel", hours: 3, rate: 40 },
    { desc: "Report writing", hours: 5.5, rate: 80 },
  ],
  taxRate: 0.07,
};

const money = (x) => `$${x.toFixed(2)}`;
const subtotal = invoice.lines.reduce((s, l) => s + l.hours * l.rate, 0);
const tax = subtotal * invoice.taxRate;

const header = `INVOICE #${invoice.number}
Bill to: ${invoice.customer.name}, ${invoice.customer.city}
${"-".repeat(40)}`;
console.log(header);
invoice.lines.forEach((l, i) => {
  console.log(`${i + 1}. ${l.desc.padEnd(16)}${String(l.hours).padStart(5)}h @ ${money(l.rate).padStart(7)} = ${money(l.hours * l.rate).padStart(9)}`);
});
console.log(`${"-".repeat(40)}
Subtotal: ${money(subtotal)}
Tax (${(invoice.taxRate * 100).toFixed(0)}%): ${money(tax)}
Total: ${money(subtotal + tax)}`);

const nested = `outer ${`inner ${`innermost ${1 + 1}`}`} done`;
console.log(nested);
console.log(`escapes: backtick \` dollar \${not interpolated} tab[\t] newline-escape[\\n] unicode \u0041`);
console.log(`expressions: ${3 > 2 ? "yes" : "no"} ${[1, 2, 3].map((x) => x * x).join("+")} ${typeof undefined} ${null} ${{}.constructor === Object}`);
console.log(`objects: ${[1, [2, 3]]} ${{ toString: function () { return "custom"; } }} ${String(Symbolish())}`);
function Symbolish() { return "symbol-ish"; }

const rows = [["Name", "Qty"], ["apple", 3], ["kiwi", 12]];
const table = `<table>
${rows.map((r, i) => `  <tr>${r.map((c) => (i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join("")}</tr>`).join("\n")}
</table>`;
console.log(table);

const indentBlock = (text, n) => text.split("\n").map((l) => `${" ".repeat(n)}${l}`).join("\n");
console.log(indentBlock(`line one
line two
  line three`, 4));
let count = 0;
const tick = () => `tick ${++count}`;
console.log(`${tick()}, ${tick()}, ${tick()} -> count is ${count}`);
const empty = ``;
console.log(`[${empty}]`, `${""}`.length, `a${""}b` === "ab", `${1}${2}` === "12", typeof `${1}`);
