//! Reading the SoA's Markdown back: the rows of its control tables.

/// The rows of the SoA's control tables (headed `| ID | Control |`), not of the other tables
/// that name controls (related controls, changes).
pub fn control_rows(md: &str) -> Vec<&str> {
    let mut in_controls = false;
    let mut rows = Vec::new();
    for line in md.lines() {
        if !line.starts_with('|') {
            in_controls = false;
        } else if line.starts_with("| ID | Control |") {
            in_controls = true;
        } else if in_controls && !line.starts_with("|---") {
            rows.push(line);
        }
    }
    rows
}
