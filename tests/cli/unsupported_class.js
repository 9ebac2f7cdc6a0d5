class A {}
var q = 1;
