//! Client crate renderer (being written).
