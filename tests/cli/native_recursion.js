var o = { toString: function () { return o + ""; } };
try { String(o); } catch (e) { console.log(e.name, e.message); }
