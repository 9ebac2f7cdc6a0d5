var a = 1;
let x = ;
