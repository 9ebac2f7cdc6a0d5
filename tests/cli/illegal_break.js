function f() {
  while (true) {}
  break;
}
