//! (Being written.)
pub fn init() {}
