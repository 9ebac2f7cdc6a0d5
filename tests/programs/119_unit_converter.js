// Unit conversion with a graph of conversion factors and temperature special cases
const factors = {
  length: { m: 1, km: 1000, cm: 0.01, mm: 0.001, mi: 1609.344, yd: 0.9144, ft: 0.3048, in: 0.0254 },
  mass: { kg: 1, g: 0.001, lb: 0.45359237, oz: 0.028349523125, t: 1000 },
  volume: { l: 1, ml: 0.001, gal: 3.785411784, qt: 0.946352946, cup: 0.2365882365 },
};

function findCategory(unit) {
  for (const cat in factors) if (unit in factors[cat]) return cat;
  return null;
}

function toKelvin(v, u) {
  if (u === "C") return v + 273.15;
  if (u === "F") return (v - 32) * 5 / 9 + 273.15;
  if (u === "K") return v;
  throw new Error("bad temperature unit " + u);
}
function fromKelvin(k, u) {
  if (u === "C") return k - 273.15;
  if (u === "F") return (k - 273.15) * 9 / 5 + 32;
  return k;
}

function convert(value, from, to) {
  if (/^[CFK]$/.test(from) && /^[CFK]$/.test(to)) return fromKelvin(toKelvin(value, from), to);
  const c1 = findCategory(from), c2 = findCategory(to);
  if (!c1) throw new Error("unknown unit '" + from + "'");
  if (!c2) throw new Error("unknown unit '" + to + "'");
  if (c1 !== c2) throw new TypeError("cannot convert " + c1 + " to " + c2);
  return value * factors[c1][from] / factors[c2][to];
}

function fmt(x) {
  if (Math.abs(x) >= 1e6 || (Math.abs(x) < 1e-3 && x !== 0)) return x.toFixed(8);
  return String(Math.round(x * 10000) / 10000);
}

const queries = [
  "5 km mi", "26.2 mi km", "6 ft cm", "12 in ft", "1 lb g", "250 g oz", "2 t lb",
  "1 gal l", "3 cup ml", "100 C F", "-40 F C", "0 K C", "98.6 F C", "3 kg m", "1 parsec m", "1 mm km",
];
queries.forEach(function (q) {
  const p = q.split(" ");
  try {
    const r = convert(parseFloat(p[0]), p[1], p[2]);
    console.log(p[0] + " " + p[1] + " = " + fmt(r) + " " + p[2]);
  } catch (e) {
    console.log(q + ": " + e.name + " - " + e.message);
  }
});

console.log("conversion table (ft -> m):");
for (let ft = 1; ft <= 10; ft += 3) {
  console.log("  " + String(ft).padStart(2) + " ft = " + convert(ft, "ft", "m").toFixed(3) + " m");
}
const roundTrip = convert(convert(123.456, "mi", "yd"), "yd", "mi");
console.log("round trip mi->yd->mi:", Math.abs(roundTrip - 123.456) < 1e-9);
