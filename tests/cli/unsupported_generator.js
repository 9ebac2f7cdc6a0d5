function* g() {}
