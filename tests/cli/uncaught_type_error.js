// A TypeError raised by the runtime inside a callback of a builtin: the
// code frame points at the property, the stack at each call's property.
const config = { servers: [{ name: "a", port: 1 }, { name: "b" }] };
function portOf(server) {
  return server.options.port;
}
console.log("ports:");
config.servers.forEach(function show(s) {
  console.log(s.name, portOf(s));
});
