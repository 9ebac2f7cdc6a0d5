console.log(1);
process.exit(7);
console.log(2);
