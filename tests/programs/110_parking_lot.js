// Parking lot system with spot sizes, tickets and fees
function ParkingLot(layout, rates) {
  this.spots = [];
  const self = this;
  Object.keys(layout).forEach(function (size) {
    for (let i = 0; i < layout[size]; i++) {
      self.spots.push({ id: size[0].toUpperCase() + (i + 1), size: size, vehicle: null });
    }
  });
  this.rates = rates;
  this.tickets = {};
  this.nextTicket = 100;
  this.revenue = 0;
}

const FITS = { motorcycle: ["small", "medium", "large"], car: ["medium", "large"], truck: ["large"] };

ParkingLot.prototype.park = function (plate, type, time) {
  const allowed = FITS[type];
  if (!allowed) throw new TypeError("unknown vehicle type " + type);
  for (const t in this.tickets) {
    if (this.tickets[t].plate === plate) throw new Error(plate + " is already parked");
  }
  let spot = null;
  for (let a = 0; a < allowed.length && !spot; a++) {
    spot = this.spots.find(function (s) { return s.size === allowed[a] && s.vehicle === null; }) || null;
  }
  if (!spot) return null;
  spot.vehicle = plate;
  const id = this.nextTicket++;
  this.tickets[id] = { plate: plate, type: type, spot: spot, time: time };
  return id;
};

ParkingLot.prototype.leave = function (ticketId, time) {
  const t = this.tickets[ticketId];
  if (!t) throw new Error("invalid ticket " + ticketId);
  const hours = Math.max(1, Math.ceil((time - t.time) / 60));
  const fee = Math.min(hours * this.rates[t.type], this.rates.dailyMax);
  t.spot.vehicle = null;
  delete this.tickets[ticketId];
  this.revenue += fee;
  return { plate: t.plate, spot: t.spot.id, hours: hours, fee: fee };
};

ParkingLot.prototype.occupancy = function () {
  const occ = {};
  this.spots.forEach(function (s) {
    occ[s.size] = occ[s.size] || [0, 0];
    occ[s.size][1]++;
    if (s.vehicle) occ[s.size][0]++;
  });
  return Object.keys(occ).map(function (k) { return k + " " + occ[k][0] + "/" + occ[k][1]; }).join(", ");
};

const lot = new ParkingLot({ small: 2, medium: 2, large: 1 }, { motorcycle: 1, car: 3, truck: 6, dailyMax: 20 });
const events = [
  ["park", "MOTO-1", "motorcycle", 0], ["park", "CAR-1", "car", 5], ["park", "CAR-2", "car", 10],
  ["park", "CAR-3", "car", 15], ["park", "TRUCK-1", "truck", 20], ["park", "CAR-1", "car", 25],
  ["park", "BUS-1", "bus", 30], ["leave", 101, 130], ["park", "TRUCK-2", "truck", 140],
  ["leave", 103, 200], ["leave", 999, 210], ["leave", 100, 1000], ["park", "TRUCK-2", "truck", 1010],
];
events.forEach(function (e) {
  try {
    if (e[0] === "park") {
      const t = lot.park(e[1], e[2], e[3]);
      console.log("t=" + e[3] + " park " + e[1] + ": " + (t === null ? "lot full for " + e[2] : "ticket " + t));
    } else {
      const r = lot.leave(e[1], e[2]);
      console.log("t=" + e[2] + " leave " + r.plate + " from " + r.spot + ": " + r.hours + "h $" + r.fee);
    }
  } catch (err) {
    console.log("error: " + err.message);
  }
  if (e[0] === "leave") console.log("  occupancy: " + lot.occupancy());
});
console.log("revenue: $" + lot.revenue, "open tickets:", Object.keys(lot.tickets).join(","));
