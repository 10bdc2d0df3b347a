//! What the unit tests of several modules share.

/// A xorshift64 generator: a fixed pseudo-random sequence from `seed` (not zero), so
/// that randomised tests see the same inputs on every run.
pub fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}

/// An item of `items` chosen by the next number of `next` (`items` not empty).
pub fn pick<T: Copy>(next: &mut impl FnMut() -> u64, items: &[T]) -> T {
    items[(next() % items.len() as u64) as usize]
}
