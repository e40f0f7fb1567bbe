//! Stage: load (being written).
