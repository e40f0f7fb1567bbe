//! Models crate renderer (being written).
