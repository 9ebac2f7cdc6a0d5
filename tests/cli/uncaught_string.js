console.log("x");
throw "just a string";
