//! End-to-end tests of the built `report-ls` binary live in `tests/`.
