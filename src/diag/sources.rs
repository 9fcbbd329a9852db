//! The texts of the files a run read, kept for the snippets under each diagnostic.
//!
//! A diagnostic names its file by index; [`Sources`] maps the index to the file's name and
//! text, and finds a line by number for the snippet. Line starts are indexed once, when a file
//! is added, so a report of N diagnostics in a file of size S costs N + S, not N × S (20,000 bad
//! dates used to take 15 s when each snippet scanned the file from its start).

/// One file: its name, its text and where each of its lines starts.
#[derive(Debug, Clone)]
struct File {
    name: String,
    text: String,
    /// Byte offset of the start of each line (the first is 0).
    starts: Vec<usize>,
}

/// The texts of every file a run read, for snippets. Index 0 is the decisions file.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    files: Vec<File>,
}

impl Sources {
    /// Adds a file and returns its index.
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> usize {
        let text = text.into();
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .filter(|i| *i < text.len())
            .collect();
        self.files.push(File {
            name: name.into(),
            text,
            starts,
        });
        self.files.len() - 1
    }

    pub fn name(&self, file: usize) -> &str {
        self.files
            .get(file)
            .map_or("<unknown>", |f| f.name.as_str())
    }

    pub fn text(&self, file: usize) -> &str {
        self.files.get(file).map_or("", |f| f.text.as_str())
    }

    /// Line `line` (counted from 1) of `file`, without its line break; `None` past the end.
    pub fn line(&self, file: usize, line: u32) -> Option<&str> {
        let f = self.files.get(file)?;
        let index = usize::try_from(line.checked_sub(1)?).ok()?;
        let start = *f.starts.get(index)?;
        let end = f.starts.get(index + 1).map_or(f.text.len(), |e| e - 1);
        let line = &f.text[start..end];
        let line = line.strip_suffix('\n').unwrap_or(line);
        Some(line.strip_suffix('\r').unwrap_or(line))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_counted_from_one_and_unknown_files_are_empty() {
        let mut s = Sources::default();
        let f = s.add("a.yaml", "one\ntwo\r\nthree");
        assert_eq!(s.line(f, 0), None);
        assert_eq!(s.line(f, 1), Some("one"));
        assert_eq!(s.line(f, 2), Some("two"));
        assert_eq!(s.line(f, 3), Some("three"));
        assert_eq!(s.line(f, 4), None);
        assert_eq!(
            (s.name(9), s.text(9), s.line(9, 1)),
            ("<unknown>", "", None)
        );
    }

    #[test]
    fn agrees_with_lines_on_edge_cases() {
        for text in ["", "\n", "a\n", "a\n\nb", "\n\nx\n", "é\nü\n"] {
            let mut s = Sources::default();
            let f = s.add("a", text);
            let expected: Vec<&str> = text.lines().collect();
            let found: Vec<&str> = (1..=expected.len() as u32 + 1)
                .map_while(|n| s.line(f, n))
                .collect();
            assert_eq!(found, expected, "{text:?}");
        }
    }
}
