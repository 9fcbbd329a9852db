//! annexa: a Statement of Applicability generator for ISO/IEC 27001:2022 and ISO/IEC 42001:2023.

pub mod chart;
pub mod pdf;
