//! Stage: resolve (being written).
