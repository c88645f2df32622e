//! Quantity parser (in progress).
