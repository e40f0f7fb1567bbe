//! Shared Rust naming and type mapping (being written).
