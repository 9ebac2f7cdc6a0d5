// CSV parser handling quoted fields, escaped quotes and embedded commas
function parseCSV(text) {
  const rows = [];
  let row = [];
  let field = "";
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; }
        else inQuotes = false;
      } else field += c;
    } else if (c === '"') {
      inQuotes = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (c !== "\r") {
      field += c;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function toObjects(rows) {
  const head = rows[0];
  return rows.slice(1).map(function (r) {
    const o = {};
    head.forEach(function (h, i) { o[h] = r[i]; });
    return o;
  });
}

const csv = 'id,name,city,amount\n' +
  '1,"Smith, John",Boston,120.50\n' +
  '2,Jane Doe,"New York",99\n' +
  '3,"Bob ""The Builder""",Chicago,300.25\n' +
  '4,Ann,"Multi\nLine",0\n' +
  '5,,Denver,42';

const rows = parseCSV(csv);
console.log("rows:", rows.length);
rows.forEach(function (r, i) { console.log(i + ": " + JSON.stringify(r)); });
const records = toObjects(rows);
const total = records.reduce(function (s, r) { return s + parseFloat(r.amount); }, 0);
console.log("total amount:", total.toFixed(2));
console.log("names:", records.map(function (r) { return r.name || "(blank)"; }).join(" | "));
console.log(records[1]);

function toCSV(rows) {
  return rows.map(function (r) {
    return r.map(function (f) {
      return /[",\n]/.test(f) ? '"' + f.replace(/"/g, '""') + '"' : f;
    }).join(",");
  }).join("\n");
}
const again = toCSV(rows);
console.log("text identical:", again === csv);
console.log("reparsed equal:", JSON.stringify(parseCSV(again)) === JSON.stringify(rows));
console.log(again.split("\n")[3]);
