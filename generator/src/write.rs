//! Stage: write (being written).
