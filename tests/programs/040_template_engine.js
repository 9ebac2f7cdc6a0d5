// A tiny mustache-like template engine with loops and conditionals
function lookup(ctx, path) {
  if (path === ".") return ctx["."];
  const parts = path.split(".");
  let cur = ctx;
  for (let i = 0; i < parts.length; i++) {
    if (cur === null || cur === undefined) return undefined;
    cur = cur[parts[i]];
  }
  return cur;
}

function escapeHtml(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function render(tpl, ctx) {
  const sectionRe = /\{\{([#^])(\w+)\}\}([\s\S]*?)\{\{\/\2\}\}/g;
  let out = tpl.replace(sectionRe, function (m, kind, name, body) {
    const val = lookup(ctx, name);
    const truthy = Array.isArray(val) ? val.length > 0 : !!val;
    if (kind === "^") return truthy ? "" : render(body, ctx);
    if (!truthy) return "";
    if (Array.isArray(val)) {
      return val.map(function (item, i) {
        const child = Object.create(ctx);
        if (typeof item === "object") Object.assign(child, item);
        child["."] = item;
        child["@index"] = i;
        return render(body, child);
      }).join("");
    }
    return render(body, ctx);
  });
  out = out.replace(/\{\{\{\s*([\w.@]+)\s*\}\}\}/g, function (m, name) {
    const v = lookup(ctx, name);
    return v === undefined ? "" : String(v);
  });
  out = out.replace(/\{\{\s*([\w.@]+)\s*\}\}/g, function (m, name) {
    const v = lookup(ctx, name);
    return v === undefined ? "" : escapeHtml(v);
  });
  return out;
}

const page = [
  "<h1>{{title}}</h1>",
  "<p>By {{author.name}} ({{author.email}})</p>",
  "{{#items}}<li>{{name}}: {{price}}</li>\n{{/items}}",
  "{{^items}}<p>No items</p>{{/items}}",
  "{{#tags}}[{{.}}]{{/tags}}",
  "{{{raw}}} vs {{raw}}",
  "{{#premium}}*premium*{{/premium}}{{^premium}}free{{/premium}}",
].join("\n");

console.log(render(page, {
  title: "Fish & Chips <Menu>",
  author: { name: "Kim", email: "kim@x.io" },
  items: [{ name: "Cod", price: 9.5 }, { name: "Haddock", price: 11 }],
  tags: ["hot", "fried", "salty"],
  raw: "<b>bold</b>",
  premium: false,
}));
console.log("---");
console.log(render(page, { title: "Empty", items: [], tags: [], premium: 1 }));
