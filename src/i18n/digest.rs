// The digest that names a version of a language file: FNV-1a over its bytes, 64 bits, enough to
// tell two versions of one file apart (it is not a defence against tampering: the file comes
// from the page's own address). Shared by build.rs, which names the file the page was built
// with, and the page, which checks that the file it fetched is that one. (Plain comments: this
// file is also `include!`d into build.rs.)

/// The FNV-1a digest of `bytes`, as 16 lowercase hex digits.
pub fn file_digest(bytes: &[u8]) -> String {
    let digest = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{digest:016x}")
}
