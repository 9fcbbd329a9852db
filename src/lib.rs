//! annexa: a Statement of Applicability generator for ISO/IEC 27001:2022 and ISO/IEC 42001:2023.

pub mod bundle;
pub mod chart;
pub mod cli;
pub mod diag;
pub mod diff;
pub mod export;
pub mod html;
pub mod init;
pub mod load;
pub mod merge;
pub mod model;
pub mod par;
pub mod pdf;
pub mod render;
pub mod theme;
pub mod validate;
pub mod write;
pub mod yaml;
