//! annexa: a Statement of Applicability generator for ISO/IEC 27001:2022 and ISO/IEC 42001:2023.

pub mod cli;
pub mod diag;
pub mod diff;
pub mod fonts;
pub mod init;
pub mod input;
pub mod merge;
pub mod model;
pub mod output;
pub mod par;
pub mod render;
pub mod validate;
