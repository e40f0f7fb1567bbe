//! The process's allocator and its two settings.

/// Allocation was the top cost in the profile of a generation (token trees); mimalloc halves it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` of `mimalloc.h` (the same index in mimalloc 2 and 3; the test below
/// checks it against mimalloc 3's default).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// See [`tune_allocator`].
const PURGE_DELAY_MS: std::ffi::c_long = 100;

extern "C" {
    // From the mimalloc library that the `mimalloc` crate links.
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    #[cfg(test)]
    fn mi_option_get(option: std::ffi::c_int) -> std::ffi::c_long;
}

/// Two allocator settings, each measured with alternating runs of `bench-run` (2 cores):
///
/// - **No transparent huge pages.** With THP (this machine's kernel grants them), every 2 MiB
///   region mimalloc touches is zeroed and counted whole, used or not: v2025 peaked at ~85 MB
///   and the three versions at ~131 MB, and zeroing huge pages was ~40% of the lowering phase's
///   CPU in a profile. With 4 KiB pages: ~55 MB and ~93 MB, and v2025 no slower.
///   `MIMALLOC_ALLOW_THP` (any value) leaves the choice to mimalloc.
/// - **Freed memory kept for 100 ms** (`purge_delay`) before it goes back to the OS. mimalloc 3's
///   default, 1000 ms, is about a whole generation: a three-version run then keeps nearly all it
///   ever freed. 10 ms gave every page back as soon as a phase was done with it, and each one
///   used again was a fresh page fault (~11,500 for v2025 against ~2,700 at 100 ms; v2025 310
///   -> 280 ms). `MIMALLOC_PURGE_DELAY` wins when set.
pub(crate) fn tune_allocator() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets a plain integer option of the allocator; callable at any time.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    }
    #[cfg(target_os = "linux")]
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        // mimalloc reads its own THP option before `main`; the process-wide switch it would flip
        // is this one, and it applies to every page faulted from now on. A kernel without it
        // returns an error, which changes nothing.
        // SAFETY: a prctl with integer arguments only.
        unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_allocator_is_tuned_as_documented() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            return;
        }
        // mimalloc 3's default purge delay: a shifted option index would read another option.
        assert_eq!(unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) }, 1000);
        tune_allocator();
        assert_eq!(
            unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) },
            PURGE_DELAY_MS
        );
        #[cfg(target_os = "linux")]
        if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
            // SAFETY: a prctl query with integer arguments only.
            assert_eq!(
                unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) },
                1
            );
        }
    }
}
